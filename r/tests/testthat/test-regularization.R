ARCH <- list(dims = c(4, 6, 5, 3), activations = c("relu", "tanh", "softmax"))

test_that("masks come from the generator layer by layer", {
  parameters <- network_case(ARCH$dims, ARCH$activations)$parameters
  out <- dropout_masks(parameters, 7, 0.8, rng_seed(5))
  expect_named(out$masks, c("D1", "D2"))
  U1 <- rng_uniform(rng_seed(5), 6, 7)
  U2 <- rng_uniform(U1$rng, 5, 7)
  expect_identical(out$masks$D1, (U1$values < 0.8) / 0.8)
  expect_identical(out$masks$D2, (U2$values < 0.8) / 0.8)
  expect_identical(out$rng, U2$rng)
})

test_that("keeping every unit draws nothing", {
  parameters <- network_case(ARCH$dims, ARCH$activations)$parameters
  out <- dropout_masks(parameters, 7, 1, rng_seed(5))
  expect_identical(out$masks, list())
  expect_identical(out$rng, rng_seed(5))
})

test_that("about keep_prob of the units are kept", {
  parameters <- list(W1 = matrix(0, 100, 2), b1 = matrix(0, 100, 1), W2 = matrix(0, 1, 100), b2 = matrix(0))
  D1 <- dropout_masks(parameters, 1000, 0.7, rng_seed(1))$masks$D1
  expect_lt(abs(mean(D1 > 0) - 0.7), 0.01)
  expect_setequal(unique(as.vector(D1)), c(0, 1 / 0.7))
})

cost_with <- function(parameters, X, Y, activations, masks, lambd) {
  cache <- forward_propagation(X, parameters, activations, masks)$cache
  compute_cost(cache[[paste0("Z", length(activations))]], Y, activations[length(activations)], parameters, lambd)
}

test_that("gradients with dropout and L2 match centred differences", {
  activations <- ARCH$activations
  case <- network_case(ARCH$dims, activations)
  h <- 1e-6
  for (setting in list(c(keep_prob = 1, lambd = 0.7), c(keep_prob = 0.6, lambd = 0), c(keep_prob = 0.6, lambd = 0.7))) {
    lambd <- setting[["lambd"]]
    masks <- dropout_masks(case$parameters, ncol(case$X), setting[["keep_prob"]], rng_seed(2))$masks
    cache <- forward_propagation(case$X, case$parameters, activations, masks)$cache
    grads <- backward_propagation(case$Y, case$parameters, cache, activations, lambd)
    for (name in names(case$parameters)) {
      value <- case$parameters[[name]]
      numeric <- value
      for (i in seq_along(value)) {
        plus <- case$parameters
        minus <- case$parameters
        plus[[name]][i] <- value[i] + h
        minus[[name]][i] <- value[i] - h
        numeric[i] <- (cost_with(plus, case$X, case$Y, activations, masks, lambd)
                       - cost_with(minus, case$X, case$Y, activations, masks, lambd)) / (2 * h)
      }
      expect_lt(rel_error(grads[[paste0("d", name)]], numeric), 1e-7)
    }
  }
})

test_that("dropped units pass nothing on", {
  case <- network_case(ARCH$dims, ARCH$activations)
  p <- case$parameters
  masks <- dropout_masks(p, ncol(case$X), 0.5, rng_seed(4))$masks
  cache <- forward_propagation(case$X, p, ARCH$activations, masks)$cache
  expect_named(cache, c("A0", "Z1", "A1", "D1", "Z2", "A2", "D2", "Z3", "A3"))
  expect_identical(cache$D1, masks$D1)
  expect_identical(cache$Z2, p$W2 %*% (cache$A1 * masks$D1) + as.vector(p$b2))
})

test_that("the L2 penalty sums the weights only", {
  parameters <- list(W1 = matrix(c(1, 2), 1), b1 = matrix(100), W2 = matrix(3), b2 = matrix(5))
  expect_identical(l2_penalty(parameters, 0.5, 4), 0.5 / 8 * 14)
  expect_identical(compute_cost(matrix(0, 1, 4), matrix(0, 1, 4), "sigmoid", parameters, 0.5), log(2) + 0.5 / 8 * 14)
})

test_that("keeping every unit needs no generator", {
  p <- list(W1 = matrix(1, 4, 2), b1 = matrix(0, 4, 1), W2 = matrix(1, 1, 4), b2 = matrix(0, 1, 1))
  expect_identical(dropout_masks(p, 4, 1, NULL), list(masks = list(), rng = NULL))
})

test_that("draw_masks and l2_term are dropout_masks and l2_penalty without the checks", {
  parameters <- network_case(ARCH$dims, ARCH$activations)$parameters
  for (keep_prob in c(0.6, 1)) {
    expect_identical(draw_masks(parameters, 3, 7, keep_prob, rng_seed(5)),
                     dropout_masks(parameters, 7, keep_prob, rng_seed(5)))
  }
  expect_named(draw_masks(parameters, 3, 7, 0.6, rng_seed(5))$masks, c("D1", "D2"))
  expect_identical(l2_term(parameters, 3, 0.7, 9), l2_penalty(parameters, 0.7, 9))
  expect_gt(l2_term(parameters, 3, 0.7, 9), 0)
})
