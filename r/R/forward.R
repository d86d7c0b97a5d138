# Forward propagation through L layers.

#' The number of layers L in parameters; refuses a missing Wl or bl.
layer_count <- function(parameters, caller) {
  L <- sum(startsWith(names(parameters), "W"))
  for (l in seq_len(L)) {
    if (!all(c(paste0("W", l), paste0("b", l)) %in% names(parameters))) {
      .stop("%s: parameters must hold W1, b1, ..., W%d, b%d; missing W%d or b%d", caller, L, L, l, l)
    }
  }
  L
}

.check_forward <- function(X, parameters, activations, L) {
  if (length(activations) != L) {
    .stop("forward_propagation: activations must name %d layers, got %d", L, length(activations))
  }
  for (l in seq_len(L)) {
    check_activation("forward_propagation", activations[[l]])
    if (activations[[l]] == "softmax" && l != L) {
      .stop("forward_propagation: softmax is only allowed as the output layer")
    }
  }
  n <- ncol(parameters$W1)
  if (!is.matrix(X) || !is.numeric(X) || nrow(X) != n) {
    got <- if (is.matrix(X)) nrow(X) else .shape_text(X)
    .stop("forward_propagation: X must have %d rows to match W1, got %s", n, got)
  }
}

#' Z_l = W_l A_(l-1) + b_l, A_l = g_l(Z_l), with A_0 = X.
#'
#' With dropout masks (dropout_masks), layer l+1 reads A_l * D_l instead of A_l
#' for every hidden layer l.
#' @param X features x examples matrix
#' @param parameters named list W1, b1, ..., WL, bL (Wl n_l x n_(l-1), bl n_l x 1)
#' @param activations character vector of L activation names
#' @param masks NULL or named list D1, ..., D(L-1) of n_l x m matrices
#' @return list(AL = n_L x m matrix, cache = named list A0, Z1, A1, ..., ZL, AL
#'   (A_l = g_l(Z_l), before dropout) and the masks D1, ..., D(L-1) used)
forward_propagation <- function(X, parameters, activations, masks = NULL) {
  L <- layer_count(parameters, "forward_propagation")
  .check_forward(X, parameters, activations, L)
  rows_in <- nrow(X)
  for (l in seq_len(L)) {
    W <- parameters[[paste0("W", l)]]
    b <- parameters[[paste0("b", l)]]
    if (!identical(dim(b), c(nrow(W), 1L))) {
      .stop("forward_propagation: b%d must be %d x 1 to match W%d", l, nrow(W), l)
    }
    if (length(masks) > 0 && l > 1) {
      name <- paste0("D", l - 1)
      D <- masks[[name]]
      if (!(is.matrix(D) && is.numeric(D) && identical(dim(D), c(rows_in, ncol(X))))) {
        .stop("forward_propagation: masks must hold %s, %d x %d", name, rows_in, ncol(X))
      }
    }
    rows_in <- nrow(W)
  }
  forward_pass(X, parameters, activations, masks)
}

#' forward_propagation's arithmetic without its argument checks, for callers that have
#' checked their arguments once (train runs thousands of steps on the same shapes).
#' @param masks named list D1, ..., D(L-1), or NULL or list() for none
#' @return as forward_propagation
forward_pass <- function(X, parameters, activations, masks) {
  if (!is.double(X)) storage.mode(X) <- "double"
  cache <- list(A0 = X)
  A <- X
  for (l in seq_along(activations)) {
    if (length(masks) > 0 && l > 1) {
      name <- paste0("D", l - 1)
      D <- masks[[name]]
      cache[[name]] <- D
      A <- A * D
    }
    # An n_l x 1 bias recycles down each column of the n_l x m product: b[i] is added to row i.
    Z <- parameters[[paste0("W", l)]] %*% A + as.vector(parameters[[paste0("b", l)]])
    A <- activation_forward(Z, activations[[l]])
    cache[[paste0("Z", l)]] <- Z
    cache[[paste0("A", l)]] <- A
  }
  list(AL = A, cache = cache)
}
