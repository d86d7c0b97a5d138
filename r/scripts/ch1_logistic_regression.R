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

main <- function(options) {
  data <- read_dataset(options$data, options$label_column)
  check_classes(options$data, data$classes, "sigmoid")
  # The book scales each example to unit length; --standardize scales each feature instead, by the
  # training examples' means and deviations.
  X <- if (isTRUE(options$standardize)) data$X else scale_to_unit_norm(data$X)
  prepared <- prepare_split(X, data$Y, options$test_fraction, isTRUE(options$standardize), rng_seed(options$seed))
  X <- prepared$X_train
  Y <- prepared$Y_train
  X_test <- prepared$X_test
  Y_test <- prepared$Y_test
  stats <- prepared$stats
  rng <- prepared$rng
  activations <- c("sigmoid")
  config <- train_config(learning_rate = options$learning_rate, iterations = options$iterations, init = "zeros",
                         print_every = 100)
  fit <- train(X, Y, c(nrow(X), 1), activations, rng, config)
  Y_hat <- predict_labels(X, fit$parameters, activations)
  cat(sprintf("train accuracy: %.4f\n", accuracy(Y, Y_hat)))
  warning <- collapse_warning(fit$costs, Y_hat, 2)
  if (!is.null(X_test)) {
    Y <- Y_test
    Y_hat <- predict_labels(X_test, fit$parameters, activations)
    cat(sprintf("test accuracy: %.4f\n", accuracy(Y, Y_hat)))
  }
  if (warning != "") cat(warning, "\n", sep = "")
  counts <- confusion_matrix(Y, Y_hat, 2)
  cat(format_confusion_matrix(counts), "\n", sep = "")
  cat(format_metrics(classification_metrics(counts)), "\n", sep = "")
  plot_costs(fit$costs, file.path(options$out, "ch1_cost_r.png"), "Chapter 1: logistic regression (R)")
  if (!is.null(options$save_model)) {
    save_model(options$save_model, fit$parameters, activations, stats = stats, classes = data$classes,
               scaling = if (isTRUE(options$standardize)) "none" else "unit_norm")
    cat(sprintf("model saved to %s\n", options$save_model))
  }
}

run_script(main, "ch1", REPO)
