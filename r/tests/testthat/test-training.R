test_that("training lowers the cost and prints progress", {
  spiral <- load_dataset(repo_file("data", "spiral.csv"), n_classes = 3)
  lines <- capture.output(out <- train(spiral$X, spiral$Y, c(2, 20, 3), c("relu", "softmax"), rng_seed(1),
                                       learning_rate = 1, iterations = 300, init = "he", print_every = 100))
  expect_length(out$costs, 300)
  expect_true(is.numeric(out$costs) && is.null(dim(out$costs)))
  expect_lt(out$costs[300], 0.8 * out$costs[1])
  expect_identical(sub(":.*", "", lines), c("iteration 0", "iteration 100", "iteration 200", "iteration 299"))
  expect_identical(lines[1], sprintf("iteration 0: cost %.10g", out$costs[1]))
  expect_identical(out$rng, initialize_parameters(c(2, 20, 3), rng_seed(1), "he")$rng)
})

test_that("a zero-initialised logistic regression starts at log(2) and prints nothing by default", {
  cancer <- load_dataset(repo_file("data", "cancer.csv"), n_classes = 2)
  expect_silent(out <- train(cancer$X / 1000, cancer$Y, c(30, 1), "sigmoid", rng_seed(1),
                             learning_rate = 0.5, iterations = 2, init = "zeros"))
  expect_equal(out$costs[1], log(2), tolerance = 1e-15)
  expect_named(out$parameters, c("W1", "b1"))
})

test_that("costs[i + 1] is the cost of the parameters before update i", {
  case <- network_case(c(3, 5, 1), c("tanh", "sigmoid"))
  one <- train(case$X, case$Y, c(3, 5, 1), c("tanh", "sigmoid"), rng_seed(2), learning_rate = 0.5, iterations = 1)
  two <- train(case$X, case$Y, c(3, 5, 1), c("tanh", "sigmoid"), rng_seed(2), learning_rate = 0.5, iterations = 2)
  expect_identical(two$costs[2], cost_of(one$parameters, case$X, case$Y, c("tanh", "sigmoid")))
})

test_that("bad arguments are refused", {
  X <- matrix(1, 2, 3)
  Y <- matrix(c(0, 1, 0), 1)
  expect_error(train(X, Y, c(2, 1), "sigmoid", rng_seed(1), learning_rate = 0),
               "train: learning_rate must be a positive number, got 0", fixed = TRUE)
  expect_error(train(X, Y, c(2, 1), "sigmoid", rng_seed(1), iterations = 2.5),
               "train: iterations must be a positive integer, got 2.5", fixed = TRUE)
  expect_error(train(X, Y, c(3, 1), "sigmoid", rng_seed(1)),
               "train: layer_dims[0] must equal the 2 rows of X, got 3", fixed = TRUE)
  expect_error(train(X, matrix(c(0, 2, 0), 1), c(2, 1), "sigmoid", rng_seed(1)),
               "train: Y must hold integer labels in 0..1", fixed = TRUE)
  expect_error(train(c(1, 2), Y, c(2, 1), "sigmoid", rng_seed(1)), "train: X must be a 2-D matrix", fixed = TRUE)
})
