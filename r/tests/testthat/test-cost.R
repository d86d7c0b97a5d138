test_that("a zero-initialised sigmoid network costs log(2)", {
  Y <- matrix(c(0, 1, 1, 0, 1), 1)
  expect_equal(compute_cost(matrix(0, 1, 5), Y, "sigmoid"), log(2), tolerance = 1e-15)
  expect_length(compute_cost(matrix(0, 1, 5), Y, "sigmoid"), 1)
})

test_that("the sigmoid cost is the mean cross-entropy, finite for large |z|", {
  Z <- matrix(c(-2, 0.5, 1.5, -0.3), 1)
  Y <- matrix(c(0, 1, 0, 1), 1)
  A <- 1 / (1 + exp(-Z))
  expect_equal(compute_cost(Z, Y, "sigmoid"), -mean(Y * log(A) + (1 - Y) * log(1 - A)), tolerance = 1e-14)
  expect_equal(compute_cost(matrix(c(-800, 800), 1), matrix(c(1, 0), 1), "sigmoid"), 800)
})

test_that("the softmax cost is minus the mean log probability of the true class", {
  Z <- matrix(c(1, 2, 0.5, -1, 0, 3, 2, 2, -2), 3, 3)
  Y <- matrix(c(0, 2, 1), 1)
  A <- exp(Z) / matrix(colSums(exp(Z)), 3, 3, byrow = TRUE)
  expect_equal(compute_cost(Z, Y, "softmax"), -mean(log(A[cbind(Y[1, ] + 1, 1:3)])), tolerance = 1e-14)
  expect_true(is.finite(compute_cost(Z * 1000, Y, "softmax")))
})

test_that("one_hot puts a 1 in row label + 1, for the first and the last class", {
  H <- one_hot(matrix(c(0, 3, 1, 3, 0), 1), 4)
  expect_equal(dim(H), c(4, 5))
  expect_equal(colSums(H), rep(1, 5))
  expect_equal(H[1, 1], 1)
  expect_equal(H[4, 2], 1)
  expect_equal(H[2, 3], 1)
})

test_that("example costs are each column's cross-entropy and average to the cost", {
  ZL <- matrix(c(0, 1, 2, -3, -1, 0.5), 2)
  Y <- matrix(c(1, 0, 1), 1)
  a <- exp(ZL) / rep(colSums(exp(ZL)), each = 2)
  expect_equal(example_costs(ZL, Y, "softmax"), matrix(-log(c(a[2, 1], a[1, 2], a[2, 3])), 1), tolerance = 1e-14)
  s <- 1 / (1 + exp(-ZL[1, , drop = FALSE]))
  expect_equal(example_costs(ZL[1, , drop = FALSE], Y, "sigmoid"), -(Y * log(s) + (1 - Y) * log(1 - s)),
               tolerance = 1e-14)
  expect_identical(compute_cost(ZL, Y, "softmax"), sum(example_costs(ZL, Y, "softmax")) / 3)
})

test_that("example_costs, which train calls on every batch, does not refuse non-finite logits", {
  # A diverging run reports cost NaN rather than an error.
  expect_true(is.nan(example_costs(matrix(NaN, 1, 4), matrix(c(0, 1, 1, 0), 1), "sigmoid")[1, 1]))
})

test_that("cross_entropy is example_costs without the checks", {
  ZL <- matrix(c(-2, 0.3, 40), 1)
  Y <- matrix(c(0, 1, 1), 1)
  expect_identical(cross_entropy(ZL, Y, "sigmoid"), example_costs(ZL, Y, "sigmoid"))
  ZL <- matrix(c(1, 0.5, -2, -3, 700, 0), 3)
  Y <- matrix(c(2, 1), 1)
  expect_identical(cross_entropy(ZL, Y, "softmax"), example_costs(ZL, Y, "softmax"))
})
