# Chapter 4: softmax classification of the CS231n spiral (2-100-3, relu hidden units).

# The repository is three folders above this file (r/scripts/ch4_softmax_spiral.R);
# Rscript passes the file as --file=PATH, with spaces written as ~+~.
.script_file <- function() {
  file_arg <- grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE)[1]
  normalizePath(gsub("~+~", " ", sub("^--file=", "", file_arg), fixed = TRUE))
}

REPO <- dirname(dirname(dirname(.script_file())))
suppressPackageStartupMessages(library(dlfp, lib.loc = file.path(REPO, "build", "rlib")))

PROGRAM <- "ch4_softmax_spiral"
DEFAULTS <- list(data = "data/spiral.csv", iterations = 10000, learning_rate = 1.0, seed = 1, out = "build")
HIDDEN <- c(100)
ACTIVATIONS <- c("relu", "softmax")
N_CLASSES <- 3

main <- function(options) {
  data <- load_dataset(options$data, n_classes = N_CLASSES)
  X <- data$X
  Y <- data$Y
  fit <- train(X, Y, c(nrow(X), HIDDEN, N_CLASSES), ACTIVATIONS, rng_seed(options$seed),
               learning_rate = options$learning_rate, iterations = options$iterations,
               init = "default", print_every = 1000)
  Y_hat <- predict_labels(X, fit$parameters, ACTIVATIONS)
  cat(sprintf("train accuracy: %.4f\n", accuracy(Y, Y_hat)))
  cat(format_confusion_matrix(confusion_matrix(Y, Y_hat, N_CLASSES)), "\n", sep = "")
  plot_costs(fit$costs, file.path(options$out, "ch4_cost_r.png"), "Chapter 4: softmax on the spiral (R)")
  plot_decision_boundary(X, Y, fit$parameters, ACTIVATIONS, file.path(options$out, "ch4_boundary_r.png"),
                         "Chapter 4: 2-100-3 relu, softmax (R)")
}

run_script(main, PROGRAM, "Chapter 4: softmax on the CS231n spiral, 2-100-3 with relu hidden units.",
           DEFAULTS, REPO)
