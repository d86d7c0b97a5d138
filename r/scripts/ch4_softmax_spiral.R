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

main <- function(options) {
  run_experiment(options, 3, 100, c("relu", "softmax"), "default", 1000, "ch4", "Chapter 4: 2-100-3 relu, softmax")
}

run_script(main, PROGRAM, "Chapter 4: softmax on the CS231n spiral, 2-100-3 with relu hidden units.",
           DEFAULTS, REPO)
