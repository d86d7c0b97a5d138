# Training: mini-batches, one epoch, the whole loop and its settings.

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
#' @param X features x examples matrix
#' @param Y 1 x m matrix of labels 0..K-1
#' @param parameters named list W1, b1, ..., WL, bL
#' @param activations character vector of L activation names, one per layer
#' @param rng generator state (rng_seed)
#' @param learning_rate the step, a positive number
#' @param batch_size mini-batch size, or NULL: one full batch
#' @param lambd the L2 weight, >= 0
#' @param keep_prob dropout's keep probability, in (0, 1]
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

#' train's settings, checked: a named list of class "dlfp_train_config" (as glm.control makes
#' glm's), the defaults replaced by the named arguments given; an unknown or unnamed one is
#' refused. A variant of a config: modifyList(config, list(lambd = 0.5)), which train checks again.
#'
#' Fields and defaults: learning_rate = 0.1 (decayed once per epoch by decay and decay_rate, see
#' decay_learning_rate), iterations = 1000 (epochs), init = "default" (initialize_parameters'
#' scheme), print_every = 0 (print the cost every print_every epochs; 0: never), batch_size =
#' NULL (one full-batch step per epoch; else shuffled mini-batches of this size), optimizer = "gd",
#' beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8 (initialize_optimizer's), lambd = 0 (the L2
#' weight), keep_prob = 1 (dropout), decay = "none", decay_rate = 0.
#' @param ... the fields to set, by name: learning_rate, iterations, init, print_every, batch_size, optimizer, beta1, beta2, epsilon, lambd, keep_prob, decay, decay_rate
#' @return named list of the 13 fields, in that order
train_config <- function(...) {
  config <- list(learning_rate = 0.1, iterations = 1000, init = "default", print_every = 0, batch_size = NULL,
                 optimizer = "gd", beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8, lambd = 0, keep_prob = 1,
                 decay = "none", decay_rate = 0)
  fields <- list(...)
  given <- if (is.null(names(fields))) rep("", length(fields)) else names(fields)
  for (k in seq_along(fields)) {
    if (!(given[k] %in% names(config))) .stop("train_config: unknown field %s", value_text(given[k]))
    # [<- with list(value) keeps a NULL batch_size, where [[<- would drop the field.
    config[given[k]] <- list(fields[[k]])
  }
  # In the order of the fields, so that every language names the same first bad one.
  check_positive("train_config", "learning_rate", config$learning_rate)
  check_positive("train_config", "iterations", config$iterations, integer = TRUE)
  check_init("train_config", config$init)
  check_count("train_config", "print_every", config$print_every)
  if (!is.null(config$batch_size)) check_positive("train_config", "batch_size", config$batch_size, integer = TRUE)
  check_optimizer("train_config", config$optimizer, config$beta1, config$beta2, config$epsilon)
  check_lambd("train_config", config$lambd)
  check_keep_prob("train_config", config$keep_prob)
  if (!.is_one_of(config$decay, DECAYS)) {
    .stop("train_config: decay must be one of none, inverse, exponential, got %s", value_text(config$decay))
  }
  check_decay_rate("train_config", config$decay, config$decay_rate)
  structure(config, class = "dlfp_train_config")
}

#' Initialise, then run config$iterations epochs (train_epoch) with the optimiser's state
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
#' @param config from train_config (or a variant of one by modifyList)
#' @return list(parameters = named list W1, b1, ..., costs = numeric vector, rng = new state)
train <- function(X, Y, layer_dims, activations, rng, config = train_config()) {
  # NULL (Python's None, Octave's []) gives the defaults, as no config does.
  if (is.null(config)) config <- train_config()
  named <- is.list(config) && !is.null(names(config)) && all(nzchar(names(config)))
  if (!named) .stop("train: config must come from train_config")
  # As glm checks its control: modifyList can break a config, or drop a NULL batch_size, which
  # train_config puts back.
  config <- do.call(train_config, unclass(config))
  check_matrix("train", "X", X)
  check_layer_dims("train", layer_dims)
  if (layer_dims[1] != nrow(X)) {
    .stop("train: the first of layer_dims must equal the %d rows of X, got %s", nrow(X), value_text(layer_dims[1]))
  }
  # Only initialisation (unless zeros), shuffling and dropout draw from rng. The labels are checked
  # with the network, once it is initialised.
  if (config$init != "zeros" || !is.null(config$batch_size) || config$keep_prob < 1) check_rng("train", rng)
  init_out <- initialize_parameters(layer_dims, rng, config$init)
  parameters <- init_out$parameters
  rng <- init_out$rng
  state <- initialize_optimizer(parameters, config$optimizer, config$beta1, config$beta2, config$epsilon)
  check_network("train", X, Y, parameters, activations, state)
  batch_size <- config$batch_size
  label <- if (is.null(batch_size)) "iteration" else "epoch"
  m <- ncol(X)
  sizes <- m
  if (!is.null(batch_size)) {
    starts <- seq(0, by = batch_size, length.out = ceiling(m / batch_size))
    sizes <- pmin(batch_size, m - starts)
  }
  iterations <- config$iterations
  costs <- numeric(iterations)
  for (i in seq_len(iterations) - 1) {
    rate <- config$learning_rate
    if (config$decay != "none") rate <- decayed_rate(rate, i, config$decay, config$decay_rate)
    epoch <- .run_epoch(X, Y, parameters, activations, state, rng, rate, batch_size, config$lambd, config$keep_prob)
    parameters <- epoch$parameters
    state <- epoch$state
    rng <- epoch$rng
    # A loop rather than sum(), whose long-double accumulation would differ from Python's.
    cost <- 0
    for (k in seq_along(sizes)) cost <- cost + sizes[k] / m * epoch$costs[k]
    costs[i + 1] <- cost
    if (config$print_every != 0 && (i %% config$print_every == 0 || i == iterations - 1)) {
      # tolower: Python prints inf and nan where R's sprintf gives Inf and NaN.
      cat(sprintf("%s %d: cost %s\n", label, i, tolower(sprintf("%.10g", cost))))
      flush(stdout())
    }
  }
  list(parameters = parameters, costs = costs, rng = rng)
}
