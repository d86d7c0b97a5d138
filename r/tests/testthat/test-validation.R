test_that("check_matrix refuses non-matrices and non-finite values", {
  expect_error(check_matrix("f", "X", 1:3), "f: X must be a 2-D matrix", fixed = TRUE)
  expect_error(check_matrix("f", "X", matrix("a")), "f: X must be a 2-D matrix", fixed = TRUE)
  expect_error(check_matrix("f", "X", matrix(c(1, NaN))), "f: X must hold only finite numbers", fixed = TRUE)
  expect_silent(check_matrix("f", "X", matrix(1:4, 2)))
})

test_that("check_positive refuses zero, negatives, non-numbers and fractions where integers are due", {
  expect_error(check_positive("f", "a", -1), "f: a must be a positive number, got -1", fixed = TRUE)
  expect_error(check_positive("f", "a", Inf), "f: a must be a positive number, got inf", fixed = TRUE)
  expect_error(check_positive("f", "a", -Inf), "f: a must be a positive number, got -inf", fixed = TRUE)
  expect_error(check_positive("f", "a", NaN), "f: a must be a positive number, got nan", fixed = TRUE)
  expect_error(check_positive("f", "a", TRUE), "f: a must be a positive number, got TRUE", fixed = TRUE)
  expect_error(check_positive("f", "n", 2.5, integer = TRUE), "f: n must be a positive integer, got 2.5", fixed = TRUE)
  expect_silent(check_positive("f", "n", 3, integer = TRUE))
  expect_silent(check_positive("f", "a", 1e-300))
})

test_that("values in messages read as Python prints them", {
  expect_identical(.repr(4000), "4000")
  expect_identical(.repr(0.1), "0.1")
  expect_identical(.repr(0.1 + 0.2), "0.30000000000000004")
  expect_identical(.repr(1e-5), "1e-05")
  expect_identical(.repr("relu"), "'relu'")
  expect_identical(.repr(c(3, 1.5)), "[3, 1.5]")
})

test_that("check_count refuses negatives, fractions and non-numbers", {
  expect_error(check_count("f", "n", -3), "f: n must be a non-negative integer, got -3", fixed = TRUE)
  expect_error(check_count("f", "n", 0.5), "f: n must be a non-negative integer, got 0.5", fixed = TRUE)
  expect_error(check_count("f", "n", "3"), "f: n must be a non-negative integer, got '3'", fixed = TRUE)
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
               "^f: Y must be a 1 x 4 matrix, got \\(1, 3\\)$")
  expect_error(check_network("f", matrix(1, 2, 4), matrix(0, 1, 4), PARAMETERS, c("relu", "softmax"), list()),
               "^f: state must come from initialize_optimizer$")
})
