# Predict the labels of a data file with a network that a chapter script saved (--save-model).

# The repository is three folders above this file (r/scripts/predict.R);
# Rscript passes the file as --file=PATH, with spaces written as ~+~.
.script_file <- function() {
  file_arg <- grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE)[1]
  normalizePath(gsub("~+~", " ", sub("^--file=", "", file_arg), fixed = TRUE))
}

REPO <- dirname(dirname(dirname(.script_file())))
suppressPackageStartupMessages(library(dlfp, lib.loc = file.path(REPO, "build", "rlib")))

main <- function(options) {
  for (key in c("model", "data")) {
    if (is.null(options[[key]])) stop(sprintf("option --%s is required", key), call. = FALSE)
  }
  model <- load_model(options$model)
  data <- load_model_data(options$data, model, options$label_column)
  Y_hat <- predict_labels(data$X, model$parameters, model$activations)
  # One label a line: the class's name when the model has names, else its number.
  labels <- if (is.null(model$classes)) sprintf("%d", as.integer(Y_hat)) else model$classes[Y_hat + 1]
  cat(paste0(labels, "\n"), sep = "")
  # A file without labels (new examples) has no accuracy.
  if (!is.null(data$Y)) cat(sprintf("accuracy: %.4f\n", accuracy(data$Y, Y_hat)))
}

run_script(main, "predict", REPO)
