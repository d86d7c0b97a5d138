test_that("training lowers the cost and prints progress", {
  spiral <- load_dataset(repo_file("data", "spiral.csv"), n_classes = 3)
  config <- train_config(learning_rate = 1, iterations = 300, init = "he", print_every = 100)
  lines <- capture.output(out <- train(spiral$X, spiral$Y, c(2, 20, 3), c("relu", "softmax"), rng_seed(1), config))
  expect_length(out$costs, 300)
  expect_true(is.numeric(out$costs) && is.null(dim(out$costs)))
  expect_lt(out$costs[300], 0.8 * out$costs[1])
  expect_identical(sub(":.*", "", lines), c("iteration 0", "iteration 100", "iteration 200", "iteration 299"))
  expect_identical(lines[1], sprintf("iteration 0: cost %.10g", out$costs[1]))
  expect_identical(out$rng, initialize_parameters(c(2, 20, 3), rng_seed(1), "he")$rng)
})

test_that("a zero-initialised logistic regression starts at log(2) and prints nothing by default", {
  cancer <- load_dataset(repo_file("data", "cancer.csv"), n_classes = 2)
  expect_silent(out <- train(cancer$X / 1000, cancer$Y, c(30, 1), "sigmoid", rng_seed(1),
                             train_config(learning_rate = 0.5, iterations = 2, init = "zeros")))
  expect_equal(out$costs[1], log(2), tolerance = 1e-15)
  expect_named(out$parameters, c("W1", "b1"))
})

test_that("costs[i + 1] is the cost of the parameters before update i", {
  case <- network_case(c(3, 5, 1), c("tanh", "sigmoid"))
  one <- train(case$X, case$Y, c(3, 5, 1), c("tanh", "sigmoid"), rng_seed(2),
               train_config(learning_rate = 0.5, iterations = 1))
  two <- train(case$X, case$Y, c(3, 5, 1), c("tanh", "sigmoid"), rng_seed(2),
               train_config(learning_rate = 0.5, iterations = 2))
  expect_identical(two$costs[2], cost_of(one$parameters, case$X, case$Y, c("tanh", "sigmoid")))
})

test_that("train_config holds the defaults, in order, and the fields given", {
  config <- train_config()
  expect_s3_class(config, "dlfp_train_config")
  expect_identical(unclass(config), list(learning_rate = 0.1, iterations = 1000, init = "default", print_every = 0,
                                         batch_size = NULL, optimizer = "gd", beta1 = 0.9, beta2 = 0.999,
                                         epsilon = 1e-8, lambd = 0, keep_prob = 1, decay = "none", decay_rate = 0))
  adam <- train_config(optimizer = "adam", batch_size = 64)
  expect_identical(adam[c("optimizer", "batch_size", "lambd")], list(optimizer = "adam", batch_size = 64, lambd = 0))
  expect_identical(do.call(train_config, unclass(modifyList(adam, list(lambd = 0.5)))),
                   train_config(optimizer = "adam", batch_size = 64, lambd = 0.5))
})

test_that("train_config refuses an unnamed field", {
  expect_error(train_config(0.5), "train_config: unknown field ''", fixed = TRUE)
})

test_that("train takes train_config's defaults without a config and checks a config made by modifyList", {
  case <- network_case(c(3, 5, 1), c("tanh", "sigmoid"))
  default <- train(case$X, case$Y, c(3, 5, 1), c("tanh", "sigmoid"), rng_seed(2))
  expect_identical(default, train(case$X, case$Y, c(3, 5, 1), c("tanh", "sigmoid"), rng_seed(2), train_config()))
  expect_length(default$costs, 1000)
  # modifyList drops a field set to NULL; train puts back the default, full batches.
  full_batches <- modifyList(train_config(iterations = 2, batch_size = 2), list(batch_size = NULL))
  expect_identical(train(case$X, case$Y, c(3, 5, 1), c("tanh", "sigmoid"), rng_seed(2), full_batches),
                   train(case$X, case$Y, c(3, 5, 1), c("tanh", "sigmoid"), rng_seed(2), train_config(iterations = 2)))
  expect_error(train(case$X, case$Y, c(3, 5, 1), c("tanh", "sigmoid"), rng_seed(2),
                     modifyList(train_config(), list(lambd = -0.1))),
               "train_config: lambd must be a non-negative number, got -0.1", fixed = TRUE)
})

