# R side of `make bench`: prints one JSON line of median seconds and the BLAS R uses.
args <- commandArgs(trailingOnly = TRUE)
repo <- args[1]
repetitions <- as.numeric(args[2])
suppressPackageStartupMessages(library(dlfp, lib.loc = file.path(repo, "build", "rlib")))

median_seconds <- function(work, repetitions) {
  median(vapply(seq_len(repetitions), function(i) system.time(work())[["elapsed"]], numeric(1)))
}

# Median seconds per call of each, timed alternately (calls in a row) so that both see the same load,
# and the median of the pairs' ratios second / first.
paired <- function(first, second, pairs, calls) {
  in_a_row <- function(work) function() for (i in seq_len(calls)) work()
  times <- vapply(seq_len(pairs), function(i) {
    c(median_seconds(in_a_row(first), 1), median_seconds(in_a_row(second), 1)) / calls
  }, numeric(2))
  c(median(times[1, ]), median(times[2, ]), median(times[2, ] / times[1, ]))
}

mnist <- load_digits(file.path(repo, "data", "mnist_train.csv"))
activations <- c("relu", "relu", "softmax")
init <- initialize_parameters(c(784, 128, 64, 10), rng_seed(1), "he")
state <- initialize_optimizer(init$parameters)
epoch <- function(batch_size) {
  function() train_epoch(mnist$X, mnist$Y, init$parameters, activations, state, init$rng, 0.1, batch_size = batch_size)
}
spiral <- load_dataset(file.path(repo, "data", "spiral.csv"), 3)
spiral_config <- train_config(learning_rate = 0.6, iterations = 10000, init = "default")
spiral_run <- function() train(spiral$X, spiral$Y, c(2, 100, 3), c("relu", "softmax"), rng_seed(1), spiral_config)
# One epoch of the spiral in batches of 32 with Adam, without and with dropout and L2.
init_s <- initialize_parameters(c(2, 100, 3), rng_seed(1), "he")
state_s <- initialize_optimizer(init_s$parameters, "adam")
spiral_epoch <- function(lambd, keep_prob) {
  function() train_epoch(spiral$X, spiral$Y, init_s$parameters, c("relu", "softmax"), state_s, init_s$rng, 0.01,
                         batch_size = 32, lambd = lambd, keep_prob = keep_prob)
}
epochs <- paired(spiral_epoch(0, 1), spiral_epoch(0.1, 0.8), 10 * repetitions, 5)
cat(jsonlite::toJSON(list(mnist_epoch_seconds = median_seconds(epoch(NULL), 5 * repetitions),
                          mnist_minibatch_epoch_seconds = median_seconds(epoch(256), 5 * repetitions),
                          spiral_train_seconds = median_seconds(spiral_run, repetitions),
                          spiral_epoch_seconds = epochs[1], spiral_dropout_l2_epoch_seconds = epochs[2],
                          dropout_l2_ratio = epochs[3],
                          blas = paste(extSoftVersion()[["BLAS"]], La_library(), "OPENBLAS_NUM_THREADS",
                                       Sys.getenv("OPENBLAS_NUM_THREADS", "unset"))),
                     auto_unbox = TRUE, digits = NA), "\n")
