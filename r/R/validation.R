# Argument checks shared by the public functions: one clear message per problem, its values written
# by value_text in the style of docs/messages.md, the same in every language.

# stop() with a sprintf() message and no call, as every refusal in dlfp.
.stop <- function(fmt, ...) stop(sprintf(fmt, ...), call. = FALSE)

#' value as a message writes it (docs/messages.md): 3, 0.1, 1e-05, inf, nan; 'text'; true, false;
#' [2, 0.5] for a vector (one value alone as itself); [] for nothing; a 2 x 3 matrix; a structure
#' (a named list); a list. With shape, a numeric matrix as its shape: 1 x 3.
#' @param value the value: a number, text, logical, vector, matrix, list or NULL
#' @param shape TRUE to write a matrix as its shape (3 x 1)
value_text <- function(value, shape = FALSE) {
  if (shape && is.matrix(value) && (is.numeric(value) || is.logical(value)) && any(dim(value) != 0)) {
    return(sprintf("%d x %d", nrow(value), ncol(value)))
  }
  if (length(value) == 0) return("[]")
  if (is.function(value)) return("a function")
  if (is.list(value)) {
    named <- !is.null(names(value)) && all(names(value) != "")
    return(if (named) "a structure" else "a list")
  }
  if (!is.atomic(value)) return(paste("a", class(value)[1]))
  dims <- if (is.null(dim(value))) length(value) else dim(value)
  if (sum(dims != 1) > 1) {
    return(sprintf("a %s %s", paste(dims, collapse = " x "), if (length(dims) == 2) "matrix" else "array"))
  }
  texts <- vapply(as.vector(value), .element_text, "", USE.NAMES = FALSE)
  if (length(texts) == 1) texts else sprintf("[%s]", paste(texts, collapse = ", "))
}

# One number, string or logical of value_text: whole numbers below 1e16 without a point, others in the
# fewest significant digits that read back as x; R's NA as nan.
.element_text <- function(x) {
  if (is.na(x)) return("nan")
  if (is.character(x)) return(paste0("'", x, "'"))
  if (is.logical(x)) return(if (x) "true" else "false")
  if (is.infinite(x)) return(if (x > 0) "inf" else "-inf")
  # + 0 writes -0 as 0.
  if (x == round(x) && abs(x) < 1e16) return(sprintf("%.0f", x + 0))
  for (digits in 1:17) {
    text <- sprintf("%.*g", digits, x)
    if (as.numeric(text) == x) return(text)
  }
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
#' @param caller the calling function's name, which starts the message
#' @param name the argument named in the message
#' @param value the argument
#' @param integer TRUE to require a whole number
check_positive <- function(caller, name, value, integer = FALSE) {
  ok <- .is_number(value) && is.finite(value) && value > 0
  if (ok && integer) ok <- value == floor(value)
  if (!ok) {
    kind <- if (integer) "a positive integer" else "a positive number"
    .stop("%s: %s must be %s, got %s", caller, name, kind, value_text(value))
  }
  invisible(value)
}

#' The classes the output layer tells apart: 2 for a sigmoid unit, else one per row of W_L.
#' @param parameters named list W1, b1, ..., WL, bL
#' @param activations character vector of L activation names, one per layer
output_classes <- function(parameters, activations) {
  L <- length(activations)
  if (activations[[L]] == "sigmoid") 2 else nrow(parameters[[paste0("W", L)]])
}

#' Refuse a state that does not come from initialize_optimizer or lacks the moving averages its
#' optimiser keeps (vd<name>, sd<name>) for a parameter.
#' @param caller the calling function's name, which starts the message
#' @param parameters named list W1, b1, ..., WL, bL
#' @param state optimiser state (initialize_optimizer)
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
#' @param caller the calling function's name, which starts the message
#' @param X features x examples matrix
#' @param Y 1 x m matrix of labels 0..K-1
#' @param parameters named list W1, b1, ..., WL, bL
#' @param activations character vector of L activation names, one per layer
#' @param state optimiser state (initialize_optimizer)
check_network <- function(caller, X, Y, parameters, activations, state) {
  check_layers(caller, X, parameters, activations)
  check_labels(caller, Y, ncol(X), output_classes(parameters, activations))
  check_state(caller, parameters, state)
}

#' Refuse anything but one whole number >= 0 (a count of rows, columns or epochs).
#' @param caller the calling function's name, which starts the message
#' @param name the argument named in the message
#' @param value the argument: a whole number >= 0
#' @return value
check_count <- function(caller, name, value) {
  if (!.is_number(value) || !is.finite(value) || value != floor(value) || value < 0) {
    .stop("%s: %s must be a non-negative integer, got %s", caller, name, value_text(value))
  }
  value
}
