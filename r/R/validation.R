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

#' Refuse anything but one whole number >= 0 (a count of rows, columns or epochs).
#' @return value
check_count <- function(caller, name, value) {
  if (!.is_number(value) || !is.finite(value) || value != floor(value) || value < 0) {
    .stop("%s: %s must be a non-negative integer, got %s", caller, name, .repr(value))
  }
  value
}
