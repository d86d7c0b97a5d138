PARAMETERS <- list(W1 = matrix(c(1, -2), 1), b1 = matrix(0.5))
GRADS <- list(dW1 = matrix(c(0.5, 0.25), 1), db1 = matrix(-1))

test_that("gradient descent subtracts learning_rate times each gradient", {
  parameters <- list(W1 = matrix(c(1, 2, 3, 4), 2), b1 = matrix(c(0.5, -0.5), 2, 1))
  grads <- list(dW1 = matrix(c(0.5, 0, -1, 2), 2), db1 = matrix(c(1, 1), 2, 1), dZ1 = matrix(9, 2, 3))
  out <- update_parameters(parameters, grads, 0.1, initialize_optimizer(parameters))$parameters
  expect_named(out, c("W1", "b1"))
  expect_identical(out$W1, parameters$W1 - 0.1 * grads$dW1)
  expect_identical(out$b1, matrix(c(0.4, -0.6), 2, 1))
})

test_that("a gradient descent step on hand-made values", {
  out <- update_parameters(PARAMETERS, GRADS, 0.1, initialize_optimizer(PARAMETERS))
  expect_identical(out$parameters$W1, matrix(c(0.95, -2.025), 1))
  expect_identical(out$parameters$b1, matrix(0.6))
  expect_identical(PARAMETERS$W1, matrix(c(1, -2), 1))
  expect_identical(out$state$t, 1)
  expect_identical(out$state$optimizer, "gd")
})

test_that("the state starts at zero with one average per parameter, in Python's order", {
  state <- initialize_optimizer(PARAMETERS, "adam", beta1 = 0.8, beta2 = 0.99, epsilon = 1e-6)
  expect_named(state, c("optimizer", "beta1", "beta2", "epsilon", "t", "vdW1", "sdW1", "vdb1", "sdb1"))
  expect_identical(state$sdW1, matrix(0, 1, 2))
  expect_identical(state$t, 0)
  expect_false("sdW1" %in% names(initialize_optimizer(PARAMETERS, "momentum")))
  expect_false("vdW1" %in% names(initialize_optimizer(PARAMETERS, "rmsprop")))
})

test_that("two momentum steps by hand", {
  state <- initialize_optimizer(PARAMETERS, "momentum", beta1 = 0.5)
  one <- update_parameters(PARAMETERS, GRADS, 0.1, state)
  # v = 0.5 g, W = W - 0.1 v
  expect_identical(one$state$vdW1, matrix(c(0.25, 0.125), 1))
  expect_equal(one$parameters$W1, matrix(c(0.975, -2.0125), 1), tolerance = 1e-15)
  two <- update_parameters(one$parameters, GRADS, 0.1, one$state)
  # v = 0.5 (0.5 g) + 0.5 g = 0.75 g
  expect_identical(two$state$vdb1, matrix(-0.75))
  expect_equal(two$parameters$b1, matrix(0.5 + 0.05 + 0.075), tolerance = 1e-15)
})

test_that("an RMSProp step by hand", {
  state <- initialize_optimizer(PARAMETERS, "rmsprop", beta2 = 0.9, epsilon = 1e-8)
  out <- update_parameters(PARAMETERS, GRADS, 0.01, state)
  expect_equal(out$state$sdW1, 0.1 * matrix(c(0.25, 0.0625), 1), tolerance = 1e-15)
  expect_equal(out$parameters$W1, matrix(c(1.0 - 0.01 * 0.5 / (sqrt(0.025) + 1e-8),
                                           -2.0 - 0.01 * 0.25 / (sqrt(0.00625) + 1e-8)), 1), tolerance = 1e-15)
})

test_that("Adam's first step moves each parameter by the learning rate", {
  # With bias correction the first step is lr * g / (|g| + epsilon): lr times the gradient's sign.
  state <- initialize_optimizer(PARAMETERS, "adam", epsilon = 1e-12)
  out <- update_parameters(PARAMETERS, GRADS, 0.01, state)
  expect_equal(out$parameters$W1, matrix(c(0.99, -2.01), 1), tolerance = 1e-12)
  expect_equal(out$parameters$b1, matrix(0.51), tolerance = 1e-12)
})

