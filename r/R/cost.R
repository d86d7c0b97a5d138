# Cross-entropy cost, computed from the output layer's pre-activation ZL so it never takes log(0).

#' K x m matrix with a 1 in row Y[j] + 1 of column j (labels 0..K-1).
#' @param Y 1 x m matrix of labels
#' @param n_classes K
one_hot <- function(Y, n_classes) {
  m <- ncol(Y)
  out <- matrix(0, n_classes, m)
  out[cbind(as.integer(Y[1, ]) + 1L, seq_len(m))] <- 1
  out
}

#' Mean cross-entropy over the m columns, plus the L2 penalty
#' lambd / (2 m) sum ||Wl||^2 of parameters when lambd > 0.
#'
#' sigmoid: -(1/m) sum[y log a + (1-y) log(1-a)] = (1/m) sum[softplus(z) - y z];
#' softmax: -(1/m) sum log a_(y_j) = (1/m) sum[logsumexp(z_j) - z_(y_j, j)].
#' @param ZL K x m output pre-activation (K = 1 for sigmoid)
#' @param Y 1 x m labels
#' @param activation "sigmoid" or "softmax"
#' @param parameters named list W1, b1, ..., needed only when lambd > 0
#' @param lambd the L2 weight, >= 0
#' @return one number
compute_cost <- function(ZL, Y, activation, parameters = NULL, lambd = 0) {
  m <- ncol(Y)
  check_lambd("compute_cost", lambd)
  if (lambd > 0 && is.null(parameters)) .stop("compute_cost: parameters are needed when lambd > 0")
  if (identical(activation, "sigmoid")) {
    softplus <- pmax(ZL, 0) + log1p(exp(-abs(ZL)))
    cost <- sum(softplus - Y * ZL) / m
  } else if (identical(activation, "softmax")) {
    zmax <- .col_max(ZL)
    logsumexp <- zmax + log(.col_sums(exp(ZL - .by_column(ZL, zmax))))
    cost <- sum(logsumexp - .col_sums(ZL * one_hot(Y, nrow(ZL)))) / m
  } else {
    .stop("compute_cost: output activation must be sigmoid or softmax, got %s", .repr(activation))
  }
  if (lambd > 0) cost + l2_penalty(parameters, lambd, m) else cost
}
