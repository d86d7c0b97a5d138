# Gradient checking: backpropagation's gradients against centred differences of the cost.

# W1, b1, W2, b2, ..., WL, bL: the order of parameters_to_vector.
.vector_names <- function(L) as.vector(outer(c("W", "b"), seq_len(L), paste0))

#' All parameters as one n x 1 column: W1, b1, W2, b2, ..., each matrix column by column.
#' @param parameters named list W1, b1, ..., WL, bL
#' @return n x 1 matrix
parameters_to_vector <- function(parameters) {
  L <- layer_count(parameters, "parameters_to_vector")
  matrix(unlist(lapply(.vector_names(L), function(name) as.vector(parameters[[name]]))), ncol = 1)
}

#' The inverse of parameters_to_vector: theta cut into matrices shaped like the parameters like.
#' @param theta n x 1 matrix
#' @param like named list W1, b1, ..., WL, bL giving the shapes
#' @return named list W1, b1, ..., WL, bL
vector_to_parameters <- function(theta, like) {
  L <- layer_count(like, "vector_to_parameters")
  keys <- .vector_names(L)
  sizes <- vapply(keys, function(name) length(like[[name]]), 0)
  if (!(is.numeric(theta) && is.matrix(theta) && identical(as.numeric(dim(theta)), c(sum(sizes), 1)))) {
    .stop("vector_to_parameters: theta must be %d x 1 to match the parameters, got %s", sum(sizes),
          value_text(theta, shape = TRUE))
  }
  parameters <- list()
  start <- 0
  for (name in keys) {
    values <- as.double(theta[start + seq_len(sizes[[name]])])
    parameters[[name]] <- matrix(values, nrow(like[[name]]), ncol(like[[name]]))
    start <- start + sizes[[name]]
  }
  parameters
}

#' Compare gradients (backward_propagation's unless grads is given) with the centred differences
#' approx_i = (J(theta + epsilon e_i) - J(theta - epsilon e_i)) / (2 epsilon) of the cost J
#' (with the L2 penalty when lambd > 0; no dropout: its random masks would make J a different
#' function at every evaluation). Below 1e-7 the gradients are right.
#' @param X features x examples matrix
#' @param Y 1 x m labels
#' @param parameters named list W1, b1, ..., WL, bL
#' @param activations character vector of L activation names
#' @param lambd the L2 weight, >= 0
#' @param epsilon the step of the differences, > 0
#' @param grads NULL or named list holding dW1, db1, ..., dWL, dbL
#' @return list(difference = ||grad - approx|| / (||grad|| + ||approx||) (2-norms),
#'   worst = the name of the parameter holding the element where |grad - approx| is largest,
#'   approx = n x 1 matrix in parameters_to_vector's order)
gradient_check <- function(X, Y, parameters, activations, lambd = 0, epsilon = 1e-7, grads = NULL) {
  L <- check_layers("gradient_check", X, parameters, activations)
  output <- activations[[L]]
  if (!output %in% c("sigmoid", "softmax")) {
    .stop("gradient_check: output activation must be sigmoid or softmax, got %s", value_text(output))
  }
  check_lambd("gradient_check", lambd)
  check_positive("gradient_check", "epsilon", epsilon)
  check_labels("gradient_check", Y, ncol(X), output_classes(parameters, activations))

  m <- ncol(X)
  weight_flags <- lapply(stats::setNames(nm = names(parameters)), function(name) {
    matrix(as.numeric(startsWith(name, "W")), nrow(parameters[[name]]), ncol(parameters[[name]]))
  })
  is_weight <- parameters_to_vector(weight_flags)[, 1] == 1
  terms <- function(theta) {
    cache <- forward_pass(X, vector_to_parameters(theta, parameters), activations, list())$cache
    cross_entropy(cache[[paste0("Z", L)]], Y, output)
  }
  cost_difference <- function(plus, minus) {
    difference <- sum(terms(plus) - terms(minus)) / m
    if (lambd > 0) {
      w_plus <- plus[is_weight, 1]
      w_minus <- minus[is_weight, 1]
      difference <- difference + lambd / (2 * m) * sum(w_plus * w_plus - w_minus * w_minus)
    }
    difference
  }

  if (is.null(grads)) {
    cache <- forward_pass(X, parameters, activations, list())$cache
    grads <- backward_pass(Y, parameters, cache, activations, lambd)
  }
  check_grads("gradient_check", parameters, grads)
  renamed <- grads[paste0("d", names(parameters))]
  names(renamed) <- names(parameters)
  grad <- parameters_to_vector(renamed)
  theta <- parameters_to_vector(parameters)
  approx <- matrix(0, nrow(theta), 1)
  for (i in seq_len(nrow(theta))) {
    plus <- theta
    minus <- theta
    plus[i, 1] <- theta[i, 1] + epsilon
    minus[i, 1] <- theta[i, 1] - epsilon
    approx[i, 1] <- cost_difference(plus, minus) / (2 * epsilon)
  }
  gap <- grad - approx
  scale <- sqrt(sum(grad * grad)) + sqrt(sum(approx * approx))
  difference <- if (scale > 0) sqrt(sum(gap * gap)) / scale else 0
  keys <- .vector_names(L)
  owners <- rep(keys, vapply(keys, function(name) length(parameters[[name]]), 0))
  # numpy's argmax: the first NaN if there is one, else the first largest.
  nan <- which(is.na(gap))
  worst <- owners[if (length(nan) > 0) nan[1] else which.max(abs(gap))]
  list(difference = difference, worst = worst, approx = approx)
}
