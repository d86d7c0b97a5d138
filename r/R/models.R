# Saved models: a trained network in one portable JSON file that Python's json, R's jsonlite and Octave's
# jsondecode read, so that a network trained in one language predicts in another with the same bits.
#
# The file holds, in this order: format ("dlfp model"), version (1), activations (one name per layer),
# scaling (how the data file's numbers became the network's input: "none", "pixels" for 0..255 to [0, 1],
# "unit_norm" for scale_to_unit_norm), classes (the class names, or null), stats (standardisation
# statistics, a structure of matrices, or null) and parameters (W1, b1, ..., WL, bL). A matrix is
# {"rows": r, "columns": c, "values": [...]}, its values column by column, each written with 17
# significant digits ("%.16e"), which read back as the same double.

.MODEL_FORMAT <- "dlfp model"
.MODEL_VERSION <- 1
.SCALINGS <- c("none", "pixels", "unit_norm")

# A JSON string, written the same way in every language: quote, backslash and control characters as
# \u escapes, everything else as it is.
.json_text <- function(text) {
  codes <- utf8ToInt(enc2utf8(text))
  escape <- codes < 32 | codes == 34 | codes == 92
  parts <- vapply(seq_along(codes), function(k) {
    if (escape[k]) sprintf("\\u%04x", codes[k]) else intToUtf8(codes[k])
  }, "")
  paste0('"', paste(parts, collapse = ""), '"')
}

.matrix_text <- function(M) {
  sprintf('{"rows": %d, "columns": %d, "values": [%s]}', nrow(M), ncol(M),
          paste(sprintf("%.16e", as.vector(M)), collapse = ", "))
}

# The network's checks (check_layers, on an example of W1's width) and those of stats, classes and scaling.
.check_model <- function(caller, parameters, activations, stats, classes, scaling) {
  layer_count(parameters, caller)
  check_matrix(caller, "W1", parameters$W1)
  check_layers(caller, matrix(0, ncol(parameters$W1), 1), parameters, activations)
  if (!is.null(stats)) {
    if (!is.list(stats) || is.null(names(stats))) {
      .stop("%s: stats must be a structure of matrices or nothing, got %s", caller, value_text(stats))
    }
    for (name in names(stats)) check_matrix(caller, paste("stats", name), stats[[name]])
  }
  K <- output_classes(parameters, activations)
  if (!is.null(classes) && !(is.character(classes) && length(classes) == K)) {
    .stop("%s: classes must be %s names, one per class of the output layer, got %s", caller, value_text(K),
          value_text(classes))
  }
  if (!(is.character(scaling) && length(scaling) == 1 && scaling %in% .SCALINGS)) {
    .stop("%s: scaling must be one of %s, got %s", caller, paste(.SCALINGS, collapse = ", "), value_text(scaling))
  }
}

#' Write a trained network to a model file, atomically.
#' @param path the model file's path
#' @param parameters W1, b1, ..., WL, bL
#' @param activations one name per layer
#' @param stats standardisation statistics (a named list of matrices), or NULL
#' @param classes the class names, one per output class, or NULL
#' @param scaling how the data file's numbers became the network's input: "none", "pixels", "unit_norm"
save_model <- function(path, parameters, activations, stats = NULL, classes = NULL, scaling = "none") {
  .check_model("save_model", parameters, activations, stats, classes, scaling)
  L <- length(activations)
  strings <- function(values) paste(vapply(values, .json_text, ""), collapse = ", ")
  fields <- function(values) {
    paste(vapply(names(values), function(name) paste0("  ", .json_text(name), ": ", .matrix_text(values[[name]])), ""),
          collapse = ",\n")
  }
  names <- as.vector(rbind(paste0("W", seq_len(L)), paste0("b", seq_len(L))))
  lines <- c(sprintf('{"format": %s, "version": %d,', .json_text(.MODEL_FORMAT), .MODEL_VERSION),
             sprintf(' "activations": [%s],', strings(activations)),
             sprintf(' "scaling": %s,', .json_text(scaling)),
             sprintf(' "classes": %s,', if (is.null(classes)) "null" else paste0("[", strings(classes), "]")),
             if (is.null(stats)) ' "stats": null,' else paste0(' "stats": {\n', fields(stats), "},"),
             paste0(' "parameters": {\n', fields(parameters[names]), "}}"))
  write_atomically(path, function(tmp) writeLines(enc2utf8(lines), tmp, useBytes = TRUE))
  invisible(path)
}

.model_fail <- function(path, problem) .stop("load_model: '%s' %s", path, problem)