test_that("Adam's second step by hand", {
  state <- initialize_optimizer(PARAMETERS, "adam", beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8)
  one <- update_parameters(PARAMETERS, GRADS, 0.01, state)
  grads2 <- list(dW1 = matrix(c(-0.5, 1.0), 1), db1 = matrix(2.0))
  two <- update_parameters(one$parameters, grads2, 0.01, one$state)
  g1 <- c(0.5, 0.25)
  g2 <- c(-0.5, 1.0)
  v <- 0.9 * 0.1 * g1 + 0.1 * g2
  s <- 0.999 * 0.001 * g1^2 + 0.001 * g2^2
  step <- 0.01 * (v / (1 - 0.9^2)) / (sqrt(s / (1 - 0.999^2)) + 1e-8)
  expect_equal(two$parameters$W1[1, ], one$parameters$W1[1, ] - step, tolerance = 1e-14)
  expect_identical(two$state$t, 2)
})

test_that("the learning rate decays", {
  cases <- list(list("none", 0, 7, 0.5), list("inverse", 0.5, 0, 0.5), list("inverse", 0.5, 2, 0.25),
                list("exponential", 0.5, 3, 0.0625))
  for (case in cases) {
    expect_identical(decay_learning_rate(0.5, case[[3]], case[[1]], case[[2]]), case[[4]])
  }
})

test_that("update_step is update_parameters without the checks", {
  for (optimizer in c("gd", "momentum", "rmsprop", "adam")) {
    state <- initialize_optimizer(PARAMETERS, optimizer)
    expect_identical(update_step(PARAMETERS, GRADS, 0.1, state), update_parameters(PARAMETERS, GRADS, 0.1, state))
  }
})

test_that("check_grads takes grads that fit", {
  parameters <- list(W1 = matrix(1, 1, 2), b1 = matrix(0, 1, 1))
  expect_silent(check_grads("f", parameters, list(dW1 = matrix(1, 1, 2), db1 = matrix(0, 1, 1))))
})

test_that("decayed_rate is decay_learning_rate without the checks", {
  for (setting in list(list("none", 0), list("inverse", 0.5), list("exponential", 0.9))) {
    for (epoch in 0:3) {
      expect_identical(decayed_rate(0.3, epoch, setting[[1]], setting[[2]]),
                       decay_learning_rate(0.3, epoch, setting[[1]], setting[[2]]))
    }
  }
})

test_that("the exponential average by hand", {
  out <- exponential_average(matrix(c(2, 4, 8), 1), 0.5)
  # v1 = 0.5 * 2, v2 = 0.5 v1 + 0.5 * 4, v3 = 0.5 v2 + 0.5 * 8; divided by 1 - 0.5^t.
  expect_identical(out$averages, matrix(c(1, 2.5, 5.25), 1))
  expect_equal(out$corrected, matrix(c(2, 2.5 / 0.75, 6), 1), tolerance = 1e-15)
  out <- exponential_average(matrix(c(3, -1), 1), 0)
  expect_identical(out$averages, matrix(c(3, -1), 1))
  expect_identical(out$corrected, matrix(c(3, -1), 1))
})

test_that("bias correction removes the pull of the zero start", {
  out <- exponential_average(matrix(7, 1, 50), 0.9)
  expect_equal(out$corrected, matrix(7, 1, 50), tolerance = 1e-14)
  expect_equal(out$averages[1, c(1, 50)], c(0.7, 7 * (1 - 0.9^50)), tolerance = 1e-14)
})

test_that("momentum and Adam keep the exponential average of the gradient", {
  gradients <- c(0.5, -1.5, 2, 0.25)
  averages <- exponential_average(matrix(gradients, 1), 0.8)
  squares <- exponential_average(matrix(gradients^2, 1), 0.95)
  parameters <- list(W1 = matrix(1), b1 = matrix(0))
  momentum <- list(parameters = parameters, state = initialize_optimizer(parameters, "momentum", beta1 = 0.8))
  adam <- list(parameters = parameters, state = initialize_optimizer(parameters, "adam", beta1 = 0.8, beta2 = 0.95))
  for (t in seq_along(gradients)) {
    grads <- list(dW1 = matrix(gradients[t]), db1 = matrix(0))
    before <- adam$parameters$W1[1, 1]
    momentum <- update_parameters(momentum$parameters, grads, 0.1, momentum$state)
    adam <- update_parameters(adam$parameters, grads, 0.1, adam$state)
    expect_identical(momentum$state$vdW1[1, 1], averages$averages[1, t])
    step <- 0.1 * averages$corrected[1, t] / (sqrt(squares$corrected[1, t]) + 1e-8)
    expect_equal(before - adam$parameters$W1[1, 1], step, tolerance = 1e-12)
  }
})
