# Predictions and how good they are.

#' Probabilities within this share of the largest count as equal, and the lowest class wins: the
#' three languages compute probabilities that differ in the last bits, and a plain argmax would let
#' that rounding decide between classes that the network cannot tell apart.
TIE <- 1e-12

#' 1 x m labels: the most probable class (0-based), where a class whose probability is within TIE
#' (relative) of the largest counts as tied with it and the lowest tied class wins. A sigmoid output a
#' gives class 1 only when a exceeds 1 - a by more than that, so a = 0.5 gives 0.
#' @return 1 x m matrix of doubles
predict_labels <- function(X, parameters, activations) {
  # forward_propagation's checks, under this function's name.
  AL <- tryCatch(forward_propagation(X, parameters, activations)$AL, error = function(e) {
    stop(sub("^forward_propagation:", "predict_labels:", conditionMessage(e)), call. = FALSE)
  })
  if (activations[[length(activations)]] == "softmax") {
    tied <- AL >= (1 - TIE) * matrix(apply(AL, 2, max), nrow(AL), ncol(AL), byrow = TRUE)
    return(matrix(max.col(t(tied) * 1, ties.method = "first") - 1, nrow = 1))
  }
  ((1 - TIE) * AL > 1 - AL) * 1
}

#' One warning line when training collapsed, else "": when the last cost is still at the level of a
#' constant prediction (ln n_classes, ln 2 for a sigmoid output, within 1 %) or every example is
#' predicted as one class. It names the likely causes.
#' @param costs the costs of train
#' @param Y_hat 1 x m predicted labels
#' @param n_classes the number of classes
collapse_warning <- function(costs, Y_hat, n_classes) {
  check_positive("collapse_warning", "n_classes", n_classes, integer = TRUE)
  check_matrix("collapse_warning", "Y_hat", Y_hat)
  costs <- unlist(costs)
  level <- log(n_classes)
  found <- character(0)
  if (length(costs) > 0 && costs[length(costs)] >= 0.99 * level) {
    found <- c(found, sprintf("the cost stayed at ln %s = %.4f (a constant prediction's)", value_text(n_classes), level))
  }
  if (length(Y_hat) > 1 && all(Y_hat == Y_hat[1])) {
    found <- c(found, sprintf("every example is predicted as class %s", value_text(Y_hat[1])))
  }
  if (length(found) == 0) return("")
  sprintf(paste0("warning: training collapsed: %s; likely causes: unscaled features (try --standardize), ",
                 "a learning rate too large or too small, or too few iterations"), paste(found, collapse = " and "))
}

#' Fraction of the m columns where the labels agree.
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
