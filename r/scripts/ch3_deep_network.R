# Chapter 3: an L-layer network (relu hidden layers, sigmoid output), on the moons.

# The repository is three folders above this file (r/scripts/ch3_deep_network.R);
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

NETWORK <- list(chapter = "ch3", title = "Chapter 3: {shape} relu", activations = c("relu", "sigmoid"))

main <- function(options) {
  config <- train_config(learning_rate = options$learning_rate, iterations = options$iterations, init = "he",
                         print_every = 250)
  run_experiment(options, NETWORK, config)
}

run_script(main, "ch3", REPO)
