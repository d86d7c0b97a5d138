gradients <- function(parameters, X, Y, activations) {
  cache <- forward_propagation(X, parameters, activations)$cache
  backward_propagation(Y, parameters, cache, activations)
}

test_that("the vector order is W1, b1, W2, b2, column by column", {
  parameters <- list(W1 = matrix(c(1, 3, 2, 4), 2), b1 = matrix(c(5, 6), 2, 1),
                     W2 = matrix(c(7, 8), 1), b2 = matrix(9))
  theta <- parameters_to_vector(parameters)
  expect_identical(theta, matrix(c(1, 3, 2, 4, 5, 6, 7, 8, 9), ncol = 1))
  expect_identical(vector_to_parameters(theta, parameters), parameters)
})

test_that("backpropagation passes, with and without L2", {
  for (lambd in c(0, 0.7)) {
    for (net in NETWORKS) {
      case <- network_case(net$dims, net$activations)
      out <- gradient_check(case$X, case$Y, case$parameters, net$activations, lambd = lambd)
      expect_lt(out$difference, 1e-7)
      expect_identical(dim(out$approx), c(sum(lengths(case$parameters)), 1L))
    }
  }
})

test_that("one wrong element fails and is named", {
  for (net in NETWORKS) {
    case <- network_case(net$dims, net$activations)
    grads <- gradients(case$parameters, case$X, case$Y, net$activations)
    name <- paste0("W", length(net$activations))
    grads[[paste0("d", name)]][1, 1] <- grads[[paste0("d", name)]][1, 1] + 1e-3
    out <- gradient_check(case$X, case$Y, case$parameters, net$activations, grads = grads)
    expect_gt(out$difference, 1e-5)
    expect_identical(out$worst, name)
  }
})

test_that("a negative error is named by the largest absolute gap, and the difference is its formula", {
  # Too small by 0.1 in b3 outweighs too large by 0.01 in W1.
  net <- NETWORKS[[length(NETWORKS)]]
  case <- network_case(net$dims, net$activations)
  grads <- gradients(case$parameters, case$X, case$Y, net$activations)
  grads$db3[2, 1] <- grads$db3[2, 1] - 0.1
  grads$dW1[1, 1] <- grads$dW1[1, 1] + 0.01
  out <- gradient_check(case$X, case$Y, case$parameters, net$activations, grads = grads)
  grad <- parameters_to_vector(setNames(grads[paste0("d", names(case$parameters))], names(case$parameters)))
  norm2 <- function(v) sqrt(sum(v * v))
  expect_identical(out$worst, "b3")
  expect_equal(out$difference, norm2(grad - out$approx) / (norm2(grad) + norm2(out$approx)), tolerance = 1e-14)
  expect_gt(out$difference, 1e-2)
})

test_that("a bias gradient missing its 1/m fails", {
  net <- NETWORKS[[length(NETWORKS)]]
  case <- network_case(net$dims, net$activations)
  grads <- gradients(case$parameters, case$X, case$Y, net$activations)
  grads$db1 <- grads$db1 * ncol(case$X)
  out <- gradient_check(case$X, case$Y, case$parameters, net$activations, grads = grads)
  expect_gt(out$difference, 1e-3)
  expect_identical(out$worst, "b1")
})

test_that("gradients of zero agree with zero differences", {
  parameters <- list(W1 = matrix(0, 1, 2), b1 = matrix(0, 1, 1))
  out <- gradient_check(matrix(0, 2, 4), matrix(c(0, 1, 0, 1), 1), parameters, "sigmoid")
  expect_identical(out$difference, 0)
  expect_false(any(out$approx != 0))
})
