# Chapter 1: logistic regression as a neural network, on the breast-cancer data.

# The repository is three folders above this file (r/scripts/ch1_logistic_regression.R);
# Rscript passes the file as --file=PATH, with spaces written as ~+~.
.script_file <- function() {
  file_arg <- grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE)[1]
  normalizePath(gsub("~+~", " ", sub("^--file=", "", file_arg), fixed = TRUE))
}

REPO <- dirname(dirname(dirname(.script_file())))
# In a checkout, the dlfp that make setup installed into build/rlib; elsewhere (a script installed
# with the package) whatever dlfp R finds on its library path, and run_script uses its tables and data.
if (file.exists(file.path(REPO, "tables", "chapters.json"))) .libPaths(c(file.path(REPO, "build", "rlib"), .libPaths()))
suppressPackageStartupMessages(library(dlfp))

# Both scalings train from the same generator state: standardised features first, the main run (its accuracy,
# confusion matrix, metrics and saved model), then the book's unit-length examples, compared in the table.
SCALINGS <- list(list(name = "standardized",
                      description = "each feature centred and divided by its standard deviation on the training examples"),
                 list(name = "unit_norm", description = "each example scaled to unit length (the book's scaling)"))
ACTIVATIONS <- c("sigmoid")

main <- function(options) {
  data <- read_dataset(options$data, options$label_column)
  check_classes(options$data, data$classes, "sigmoid")
  # Each scaling splits from the same generator state: the same examples held out, scaled two ways.
  seed <- rng_seed(options$seed)
  splits <- lapply(SCALINGS, function(scaling) {
    prepare_split(if (scaling$name == "unit_norm") scale_to_unit_norm(data$X) else data$X, data$Y,
                  options$test_fraction, scaling$name == "standardized", seed)
  })
  X_test <- splits[[1]]$X_test
  cat(format_run(options$data, splits[[1]]$X_train, data$classes, if (is.null(X_test)) 0 else ncol(X_test),
                 c(nrow(data$X), 1), ACTIVATIONS), "\n", sep = "")
  config <- train_config(learning_rate = options$learning_rate, iterations = options$iterations, init = "zeros",
                         print_every = 100)
  curves <- list()
  summary <- character(0)
  for (k in seq_along(SCALINGS)) {
    scaling <- SCALINGS[[k]]
    split <- splits[[k]]
    Y <- split$Y_train
    Y_test <- split$Y_test
    cat(sprintf("== %s: %s\n", scaling$name, scaling$description))
    fit <- train(split$X_train, Y, c(nrow(data$X), 1), ACTIVATIONS, split$rng, config)
    curves[[length(curves) + 1]] <- fit$costs
    Y_hat <- predict_labels(split$X_train, fit$parameters, ACTIVATIONS)
    train_accuracy <- accuracy(Y, Y_hat)
    warning <- collapse_warning(fit$costs, Y_hat, 2)
    # tolower: Python prints inf and nan where R's sprintf gives Inf and NaN.
    row <- sprintf("%-14s%s%8.4f", scaling$name, tolower(sprintf("%12.6g", fit$costs[length(fit$costs)])),
                   train_accuracy)
    # The errors of the confusion matrix: the test examples', else the training examples'.
    Y_true <- Y
    if (!is.null(X_test)) {
      Y_true <- Y_test
      Y_hat <- predict_labels(split$X_test, fit$parameters, ACTIVATIONS)
      row <- paste0(row, sprintf("%8.4f", accuracy(Y_true, Y_hat)))
    }
    counts <- confusion_matrix(Y_true, Y_hat, 2)
    summary <- c(summary, paste0(row, sprintf("%8d%8d", as.integer(counts[1, 2]), as.integer(counts[2, 1]))))
    if (scaling$name == "standardized") {
      model <- list(parameters = fit$parameters, stats = split$stats)
      cat(sprintf("train accuracy: %.4f\n", train_accuracy))
      if (!is.null(X_test)) cat(sprintf("test accuracy: %.4f\n", accuracy(Y_true, Y_hat)))
      if (warning != "") cat(warning, "\n", sep = "")
      cat(format_confusion_matrix(counts), "\n", sep = "")
      cat(format_metrics(classification_metrics(counts)), "\n", sep = "")
    }
  }
  # The table's error columns: class 0 predicted as 1, class 1 predicted as 0.
  cat(sprintf("%-14s%12s%8s", "scaling", "final cost", "train"), if (!is.null(X_test)) sprintf("%8s", "test"),
      sprintf("%8s%8s\n", "0 as 1", "1 as 0"), sep = "")
  cat(paste0(summary, "\n"), sep = "")
  plot_cost_curves(curves, vapply(SCALINGS, function(s) s$name, ""), file.path(options$out, "ch1_cost_r.png"),
                   "Chapter 1: logistic regression, two scalings (R)")
  if (!is.null(options$save_model)) {
    save_model(options$save_model, model$parameters, ACTIVATIONS, stats = model$stats, classes = data$classes,
               scaling = "none")
    cat(sprintf("model saved to %s\n", options$save_model))
  }
}

run_script(main, "ch1", REPO)
