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
