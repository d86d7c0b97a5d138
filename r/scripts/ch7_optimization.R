# Chapter 7: gradient descent, momentum, RMSProp and Adam (with and without learning-rate decay) on MNIST.

# The repository is three folders above this file (r/scripts/ch7_optimization.R);
# Rscript passes the file as --file=PATH, with spaces written as ~+~.
.script_file <- function() {
  file_arg <- grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE)[1]
  normalizePath(gsub("~+~", " ", sub("^--file=", "", file_arg), fixed = TRUE))
}

REPO <- dirname(dirname(dirname(.script_file())))
suppressPackageStartupMessages(library(dlfp, lib.loc = file.path(REPO, "build", "rlib")))

ACTIVATIONS <- c("relu", "softmax")
# (name, how it varies the base config): each trains the same 784-64-10 network from the same start at the same
# learning rate.
# RMSProp's average of g^2 starts at 0 without bias correction, so its first steps are large (epoch 0's cost
# jumps); Adam corrects that. With beta2 = 0.9 RMSProp oscillates at this rate and amplifies rounding until the
# languages part in the 10th digit after 14 epochs; 0.999 keeps the run stable (they agree to 4e-14).
VARIANTS <- list(
  list(name = "gd", changes = list(optimizer = "gd")),
  list(name = "momentum", changes = list(optimizer = "momentum", beta1 = 0.9)),
  list(name = "rmsprop", changes = list(optimizer = "rmsprop", beta2 = 0.999)),
  list(name = "adam", changes = list(optimizer = "adam", beta1 = 0.9, beta2 = 0.999)),
  list(name = "adam+decay", changes = list(optimizer = "adam", decay = "exponential", decay_rate = 0.9))
)

main <- function(options) {
  train_set <- load_digits(options$data)
  test_set <- load_digits(options$test_data)
  cat(sprintf("%d training digits, %d test digits\n", ncol(train_set$X), ncol(test_set$X)))
  curves <- list()
  summary <- character(0)
  best <- NULL
  base <- train_config(learning_rate = options$learning_rate, iterations = options$iterations, init = "he",
                       print_every = 5, batch_size = options$batch_size)
  for (variant in VARIANTS) {
    cat(sprintf("== %s\n", variant$name))
    fit <- train(train_set$X, train_set$Y, c(MNIST_PIXELS, 64, 10), ACTIVATIONS, rng_seed(options$seed),
                 modifyList(base, variant$changes))
    curves[[length(curves) + 1]] <- fit$costs
    test_accuracy <- accuracy(test_set$Y, predict_labels(test_set$X, fit$parameters, ACTIVATIONS))
    # tolower: Python prints inf and nan where R's sprintf gives Inf and NaN.
    final_cost <- tolower(sprintf("%14.6g", fit$costs[length(fit$costs)]))
    summary <- c(summary, sprintf("%-12s%s%8.4f", variant$name, final_cost, test_accuracy))
    # The model to save: the best test accuracy, the first of a tie.
    if (is.null(best) || test_accuracy > best$accuracy) best <- list(accuracy = test_accuracy, parameters = fit$parameters)
  }
  cat(sprintf("%-12s%14s%8s\n", "optimizer", "final cost", "test"))
  cat(paste0(summary, "\n"), sep = "")
  plot_cost_curves(curves, vapply(VARIANTS, function(variant) variant$name, ""),
                   file.path(options$out, "ch7_cost_r.png"), "Chapter 7: optimisers on MNIST, 784-64-10 (R)",
                   xlabel = "epoch")
  if (!is.null(options$save_model)) {
    save_model(options$save_model, best$parameters, ACTIVATIONS, scaling = "pixels")
    cat(sprintf("model saved to %s\n", options$save_model))
  }
}

run_script(main, "ch7", REPO)
