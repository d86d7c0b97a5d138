test_that("gradient descent subtracts learning_rate times each gradient", {
  parameters <- list(W1 = matrix(c(1, 2, 3, 4), 2), b1 = matrix(c(0.5, -0.5), 2, 1))
  grads <- list(dW1 = matrix(c(0.5, 0, -1, 2), 2), db1 = matrix(c(1, 1), 2, 1), dZ1 = matrix(9, 2, 3))
  out <- update_parameters(parameters, grads, 0.1)
  expect_named(out, c("W1", "b1"))
  expect_identical(out$W1, parameters$W1 - 0.1 * grads$dW1)
  expect_identical(out$b1, matrix(c(0.4, -0.6), 2, 1))
})

test_that("a missing gradient is refused", {
  parameters <- list(W1 = matrix(1), b1 = matrix(0))
  expect_error(update_parameters(parameters, list(dW1 = matrix(1)), 0.1), "update_parameters: grads must hold db1",
               fixed = TRUE)
})
