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
  data <- load_dataset(options$data, n_classes = 2)
  X <- scale_to_unit_norm(data$X)
  rng <- rng_seed(options$seed)
  split <- split_train_test(X, data$Y, 0.25, rng)
  activations <- c("sigmoid")
  config <- train_config(learning_rate = options$learning_rate, iterations = options$iterations, init = "zeros",
                         print_every = 100)
  fit <- train(split$X_train, split$Y_train, c(nrow(X), 1), activations, split$rng, config)
  train_labels <- predict_labels(split$X_train, fit$parameters, activations)
  cat(sprintf("train accuracy: %.4f\n", accuracy(split$Y_train, train_labels)))
  Y_hat <- predict_labels(split$X_test, fit$parameters, activations)
  cat(sprintf("test accuracy: %.4f\n", accuracy(split$Y_test, Y_hat)))
  counts <- confusion_matrix(split$Y_test, Y_hat, 2)
  cat(format_confusion_matrix(counts), "\n", sep = "")
  cat(format_metrics(classification_metrics(counts)), "\n", sep = "")
  plot_costs(fit$costs, file.path(options$out, "ch1_cost_r.png"), "Chapter 1: logistic regression (R)")
}

run_script(main, "ch1", REPO)
