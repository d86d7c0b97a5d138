# Chapter 3: an L-layer network (relu hidden layers, sigmoid output), on the moons.

# The repository is three folders above this file (r/scripts/ch3_deep_network.R);
# Rscript passes the file as --file=PATH, with spaces written as ~+~.
.script_file <- function() {
  file_arg <- grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE)[1]
  normalizePath(gsub("~+~", " ", sub("^--file=", "", file_arg), fixed = TRUE))
}

REPO <- dirname(dirname(dirname(.script_file())))
suppressPackageStartupMessages(library(dlfp, lib.loc = file.path(REPO, "build", "rlib")))

main <- function(options) {
  run_experiment(options, 2, c(9, 9), c("relu", "relu", "sigmoid"), "he", 250, "ch3", "Chapter 3: 2-9-9-1 relu")
}

run_script(main, "ch3", REPO)
