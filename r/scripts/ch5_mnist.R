# Chapter 5: MNIST digits with a softmax output, trained with mini-batches (784-128-64-10, relu).

# The repository is three folders above this file (r/scripts/ch5_mnist.R);
# Rscript passes the file as --file=PATH, with spaces written as ~+~.
.script_file <- function() {
  file_arg <- grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE)[1]
  normalizePath(gsub("~+~", " ", sub("^--file=", "", file_arg), fixed = TRUE))
}

REPO <- dirname(dirname(dirname(.script_file())))
suppressPackageStartupMessages(library(dlfp, lib.loc = file.path(REPO, "build", "rlib")))

main <- function(options) {
  train_set <- load_digits(options$data)
  test_set <- load_digits(options$test_data)
  cat(sprintf("%d training digits, %d test digits\n", ncol(train_set$X), ncol(test_set$X)))
  activations <- c("relu", "relu", "softmax")
  config <- train_config(learning_rate = options$learning_rate, iterations = options$iterations, init = "he",
                         print_every = 1, batch_size = options$batch_size)
  fit <- train(train_set$X, train_set$Y, c(MNIST_PIXELS, 128, 64, 10), activations, rng_seed(options$seed), config)
  train_labels <- predict_labels(train_set$X, fit$parameters, activations)
  cat(sprintf("train accuracy: %.4f\n", accuracy(train_set$Y, train_labels)))
  Y_hat <- predict_labels(test_set$X, fit$parameters, activations)
  cat(sprintf("test accuracy: %.4f\n", accuracy(test_set$Y, Y_hat)))
  cat(format_confusion_matrix(confusion_matrix(test_set$Y, Y_hat, 10)), "\n", sep = "")
  title <- "Chapter 5: MNIST 784-128-64-10 (R)"
  plot_costs(fit$costs, file.path(options$out, "ch5_cost_r.png"), title, xlabel = "epoch")
  plot_digits(test_set$X, test_set$Y, Y_hat, file.path(options$out, "ch5_digits_r.png"), title)
  if (!is.null(options$save_model)) {
    save_model(options$save_model, fit$parameters, activations, scaling = "pixels")
    cat(sprintf("model saved to %s\n", options$save_model))
  }
}

run_script(main, "ch5", REPO)
