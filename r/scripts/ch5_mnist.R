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
  data <- read_examples(options$data, options$label_column)
  check_classes(options$data, data$classes, "softmax")
  # --test-fraction holds out a share of --data as the test set; without it the test set is --test-data.
  prepared <- prepare_split(data$X, data$Y, options$test_fraction, isTRUE(options$standardize), rng_seed(options$seed))
  X <- prepared$X_train
  Y <- prepared$Y_train
  X_test <- prepared$X_test
  Y_test <- prepared$Y_test
  if (is.null(X_test)) {
    test_set <- read_examples(options$test_data, options$label_column, data$classes, nrow(X))
    X_test <- if (is.null(prepared$stats)) test_set$X else standardize_apply(test_set$X, prepared$stats)
    Y_test <- test_set$Y
  }
  digits <- nrow(X) == MNIST_PIXELS
  kind <- if (digits) "digits" else "examples"
  cat(sprintf("%d training %s, %d test %s\n", ncol(X), kind, ncol(X_test), kind))
  hidden <- as.numeric(options$hidden)
  activations <- c(rep("relu", length(hidden)), "softmax")
  layer_dims <- c(nrow(X), hidden, length(data$classes))
  held_out <- if (options$test_fraction > 0) ncol(X_test) else 0
  cat(format_run(options$data, X, data$classes, held_out, layer_dims, activations), "\n", sep = "")
  config <- train_config(learning_rate = options$learning_rate, iterations = options$iterations, init = "he",
                         print_every = 1, batch_size = options$batch_size)
  fit <- train(X, Y, layer_dims, activations, prepared$rng, config)
  train_labels <- predict_labels(X, fit$parameters, activations)
  cat(sprintf("train accuracy: %.4f\n", accuracy(Y, train_labels)))
  Y_hat <- predict_labels(X_test, fit$parameters, activations)
  cat(sprintf("test accuracy: %.4f\n", accuracy(Y_test, Y_hat)))
  counts <- confusion_matrix(Y_test, Y_hat, length(data$classes))
  cat(format_confusion_matrix(counts), "\n", sep = "")
  cat(format_metrics(classification_metrics(counts)), "\n", sep = "")
  name <- if (digits) "MNIST" else basename(options$data)
  title <- sprintf("Chapter 5: %s %s (R)", name, paste(layer_dims, collapse = "-"))
  plot_costs(fit$costs, file.path(options$out, "ch5_cost_r.png"), title, xlabel = "epoch")
  if (digits) {
    plot_digits(X_test, Y_test, Y_hat, file.path(options$out, "ch5_digits_r.png"), title)
  } else {
    cat(sprintf("no digits picture: the data has %d features, not %d pixels\n", nrow(X), MNIST_PIXELS))
  }
  if (!is.null(options$save_model)) {
    save_model(options$save_model, fit$parameters, activations, stats = prepared$stats, classes = data$classes,
               scaling = if (digits) "pixels" else "none")
    cat(sprintf("model saved to %s\n", options$save_model))
  }
}

run_script(main, "ch5", REPO)
