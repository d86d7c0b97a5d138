test_that("gradients match centred differences of the cost, for every network", {
  sizes <- c(3, 5, 4, 7, 5, 3)
  for (k in seq_along(NETWORKS)) {
    net <- NETWORKS[[k]]
    case <- network_case(net$dims, net$activations, m = sizes[k])
    cache <- forward_propagation(case$X, case$parameters, net$activations)$cache
    grads <- backward_propagation(case$Y, case$parameters, cache, net$activations)
    for (name in names(case$parameters)) {
      numeric <- numeric_gradient(case$parameters, name, case$X, case$Y, net$activations)
      analytic <- grads[[paste0("d", name)]]
      expect_equal(dim(analytic), dim(case$parameters[[name]]))
      expect_lt(rel_error(analytic, numeric), 1e-7)
    }
  }
})

test_that("the softmax output gradient is A - one_hot(Y), first and last class included", {
  case <- network_case(c(3, 4), "softmax", m = 5)
  Y <- matrix(c(0, 3, 3, 0, 2), 1)
  out <- forward_propagation(case$X, case$parameters, "softmax")
  grads <- backward_propagation(Y, case$parameters, out$cache, "softmax")
  target <- matrix(0, 4, 5)
  target[cbind(c(1, 4, 4, 1, 3), 1:5)] <- 1
  expect_identical(grads$dZ1, out$AL - target)
  expect_equal(grads$db1, matrix(rowMeans(out$AL - target), 4, 1), tolerance = 1e-14)
  expect_equal(grads$dW1, (out$AL - target) %*% t(case$X) / 5, tolerance = 1e-14)
})

test_that("hidden layers get dA, and the names run from the output layer down", {
  net <- NETWORKS[[6]]
  case <- network_case(net$dims, net$activations)
  cache <- forward_propagation(case$X, case$parameters, net$activations)$cache
  grads <- backward_propagation(case$Y, case$parameters, cache, net$activations)
  expect_named(grads, c("dZ3", "dW3", "db3", "dA2", "dZ2", "dW2", "db2", "dA1", "dZ1", "dW1", "db1"))
  expect_equal(dim(grads$dA2), c(5, 7))
  expect_equal(dim(grads$dA1), c(6, 7))
  expect_equal(dim(grads$db2), c(5, 1))
})

test_that("backward_pass is backward_propagation without the checks", {
  activations <- c("relu", "tanh", "softmax")
  case <- network_case(c(4, 6, 5, 3), activations)
  cache <- forward_propagation(case$X, case$parameters, activations)$cache
  expect_identical(backward_pass(case$Y, case$parameters, cache, activations, 0.3),
                   backward_propagation(case$Y, case$parameters, cache, activations, 0.3))
  expect_error(backward_propagation(case$Y, case$parameters, cache, c("relu", "softmax")),
               "backward_propagation: activations must name 3 layers, got 2", fixed = TRUE)
})

test_that("a cache cut short is refused", {
  case <- network_case(c(3, 5, 1), c("tanh", "sigmoid"))
  acts <- c("tanh", "sigmoid")
  cache <- forward_propagation(case$X, case$parameters, acts)$cache
  expect_error(backward_propagation(case$Y, case$parameters, cache[c("A0", "Z1", "A1")], acts),
               "backward_propagation: cache must come from forward_propagation with these parameters", fixed = TRUE)
})

test_that("the bias gradients add each row column after column, in doubles", {
  # As Python and Octave add them; rowSums adds in long doubles, which differs in the last bits for this many columns.
  case <- network_case(c(3, 5, 1), c("tanh", "sigmoid"), m = 1000)
  cache <- forward_propagation(case$X, case$parameters, c("tanh", "sigmoid"))$cache
  grads <- backward_propagation(case$Y, case$parameters, cache, c("tanh", "sigmoid"))
  for (l in 1:2) {
    dZ <- grads[[paste0("dZ", l)]]
    total <- numeric(nrow(dZ))
    for (j in seq_len(ncol(dZ))) total <- total + dZ[, j]
    expect_identical(grads[[paste0("db", l)]], matrix(total / 1000, ncol = 1))
  }
  expect_false(identical(rowSums(grads$dZ1), as.vector(rowsum(t(grads$dZ1), rep(1L, 1000)))))
})
