# Predictions and how good they are.

#' Probabilities within this share of the largest count as equal, and the lowest class wins: the
#' three languages compute probabilities that differ in the last bits, and a plain argmax would let
#' that rounding decide between classes that the network cannot tell apart.
TIE <- 1e-12

#' 1 x m labels: the most probable class (0-based), where a class whose probability is within TIE
#' (relative) of the largest counts as tied with it and the lowest tied class wins. A sigmoid output a
#' gives class 1 only when a exceeds 1 - a by more than that, so a = 0.5 gives 0.
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

#' How often and how far a cost curve rose.
#'
#' The number of epochs (or iterations) whose cost is above the one before, and the largest such
#' rise relative to the cost before it, (later - earlier) / earlier, 0 when the cost never rises. An
#' optimiser overshooting shows here, and learning-rate decay's point is to settle it. A NaN neither
#' rises nor is risen from.
#' @param costs the costs of train: a vector of numbers (NULL: none)
#' @return list(count, largest)
cost_rises <- function(costs) {
  if (!(is.null(costs) || (is.numeric(costs) && (is.null(dim(costs)) || (length(dim(costs)) == 2 &&
                                                                          min(dim(costs)) <= 1))))) {
    .stop("cost_rises: costs must be a vector of numbers, got %s", value_text(costs))
  }
  costs <- as.double(costs)
  earlier <- costs[-length(costs)]
  later <- costs[-1]
  rose <- which(later > earlier)
  rises <- (later[rose] - earlier[rose]) / earlier[rose]
  list(count = length(rises), largest = if (length(rises) > 0) max(rises) else 0)
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

# The classification statistics the book prints beside the accuracy (R caret's confusionMatrix): per class,
# one class against the rest; an undefined ratio (0 / 0) is NaN.
.METRICS <- c("accuracy", "interval", "kappa", "precision", "recall", "specificity", "f1", "balanced_accuracy")

#' The statistics of a K x K confusion matrix (rows: true label, columns: predicted): accuracy, its
#' exact 95 % confidence interval (accuracy_interval: 1 x 2), Cohen's kappa, and 1 x K rows of each
#' class's precision, recall (sensitivity), specificity, F1 and balanced accuracy ((recall +
#' specificity) / 2).
#' @param counts K x K confusion matrix of counts (confusion_matrix)
#' @return named list
classification_metrics <- function(counts) {
  if (!is.matrix(counts) || !is.numeric(counts) || nrow(counts) != ncol(counts)) {
    .stop("classification_metrics: counts must be a square matrix")
  }
  if (!isTRUE(all(is.finite(counts) & counts >= 0 & counts == floor(counts)))) {
    .stop("classification_metrics: counts must hold non-negative integers")
  }
  total <- sum(counts)
  if (total == 0) .stop("classification_metrics: counts must hold at least one example")
  tp <- matrix(diag(counts), 1)
  actual <- matrix(rowSums(counts), 1)  # examples of each class
  predicted <- matrix(colSums(counts), 1)
  tn <- total - actual - predicted + tp
  correct <- sum(tp)
  chance <- sum(actual * predicted) / total^2
  recall <- tp / actual
  specificity <- tn / (total - actual)
  list(accuracy = correct / total, interval = accuracy_interval(correct, total),
       kappa = if (chance < 1) (correct / total - chance) / (1 - chance) else NaN,
       precision = tp / predicted, recall = recall, specificity = specificity, f1 = 2 * tp / (actual + predicted),
       balanced_accuracy = (recall + specificity) / 2)
}

#' The exact (Clopper-Pearson) 95 % confidence interval of an accuracy of correct out of total, as a
#' 1 x 2 matrix [lower, upper]: the beta quantiles 0.025 of (correct, total - correct + 1) and 0.975 of
#' (correct + 1, total - correct), with 0 and 1 at the ends (what binom.test and caret print).
#' @param correct number of correct predictions
#' @param total number of predictions
accuracy_interval <- function(correct, total) {
  check_count("accuracy_interval", "correct", correct)
  check_positive("accuracy_interval", "total", total, integer = TRUE)
  if (correct > total) {
    .stop("accuracy_interval: correct must be at most total (%s), got %s", value_text(total), value_text(correct))
  }
  lower <- if (correct == 0) 0 else beta_quantile(0.025, correct, total - correct + 1)
  upper <- if (correct == total) 1 else beta_quantile(0.975, correct + 1, total - correct)
  matrix(c(lower, upper), 1)
}

#' The x in [0, 1] where the Beta(a, b) distribution function (the regularised incomplete beta
#' function) reaches p: bisection to the last bit, the same steps in every language (qbeta's own
#' algorithm differs from numpy's and Octave's in the last bits).
#' @param p probability in [0, 1]
#' @param a first shape parameter, positive
#' @param b second shape parameter, positive
beta_quantile <- function(p, a, b) {
  if (!(.is_number(p) && p >= 0 && p <= 1)) .stop("beta_quantile: p must be a number in [0, 1], got %s", value_text(p))
  check_positive("beta_quantile", "a", a)
  check_positive("beta_quantile", "b", b)
  if (p == 0 || p == 1) return(p)
  lower <- 0
  upper <- 1
  repeat {
    middle <- (lower + upper) / 2
    if (middle <= lower || middle >= upper) return(middle)
    if (.incomplete_beta(middle, a, b) < p) lower <- middle else upper <- middle
  }
}

# I_x(a, b) for 0 < x < 1: x^a (1 - x)^b / B(a, b) times a continued fraction (Numerical Recipes'
# betai), taken at x or, where it converges faster, at 1 - x by I_x(a, b) = 1 - I_(1-x)(b, a).
.incomplete_beta <- function(x, a, b) {
  front <- exp(lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log1p(-x))
  if (x < (a + 1) / (a + b + 2)) return(front * .beta_fraction(x, a, b) / a)
  1 - front * .beta_fraction(1 - x, b, a) / b
}

# The continued fraction of I_x(a, b), by the modified Lentz method, to 1e-15.
.beta_fraction <- function(x, a, b) {
  tiny <- 1e-300
  c <- 1
  d <- 1 - (a + b) * x / (a + 1)
  d <- 1 / (if (abs(d) < tiny) tiny else d)
  h <- d
  for (m in 1:10000) {
    for (numerator in c(m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
                        -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1)))) {
      d <- 1 + numerator * d
      d <- 1 / (if (abs(d) < tiny) tiny else d)
      c <- 1 + numerator / c
      if (abs(c) < tiny) c <- tiny
      h <- h * d * c
    }
    if (abs(d * c - 1) < 1e-15) break
  }
  h
}

