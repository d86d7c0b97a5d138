test_that("a sigmoid tie (a = 0.5) predicts 0 and anything above predicts 1", {
  parameters <- list(W1 = matrix(0, 1, 2), b1 = matrix(0, 1, 1))
  expect_identical(predict_labels(matrix(1, 2, 3), parameters, "sigmoid"), matrix(0, 1, 3))
  parameters$b1[1, 1] <- 1e-12
  expect_identical(predict_labels(matrix(1, 2, 3), parameters, "sigmoid"), matrix(1, 1, 3))
})

test_that("softmax predicts the first most probable class, 0-based", {
  parameters <- list(W1 = matrix(c(1, 2, 2), 3, 1), b1 = matrix(0, 3, 1))
  expect_identical(predict_labels(matrix(c(1, -1), 1), parameters, "softmax"), matrix(c(1, 0), 1))
  parameters$b1[3, 1] <- 10
  expect_identical(predict_labels(matrix(c(1, -1), 1), parameters, "softmax"), matrix(c(2, 2), 1))
})

test_that("accuracy is the fraction of agreeing columns", {
  Y <- matrix(c(0, 1, 2, 2, 1), 1)
  expect_identical(accuracy(Y, matrix(c(0, 2, 2, 2, 1), 1)), 0.8)
  expect_identical(accuracy(Y, Y), 1)
})

test_that("the confusion matrix counts true labels by row and predictions by column", {
  Y <- matrix(c(0, 1, 2, 2, 1), 1)
  Y_hat <- matrix(c(0, 2, 2, 2, 1), 1)
  counts <- confusion_matrix(Y, Y_hat, 3)
  expect_identical(counts, matrix(c(1, 0, 0, 0, 1, 0, 0, 1, 2), 3, 3))
  expect_identical(strsplit(format_confusion_matrix(counts), "\n")[[1]], c(
    "confusion matrix (rows: true label, columns: predicted label)",
    "           0     1     2",
    "     0     1     0     0",
    "     1     0     1     1",
    "     2     0     0     2"))
})

# An R vector, which tables/bad_input.json (the refusals) cannot write.
test_that("format_confusion_matrix needs a matrix, not a vector", {
  expect_error(format_confusion_matrix(c(1, 2, 3, 4)), "format_confusion_matrix: counts must be a square matrix",
               fixed = TRUE)
})

test_that("accuracy_interval is binom.test's exact (Clopper-Pearson) interval", {
  for (case in list(c(985, 1000), c(1, 1000), c(0, 7), c(7, 7), c(5, 8), c(9011, 10000), c(160, 320))) {
    expected <- binom.test(case[1], case[2])$conf.int
    expect_equal(accuracy_interval(case[1], case[2]), matrix(expected, 1), tolerance = 1e-12, ignore_attr = TRUE)
  }
  expect_identical(accuracy_interval(0, 7)[1, 1], 0)
  expect_identical(accuracy_interval(7, 7)[1, 2], 1)
})

test_that("beta_quantile agrees with qbeta and has exact ends", {
  expect_identical(beta_quantile(0, 2, 3), 0)
  expect_identical(beta_quantile(1, 2, 3), 1)
  expect_equal(beta_quantile(0.5, 4, 4), 0.5, tolerance = 1e-14)  # symmetric: the median is the middle
  for (case in list(c(0.025, 0.5, 0.5), c(0.975, 30.5, 2), c(1e-8, 2, 3), c(0.9, 9000, 1001), c(0.3, 1, 5))) {
    expect_equal(beta_quantile(case[1], case[2], case[3]), qbeta(case[1], case[2], case[3]), tolerance = 1e-12)
  }
})

test_that("classification_metrics counts each class against the rest", {
  # iris, R's own data, classified by petal length alone.
  Y <- matrix(as.integer(iris$Species) - 1, 1)
  Y_hat <- matrix(findInterval(iris$Petal.Length, c(2.5, 4.8)), 1)
  counts <- confusion_matrix(Y, Y_hat, 3)
  metrics <- classification_metrics(counts)
  truth <- table(factor(Y, 0:2), factor(Y_hat, 0:2))
  for (k in 1:3) {
    positive <- Y == k - 1
    called <- Y_hat == k - 1
    expect_equal(metrics$recall[1, k], sum(positive & called) / sum(positive))
    expect_equal(metrics$precision[1, k], sum(positive & called) / sum(called))
    expect_equal(metrics$specificity[1, k], sum(!positive & !called) / sum(!positive))
  }
  observed <- sum(diag(truth)) / sum(truth)
  chance <- sum(rowSums(truth) * colSums(truth)) / sum(truth)^2
  expect_equal(metrics$kappa, (observed - chance) / (1 - chance))
  expect_identical(metrics$accuracy, accuracy(Y, Y_hat))
  expect_identical(dim(metrics$f1), c(1L, 3L))
  expect_equal(metrics$f1, 2 * metrics$precision * metrics$recall / (metrics$precision + metrics$recall))
})

