# R's vectors and character matrices, which tables/bad_input.json (the refusals) cannot write.
test_that("check_matrix refuses a vector and a matrix of text", {
  expect_error(check_matrix("f", "X", 1:3), "f: X must be a 2-D matrix", fixed = TRUE)
  expect_error(check_matrix("f", "X", matrix("a")), "f: X must be a 2-D matrix", fixed = TRUE)
  expect_silent(check_matrix("f", "X", matrix(1:4, 2)))
})

test_that("check_positive takes positive numbers", {
  expect_silent(check_positive("f", "n", 3, integer = TRUE))
  expect_silent(check_positive("f", "a", 1e-300))
})

test_that("check_count returns the count", {
  expect_identical(check_count("f", "n", 0), 0)
})

PARAMETERS <- initialize_parameters(c(2, 4, 3), rng_seed(1), "he")$parameters

test_that("output_classes counts two for a sigmoid unit and one per output row otherwise", {
  expect_identical(output_classes(PARAMETERS, c("relu", "softmax")), 3L)
  expect_identical(output_classes(list(W1 = matrix(1, 1, 2), b1 = matrix(0)), "sigmoid"), 2)
})

test_that("check_state takes every optimiser's initial state and refuses one that lacks what its steps need", {
  for (optimizer in OPTIMIZERS) expect_silent(check_state("f", PARAMETERS, initialize_optimizer(PARAMETERS, optimizer)))
  for (state in list(list(), list(1), list(optimizer = "sgd"), 1)) {
    expect_error(check_state("f", PARAMETERS, state), "^f: state must come from initialize_optimizer$")
  }
  adam <- initialize_optimizer(PARAMETERS, "adam")
  expect_error(check_state("f", PARAMETERS, adam[setdiff(names(adam), c("sdW1", "vdb2"))]),
               "^f: state must hold sdW1, vdb2$")
  expect_error(check_state("f", PARAMETERS, initialize_optimizer(PARAMETERS["W1"], "momentum")),
               "^f: state must hold vdb1, vdW2, vdb2$")
})

test_that("check_network checks the layers, the labels and the state under the caller's name", {
  state <- initialize_optimizer(PARAMETERS, "rmsprop")
  expect_silent(check_network("f", matrix(1, 2, 4), matrix(c(0, 1, 2, 2), 1), PARAMETERS, c("relu", "softmax"), state))
  expect_error(check_network("f", matrix(1, 3, 4), matrix(0, 1, 4), PARAMETERS, c("relu", "softmax"), state),
               "^f: X must have 2 rows to match W1, got 3$")
  expect_error(check_network("f", matrix(1, 2, 4), matrix(0:3, 1), PARAMETERS, c("relu", "softmax"), state),
               "^f: Y must hold integer labels in 0\\.\\.2$")
  expect_error(check_network("f", matrix(1, 2, 4), matrix(0, 1, 3), PARAMETERS, c("relu", "softmax"), state),
               "^f: Y must be a 1 x 4 matrix, got 1 x 3$")
  expect_error(check_network("f", matrix(1, 2, 4), matrix(0, 1, 4), PARAMETERS, c("relu", "softmax"), list()),
               "^f: state must come from initialize_optimizer$")
})
