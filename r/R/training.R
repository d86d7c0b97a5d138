# Training: mini-batches, one epoch, and the whole loop.

#' Shuffle the m columns with the portable generator's permutation, then cut them into
#' batches of batch_size consecutive columns; the last batch holds the m mod batch_size
#' left over (if any).
#' @param X features x examples matrix
#' @param Y 1 x examples labels
#' @param batch_size a positive whole number
#' @param rng generator state
#' @return list(X_batches = list of matrices, Y_batches = list of matrices, rng = new state)
random_mini_batches <- function(X, Y, batch_size, rng) {
  check_examples("random_mini_batches", X, Y)
  check_positive("random_mini_batches", "batch_size", batch_size, integer = TRUE)
  check_rng("random_mini_batches", rng)
  shuffle <- rng_permutation(rng, ncol(X))
  m <- ncol(X)
  starts <- seq(1, by = batch_size, length.out = ceiling(m / batch_size))
  # Each batch picks its shuffled columns straight from X: one copy instead of two.
  columns <- lapply(starts, function(k) shuffle$values[seq(k, min(k + batch_size - 1, m))])
  list(X_batches = lapply(columns, function(j) X[, j, drop = FALSE]),
       Y_batches = lapply(columns, function(j) Y[, j, drop = FALSE]),
       rng = shuffle$rng)
}

#' One pass over the data.
#'
#' For each batch (all of X, unshuffled, when batch_size is NULL; else
#' random_mini_batches), draw dropout masks if keep_prob < 1, then forward, cost,
#' backward and one optimiser step. costs[k] is batch k's cost before its step.
#' @param state from initialize_optimizer
#' @return list(parameters = ..., state = ..., costs = numeric vector, rng = new state)
train_epoch <- function(X, Y, parameters, activations, state, rng, learning_rate, batch_size = NULL, lambd = 0,
                        keep_prob = 1) {
  check_positive("train_epoch", "learning_rate", learning_rate)
  check_lambd("train_epoch", lambd)
  check_keep_prob("train_epoch", keep_prob)
  if (!is.null(batch_size)) check_positive("train_epoch", "batch_size", batch_size, integer = TRUE)
  # Only a shuffle or dropout draws from rng.
  if (!is.null(batch_size) || keep_prob < 1) check_rng("train_epoch", rng)
  check_network("train_epoch", X, Y, parameters, activations, state)
  .run_epoch(X, Y, parameters, activations, state, rng, learning_rate, batch_size, lambd, keep_prob)
}

# train_epoch's work on arguments already checked: the kernels (draw_masks, forward_pass,
# cross_entropy, l2_term, backward_pass, update_step) instead of the functions that check their
# arguments on every call (train checks once, then runs thousands of these).
.run_epoch <- function(X, Y, parameters, activations, state, rng, learning_rate, batch_size, lambd, keep_prob) {
  if (is.null(batch_size)) {
    X_batches <- list(X)
    Y_batches <- list(Y)
  } else {
    batches <- random_mini_batches(X, Y, batch_size, rng)
    X_batches <- batches$X_batches
    Y_batches <- batches$Y_batches
    rng <- batches$rng
  }
  L <- length(activations)
  costs <- numeric(length(X_batches))
  for (k in seq_along(X_batches)) {
    X_batch <- X_batches[[k]]
    Y_batch <- Y_batches[[k]]
    m <- ncol(Y_batch)
    dropout <- draw_masks(parameters, L, m, keep_prob, rng)
    rng <- dropout$rng
    cache <- forward_pass(X_batch, parameters, activations, dropout$masks)$cache
    # compute_cost's arithmetic.
    cost <- sum(cross_entropy(cache[[paste0("Z", L)]], Y_batch, activations[[L]])) / m
    costs[k] <- if (lambd > 0) cost + l2_term(parameters, L, lambd, m) else cost
    grads <- backward_pass(Y_batch, parameters, cache, activations, lambd)
    step <- update_step(parameters, grads, learning_rate, state)
    parameters <- step$parameters
    state <- step$state
  }
  list(parameters = parameters, state = state, costs = costs, rng = rng)
}

