RANGES <- list(learning_rate = c(1e-3, 1e-1), hidden = c(5, 100), lambd = c(1e-4, 1e-1), keep_prob = c(0.7, 1.0),
               batch_size = c(16, 128), beta1 = c(0.8, 0.99), beta2 = c(0.99, 0.9999))

test_that("candidates come from the generator in order and respect the ranges", {
  draw <- sample_candidates(RANGES, 50, rng_seed(3))
  candidates <- draw$candidates
  replay <- rng_seed(3)
  draws <- list()
  for (name in SPACE) {
    uniform <- rng_uniform(replay, 1, 50)
    draws[[name]] <- uniform$values
    replay <- uniform$rng
  }
  expect_identical(draw$rng, replay)
  expect_identical(names(candidates), SPACE)
  u <- draws$learning_rate
  expect_bitwise(candidates$learning_rate, exp(log(1e-3) + u * (log(1e-1) - log(1e-3))))
  expect_bitwise(candidates$hidden, floor(5 + draws$hidden * 96))
  expect_true(all(candidates$batch_size %in% c(16, 32, 64, 128)))
  for (name in names(RANGES)) {
    expect_identical(dim(candidates[[name]]), c(1L, 50L))
    expect_true(RANGES[[name]][1] <= min(candidates[[name]]) && max(candidates[[name]]) <= RANGES[[name]][2],
                label = name)
  }
  # 1 - beta is log-uniform: about as many candidates with 1 - beta2 below 1e-3 as above.
  below <- sum(1 - candidates$beta2 < 1e-3)
  expect_true(15 < below && below < 35)
})

test_that("a zero lambd range gives zero", {
  candidates <- sample_candidates(modifyList(RANGES, list(lambd = c(0, 0))), 4, rng_seed(1))$candidates
  expect_bitwise(candidates$lambd, matrix(0, 1, 4))
})

test_that("the second round searches around the best within the ranges", {
  best <- list(learning_rate = 0.06, hidden = 80, lambd = 1e-3, keep_prob = 0.95, batch_size = 16, beta1 = 0.9,
               beta2 = 0.999)
  narrow <- narrow_space(RANGES, best)
  expect_identical(narrow$learning_rate, c(0.02, 0.1))
  expect_identical(narrow$hidden, c(40, 100))
  expect_identical(narrow$batch_size, c(16, 32))
  expect_identical(narrow$keep_prob, c(0.85, 1.0))
  expect_equal(narrow$beta1, c(0.8, 1 - 0.1 / 3))
})

test_that("best_trial prefers accuracy, then cost, then the first", {
  expect_identical(best_trial(matrix(c(0.9, 0.1, 0.95, 0.3, 0.95, 0.2, 0.95, 0.2), 2)), 2)
})

spiral_split <- function() {
  data <- load_dataset(repo_file("data", "spiral.csv"), n_classes = 3)
  split_train_test(data$X, data$Y, 0.3, rng_seed(1))
}

test_that("a trial is training and scoring by hand", {
  split <- spiral_split()
  c0 <- candidate(sample_candidates(RANGES, 1, rng_seed(2))$candidates, 0)
  result <- run_trial(split$X_train, split$Y_train, split$X_test, split$Y_test, c0, 1, 5, 7)
  config <- train_config(learning_rate = c0$learning_rate, iterations = 5, init = "he", batch_size = c0$batch_size,
                         optimizer = "adam", beta1 = c0$beta1, beta2 = c0$beta2, lambd = c0$lambd,
                         keep_prob = c0$keep_prob)
  fit <- train(split$X_train, split$Y_train, c(2, c0$hidden, 3), c("relu", "softmax"), rng_seed(7), config)
  expect_identical(result[2], fit$costs[5])
  expect_identical(result[1],
                   accuracy(split$Y_test, predict_labels(split$X_test, fit$parameters, c("relu", "softmax"))))
  # train_trial gives the trial's network itself.
  net <- train_trial(split$X_train, split$Y_train, c0, 1, 5, 7)
  expect_identical(net$activations, c("relu", "softmax"))
  expect_bitwise(net$parameters, fit$parameters)
})

test_that("random_search runs candidate k (0-based) as run_trial from seed + k, reporting progress", {
  split <- spiral_split()
  candidates <- sample_candidates(RANGES, 4, rng_seed(5))$candidates
  progress <- capture_messages(results <- random_search(split$X_train, split$Y_train, split$X_test, split$Y_test,
                                                         candidates, 1, 3, 11))
  expect_identical(progress, sprintf("trial %d/4 done\n", 1:4))
  expect_identical(dim(results), c(2L, 4L))
  for (k in 0:3) {
    expect_bitwise(results[, k + 1], run_trial(split$X_train, split$Y_train, split$X_test, split$Y_test,
                                               candidate(candidates, k), 1, 3, 11 + k))
  }
})

test_that("trials are laid out in columns", {
  candidates <- list(learning_rate = 0.0123, hidden = 57, lambd = 0.001, keep_prob = 0.9, batch_size = 32,
                     beta1 = 0.9, beta2 = 0.999)
  lines <- strsplit(format_trials(candidates, matrix(c(0.95, 0.1234567), 2), 3), "\n")[[1]]
  expect_identical(lines[2],
                   "    3      1.230e-02      57  1.000e-03      0.900          32  0.9000  0.99900   0.9500    0.1235")
  expect_identical(nchar(lines[1]), nchar(lines[2]))
  diverged <- strsplit(format_trials(candidates, matrix(c(0.3, NaN), 2), 1), "\n")[[1]][2]
  expect_match(diverged, "       nan$")
})

CANDIDATES <- list(learning_rate = c(0.01, 0.1), hidden = c(5, 8), lambd = c(0, 0.01), keep_prob = c(1, 0.9),
                   batch_size = c(16, 32), beta1 = c(0.9, 0.9), beta2 = c(0.999, 0.999))
BEST <- lapply(CANDIDATES, function(values) values[1])

test_that("check_candidates counts the candidates", {
  expect_identical(check_candidates("f", "candidates", CANDIDATES), 2L)
  expect_identical(check_candidates("f", "best", BEST, single = TRUE), 1L)
})
