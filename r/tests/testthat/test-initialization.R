test_that("weights are N(0, 1) draws, layer by layer, column by column, times the scale", {
  dims <- c(3, 5, 2)
  draws <- rng_normal(rng_seed(5), 1, 3 * 5 + 5 * 2)
  scales <- list(default = c(0.01, 0.01), he = sqrt(2 / c(3, 5)), xavier = sqrt(1 / c(3, 5)))
  for (init in names(scales)) {
    out <- initialize_parameters(dims, rng_seed(5), init = init)
    expect_named(out$parameters, c("W1", "b1", "W2", "b2"))
    expect_identical(out$parameters$W1, matrix(draws$values[1:15], 5, 3) * scales[[init]][1])
    expect_identical(out$parameters$W2, matrix(draws$values[16:25], 2, 5) * scales[[init]][2])
    expect_identical(out$parameters$b2, matrix(0, 2, 1))
    expect_identical(out$rng, draws$rng)
  }
})

test_that("zeros draws nothing and the default init is 'default'", {
  out <- initialize_parameters(c(4, 1), rng_seed(2), init = "zeros")
  expect_identical(out$parameters, list(W1 = matrix(0, 1, 4), b1 = matrix(0, 1, 1)))
  expect_identical(out$rng, rng_seed(2))
  expect_identical(initialize_parameters(c(4, 1), rng_seed(2)), initialize_parameters(c(4, 1), rng_seed(2), "default"))
})

test_that("zeros needs no generator", {
  expect_identical(initialize_parameters(c(2, 1), NULL, "zeros")$parameters$W1, matrix(0, 1, 2))
})