#' classification_metrics as text, laid out the same way in every language: the interval and kappa on
#' a line each, then one row per class (numbers 4 decimals, an undefined one nan).
#' @param metrics named list from classification_metrics
format_metrics <- function(metrics) {
  if (!is.list(metrics) || !all(.METRICS %in% names(metrics))) {
    .stop("format_metrics: metrics must come from classification_metrics")
  }
  rows <- vapply(.METRICS[4:8], function(name) .decimals(metrics[[name]]), character(length(metrics$recall)))
  rows <- matrix(rows, ncol = 5)
  lines <- c(sprintf("accuracy 95 %% confidence interval: %.4f to %.4f", metrics$interval[1], metrics$interval[2]),
             paste0("kappa: ", .decimals(metrics$kappa)),
             sprintf("%6s%12s%12s%12s%12s%19s", "class", "precision", "recall", "specificity", "f1", "balanced accuracy"),
             sprintf("%6d%12s%12s%12s%12s%19s", seq_len(nrow(rows)) - 1L, rows[, 1], rows[, 2], rows[, 3], rows[, 4],
                     rows[, 5]))
  paste(lines, collapse = "\n")
}

.decimals <- function(x) ifelse(is.nan(x), "nan", sprintf("%.4f", x))

#' The record of what a script trained, lines that the report reads back: the data file's name (not
#' its folder), its examples (X's columns and the held_out examples set aside) and features (X's rows);
#' the classes, each as its number and, when the name differs, = 'name'; the held-out examples, if any;
#' the network, its layer sizes and one activation per layer after the first.
#' @param data the data file's path
#' @param X features x examples matrix of the training examples
#' @param classes read_dataset's class names, or a count K for the classes 0..K-1
#' @param held_out the number of the file's examples set aside, not in X
#' @param layer_dims the layer sizes of one network, or a list of several networks' sizes
#' @param activations one activation per layer after the first, or a list of several networks' (networks:
#'   ..., apart by semicolons)
format_run <- function(data, X, classes, held_out, layer_dims, activations) {
  if (!(is.character(data) && length(data) == 1 && !is.na(data) && nzchar(data))) {
    .stop("format_run: data must be a file's path, got %s", value_text(data))
  }
  check_matrix("format_run", "X", X)
  names <- .class_names(classes)
  check_count("format_run", "held_out", held_out)
  networks <- .networks(layer_dims, activations)
  m <- ncol(X) + held_out
  labels <- sapply(seq_along(names) - 1, function(k) {
    if (names[k + 1] == as.character(k)) as.character(k) else sprintf("%d = %s", k, value_text(names[k + 1]))
  })
  lines <- c(sprintf("data: %s, %s examples of %d features", value_text(basename(data)), value_text(m), nrow(X)),
             paste0("classes: ", paste(labels, collapse = ", ")))
  if (held_out > 0) lines <- c(lines, sprintf("held out: %s of %s examples, not trained on", value_text(held_out),
                                              value_text(m)))
  shapes <- vapply(networks, function(network) {
    paste0(paste(network$dims, collapse = "-"), ", ", paste(network$activations, collapse = "/"))
  }, "")
  lines <- c(lines, paste0(if (length(networks) == 1) "network" else "networks", ": ", paste(shapes, collapse = "; ")))
  paste(lines, collapse = "\n")
}

# read_dataset's class names, or a count K: the names 0..K-1.
.class_names <- function(classes) {
  if (.is_number(classes) && is.finite(classes) && classes >= 1 && classes == floor(classes)) {
    return(as.character(seq_len(classes) - 1))
  }
  if (is.character(classes) && length(classes) > 0 && !anyNA(classes) && !anyDuplicated(classes)) return(classes)
  .stop("format_run: classes must be a list of distinct names or a positive integer, got %s", value_text(classes))
}

# list(list(dims, activations)) for one network or a list of several, each checked.
.networks <- function(layer_dims, activations) {
  if (is.list(layer_dims) && length(layer_dims) > 0) {
    if (!(is.list(activations) && length(activations) == length(layer_dims))) {
      .stop("format_run: activations must hold a list for each of the %d networks of layer_dims", length(layer_dims))
    }
  } else {
    layer_dims <- list(layer_dims)
    activations <- list(activations)
  }
  Map(function(dims, acts) {
    check_layer_dims("format_run", dims)
    if (!is.character(acts) || length(acts) != length(dims) - 1) {
      .stop("format_run: activations must name %d layers, got %s", length(dims) - 1, value_text(acts))
    }
    for (activation in acts) check_activation("format_run", activation)
    list(dims = as.integer(dims), activations = acts)
  }, layer_dims, activations)
}
