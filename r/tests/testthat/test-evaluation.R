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