# A matrix object of the file: {"rows": r, "columns": c, "values": r c numbers, column by column}.
.read_matrix <- function(path, name, value) {
  count <- function(x) is.numeric(x) && length(x) == 1 && x >= 0 && x == floor(x)
  ok <- is.list(value) && setequal(names(value), c("rows", "columns", "values")) && length(value) == 3 &&
    count(value$rows) && count(value$columns) && is.list(value$values) &&
    length(value$values) == value$rows * value$columns &&
    all(vapply(value$values, function(v) is.numeric(v) && length(v) == 1, TRUE))
  if (!ok) .model_fail(path, sprintf("%s must be a matrix: rows, columns and rows x columns numbers", name))
  matrix(as.numeric(unlist(value$values)), value$rows, value$columns)
}

# A JSON list of strings as a character vector; NULL if it is anything else.
.strings <- function(value) {
  if (is.list(value) && is.null(names(value)) && length(value) > 0 &&
      all(vapply(value, function(v) is.character(v) && length(v) == 1, TRUE))) unlist(value) else NULL
}

#' Read a model file written by save_model (in any language).
#' @param path the model file's path
#' @return list(parameters =, activations =, stats = a named list of matrices or NULL,
#'   classes = a character vector or NULL, scaling =)
load_model <- function(path) {
  if (!file.exists(path) || dir.exists(path)) .stop("load_model: cannot read '%s': no such file", path)
  model <- tryCatch(parse_json(paste(readLines(path, warn = FALSE, encoding = "UTF-8"), collapse = "\n")),
                    error = function(e) NULL)
  if (!is.list(model) || (length(model) > 0 && is.null(names(model)))) .model_fail(path, "is not a JSON object")
  if (!identical(model$format, .MODEL_FORMAT)) {
    .model_fail(path, sprintf("is not a dlfp model: its format must be '%s'", .MODEL_FORMAT))
  }
  if (!(is.numeric(model$version) && length(model$version) == 1 && model$version == .MODEL_VERSION)) {
    .model_fail(path, sprintf("has model version %s, expected %d", value_text(model$version), .MODEL_VERSION))
  }
  for (field in c("activations", "scaling", "classes", "stats", "parameters")) {
    if (!field %in% names(model)) .model_fail(path, paste("has no field", field))
  }
  activations <- .strings(model$activations)
  if (is.null(activations)) .model_fail(path, "activations must be a list of names")
  if (!is.list(model$parameters) || (length(model$parameters) > 0 && is.null(names(model$parameters)))) {
    .model_fail(path, "parameters must be a structure of matrices")
  }
  parameters <- Map(function(name, value) .read_matrix(path, name, value), names(model$parameters), model$parameters)
  stats <- model$stats
  if (!is.null(stats)) {
    if (!is.list(stats) || is.null(names(stats))) .model_fail(path, "stats must be a structure of matrices or null")
    stats <- Map(function(name, value) .read_matrix(path, paste("stats", name), value), names(stats), stats)
  }
  # A list of names as a character vector; anything else as it is, for .check_model to refuse.
  classes <- model$classes
  if (!is.null(.strings(classes))) classes <- .strings(classes)
  scaling <- if (is.character(model$scaling)) model$scaling else unlist(model$scaling)
  .check_model(sprintf("load_model: '%s'", path), parameters, activations, stats, classes, scaling)
  list(parameters = parameters, activations = activations, stats = stats, classes = classes, scaling = scaling)
}

#' The data file path as the network of model (load_model's) takes it: X and Y, its labels, or NULL
#' when the file has no column label_column (new examples to predict; Python: None, Octave: []).
#'
#' A CSV file is read by read_dataset, the labels in column label_column as the model's class names, or
#' as the network's class numbers 0..K-1 when it has none; an IDX file of MNIST digits by load_digits,
#' with its labels file. X is scaled as the model says (pixels: 0..255 to [0, 1]; unit_norm:
#' scale_to_unit_norm), then standardized with the model's stats when it has them (standardize_apply).
#' @param path the data file's path
#' @param model a model, as load_model returns it
#' @param label_column the name of the data file's label column (read_dataset)
#' @return list(X = features x examples matrix, Y = 1 x examples matrix or NULL)
load_model_data <- function(path, model, label_column = "label") {
  parameters <- model$parameters
  if (model$scaling == "pixels" && is_idx(path)) {
    data <- load_digits(path)
  } else {
    classes <- if (is.null(model$classes)) {
      vapply(seq_len(output_classes(parameters, model$activations)) - 1, value_text, "")
    } else {
      as.character(model$classes)
    }
    data <- read_dataset(path, label_column, classes, require_labels = FALSE)[c("X", "Y")]
    if (model$scaling == "pixels") data$X <- data$X / 255
    if (model$scaling == "unit_norm") data$X <- scale_to_unit_norm(data$X)
  }
  n_inputs <- ncol(parameters$W1)
  if (nrow(data$X) != n_inputs) {
    .stop("load_model_data: '%s' has %s features, the model's network takes %s", path, value_text(nrow(data$X)),
          value_text(n_inputs))
  }
  if (!is.null(model$stats)) data$X <- standardize_apply(data$X, model$stats)
  data
}
