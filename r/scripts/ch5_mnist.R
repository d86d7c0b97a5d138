# Chapter 5: MNIST digits with a softmax output, trained with mini-batches (784-128-64-10, relu).

# The repository is three folders above this file (r/scripts/ch5_mnist.R);
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
  train_set <- load_digits(options$data)
  test_set <- load_digits(options$test_data)
  cat(sprintf("%d training digits, %d test digits\n", ncol(train_set$X), ncol(test_set$X)))
  activations <- c("relu", "relu", "softmax")
  cat(format_run(options$data, train_set$X, 10, 0, c(MNIST_PIXELS, 128, 64, 10), activations), "\n", sep = "")
  config <- train_config(learning_rate = options$learning_rate, iterations = options$iterations, init = "he",
                         print_every = 1, batch_size = options$batch_size)
  fit <- train(train_set$X, train_set$Y, c(MNIST_PIXELS, 128, 64, 10), activations, rng_seed(options$seed), config)
  train_labels <- predict_labels(train_set$X, fit$parameters, activations)
  cat(sprintf("train accuracy: %.4f\n", accuracy(train_set$Y, train_labels)))
  Y_hat <- predict_labels(test_set$X, fit$parameters, activations)
  cat(sprintf("test accuracy: %.4f\n", accuracy(test_set$Y, Y_hat)))
  counts <- confusion_matrix(test_set$Y, Y_hat, 10)
  cat(format_confusion_matrix(counts), "\n", sep = "")
  cat(format_metrics(classification_metrics(counts)), "\n", sep = "")
  title <- "Chapter 5: MNIST 784-128-64-10 (R)"
  plot_costs(fit$costs, file.path(options$out, "ch5_cost_r.png"), title, xlabel = "epoch")
  plot_digits(test_set$X, test_set$Y, Y_hat, file.path(options$out, "ch5_digits_r.png"), title)
  if (!is.null(options$save_model)) {
    save_model(options$save_model, fit$parameters, activations, scaling = "pixels")
    cat(sprintf("model saved to %s\n", options$save_model))
  }
}

run_script(main, "ch5", REPO)
