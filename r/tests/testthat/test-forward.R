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

test_that("inconsistent networks are refused", {
  case <- network_case(c(3, 5, 1), c("tanh", "sigmoid"))
  p <- case$parameters
  expect_error(forward_propagation(case$X, p[c("W1", "b1", "W2")], c("tanh", "sigmoid")),
               "forward_propagation: parameters must hold W1, b1, ..., W2, b2; missing W2 or b2", fixed = TRUE)
  expect_error(forward_propagation(case$X, p, "sigmoid"),
               "forward_propagation: activations must name 2 layers, got 1", fixed = TRUE)
  expect_error(forward_propagation(case$X, p, c("softmax", "sigmoid")),
               "forward_propagation: softmax is only allowed as the output layer", fixed = TRUE)
  expect_error(forward_propagation(case$X[1:2, ], p, c("tanh", "sigmoid")),
               "forward_propagation: X must have 3 rows to match W1, got 2", fixed = TRUE)
  expect_error(forward_propagation(c(1, 2, 3), p, c("tanh", "sigmoid")),
               "forward_propagation: X must be a 2-D matrix", fixed = TRUE)
  expect_error(forward_propagation(case$X, p, c("tanh", "linear")), "forward_propagation: activation must be one of")
  expect_error(forward_propagation(case$X, modifyList(p, list(b2 = matrix(0, 2, 1))), c("tanh", "sigmoid")),
               "forward_propagation: b2 must be 1 x 1 to match W2", fixed = TRUE)
  expect_error(forward_propagation(case$X, modifyList(p, list(b1 = t(p$b1))), c("tanh", "sigmoid")),
               "forward_propagation: b1 must be 5 x 1 to match W1", fixed = TRUE)
})

test_that("forward_pass is forward_propagation without the checks", {
  activations <- c("relu", "tanh", "softmax")
  case <- network_case(c(4, 6, 5, 3), activations)
  masks <- dropout_masks(case$parameters, ncol(case$X), 0.6, rng_seed(2))$masks
  expect_identical(forward_pass(case$X, case$parameters, activations, masks),
                   forward_propagation(case$X, case$parameters, activations, masks))
})

test_that("check_layers refuses bad weights, unchained shapes and no layers at all", {
  case <- network_case(c(3, 5, 1), c("tanh", "sigmoid"))
  p <- case$parameters
  acts <- c("tanh", "sigmoid")
  expect_identical(check_layers("f", case$X, p, acts), 2L)
  expect_error(forward_propagation(case$X, modifyList(p, list(W2 = matrix(Inf, 1, 5))), acts),
               "forward_propagation: W2 must hold only finite numbers", fixed = TRUE)
  expect_error(forward_propagation(case$X, modifyList(p, list(W2 = matrix(0, 1, 4))), acts),
               "forward_propagation: W2 must have 5 columns to match the rows of W1, got 4", fixed = TRUE)
  expect_error(check_layers("f", case$X, p["b1"], acts), "f: parameters must hold at least W1 and b1", fixed = TRUE)
  expect_error(check_layers("f", case$X, list(), character(0)), "f: parameters must hold at least W1 and b1",
               fixed = TRUE)
  expect_error(forward_propagation(case$X, p, acts, masks = list(D1 = matrix(1, 5, 2))),
               "forward_propagation: masks must hold D1, 5 x 7", fixed = TRUE)
})
