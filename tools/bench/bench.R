# R side of `make bench`: prints one JSON line of median seconds and the BLAS R uses.
args <- commandArgs(trailingOnly = TRUE)
repo <- args[1]
repetitions <- as.numeric(args[2])
suppressPackageStartupMessages(library(dlfp, lib.loc = file.path(repo, "build", "rlib")))

median_seconds <- function(work, repetitions) {
  median(vapply(seq_len(repetitions), function(i) system.time(work())[["elapsed"]], numeric(1)))
}

mnist <- load_digits(file.path(repo, "data", "mnist_train.csv"))
activations <- c("relu", "relu", "softmax")
init <- initialize_parameters(c(784, 128, 64, 10), rng_seed(1), "he")
state <- initialize_optimizer(init$parameters)
epoch <- function(batch_size) {
  function() train_epoch(mnist$X, mnist$Y, init$parameters, activations, state, init$rng, 0.1, batch_size = batch_size)
}
spiral <- load_dataset(file.path(repo, "data", "spiral.csv"), 3)
spiral_config <- train_config(learning_rate = 1.0, iterations = 10000, init = "default")
spiral_run <- function() train(spiral$X, spiral$Y, c(2, 100, 3), c("relu", "softmax"), rng_seed(1), spiral_config)
cat(jsonlite::toJSON(list(mnist_epoch_seconds = median_seconds(epoch(NULL), 5 * repetitions),
                          mnist_minibatch_epoch_seconds = median_seconds(epoch(256), 5 * repetitions),
                          spiral_train_seconds = median_seconds(spiral_run, repetitions),
                          blas = paste(extSoftVersion()[["BLAS"]], La_library())),
                     auto_unbox = TRUE, digits = NA), "\n")
