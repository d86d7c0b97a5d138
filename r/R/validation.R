# Argument checks shared by the public functions: one clear message per problem.

# stop() with a sprintf() message and no call, as every refusal in dlfp.
.stop <- function(fmt, ...) stop(sprintf(fmt, ...), call. = FALSE)

# A number as Python prints it: whole numbers without a decimal point,
# others with the fewest significant digits that read back exactly.
.num_text <- function(x) {
  # Python's spelling of the values that are not finite.
  if (!is.finite(x)) return(if (is.na(x)) "nan" else if (x > 0) "inf" else "-inf")
  if (x == round(x) && abs(x) < 1e16) return(sprintf("%.0f", x))
  for (digits in 1:17) {
    text <- sprintf("%.*g", digits, x)
    if (as.numeric(text) == x) return(text)
  }
  text
}

# A value in a message, where Python writes {value!r}: a single string in
# quotes, a single number like Python, anything else as R deparses it.
.repr <- function(x) {
  if (is.character(x) && length(x) == 1 && !is.na(x)) return(paste0("'", x, "'"))
  if (is.numeric(x) && length(x) == 1) return(.num_text(x))
  if (is.numeric(x)) return(.list_text(x))
  paste(deparse(x), collapse = " ")
}

# Numbers as Python prints a list of them, even a single one: "[2, 0.5]".
.list_text <- function(x) sprintf("[%s]", paste(vapply(x, .num_text, ""), collapse = ", "))

# A shape as Python prints it: "(3, 5)" for a matrix, "(5,)" for a vector.
.shape_text <- function(x) {
  if (is.null(dim(x))) return(sprintf("(%d,)", length(x)))
  sprintf("(%s)", paste(dim(x), collapse = ", "))
}

# Is x one number (not a logical), finite or not?
.is_number <- function(x) is.numeric(x) && length(x) == 1 && !is.na(x)

# Is x one of the strings in choices?
.is_one_of <- function(x, choices) is.character(x) && length(x) == 1 && x %in% choices

#' Refuse anything but a finite numeric matrix.
#' @param caller,name the function and argument named in the message
#' @param value the argument
check_matrix <- function(caller, name, value) {
  if (!is.matrix(value) || !is.numeric(value)) .stop("%s: %s must be a 2-D matrix", caller, name)
  if (!all(is.finite(value))) .stop("%s: %s must hold only finite numbers", caller, name)
  invisible(value)
}

#' Refuse anything but one finite number > 0 (a whole one if integer is TRUE).
check_positive <- function(caller, name, value, integer = FALSE) {
  ok <- .is_number(value) && is.finite(value) && value > 0
  if (ok && integer) ok <- value == floor(value)
  if (!ok) {
    kind <- if (integer) "a positive integer" else "a positive number"
    .stop("%s: %s must be %s, got %s", caller, name, kind, .repr(value))
  }
  invisible(value)
}

#' The classes the output layer tells apart: 2 for a sigmoid unit, else one per row of W_L.
output_classes <- function(parameters, activations) {
  L <- length(activations)
  if (activations[[L]] == "sigmoid") 2 else nrow(parameters[[paste0("W", L)]])
}

#' Refuse a state that does not come from initialize_optimizer or lacks the moving averages its
#' optimiser keeps (vd<name>, sd<name>) for a parameter.
check_state <- function(caller, parameters, state) {
  optimizer <- if (is.list(state)) state[["optimizer"]] else NULL
  if (!.is_one_of(optimizer, OPTIMIZERS)) .stop("%s: state must come from initialize_optimizer", caller)
  prefixes <- list(gd = character(0), momentum = "vd", rmsprop = "sd", adam = c("vd", "sd"))[[optimizer]]
  missing <- setdiff(as.vector(outer(prefixes, names(parameters), paste0)), names(state))
  if (length(missing) > 0) .stop("%s: state must hold %s", caller, paste(missing, collapse = ", "))
  invisible(state)
}

#' The checks that forward_propagation, backward_propagation and update_parameters make on every
#' call, made once by train and train_epoch before their unchecked loop: the layers, the labels
#' against the output layer, and the optimiser state.
check_network <- function(caller, X, Y, parameters, activations, state) {
  check_layers(caller, X, parameters, activations)
  check_labels(caller, Y, ncol(X), output_classes(parameters, activations))
  check_state(caller, parameters, state)
}

#' Refuse anything but one whole number >= 0 (a count of rows, columns or epochs).
#' @return value
check_count <- function(caller, name, value) {
  if (!.is_number(value) || !is.finite(value) || value != floor(value) || value < 0) {
    .stop("%s: %s must be a non-negative integer, got %s", caller, name, .repr(value))
  }
  value
}
