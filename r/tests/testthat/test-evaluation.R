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
  expect_error(confusion_matrix(Y, Y_hat, 2), "confusion_matrix: labels must be integers in 0..1", fixed = TRUE)
})

test_that("format_confusion_matrix needs a square matrix", {
  message <- "format_confusion_matrix: counts must be a square matrix"
  expect_error(format_confusion_matrix(matrix(0, 2, 3)), message, fixed = TRUE)
  expect_error(format_confusion_matrix(c(1, 2, 3, 4)), message, fixed = TRUE)
})

test_that("accuracy and the confusion matrix refuse mismatched or bad labels", {
  expect_error(accuracy(matrix(0, 1, 2), matrix(0, 1, 3)),
               "accuracy: Y and Y_hat must have the same shape, got (1, 2) and (1, 3)", fixed = TRUE)
  expect_error(confusion_matrix(matrix(c(0, 0.5), 1), matrix(c(0, 1), 1), 2),
               "confusion_matrix: labels must be integers in 0..1", fixed = TRUE)
})

test_that("predict_labels refuses bad input under its own name", {
  expect_error(predict_labels(matrix(1, 3, 2), list(W1 = matrix(1, 1, 2), b1 = matrix(0, 1, 1)), "sigmoid"),
               "predict_labels: X must have 2 rows to match W1, got 3", fixed = TRUE)
})

test_that("accuracy and the confusion matrix refuse non-finite labels, bad classes and shapes", {
  Y <- matrix(c(0, 1, 1, 0), 1)
  expect_error(accuracy(matrix(c(0, NaN), 1), matrix(0, 1, 2)), "accuracy: Y must hold only finite numbers",
               fixed = TRUE)
  expect_error(confusion_matrix(Y, Y, 0), "confusion_matrix: n_classes must be a positive integer, got 0", fixed = TRUE)
  expect_error(confusion_matrix(Y, matrix(0, 1, 3), 2),
               "confusion_matrix: Y and Y_hat must be 1 x m matrices of the same shape, got (1, 4) and (1, 3)",
               fixed = TRUE)
  expect_error(confusion_matrix(t(Y), t(Y), 2),
               "confusion_matrix: Y and Y_hat must be 1 x m matrices of the same shape, got (4, 1) and (4, 1)",
               fixed = TRUE)
})
