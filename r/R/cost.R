# Cross-entropy cost, computed from the output layer's pre-activation ZL so it never takes log(0).

#' K x m matrix with a 1 in row Y[j] + 1 of column j (labels 0..K-1).
#' @param Y 1 x m matrix of labels
#' @param n_classes K
one_hot <- function(Y, n_classes) {
  check_positive("one_hot", "n_classes", n_classes, integer = TRUE)
  check_labels("one_hot", Y, length(Y), n_classes)
  m <- ncol(Y)
  out <- matrix(0, n_classes, m)
  out[cbind(as.integer(Y[1, ]) + 1L, seq_len(m))] <- 1
  out
}

#' The cross-entropy of each of the m columns.
#'
#' sigmoid: softplus(z) - y z = -[y log a + (1-y) log(1-a)];
#' softmax: logsumexp(z_j) - z_(y_j, j) = -log a_(y_j).
#' @param ZL K x m output pre-activation (K = 1 for sigmoid)
#' @param Y 1 x m labels
#' @param activation "sigmoid" or "softmax"
#' @return 1 x m matrix
example_costs <- function(ZL, Y, activation) {
  .check_costs("example_costs", ZL, Y, activation)
  cross_entropy(ZL, Y, activation)
}

#' example_costs' arithmetic without its argument checks, for callers that have checked the
#' labels against the network once (train takes it on every batch).
#' @param ZL the output layer's pre-activation, K x m
#' @param Y 1 x m matrix of labels 0..K-1
#' @param activation "sigmoid", "tanh", "relu" or "softmax"
#' @return as example_costs
cross_entropy <- function(ZL, Y, activation) {
  if (activation == "sigmoid") {
    softplus <- pmax(ZL, 0) + log1p(exp(-abs(ZL)))
    return(softplus - Y * ZL)
  }
  zmax <- .col_max(ZL)
  logsumexp <- zmax + log(.col_sums(exp(ZL - .by_column(ZL, zmax))))
  # z_(y_j, j) picked directly rather than through a one-hot matrix.
  matrix(logsumexp - ZL[cbind(as.integer(Y[1, ]) + 1L, seq_len(ncol(ZL)))], nrow = 1)
}

# ZL one row (sigmoid) or one per class (softmax), and a label 0..K-1 for each of its columns.
# ZL is not checked for finiteness here: a diverging training run prints cost nan, not an error.
.check_costs <- function(caller, ZL, Y, activation) {
  if (!.is_one_of(activation, c("sigmoid", "softmax"))) {
    .stop("%s: output activation must be sigmoid or softmax, got %s", caller, value_text(activation))
  }
  if (!is.matrix(ZL) || !is.numeric(ZL)) .stop("%s: ZL must be a 2-D matrix", caller)
  if (activation == "sigmoid" && nrow(ZL) != 1) {
    .stop("%s: ZL must have 1 row for a sigmoid output, got %d", caller, nrow(ZL))
  }
  check_labels(caller, Y, ncol(ZL), if (activation == "sigmoid") 2 else nrow(ZL))
}

#' Mean cross-entropy over the m columns, plus the L2 penalty
#' lambd / (2 m) sum ||Wl||^2 of parameters when lambd > 0.
#'
#' (1/m) times the sum of example_costs.
#' @param ZL K x m output pre-activation (K = 1 for sigmoid)
#' @param Y 1 x m labels
#' @param activation "sigmoid" or "softmax"
#' @param parameters named list W1, b1, ..., needed only when lambd > 0
#' @param lambd the L2 weight, >= 0
#' @return one number
compute_cost <- function(ZL, Y, activation, parameters = NULL, lambd = 0) {
  .check_costs("compute_cost", ZL, Y, activation)
  check_matrix("compute_cost", "ZL", ZL)
  check_lambd("compute_cost", lambd)
  if (lambd > 0 && is.null(parameters)) .stop("compute_cost: parameters are needed when lambd > 0")
  m <- ncol(Y)
  cost <- sum(cross_entropy(ZL, Y, activation)) / m
  if (lambd > 0) cost + l2_penalty(parameters, lambd, m) else cost
}
