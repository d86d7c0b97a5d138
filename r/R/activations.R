# Activation functions and their derivatives, named "sigmoid", "tanh", "relu", "softmax".

ACTIVATIONS <- c("sigmoid", "tanh", "relu", "softmax")

#' Refuse an activation name that is not one of ACTIVATIONS.
#' @param caller the calling function's name, which starts the message
#' @param activation "sigmoid", "tanh", "relu" or "softmax"
check_activation <- function(caller, activation) {
  if (!(is.character(activation) && length(activation) == 1 && activation %in% ACTIVATIONS)) {
    .stop("%s: activation must be one of sigmoid, tanh, relu, softmax, got %s", caller, value_text(activation))
  }
  invisible(activation)
}

# Column sums and maxima of an n x m matrix, accumulated row after row: the
# order numpy uses along axis 0 of a C-ordered array (colSums uses long doubles).
.col_sums <- function(X) {
  sums <- numeric(ncol(X))
  for (k in seq_len(nrow(X))) sums <- sums + X[k, ]
  sums
}

.col_max <- function(X) {
  largest <- X[1, ]
  for (k in seq_len(nrow(X))[-1]) largest <- pmax(largest, X[k, ])
  largest
}

# Subtract (or divide by) a per-column value from every row of X.
.by_column <- function(X, v) rep(v, each = nrow(X))

#' A = g(Z) for an n x m matrix Z; softmax normalises each column.
#' @param Z n x m pre-activation matrix
#' @param activation "sigmoid", "tanh", "relu" or "softmax"
#' @return n x m matrix
activation_forward <- function(Z, activation) {
  if (!is.matrix(Z) || !is.numeric(Z)) .stop("activation_forward: Z must be a 2-D matrix")
  check_activation("activation_forward", activation)
  activate(Z, activation)
}

#' activation_forward's arithmetic without its argument checks, for forward_pass (every layer of
#' every training step).
#' @param Z n x m pre-activation matrix
#' @param activation "sigmoid", "tanh", "relu" or "softmax"
#' @return as activation_forward
activate <- function(Z, activation) {
  if (activation == "sigmoid") {
    # Two branches so that exp never overflows: e = exp(-|z|) <= 1.
    e <- exp(-abs(Z))
    A <- e / (1 + e)
    positive <- which(Z >= 0)
    A[positive] <- 1 / (1 + e[positive])
    return(A)
  }
  if (activation == "tanh") return(tanh(Z))
  if (activation == "relu") return(pmax(Z, 0))
  e <- exp(Z - .by_column(Z, .col_max(Z)))
  e / .by_column(e, .col_sums(e))
}

#' dZ = dA * g'(Z) for a hidden layer (softmax is only an output layer).
#' @param dA,Z,A n x m matrices: the gradient of A, the layer's Z and A = g(Z)
#' @param activation "sigmoid", "tanh", "relu" or "softmax"
#' @return n x m matrix
activation_backward <- function(dA, Z, A, activation) {
  # Not check_matrix: dA, Z and A may hold infinities.
  if (!(is.matrix(Z) && is.numeric(Z) && is.numeric(dA) && is.numeric(A) &&
        identical(dim(dA), dim(Z)) && identical(dim(A), dim(Z)))) {
    .stop("activation_backward: dA, Z and A must be 2-D matrices of the same shape")
  }
  check_activation("activation_backward", activation)
  if (activation == "softmax") .stop("activation_backward: softmax is only allowed as the output layer")
  activate_backward(dA, Z, A, activation)
}

#' activation_backward's arithmetic without its argument checks, for backward_pass (every hidden
#' layer of every training step).
#' @param dA n x m gradient of the cost with respect to A
#' @param Z n x m pre-activation matrix
#' @param A n x m activation matrix, g(Z)
#' @param activation "sigmoid", "tanh", "relu" or "softmax"
#' @return as activation_backward
activate_backward <- function(dA, Z, A, activation) {
  if (activation == "sigmoid") return(dA * A * (1 - A))
  if (activation == "tanh") return(dA * (1 - A * A))
  dA * (Z > 0)
}
