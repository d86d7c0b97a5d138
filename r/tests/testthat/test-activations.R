Z <- matrix(c(-3, -0.5, 0, 0.25, 2, 4, -1, 1.5, 0.7, -2, 3, -0.2), 3, 4)

test_that("sigmoid, tanh and relu give their textbook values", {
  expect_equal(activation_forward(Z, "sigmoid"), 1 / (1 + exp(-Z)), tolerance = 1e-15)
  expect_identical(activation_forward(matrix(0), "sigmoid"), matrix(0.5))
  expect_identical(activation_forward(Z, "tanh"), tanh(Z))
  expect_identical(activation_forward(Z, "relu"), pmax(Z, 0))
  expect_equal(dim(activation_forward(Z, "relu")), c(3, 4))
})

test_that("sigmoid never overflows", {
  A <- activation_forward(matrix(c(-800, 800, -40, 40), 2), "sigmoid")
  expect_true(all(is.finite(A)))
  expect_equal(A[, 1], c(0, 1))
  expect_gt(A[1, 2], 0)
})

test_that("softmax normalises each column and is shift invariant", {
  A <- activation_forward(Z, "softmax")
  expect_equal(colSums(A), rep(1, 4), tolerance = 1e-15)
  expect_equal(A[, 2], exp(Z[, 2]) / sum(exp(Z[, 2])), tolerance = 1e-15)
  # Z + 1000 itself is rounded at ~1e-13, hence the tolerance.
  expect_equal(activation_forward(Z + 1000, "softmax"), A, tolerance = 1e-12)
  expect_true(all(is.finite(activation_forward(Z * 1000, "softmax"))))
})

test_that("derivatives match centred differences of the activation", {
  h <- 1e-6
  dA <- matrix(seq(0.5, 2.7, length.out = 12), 3, 4)
  Zs <- Z + 0.05  # keep relu away from its kink at 0
  for (activation in c("sigmoid", "tanh", "relu")) {
    A <- activation_forward(Zs, activation)
    numeric <- dA * (activation_forward(Zs + h, activation) - activation_forward(Zs - h, activation)) / (2 * h)
    expect_lt(rel_error(activation_backward(dA, Zs, A, activation), numeric), 1e-8)
  }
})

# R's vectors and logical matrices, which the table cannot write (its refusals: tables/bad_input.json).
test_that("a vector is not a matrix, nor is a logical matrix numbers", {
  expect_error(activation_forward(as.vector(Z), "relu"), "activation_forward: Z must be a 2-D matrix", fixed = TRUE)
  expect_error(activation_backward(Z, Z > 0, Z, "relu"),
               "activation_backward: dA, Z and A must be 2-D matrices of the same shape", fixed = TRUE)
})

test_that("activate and activate_backward are the activations without the checks", {
  dA <- matrix(c(1, -2, 3, 0.5, -1, 2, 0.25, 4, 1.5, -0.5, 2, -3), 3, 4)
  for (activation in c("sigmoid", "tanh", "relu", "softmax")) {
    A <- activation_forward(Z, activation)
    expect_identical(activate(Z, activation), A)
    if (activation != "softmax") {
      expect_identical(activate_backward(dA, Z, A, activation), activation_backward(dA, Z, A, activation))
    }
  }
})
