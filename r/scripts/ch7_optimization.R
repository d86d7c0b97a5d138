# Chapter 7: exponentially weighted averages, then gradient descent, momentum, RMSProp and Adam, and
# learning-rate decay, on MNIST.

# The repository is three folders above this file (r/scripts/ch7_optimization.R);
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

# (name, learning rate (NULL: --learning-rate), how it varies the base config): each trains the same network
# (784-64-10 on MNIST) from the same start. At the book's small rate RMSProp and Adam, which scale each step by the gradient's
# size, leave gradient descent and momentum behind, and decay (per epoch) shrinks Adam's late steps; at rate 3
# gradient descent stops learning within an epoch while momentum's averaged steps still train. (Where gradient descent
# only oscillates, at rate 2, or Adam at 0.03, the oscillation amplifies rounding and the languages part.)
# RMSProp's beta2 is 0.999: with 0.9 it oscillates at 0.01 and amplifies rounding until the languages part in the
# 10th digit after 14 epochs.
VARIANTS <- list(
  list(name = "gd", rate = NULL, changes = list(optimizer = "gd")),
  list(name = "momentum", rate = NULL, changes = list(optimizer = "momentum", beta1 = 0.9)),
  list(name = "rmsprop", rate = NULL, changes = list(optimizer = "rmsprop", beta2 = 0.999)),
  list(name = "adam", rate = NULL, changes = list(optimizer = "adam", beta1 = 0.9, beta2 = 0.999)),
  list(name = "adam+inverse", rate = NULL, changes = list(optimizer = "adam", decay = "inverse", decay_rate = 0.5)),
  list(name = "adam+exponential", rate = NULL, changes = list(optimizer = "adam", decay = "exponential", decay_rate = 0.9)),
  list(name = "gd-fast", rate = 3, changes = list(optimizer = "gd")),
  list(name = "momentum-fast", rate = 3, changes = list(optimizer = "momentum", beta1 = 0.9))
)
# The lecture's demonstration: a noisy series (200 "days" of a seasonal value) and its averages.
DAYS <- 200
BETAS <- c(0.9, 0.98)
SHOWN_DAYS <- c(1, 2, 5, 10, 20, 50, 100, 200)

# 10 + 5 sin(2 pi t / 200) + 2 z_t for t = 1..200, z from the portable generator.
noisy_series <- function(seed) {
  z <- rng_normal(rng_seed(seed), 1, DAYS)$values
  t <- matrix(seq_len(DAYS), 1)
  10 + 5 * sin(2 * pi * t / DAYS) + 2 * z
}

show_averages <- function(seed, out) {
  values <- noisy_series(seed)
  averages <- lapply(BETAS, function(beta) exponential_average(values, beta))
  last <- averages[[length(averages)]]
  cat(sprintf("exponentially weighted averages of %d noisy values, 10 + 5 sin(2 pi t / %d) + 2 N(0, 1):\n", DAYS,
              DAYS))
  cat(sprintf("%4s%9s", "t", "value"), sprintf("%11s", paste("beta", BETAS)),
      sprintf("%24s\n", paste("beta", BETAS[length(BETAS)], "uncorrected")), sep = "")
  for (day in SHOWN_DAYS) {
    cat(sprintf("%4d%9.4f", day, values[1, day]),
        vapply(averages, function(average) sprintf("%11.4f", average$corrected[1, day]), ""),
        sprintf("%24.4f\n", last$averages[1, day]), sep = "")
  }
  plot_averages(values, c(lapply(averages, function(average) average$corrected), list(last$averages)),
                c(paste("beta", BETAS), paste("beta", BETAS[length(BETAS)], "uncorrected")),
                file.path(out, "ch7_averages_r.png"), "Chapter 7: exponentially weighted averages (R)")
}

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
  show_averages(options$seed, options$out)
  digits <- nrow(X) == MNIST_PIXELS
  kind <- if (digits) "digits" else "examples"
  cat(sprintf("%d training %s, %d test %s\n", ncol(X), kind, ncol(X_test), kind))
  hidden <- as.numeric(options$hidden)
  activations <- c(rep("relu", length(hidden)), "softmax")
  layer_dims <- c(nrow(X), hidden, length(data$classes))
  held_out <- if (options$test_fraction > 0) ncol(X_test) else 0
  cat(format_run(options$data, X, data$classes, held_out, layer_dims, activations), "\n", sep = "")
  curves <- list()
  summary <- character(0)
  best <- NULL
  base <- train_config(learning_rate = options$learning_rate, iterations = options$iterations, init = "he",
                       print_every = 5, batch_size = options$batch_size)
  for (variant in VARIANTS) {
    rate <- if (is.null(variant$rate)) options$learning_rate else variant$rate
    cat(sprintf("== %s\n", variant$name))
    fit <- train(X, Y, layer_dims, activations, prepared$rng,
                 modifyList(base, c(list(learning_rate = rate), variant$changes)))
    costs <- fit$costs
    curves[[length(curves) + 1]] <- costs
    Y_hat <- predict_labels(X_test, fit$parameters, activations)
    test_accuracy <- accuracy(Y_test, Y_hat)
    cat(format_metrics(classification_metrics(confusion_matrix(Y_test, Y_hat, length(data$classes)))), "\n", sep = "")
    # Epochs whose cost is above the one before, and the largest such rise: the oscillation that decay settles.
    rises <- cost_rises(costs)
    # tolower: Python prints inf and nan where R's sprintf gives Inf and NaN.
    final_cost <- tolower(sprintf("%14.6g", costs[length(costs)]))
    summary <- c(summary, sprintf("%-18s%6g%s%8.4f%7d%s", variant$name, rate, final_cost, test_accuracy, rises$count,
                                  tolower(sprintf("%14.4f", rises$largest))))
    # The model to save: the best test accuracy, the first of a tie.
    if (is.null(best) || test_accuracy > best$accuracy) best <- list(accuracy = test_accuracy, parameters = fit$parameters)
  }
  cat(sprintf("%-18s%6s%14s%8s%7s%14s\n", "run", "rate", "final cost", "test", "rises", "largest rise"))
  cat(paste0(summary, "\n"), sep = "")
  data_name <- if (digits) "MNIST" else basename(options$data)
  plot_cost_curves(curves, vapply(VARIANTS, function(variant) variant$name, ""),
                   file.path(options$out, "ch7_cost_r.png"),
                   sprintf("Chapter 7: optimisers on %s, %s (R)", data_name, paste(layer_dims, collapse = "-")),
                   xlabel = "epoch")
  if (!is.null(options$save_model)) {
    save_model(options$save_model, best$parameters, activations, stats = prepared$stats, classes = data$classes,
               scaling = if (digits) "pixels" else "none")
    cat(sprintf("model saved to %s\n", options$save_model))
  }
}

run_script(main, "ch7", REPO)
