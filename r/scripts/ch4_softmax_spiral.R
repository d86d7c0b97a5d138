# Chapter 4: softmax classification of the CS231n spiral (2-100-3, relu hidden units).

# The repository is three folders above this file (r/scripts/ch4_softmax_spiral.R);
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

NETWORK <- list(chapter = "ch4", title = "Chapter 4: {shape} relu, softmax", activations = c("relu", "softmax"))

main <- function(options) {
  config <- train_config(learning_rate = options$learning_rate, iterations = options$iterations,
                         print_every = 1000)
  run_experiment(options, NETWORK, config)
}

run_script(main, "ch4", REPO)
