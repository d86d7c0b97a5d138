# Forward propagation through L layers.

#' The number of layers L in parameters; refuses none, or a missing Wl or bl.
#' @param parameters named list W1, b1, ..., WL, bL
#' @param caller the calling function's name, which starts the message
layer_count <- function(parameters, caller) {
  L <- sum(startsWith(as.character(names(parameters)), "W"))
  if (L == 0) .stop("%s: parameters must hold at least W1 and b1", caller)
  for (l in seq_len(L)) {
    if (!all(c(paste0("W", l), paste0("b", l)) %in% names(parameters))) {
      .stop("%s: parameters must hold W1, b1, ..., W%d, b%d; missing W%d or b%d", caller, L, L, l, l)
    }
  }
  L
}

#' The checks every function that runs X through the network makes: X a finite matrix, the
#' parameters W1, b1, ..., WL, bL finite and of chained shapes (W1 has a column per row of X),
#' one known activation per layer and softmax only last.
#' @param caller the calling function's name, which starts the message
#' @param X features x examples matrix
#' @param parameters named list W1, b1, ..., WL, bL
#' @param activations character vector of L activation names, one per layer
#' @return L
check_layers <- function(caller, X, parameters, activations) {
  check_matrix(caller, "X", X)
  L <- layer_count(parameters, caller)
  if (length(activations) != L) .stop("%s: activations must name %d layers, got %d", caller, L, length(activations))
  for (l in seq_len(L)) {
    check_activation(caller, activations[[l]])
    if (activations[[l]] == "softmax" && l != L) .stop("%s: softmax is only allowed as the output layer", caller)
  }
  rows_in <- nrow(X)
  for (l in seq_len(L)) {
    W <- parameters[[paste0("W", l)]]
    b <- parameters[[paste0("b", l)]]
    check_matrix(caller, paste0("W", l), W)
    if (ncol(W) != rows_in) {
      if (l == 1) .stop("%s: X must have %d rows to match W1, got %d", caller, ncol(W), rows_in)
      .stop("%s: W%d must have %d columns to match the rows of W%d, got %d", caller, l, rows_in, l - 1, ncol(W))
    }
    check_matrix(caller, paste0("b", l), b)
    if (!identical(dim(b), c(nrow(W), 1L))) .stop("%s: b%d must be %d x 1 to match W%d", caller, l, nrow(W), l)
    rows_in <- nrow(W)
  }
  L
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
  L <- check_layers("forward_propagation", X, parameters, activations)
  for (l in seq_len(if (length(masks) > 0) L - 1 else 0)) {
    D <- masks[[paste0("D", l)]]
    rows <- nrow(parameters[[paste0("W", l)]])
    if (!(is.matrix(D) && is.numeric(D) && identical(dim(D), c(rows, ncol(X))))) {
      .stop("forward_propagation: masks must hold D%d, %d x %d", l, rows, ncol(X))
    }
  }
  forward_pass(X, parameters, activations, masks)
}

#' forward_propagation's arithmetic without its argument checks, for callers that have
#' checked their arguments once (train runs thousands of steps on the same shapes).
#' @param masks named list D1, ..., D(L-1), or NULL or list() for none
#' @param X features x examples matrix
#' @param parameters named list W1, b1, ..., WL, bL
#' @param activations character vector of L activation names, one per layer
#' @return as forward_propagation
forward_pass <- function(X, parameters, activations, masks) {
  if (!is.double(X)) storage.mode(X) <- "double"
  layers <- seq_along(activations)
  # Each kind of name for every layer in one paste0, not one paste0 per layer and name.
  W <- paste0("W", layers)
  b <- paste0("b", layers)
  Z_names <- paste0("Z", layers)
  A_names <- paste0("A", layers)
  D_names <- if (length(masks) > 0) paste0("D", layers)
  cache <- list(A0 = X)
  A <- X
  for (l in layers) {
    if (l > 1 && !is.null(D_names)) {
      D <- masks[[D_names[l - 1]]]
      cache[[D_names[l - 1]]] <- D
      A <- A * D
    }
    # An n_l x 1 bias recycles down each column of the n_l x m product: b[i] is added to row i.
    Z <- parameters[[W[l]]] %*% A + as.vector(parameters[[b[l]]])
    A <- activate(Z, activations[[l]])
    cache[[Z_names[l]]] <- Z
    cache[[A_names[l]]] <- A
  }
  list(AL = A, cache = cache)
}
