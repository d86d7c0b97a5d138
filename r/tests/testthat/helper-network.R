# Small networks with distinct, non-square sizes, so a transposed matrix never fits by accident.
NETWORKS <- list(
  list(dims = c(3, 1), activations = "sigmoid"),
  list(dims = c(3, 5, 1), activations = c("tanh", "sigmoid")),
  list(dims = c(4, 5, 3, 1), activations = c("relu", "sigmoid", "sigmoid")),
  list(dims = c(3, 4), activations = "softmax"),
  list(dims = c(5, 4, 3), activations = c("sigmoid", "softmax")),
  list(dims = c(4, 6, 5, 3), activations = c("relu", "tanh", "softmax"))
)

# Xavier-sized random parameters and biases, inputs and labels from the portable
# generator; the first and the last class both appear.
network_case <- function(layer_dims, activations, m = 7, seed = 3) {
  out <- initialize_parameters(layer_dims, rng_seed(seed), "xavier")
  parameters <- out$parameters
  rng <- out$rng
  for (l in seq_along(layer_dims)[-1]) {
    b <- rng_normal(rng, layer_dims[l], 1)
    parameters[[paste0("b", l - 1)]] <- 0.1 * b$values
    rng <- b$rng
  }
  X <- rng_normal(rng, layer_dims[1], m)
  n_classes <- if (activations[length(activations)] == "sigmoid") 2 else layer_dims[length(layer_dims)]
  u <- rng_uniform(X$rng, 1, m)
  Y <- floor(u$values * n_classes)
  Y[1, 1] <- 0
  Y[1, m] <- n_classes - 1
  list(parameters = parameters, X = X$values, Y = Y)
}

cost_of <- function(parameters, X, Y, activations) {
  L <- length(activations)
  cache <- forward_propagation(X, parameters, activations)$cache
  compute_cost(cache[[paste0("Z", L)]], Y, activations[L])
}

# Centred differences of the cost with respect to every element of parameters[[name]].
numeric_gradient <- function(parameters, name, X, Y, activations, h = 1e-6) {
  value <- parameters[[name]]
  gradient <- value
  for (i in seq_along(value)) {
    plus <- parameters
    minus <- parameters
    plus[[name]][i] <- value[i] + h
    minus[[name]][i] <- value[i] - h
    gradient[i] <- (cost_of(plus, X, Y, activations) - cost_of(minus, X, Y, activations)) / (2 * h)
  }
  gradient
}

# CS231n's relative error: max|x - y| / max(1e-8, max(|x| + |y|)).
rel_error <- function(x, y) max(abs(x - y)) / max(1e-8, max(abs(x) + abs(y)))