test_that("mini-batches are the shuffled columns cut in order", {
  X <- matrix(0:13, 2, 7, byrow = TRUE) + 0
  Y <- matrix(0:6, 1) + 0
  out <- random_mini_batches(X, Y, 3, rng_seed(4))
  shuffle <- rng_permutation(rng_seed(4), 7)
  expect_identical(lapply(out$X_batches, dim), list(c(2L, 3L), c(2L, 3L), c(2L, 1L)))
  expect_identical(do.call(cbind, out$Y_batches)[1, ], shuffle$values - 1)
  expect_identical(do.call(cbind, out$X_batches), X[, shuffle$values])
  expect_identical(out$rng, shuffle$rng)
})

test_that("an epoch takes one step per batch", {
  spiral <- load_dataset(repo_file("data", "spiral.csv"), n_classes = 3)
  activations <- c("relu", "softmax")
  init <- initialize_parameters(c(2, 8, 3), rng_seed(1), "he")
  state <- initialize_optimizer(init$parameters, "momentum")
  out <- train_epoch(spiral$X, spiral$Y, init$parameters, activations, state, init$rng, 0.5, batch_size = 64,
                     keep_prob = 0.9)
  expect_length(out$costs, 5)
  expect_identical(out$state$t, 5)
  # Replaying the epoch by hand: shuffle, then masks, forward, cost, backward, step per batch.
  batches <- random_mini_batches(spiral$X, spiral$Y, 64, init$rng)
  replay <- batches$rng
  p <- init$parameters
  s <- initialize_optimizer(p, "momentum")
  for (k in seq_along(batches$X_batches)) {
    Xb <- batches$X_batches[[k]]
    Yb <- batches$Y_batches[[k]]
    dropout <- dropout_masks(p, ncol(Xb), 0.9, replay)
    replay <- dropout$rng
    cache <- forward_propagation(Xb, p, activations, dropout$masks)$cache
    expect_identical(out$costs[k], compute_cost(cache$Z2, Yb, "softmax"))
    step <- update_parameters(p, backward_propagation(Yb, p, cache, activations), 0.5, s)
    p <- step$parameters
    s <- step$state
  }
  expect_identical(out$parameters$W1, p$W1)
  expect_identical(out$rng, replay)
})

test_that("the epoch cost weighs each batch by its size", {
  spiral <- load_dataset(repo_file("data", "spiral.csv"), n_classes = 3)
  activations <- c("relu", "softmax")
  config <- train_config(learning_rate = 0.5, iterations = 2, init = "he", batch_size = 128, optimizer = "adam",
                         print_every = 1)
  lines <- capture.output(out <- train(spiral$X, spiral$Y, c(2, 8, 3), activations, rng_seed(1), config))
  init <- initialize_parameters(c(2, 8, 3), rng_seed(1), "he")
  epoch <- list(parameters = init$parameters, state = initialize_optimizer(init$parameters, "adam"), rng = init$rng)
  for (i in 1:2) {
    epoch <- train_epoch(spiral$X, spiral$Y, epoch$parameters, activations, epoch$state, epoch$rng, 0.5, 128)
    b <- epoch$costs
    expect_identical(out$costs[i], 128 / 300 * b[1] + 128 / 300 * b[2] + 44 / 300 * b[3])
  }
  expect_identical(out$parameters$W2, epoch$parameters$W2)
  expect_identical(out$rng, epoch$rng)
  expect_identical(lines, sprintf("epoch %d: cost %.10g", 0:1, out$costs))
})

test_that("the learning rate decays once per epoch", {
  spiral <- load_dataset(repo_file("data", "spiral.csv"), n_classes = 3)
  activations <- c("relu", "softmax")
  decayed <- train(spiral$X, spiral$Y, c(2, 8, 3), activations, rng_seed(1),
                   train_config(learning_rate = 0.5, iterations = 3, decay = "inverse", decay_rate = 1))
  p <- initialize_parameters(c(2, 8, 3), rng_seed(1))$parameters
  state <- initialize_optimizer(p)
  for (rate in c(0.5, 0.25, 0.5 / 3)) {
    epoch <- train_epoch(spiral$X, spiral$Y, p, activations, state, NULL, rate)
    p <- epoch$parameters
    state <- epoch$state
  }
  expect_identical(decayed$parameters$W1, p$W1)
})

test_that("the generator is checked only where it is drawn from", {
  X <- matrix(seq(0, 7) / 8, 2)
  Y <- matrix(c(0, 1, 1, 0), 1)
  p <- list(W1 = matrix(0.1, 4, 2), b1 = matrix(0, 4, 1), W2 = matrix(0.2, 1, 4), b2 = matrix(0, 1, 1))
  state <- initialize_optimizer(p)
  acts <- c("relu", "sigmoid")
  expect_null(train_epoch(X, Y, p, acts, state, NULL, 0.1)$rng)
  expect_length(train(X, Y, c(2, 4, 1), acts, NULL, train_config(iterations = 2, init = "zeros"))$costs, 2)
})
