# Chapter 6: initialisation, L2 regularisation and dropout on a small sample of the moons.

# The repository is three folders above this file (r/scripts/ch6_regularization.R);
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

# (name, what it is, how it varies the base config): each trains the same network (the lecture's 2-20-3-1 on the
# noisy moons) from the same generator state.
VARIANTS <- list(
  list(name = "default", description = "default initialisation (N(0,1) x 0.01)", changes = list()),
  list(name = "he", description = "He initialisation", changes = list(init = "he")),
  list(name = "xavier", description = "Xavier initialisation", changes = list(init = "xavier")),
  list(name = "l2", description = "He initialisation, L2 lambd 0.7", changes = list(init = "he", lambd = 0.7)),
  list(name = "dropout", description = "He initialisation, dropout keep_prob 0.75",
       changes = list(init = "he", keep_prob = 0.75))
)

main <- function(options) {
  if (options$test_fraction == 0) {
    stop(sprintf("--test-fraction must be above 0 (the variants are compared on held-out examples), got %s",
                 value_text(options$test_fraction)), call. = FALSE)
  }
  data <- read_dataset(options$data, options$label_column)
  check_classes(options$data, data$classes, "sigmoid")
  # By default a small training set (20 %) of noisy points, so that the network can overfit.
  split <- prepare_split(data$X, data$Y, options$test_fraction, isTRUE(options$standardize), rng_seed(options$seed))
  cat(sprintf("%d training points, %d test points\n", ncol(split$X_train), ncol(split$X_test)))
  hidden <- as.numeric(options$hidden)
  activations <- c(rep("relu", length(hidden)), "sigmoid")
  layer_dims <- c(nrow(data$X), hidden, 1)
  cat(format_run(options$data, split$X_train, data$classes, ncol(split$X_test), layer_dims, activations), "\n", sep = "")
  curves <- list()
  summary <- character(0)
  best <- NULL
  base <- train_config(learning_rate = options$learning_rate, iterations = options$iterations, print_every = 2000)
  for (variant in VARIANTS) {
    cat(sprintf("== %s: %s\n", variant$name, variant$description))
    fit <- train(split$X_train, split$Y_train, layer_dims, activations, split$rng, modifyList(base, variant$changes))
    curves[[length(curves) + 1]] <- fit$costs
    train_accuracy <- accuracy(split$Y_train, predict_labels(split$X_train, fit$parameters, activations))
    Y_hat <- predict_labels(split$X_test, fit$parameters, activations)
    test_accuracy <- accuracy(split$Y_test, Y_hat)
    cat(format_metrics(classification_metrics(confusion_matrix(split$Y_test, Y_hat, 2))), "\n", sep = "")
    # tolower: Python prints inf and nan where R's sprintf gives Inf and NaN.
    final_cost <- tolower(sprintf("%14.6g", fit$costs[length(fit$costs)]))
    summary <- c(summary, sprintf("%-10s%s%8.4f%8.4f", variant$name, final_cost, train_accuracy, test_accuracy))
    # The model to save: the best test accuracy, the first of a tie.
    if (is.null(best) || test_accuracy > best$accuracy) best <- list(accuracy = test_accuracy, parameters = fit$parameters)
    if (nrow(data$X) == 2) {
      plot_decision_boundary(split$X_train, split$Y_train, fit$parameters, activations,
                             file.path(options$out, sprintf("ch6_boundary_%s_r.png", variant$name)),
                             sprintf("Chapter 6: %s (R)", variant$description))
    }
  }
  cat(sprintf("%-10s%14s%8s%8s\n", "variant", "final cost", "train", "test"))
  cat(paste0(summary, "\n"), sep = "")
  if (nrow(data$X) != 2) {
    cat(sprintf("no decision boundary: the data has %d features and the picture draws 2\n", nrow(data$X)))
  }
  plot_cost_curves(curves, vapply(VARIANTS, function(variant) variant$name, ""),
                   file.path(options$out, "ch6_cost_r.png"),
                   sprintf("Chapter 6: %s relu on %s (R)", paste(layer_dims, collapse = "-"), basename(options$data)))
  if (!is.null(options$save_model)) {
    save_model(options$save_model, best$parameters, activations, stats = split$stats, classes = data$classes,
               scaling = "none")
    cat(sprintf("model saved to %s\n", options$save_model))
  }
}

run_script(main, "ch6", REPO)
