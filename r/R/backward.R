# Backward propagation through L layers, for a sigmoid or softmax output with cross-entropy.

#' Gradients of the mean cross-entropy (plus the L2 penalty when lambd > 0).
#'
#' Output layer: dZL = AL - Y (Y one-hot for softmax). For each layer,
#' dWl = (1/m) dZl A_(l-1)^T + (lambd/m) Wl, dbl = (1/m) sum of dZl over columns,
#' and below it dA_(l-1) = Wl^T dZl, dZ_(l-1) = dA_(l-1) * g'(Z_(l-1)). Where the
#' cache holds a dropout mask D_(l-1), A_(l-1) and dA_(l-1) are multiplied by it.
#' @param Y 1 x m labels
#' @param parameters named list W1, b1, ..., WL, bL
#' @param cache the cache of forward_propagation
#' @param activations character vector of L activation names
#' @param lambd the L2 weight, >= 0
#' @return named list dZl, dWl (n_l x n_(l-1)), dbl (n_l x 1) for every layer and
#'   dAl for the hidden layers, from the output layer down
backward_propagation <- function(Y, parameters, cache, activations, lambd = 0) {
  caller <- "backward_propagation"
  bad_cache <- "%s: cache must come from forward_propagation with these parameters"
  layer_count(parameters, caller)
  # The cache's A0 was forward_propagation's X: a bad one is the cache's fault, not an X's.
  A0 <- if (is.list(cache)) cache[["A0"]]
  W1 <- parameters[["W1"]]
  if (!(is.matrix(A0) && is.numeric(A0) && all(is.finite(A0)) && (!is.matrix(W1) || nrow(A0) == ncol(W1)))) {
    .stop(bad_cache, caller)
  }
  L <- check_layers(caller, A0, parameters, activations)
  check_lambd(caller, lambd)
  output <- activations[[L]]
  if (!output %in% c("sigmoid", "softmax")) {
    .stop("%s: output activation must be sigmoid or softmax, got %s", caller, value_text(output))
  }
  m <- ncol(cache[["A0"]])
  for (l in seq_len(L)) {
    shape <- c(nrow(parameters[[paste0("W", l)]]), m)
    keys <- paste0(c("Z", "A", if (paste0("D", l) %in% names(cache)) "D"), l)
    fits <- vapply(keys, function(key) is.numeric(cache[[key]]) && identical(dim(cache[[key]]), shape), logical(1))
    if (!all(fits)) .stop(bad_cache, caller)
  }
  check_labels(caller, Y, m, output_classes(parameters, activations))
  backward_pass(Y, parameters, cache, activations, lambd)
}

#' backward_propagation's arithmetic without its argument checks, for callers that have
#' checked their arguments once (train runs thousands of steps on the same shapes).
#' @param Y 1 x m matrix of labels 0..K-1
#' @param parameters named list W1, b1, ..., WL, bL
#' @param cache the cache of forward_propagation
#' @param activations character vector of L activation names, one per layer
#' @param lambd the L2 weight, >= 0
#' @return as backward_propagation
backward_pass <- function(Y, parameters, cache, activations, lambd) {
  L <- length(activations)
  # Each kind of name for every layer in one paste0; element l + 1 is layer l's (A and D from 0).
  numbers <- 0:L
  A_names <- paste0("A", numbers)
  D_names <- paste0("D", numbers)
  Z_names <- paste0("Z", numbers)
  W <- paste0("W", numbers)
  dZ_names <- paste0("dZ", numbers)
  dW_names <- paste0("dW", numbers)
  db_names <- paste0("db", numbers)
  dA_names <- paste0("dA", numbers)
  AL <- cache[[A_names[L + 1]]]
  m <- ncol(Y)
  if (activations[[L]] == "softmax") {
    # AL - one_hot(Y) without building the one-hot matrix: subtract 1 at each example's label.
    dZ <- AL
    labels <- cbind(as.integer(Y[1, ]) + 1L, seq_len(m))
    dZ[labels] <- dZ[labels] - 1
  } else {
    dZ <- AL - Y
  }
  grads <- list()
  for (l in rev(seq_len(L))) {
    D <- cache[[D_names[l]]]
    A_prev <- cache[[A_names[l]]]
    grads[[dZ_names[l + 1]]] <- dZ
    dW <- tcrossprod(dZ, if (is.null(D)) A_prev else A_prev * D) / m
    grads[[dW_names[l + 1]]] <- if (lambd > 0) dW + lambd / m * parameters[[W[l + 1]]] else dW
    # Each row added column after column in doubles (rowsum), as Python and Octave add it: rowSums adds in
    # long doubles, and a last-bit difference in db grows into a different trajectory in a long dropout run.
    grads[[db_names[l + 1]]] <- matrix(rowsum(t(dZ), rep.int(1L, m), reorder = FALSE) / m, ncol = 1)
    if (l > 1) {
      dA <- crossprod(parameters[[W[l + 1]]], dZ)
      if (!is.null(D)) dA <- dA * D
      grads[[dA_names[l]]] <- dA
      dZ <- activate_backward(dA, cache[[Z_names[l]]], A_prev, activations[[l - 1]])
    }
  }
  grads
}
