test_that("every layer computes Z = W A + b and A = g(Z), and the cache holds them", {
  case <- network_case(c(3, 5, 4), c("tanh", "softmax"), m = 7)
  p <- case$parameters
  out <- forward_propagation(case$X, p, c("tanh", "softmax"))
  expect_named(out$cache, c("A0", "Z1", "A1", "Z2", "A2"))
  Z1 <- p$W1 %*% case$X + matrix(p$b1, 5, 7)
  expect_equal(out$cache$Z1, Z1, tolerance = 1e-15)
  expect_equal(out$cache$A1, tanh(Z1), tolerance = 1e-15)
  Z2 <- p$W2 %*% tanh(Z1) + matrix(p$b2, 4, 7)
  expect_equal(out$AL, exp(Z2) / matrix(colSums(exp(Z2)), 4, 7, byrow = TRUE), tolerance = 1e-14)
  expect_identical(out$AL, out$cache$A2)
  expect_equal(dim(out$AL), c(4, 7))
})

test_that("the bias is added to every column of its row", {
  parameters <- list(W1 = matrix(0, 2, 3), b1 = matrix(c(1, -2), 2, 1))
  out <- forward_propagation(matrix(1, 3, 4), parameters, "relu")
  expect_identical(out$cache$Z1, matrix(c(1, -2), 2, 4))
})

# An R vector, which tables/bad_input.json (the refusals) cannot write.
test_that("a vector is not a matrix of examples", {
  case <- network_case(c(3, 5, 1), c("tanh", "sigmoid"))
  expect_error(forward_propagation(c(1, 2, 3), case$parameters, c("tanh", "sigmoid")),
               "forward_propagation: X must be a 2-D matrix", fixed = TRUE)
})

test_that("forward_pass is forward_propagation without the checks", {
  activations <- c("relu", "tanh", "softmax")
  case <- network_case(c(4, 6, 5, 3), activations)
  masks <- dropout_masks(case$parameters, ncol(case$X), 0.6, rng_seed(2))$masks
  expect_identical(forward_pass(case$X, case$parameters, activations, masks),
                   forward_propagation(case$X, case$parameters, activations, masks))
})

test_that("each hidden layer's output is multiplied by its mask", {
  activations <- c("relu", "tanh", "softmax")
  case <- network_case(c(4, 6, 5, 3), activations)
  p <- case$parameters
  masks <- dropout_masks(p, ncol(case$X), 0.6, rng_seed(2))$masks
  cache <- forward_propagation(case$X, p, activations, masks)$cache
  expect_identical(cache[c("D1", "D2")], masks[c("D1", "D2")])
  m <- ncol(case$X)
  expect_equal(cache$Z2, p$W2 %*% (cache$A1 * masks$D1) + matrix(p$b2, 5, m), tolerance = 1e-15)
  expect_equal(cache$Z3, p$W3 %*% (cache$A2 * masks$D2) + matrix(p$b3, 3, m), tolerance = 1e-15)
})

test_that("check_layers returns the number of layers", {
  case <- network_case(c(3, 5, 1), c("tanh", "sigmoid"))
  expect_identical(check_layers("f", case$X, case$parameters, c("tanh", "sigmoid")), 2L)
})
