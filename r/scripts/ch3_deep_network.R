# Chapter 3: an L-layer network (relu hidden layers, sigmoid output), on the moons.

# The repository is three folders above this file (r/scripts/ch3_deep_network.R);
# Rscript passes the file as --file=PATH, with spaces written as ~+~.
.script_file <- function() {
  file_arg <- grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE)[1]
  normalizePath(gsub("~+~", " ", sub("^--file=", "", file_arg), fixed = TRUE))
}

REPO <- dirname(dirname(dirname(.script_file())))
suppressPackageStartupMessages(library(dlfp, lib.loc = file.path(REPO, "build", "rlib")))

NETWORK <- list(chapter = "ch3", title = "Chapter 3: {shape} relu", activations = c("relu", "sigmoid"))

main <- function(options) {
  config <- train_config(learning_rate = options$learning_rate, iterations = options$iterations, init = "he",
                         print_every = 250)
  run_experiment(options, NETWORK, config)
}

run_script(main, "ch3", REPO)
