# Predictions and how good they are.

#' 1 x m labels: a sigmoid output a > 0.5 gives 1 (so a tie gives 0); softmax gives
#' the most probable class (0-based), the first one on a tie.
#' @param X features x examples matrix
#' @param parameters named list W1, b1, ..., WL, bL
#' @param activations character vector of L activation names, one per layer
#' @return 1 x m matrix of doubles
predict_labels <- function(X, parameters, activations) {
  # forward_propagation's checks, under this function's name.
  AL <- tryCatch(forward_propagation(X, parameters, activations)$AL, error = function(e) {
    stop(sub("^forward_propagation:", "predict_labels:", conditionMessage(e)), call. = FALSE)
  })
  if (activations[[length(activations)]] == "softmax") {
    return(matrix(max.col(t(AL), ties.method = "first") - 1, nrow = 1))
  }
  (AL > 0.5) * 1
}

#' Fraction of the m columns where the labels agree.
#' @param Y 1 x m matrix of labels 0..K-1
#' @param Y_hat 1 x m matrix of predicted labels
accuracy <- function(Y, Y_hat) {
  check_matrix("accuracy", "Y", Y)
  check_matrix("accuracy", "Y_hat", Y_hat)
  if (!identical(dim(Y), dim(Y_hat))) {
    .stop("accuracy: Y and Y_hat must have the same shape, got %s and %s", value_text(Y, shape = TRUE),
          value_text(Y_hat, shape = TRUE))
  }
  agree <- Y == Y_hat
  # An exact count divided by m, as numpy's mean of booleans (R's mean() rounds twice).
  sum(agree) / length(agree)
}

#' K x K counts: row = true label, column = predicted label (labels 0..K-1).
#' @param Y,Y_hat 1 x m matrices of labels
#' @param n_classes the number of classes K
confusion_matrix <- function(Y, Y_hat, n_classes) {
  check_positive("confusion_matrix", "n_classes", n_classes, integer = TRUE)
  if (!is.matrix(Y) || nrow(Y) != 1 || !identical(dim(Y), dim(Y_hat))) {
    .stop("confusion_matrix: Y and Y_hat must be 1 x m matrices of the same shape, got %s and %s",
          value_text(Y, shape = TRUE), value_text(Y_hat, shape = TRUE))
  }
  labels <- c(Y, Y_hat)
  if (!isTRUE(all(labels >= 0 & labels < n_classes & labels == floor(labels)))) {
    .stop("confusion_matrix: labels must be integers in 0..%s", value_text(n_classes - 1))
  }
  cell <- as.integer(Y_hat) * n_classes + as.integer(Y) + 1
  matrix(as.numeric(tabulate(cell, nbins = n_classes * n_classes)), n_classes, n_classes)
}

#' The confusion matrix as text, laid out the same way in every language.
#' @param counts K x K matrix of counts (confusion_matrix)
format_confusion_matrix <- function(counts) {
  if (!is.matrix(counts) || !is.numeric(counts) || nrow(counts) != ncol(counts)) {
    .stop("format_confusion_matrix: counts must be a square matrix")
  }
  K <- nrow(counts)
  labels <- sprintf("%6d", seq_len(K) - 1L)
  cells <- matrix(sprintf("%6d", as.integer(counts)), K, K)
  rows <- paste0(labels, apply(cells, 1, paste, collapse = ""))
  paste(c("confusion matrix (rows: true label, columns: predicted label)",
          paste0(strrep(" ", 6), paste(labels, collapse = "")), rows), collapse = "\n")
}