.check_train <- function(X, layer_dims, rng, learning_rate, iterations, init, print_every, batch_size, optimizer,
                         beta1, beta2, epsilon, lambd, keep_prob, decay, decay_rate) {
  check_matrix("train", "X", X)
  check_init("train", layer_dims, init)
  check_positive("train", "learning_rate", learning_rate)
  check_positive("train", "iterations", iterations, integer = TRUE)
  check_count("train", "print_every", print_every)
  if (!is.null(batch_size)) check_positive("train", "batch_size", batch_size, integer = TRUE)
  check_lambd("train", lambd)
  check_keep_prob("train", keep_prob)
  check_optimizer("train", optimizer, beta1, beta2, epsilon)
  if (!.is_one_of(decay, DECAYS)) {
    .stop("train: decay must be one of none, inverse, exponential, got %s", .repr(decay))
  }
  check_decay_rate("train", decay, decay_rate)
  if (layer_dims[1] != nrow(X)) {
    .stop("train: layer_dims[0] must equal the %d rows of X, got %s", nrow(X), .repr(layer_dims[1]))
  }
  # Only initialisation (unless zeros), shuffling and dropout draw from rng. The labels are checked
  # with the network, once it is initialised.
  if (init != "zeros" || !is.null(batch_size) || keep_prob < 1) check_rng("train", rng)
}

#' Initialise, then run iterations epochs (train_epoch) with the optimiser's state
#' carried across them and the learning rate of
#' decay_learning_rate(learning_rate, epoch, decay, decay_rate).
#'
#' Without batch_size an epoch is one full-batch step. costs[i + 1] is epoch i's
#' cost: its batches' costs weighted by their share of the m examples (the cost
#' before the step for a full batch). Every print_every epochs (and at the last)
#' prints "iteration i: cost c" ("epoch i: ..." with mini-batches).
#' @param X features x examples matrix
#' @param Y 1 x examples labels
#' @param layer_dims numeric vector n0 = nrow(X), n1, ..., nL
#' @param activations character vector of L activation names
#' @param rng generator state
#' @return list(parameters = named list W1, b1, ..., costs = numeric vector, rng = new state)
train <- function(X, Y, layer_dims, activations, rng, learning_rate = 0.1, iterations = 1000,
                  init = "default", print_every = 0, batch_size = NULL, optimizer = "gd", beta1 = 0.9,
                  beta2 = 0.999, epsilon = 1e-8, lambd = 0, keep_prob = 1, decay = "none", decay_rate = 0) {
  .check_train(X, layer_dims, rng, learning_rate, iterations, init, print_every, batch_size, optimizer, beta1, beta2,
               epsilon, lambd, keep_prob, decay, decay_rate)
  init_out <- initialize_parameters(layer_dims, rng, init)
  parameters <- init_out$parameters
  rng <- init_out$rng
  state <- initialize_optimizer(parameters, optimizer, beta1, beta2, epsilon)
  check_network("train", X, Y, parameters, activations, state)
  label <- if (is.null(batch_size)) "iteration" else "epoch"
  m <- ncol(X)
  sizes <- m
  if (!is.null(batch_size)) {
    starts <- seq(0, by = batch_size, length.out = ceiling(m / batch_size))
    sizes <- pmin(batch_size, m - starts)
  }
  costs <- numeric(iterations)
  for (i in seq_len(iterations) - 1) {
    rate <- if (decay == "none") learning_rate else decayed_rate(learning_rate, i, decay, decay_rate)
    epoch <- .run_epoch(X, Y, parameters, activations, state, rng, rate, batch_size, lambd, keep_prob)
    parameters <- epoch$parameters
    state <- epoch$state
    rng <- epoch$rng
    # A loop rather than sum(), whose long-double accumulation would differ from Python's.
    cost <- 0
    for (k in seq_along(sizes)) cost <- cost + sizes[k] / m * epoch$costs[k]
    costs[i + 1] <- cost
    if (print_every != 0 && (i %% print_every == 0 || i == iterations - 1)) {
      # tolower: Python prints inf and nan where R's sprintf gives Inf and NaN.
      cat(sprintf("%s %d: cost %s\n", label, i, tolower(sprintf("%.10g", cost))))
      flush(stdout())
    }
  }
  list(parameters = parameters, costs = costs, rng = rng)
}
