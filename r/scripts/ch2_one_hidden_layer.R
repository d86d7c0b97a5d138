# Chapter 2: a network with one hidden layer of tanh units and a sigmoid output, on the moons.

# The repository is three folders above this file (r/scripts/ch2_one_hidden_layer.R);
# Rscript passes the file as --file=PATH, with spaces written as ~+~.
.script_file <- function() {
  file_arg <- grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE)[1]
  normalizePath(gsub("~+~", " ", sub("^--file=", "", file_arg), fixed = TRUE))
}

REPO <- dirname(dirname(dirname(.script_file())))
suppressPackageStartupMessages(library(dlfp, lib.loc = file.path(REPO, "build", "rlib")))

PROGRAM <- "ch2_one_hidden_layer"
DEFAULTS <- list(data = "data/moons.csv", iterations = 10000, learning_rate = 0.5, seed = 1, out = "build")
HIDDEN <- c(4)
ACTIVATIONS <- c("tanh", "sigmoid")

main <- function(options) {
  data <- load_dataset(options$data, n_classes = 2)
  X <- data$X
  Y <- data$Y
  fit <- train(X, Y, c(nrow(X), HIDDEN, 1), ACTIVATIONS, rng_seed(options$seed),
               learning_rate = options$learning_rate, iterations = options$iterations,
               init = "default", print_every = 1000)
  Y_hat <- predict_labels(X, fit$parameters, ACTIVATIONS)
  cat(sprintf("train accuracy: %.4f\n", accuracy(Y, Y_hat)))
  cat(format_confusion_matrix(confusion_matrix(Y, Y_hat, 2)), "\n", sep = "")
  plot_costs(fit$costs, file.path(options$out, "ch2_cost_r.png"), "Chapter 2: one hidden layer (R)")
  plot_decision_boundary(X, Y, fit$parameters, ACTIVATIONS, file.path(options$out, "ch2_boundary_r.png"),
                         "Chapter 2: 4 tanh units (R)")
}

run_script(main, PROGRAM, "Chapter 2: one hidden layer (tanh) and a sigmoid output, on the moons.",
           DEFAULTS, REPO)
