# Chapter 3: an L-layer network (relu hidden layers, sigmoid output), on the moons.

# The repository is three folders above this file (r/scripts/ch3_deep_network.R);
# Rscript passes the file as --file=PATH, with spaces written as ~+~.
.script_file <- function() {
  file_arg <- grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE)[1]
  normalizePath(gsub("~+~", " ", sub("^--file=", "", file_arg), fixed = TRUE))
}

REPO <- dirname(dirname(dirname(.script_file())))
suppressPackageStartupMessages(library(dlfp, lib.loc = file.path(REPO, "build", "rlib")))

PROGRAM <- "ch3_deep_network"
DEFAULTS <- list(data = "data/moons.csv", iterations = 2500, learning_rate = 0.3, seed = 1, out = "build")
HIDDEN <- c(9, 9)
ACTIVATIONS <- c("relu", "relu", "sigmoid")

main <- function(options) {
  data <- load_dataset(options$data, n_classes = 2)
  X <- data$X
  Y <- data$Y
  fit <- train(X, Y, c(nrow(X), HIDDEN, 1), ACTIVATIONS, rng_seed(options$seed),
               learning_rate = options$learning_rate, iterations = options$iterations,
               init = "he", print_every = 250)
  Y_hat <- predict_labels(X, fit$parameters, ACTIVATIONS)
  cat(sprintf("train accuracy: %.4f\n", accuracy(Y, Y_hat)))
  cat(format_confusion_matrix(confusion_matrix(Y, Y_hat, 2)), "\n", sep = "")
  plot_costs(fit$costs, file.path(options$out, "ch3_cost_r.png"), "Chapter 3: deep network (R)")
  plot_decision_boundary(X, Y, fit$parameters, ACTIVATIONS, file.path(options$out, "ch3_boundary_r.png"),
                         "Chapter 3: 2-9-9-1 relu (R)")
}

run_script(main, PROGRAM, "Chapter 3: an L-layer network, relu hidden layers, on the moons.",
           DEFAULTS, REPO)
