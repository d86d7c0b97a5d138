# Chapter 6: initialisation, L2 regularisation and dropout on a small sample of the moons.

# The repository is three folders above this file (r/scripts/ch6_regularization.R);
# Rscript passes the file as --file=PATH, with spaces written as ~+~.
.script_file <- function() {
  file_arg <- grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE)[1]
  normalizePath(gsub("~+~", " ", sub("^--file=", "", file_arg), fixed = TRUE))
}

REPO <- dirname(dirname(dirname(.script_file())))
suppressPackageStartupMessages(library(dlfp, lib.loc = file.path(REPO, "build", "rlib")))

ACTIVATIONS <- c("relu", "relu", "sigmoid")
# (name, what it is, how it varies the base config): each trains the same 2-100-100-1 network from the same
# generator state.
VARIANTS <- list(
  list(name = "default", description = "default initialisation (N(0,1) x 0.01)", changes = list()),
  list(name = "he", description = "He initialisation", changes = list(init = "he")),
  list(name = "xavier", description = "Xavier initialisation", changes = list(init = "xavier")),
  list(name = "l2", description = "He initialisation, L2 lambd 0.5", changes = list(init = "he", lambd = 0.5)),
  list(name = "dropout", description = "He initialisation, dropout keep_prob 0.7",
       changes = list(init = "he", keep_prob = 0.7))
)

main <- function(options) {
  data <- load_dataset(options$data, n_classes = 2)
  # A small training set (20 %) and a big network, so that the network can overfit.
  split <- split_train_test(data$X, data$Y, 0.8, rng_seed(options$seed))
  cat(sprintf("%d training points, %d test points\n", ncol(split$X_train), ncol(split$X_test)))
  curves <- list()
  summary <- character(0)
  best <- NULL
  base <- train_config(learning_rate = options$learning_rate, iterations = options$iterations, print_every = 1000)
  for (variant in VARIANTS) {
    cat(sprintf("== %s: %s\n", variant$name, variant$description))
    fit <- train(split$X_train, split$Y_train, c(nrow(data$X), 100, 100, 1), ACTIVATIONS, split$rng,
                 modifyList(base, variant$changes))
    curves[[length(curves) + 1]] <- fit$costs
    train_accuracy <- accuracy(split$Y_train, predict_labels(split$X_train, fit$parameters, ACTIVATIONS))
    test_accuracy <- accuracy(split$Y_test, predict_labels(split$X_test, fit$parameters, ACTIVATIONS))
    summary <- c(summary, sprintf("%-10s%8.4f%8.4f", variant$name, train_accuracy, test_accuracy))
    # The model to save: the best test accuracy, the first of a tie.
    if (is.null(best) || test_accuracy > best$accuracy) best <- list(accuracy = test_accuracy, parameters = fit$parameters)
    plot_decision_boundary(split$X_train, split$Y_train, fit$parameters, ACTIVATIONS,
                           file.path(options$out, sprintf("ch6_boundary_%s_r.png", variant$name)),
                           sprintf("Chapter 6: %s (R)", variant$description))
  }
  cat(sprintf("%-10s%8s%8s\n", "variant", "train", "test"))
  cat(paste0(summary, "\n"), sep = "")
  plot_cost_curves(curves, vapply(VARIANTS, function(variant) variant$name, ""),
                   file.path(options$out, "ch6_cost_r.png"), "Chapter 6: 2-100-100-1 relu on the moons (R)")
  if (!is.null(options$save_model)) {
    save_model(options$save_model, best$parameters, ACTIVATIONS, scaling = "none")
    cat(sprintf("model saved to %s\n", options$save_model))
  }
}

run_script(main, "ch6", REPO)