test_that("undefined ratios are NaN and written nan", {
  metrics <- classification_metrics(matrix(c(5, 3, 0, 0), 2))
  expect_true(is.nan(metrics$precision[1, 2]))
  expect_identical(metrics$kappa, 0)
  expect_true(is.nan(classification_metrics(matrix(c(4, 0, 0, 0), 2))$kappa))
  lines <- strsplit(format_metrics(metrics), "\n")[[1]]
  expect_identical(lines[3], " class   precision      recall specificity          f1  balanced accuracy")
  expect_identical(lines[5], "     1         nan      0.0000      1.0000      0.0000             0.5000")
})

test_that("near-ties go to the lowest class and a collapse is reported", {
  # One unit, zero weights: sigmoid 0.5 for every example, a tie, class 0.
  P <- list(W1 = matrix(0, 1, 2), b1 = matrix(0))
  expect_identical(predict_labels(matrix(1:4, 2), P, "sigmoid"), matrix(c(0, 0), 1))
  # Softmax rows equal to the last bit: the first wins.
  P3 <- list(W1 = matrix(c(0, 1e-17, 0, 0, 0, 0), 3), b1 = matrix(c(0, 1e-17, 0), 3))
  expect_identical(predict_labels(matrix(1, 2, 2), P3, "softmax"), matrix(c(0, 0), 1))
  expect_identical(collapse_warning(c(1.2, log(3)), matrix(c(0, 1), 1), 3),
                   paste0("warning: training collapsed: the cost stayed at ln 3 = 1.0986 (a constant prediction's); ",
                          "likely causes: unscaled features (try --standardize), a learning rate too large or too ",
                          "small, or too few iterations"))
  expect_match(collapse_warning(c(0.1), matrix(c(2, 2), 1), 3), "every example is predicted as class 2;")
  expect_identical(collapse_warning(c(0.1), matrix(c(0, 1), 1), 2), "")
})

test_that("cost_rises by hand", {
  # 2 -> 2.5 rises by a quarter of 2, 1 -> 1.5 by half of 1: the largest is the relative one.
  expect_identical(cost_rises(c(3, 2, 2.5, 1, 1.5)), list(count = 2L, largest = 0.5))
  expect_identical(cost_rises(c(4, 2, 1)), list(count = 0L, largest = 0))
  expect_identical(cost_rises(c(1, 1)), list(count = 0L, largest = 0))
  expect_identical(cost_rises(matrix(c(1, 1.25, 1), 3)), list(count = 1L, largest = 0.25))
})

test_that("cost_rises of nothing, one cost and non-finite costs", {
  for (costs in list(numeric(0), NULL, 3)) expect_identical(cost_rises(costs), list(count = 0L, largest = 0))
  # A NaN neither rises nor is risen from; a rise to Inf is infinite.
  expect_identical(cost_rises(c(1, NaN, 2, 3)), list(count = 1L, largest = 0.5))
  expect_identical(cost_rises(c(1, Inf)), list(count = 1L, largest = Inf))
})

test_that("cost_rises reads train's costs", {
  X <- matrix(c(0, 1, 1, 0, 2, 1, 3, 0), 2)
  Y <- matrix(c(0, 1, 1, 0), 1)
  costs <- train(X, Y, c(2, 1), "sigmoid", rng_seed(1),
                 train_config(learning_rate = 50, iterations = 30, print_every = 0))$costs
  out <- cost_rises(costs)
  steps <- diff(costs)
  expect_true(out$count > 0)
  expect_identical(out$count, sum(steps > 0))
  expect_identical(out$largest, max((steps / costs[-length(costs)])[steps > 0]))
})

test_that("format_run records the file, the classes, the split and the network", {
  path <- write_temp("x1,x2,x3,Species\n1,2,3,b\n4,5,6,a\n7,8,9,c\n1,1,1,a\n2,2,2,b\n", "flowers.csv")
  printed <- capture.output(d <- read_dataset(path, "Species"))
  split <- split_train_test(d$X, d$Y, 0.4, rng_seed(1))
  text <- format_run(path, split$X_train, d$classes, ncol(split$X_test), c(3, 5, 3), c("relu", "softmax"))
  expect_identical(strsplit(text, "\n")[[1]],
                   c("data: 'flowers.csv', 5 examples of 3 features", "classes: 0 = 'a', 1 = 'b', 2 = 'c'",
                     "held out: 2 of 5 examples, not trained on", "network: 3-5-3, relu/softmax"))
})

test_that("format_run names classes by number and lists several networks", {
  X <- matrix(0, 2, 7)
  expect_identical(format_run("moons.csv", X, 2, 0, c(2, 9, 9, 1), c("relu", "relu", "sigmoid")),
                   "data: 'moons.csv', 7 examples of 2 features\nclasses: 0, 1\nnetwork: 2-9-9-1, relu/relu/sigmoid")
  # A class named by another number shows both; a class named by its own number, the number alone.
  expect_identical(strsplit(format_run("a.csv", X, c("0", "2"), 0, c(2, 1), "sigmoid"), "\n")[[1]][2],
                   "classes: 0, 1 = '2'")
  text <- format_run("a.csv", X, 3, 3, list(c(2, 4, 1), c(2, 3, 3)), list(c("tanh", "sigmoid"), c("relu", "softmax")))
  expect_identical(tail(strsplit(text, "\n")[[1]], 2),
                   c("held out: 3 of 10 examples, not trained on", "networks: 2-4-1, tanh/sigmoid; 2-3-3, relu/softmax"))
})
