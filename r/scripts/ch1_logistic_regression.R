# Chapter 1: logistic regression as a neural network, on the breast-cancer data.

# The repository is three folders above this file (r/scripts/ch1_logistic_regression.R);
# Rscript passes the file as --file=PATH, with spaces written as ~+~.
.script_file <- function() {
  file_arg <- grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE)[1]
  normalizePath(gsub("~+~", " ", sub("^--file=", "", file_arg), fixed = TRUE))
}

REPO <- dirname(dirname(dirname(.script_file())))
suppressPackageStartupMessages(library(dlfp, lib.loc = file.path(REPO, "build", "rlib")))

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
  cat(format_confusion_matrix(confusion_matrix(split$Y_test, Y_hat, 2)), "\n", sep = "")
  plot_costs(fit$costs, file.path(options$out, "ch1_cost_r.png"), "Chapter 1: logistic regression (R)")
  if (!is.null(options$save_model)) {
    save_model(options$save_model, fit$parameters, activations, scaling = "unit_norm")
    cat(sprintf("model saved to %s\n", options$save_model))
  }
}

run_script(main, "ch1", REPO)
