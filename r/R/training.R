# The training loop: batch gradient descent.

.check_train <- function(X, Y, layer_dims, activations, learning_rate, iterations) {
  check_matrix("train", "X", X)
  check_positive("train", "learning_rate", learning_rate)
  check_positive("train", "iterations", iterations, integer = TRUE)
  if (layer_dims[1] != nrow(X)) {
    .stop("train: layer_dims[0] must equal the %d rows of X, got %s", nrow(X), .repr(layer_dims[1]))
  }
  output <- activations[[length(activations)]]
  n_classes <- if (output == "sigmoid") 2 else layer_dims[length(layer_dims)]
  check_labels("train", Y, ncol(X), n_classes)
}

#' Initialise, then repeat forward, cost, backward, update.
#'
#' costs[i + 1] is the cost before update i (i = 0..iterations-1). Every
#' print_every iterations (and at the last) prints "iteration i: cost c".
#' @param X features x examples matrix
#' @param Y 1 x examples labels
#' @param layer_dims numeric vector n0 = nrow(X), n1, ..., nL
#' @param activations character vector of L activation names
#' @param rng generator state
#' @return list(parameters = named list W1, b1, ..., costs = numeric vector, rng = new state)
train <- function(X, Y, layer_dims, activations, rng, learning_rate = 0.1, iterations = 1000,
                  init = "default", print_every = 0) {
  .check_train(X, Y, layer_dims, activations, learning_rate, iterations)
  L <- length(activations)
  init_out <- initialize_parameters(layer_dims, rng, init)
  parameters <- init_out$parameters
  costs <- numeric(iterations)
  for (i in seq_len(iterations) - 1) {
    forward <- forward_propagation(X, parameters, activations)
    costs[i + 1] <- compute_cost(forward$cache[[paste0("Z", L)]], Y, activations[[L]])
    if (print_every != 0 && (i %% print_every == 0 || i == iterations - 1)) {
      # tolower: Python prints inf and nan where R's sprintf gives Inf and NaN.
      cat(sprintf("iteration %d: cost %s\n", i, tolower(sprintf("%.10g", costs[i + 1]))))
      flush(stdout())
    }
    grads <- backward_propagation(Y, parameters, forward$cache, activations)
    parameters <- update_parameters(parameters, grads, learning_rate)
  }
  list(parameters = parameters, costs = costs, rng = init_out$rng)
}
