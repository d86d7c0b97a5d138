# Plots, written as PNG atomically. Every check comes before anything is drawn or written.

# value's numbers as a plain vector, or NULL if it holds anything else. NaN and Inf are numbers
# here: a diverged run's curve is still worth drawing.
.numbers <- function(value) if (is.numeric(value)) as.numeric(value) else NULL

.check_curve <- function(caller, name, costs) {
  values <- .numbers(costs)
  if (length(values) == 0) .stop("%s: %s must hold at least one number", caller, name)
  values
}

# values (numbers or labels) must number n, one for each of the n things.
.check_count_matches <- function(caller, name, values, n, things) {
  if (length(values) != n) {
    .stop("%s: %s must %s the %d %s, got %d", caller, name, if (name == "labels") "name" else "hold", n, things,
          length(values))
  }
}

#' Cost against iteration (or epoch).
#' @param costs numeric vector, costs[i + 1] at iteration i
#' @param path the PNG file to write
#' @param title the plot's title
#' @param xlabel the x axis's label
plot_costs <- function(costs, path, title, xlabel = "iteration") {
  costs <- .check_curve("plot_costs", "costs", costs)
  data <- data.frame(iteration = seq_along(costs) - 1, cost = as.numeric(costs))
  plot <- ggplot(data, aes(x = .data$iteration, y = .data$cost)) +
    geom_line() +
    labs(x = xlabel, y = "cost", title = title)
  write_atomically(path, function(tmp) ggsave(tmp, plot, width = 6, height = 4, dpi = 100))
}

GRID <- 200
CLASS_COLOURS <- c("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd",
                   "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf")

#' Predicted class over a GRID x GRID grid around the 2-D data, with the data on top.
#' @param X 2 x m features, Y 1 x m labels
#' @param parameters, activations a trained network, as for predict_labels
#' @param path the PNG file to write
#' @param title the plot's title
#' @param Y 1 x m matrix of labels 0..K-1, drawn as the points' colours
#' @param activations character vector of L activation names, one per layer
plot_decision_boundary <- function(X, Y, parameters, activations, path, title) {
  caller <- "plot_decision_boundary"
  check_examples(caller, X, Y)
  if (nrow(X) != 2) .stop("%s: X must have 2 rows, the two features drawn, got %d", caller, nrow(X))
  check_layers(caller, X, parameters, activations)
  check_labels(caller, Y, ncol(X), output_classes(parameters, activations))
  lo <- apply(X, 1, min) - 0.5
  hi <- apply(X, 1, max) + 0.5
  x1 <- seq(lo[1], hi[1], length.out = GRID)
  x2 <- seq(lo[2], hi[2], length.out = GRID)
  grid <- expand.grid(x1 = x1, x2 = x2)
  labels <- predict_labels(rbind(grid$x1, grid$x2), parameters, activations)
  n_classes <- as.integer(max(Y, labels)) + 1
  colours <- CLASS_COLOURS[seq_len(n_classes)]
  names(colours) <- as.character(seq_len(n_classes) - 1)
  classes <- function(values) factor(as.integer(values), levels = seq_len(n_classes) - 1)
  regions <- data.frame(x1 = grid$x1, x2 = grid$x2, class = classes(labels))
  points <- data.frame(x1 = X[1, ], x2 = X[2, ], class = classes(Y))
  plot <- ggplot() +
    geom_raster(data = regions, aes(x = .data$x1, y = .data$x2, fill = .data$class), alpha = 0.3) +
    geom_point(data = points, aes(x = .data$x1, y = .data$x2, fill = .data$class),
               shape = 21, size = 1.5, colour = "black", stroke = 0.3) +
    scale_fill_manual(values = colours, drop = FALSE, name = "class") +
    coord_cartesian(xlim = c(lo[1], hi[1]), ylim = c(lo[2], hi[2]), expand = FALSE) +
    labs(x = "x1", y = "x2", title = title)
  write_atomically(path, function(tmp) ggsave(tmp, plot, width = 6, height = 5, dpi = 100))
}

#' The raw 2-D data, each example a point in its class's colour (the book's first figure), with a legend.
#' @param X 2 x m features
#' @param Y 1 x m labels, 0..9
#' @param path the PNG file to write
#' @param title the plot's title
plot_data <- function(X, Y, path, title) {
  caller <- "plot_data"
  check_examples(caller, X, Y)
  if (nrow(X) != 2) .stop("%s: X must have 2 rows, the two features drawn, got %d", caller, nrow(X))
  check_labels(caller, Y, ncol(X), length(CLASS_COLOURS))
  n_classes <- if (length(Y)) as.integer(max(Y)) + 1 else 0
  colours <- CLASS_COLOURS[seq_len(n_classes)]
  names(colours) <- paste("class", seq_len(n_classes) - 1)
  points <- data.frame(x1 = X[1, ], x2 = X[2, ], class = factor(paste("class", Y[1, ]), levels = names(colours)))
  plot <- ggplot(points, aes(x = .data$x1, y = .data$x2, fill = .data$class)) +
    geom_point(shape = 21, size = 1.5, colour = "black", stroke = 0.3) +
    scale_fill_manual(values = colours, name = NULL) +
    labs(x = "x1", y = "x2", title = title)
  write_atomically(path, function(tmp) ggsave(tmp, plot, width = 6, height = 5, dpi = 100))
}

#' Several cost curves on one log-scaled axis, one legend entry per label.
#' @param curves list of numeric vectors, as for plot_costs
#' @param labels character vector, one per curve
#' @param path the PNG file to write
#' @param title the plot's title
#' @param xlabel the x axis's label
plot_cost_curves <- function(curves, labels, path, title, xlabel = "iteration") {
  if (!is.list(curves) || length(curves) == 0) .stop("plot_cost_curves: curves must hold at least one curve")
  curves <- lapply(curves, function(costs) .check_curve("plot_cost_curves", "every curve", costs))
  .check_count_matches("plot_cost_curves", "labels", labels, length(curves), "curves")
  data <- do.call(rbind, lapply(seq_along(curves), function(k) {
    data.frame(iteration = seq_along(curves[[k]]) - 1, cost = as.numeric(curves[[k]]), curve = labels[k])
  }))
  # A factor keeps the legend in the curves' order rather than alphabetical.
  data$curve <- factor(data$curve, levels = unique(labels))
  colours <- CLASS_COLOURS[(seq_along(labels) - 1) %% length(CLASS_COLOURS) + 1]
  plot <- ggplot(data, aes(x = .data$iteration, y = .data$cost, colour = .data$curve)) +
    geom_line() +
    scale_y_log10() +
    scale_colour_manual(values = colours, name = NULL) +
    labs(x = xlabel, y = "cost", title = title)
  write_atomically(path, function(tmp) ggsave(tmp, plot, width = 7, height = 4.5, dpi = 100))
}

#' A series and averages of it against t = 1, 2, ...: exponential_average's picture.
#' @param values numeric vector or 1 x n matrix, drawn as points
#' @param averages list of series as long as values, drawn as lines
#' @param labels character vector, one per average
#' @param path the PNG file to write
#' @param title the plot's title
plot_averages <- function(values, averages, labels, path, title) {
  series <- .check_curve("plot_averages", "values", values)
  if (!is.list(averages) || length(averages) == 0) .stop("plot_averages: averages must hold at least one average")
  lines <- lapply(averages, .numbers)
  if (any(vapply(lines, function(line) length(line) != length(series), TRUE))) {
    .stop("plot_averages: every average must hold %d numbers, one per value", length(series))
  }
  .check_count_matches("plot_averages", "labels", labels, length(lines), "averages")
  t <- seq_along(series)
  data <- do.call(rbind, lapply(seq_along(lines), function(k) data.frame(t = t, value = lines[[k]], line = labels[k])))
  data$line <- factor(data$line, levels = unique(labels))
  colours <- CLASS_COLOURS[seq_along(labels) %% length(CLASS_COLOURS) + 1]
  plot <- ggplot() +
    geom_point(data = data.frame(t = t, value = series), aes(x = .data$t, y = .data$value), colour = "#7f7f7f",
               size = 0.8) +
    geom_line(data = data, aes(x = .data$t, y = .data$value, colour = .data$line)) +
    scale_colour_manual(values = colours, name = NULL) +
    labs(x = "t", y = "value", title = title)
  write_atomically(path, function(tmp) ggsave(tmp, plot, width = 7, height = 4.5, dpi = 100))
}

#' Validation accuracy against learning rate (log scale), one colour per search round.
#' @param learning_rates,accuracies lists of numeric vectors (or 1 x n matrices), one per round
#' @param labels character vector, one per round
#' @param path the PNG file to write
#' @param title the plot's title
plot_search <- function(learning_rates, accuracies, labels, path, title) {
  if (!is.list(learning_rates) || length(learning_rates) == 0) {
    .stop("plot_search: learning_rates must hold at least one round")
  }
  .check_count_matches("plot_search", "accuracies", accuracies, length(learning_rates), "rounds")
  .check_count_matches("plot_search", "labels", labels, length(learning_rates), "rounds")
  for (k in seq_along(learning_rates)) {
    rates <- .numbers(learning_rates[[k]])
    scores <- .numbers(accuracies[[k]])
    if (is.null(rates) || !isTRUE(all(rates > 0))) .stop("plot_search: learning_rates must be positive numbers")
    if (is.null(scores) || length(scores) != length(rates)) {
      .stop("plot_search: accuracies must hold one number per learning rate")
    }
  }
  data <- do.call(rbind, lapply(seq_along(labels), function(k) {
    data.frame(rate = as.numeric(learning_rates[[k]]), accuracy = as.numeric(accuracies[[k]]), round = labels[k])
  }))
  # A factor keeps the legend in the rounds' order rather than alphabetical.
  data$round <- factor(data$round, levels = unique(labels))
  colours <- CLASS_COLOURS[(seq_along(labels) - 1) %% length(CLASS_COLOURS) + 1]
  plot <- ggplot(data, aes(x = .data$rate, y = .data$accuracy, colour = .data$round)) +
    geom_point(size = 1.5) +
    scale_x_log10() +
    scale_colour_manual(values = colours, name = NULL) +
    labs(x = "learning rate", y = "validation accuracy", title = title)
  write_atomically(path, function(tmp) ggsave(tmp, plot, width = 6, height = 4, dpi = 100))
}

#' Gradient checks' relative differences as horizontal bars on a log scale, with the pass
#' threshold as a dashed vertical line: bars left of it pass.
#' @param labels one label per check
#' @param differences the relative differences
#' @param threshold the pass threshold
#' @param path the PNG file to write
#' @param title the plot's title
plot_differences <- function(labels, differences, threshold, path, title) {
  values <- .check_curve("plot_differences", "differences", differences)
  .check_count_matches("plot_differences", "labels", labels, length(values), "differences")
  check_positive("plot_differences", "threshold", threshold)
  # A factor in reverse keeps the first check on top, as Python draws it.
  data <- data.frame(label = factor(labels, levels = rev(labels)), value = values,
                     verdict = ifelse(values < threshold, "pass", "fail"))
  # On a log axis a bar needs a base: a decade below the smallest value.
  base <- 10^(floor(log10(min(values, threshold))) - 1)
  plot <- ggplot(data, aes(y = .data$label, x = base, xend = .data$value, yend = .data$label,
                           colour = .data$verdict)) +
    geom_segment(linewidth = 8) +
    geom_vline(xintercept = threshold, linetype = "dashed") +
    scale_x_log10() +
    scale_colour_manual(values = c(pass = CLASS_COLOURS[3], fail = CLASS_COLOURS[2]), guide = "none") +
    labs(x = "relative difference", y = NULL, title = title)
  write_atomically(path, function(tmp) ggsave(tmp, plot, width = 9, height = 0.5 * length(labels) + 1.5, dpi = 100))
}

#' The first (up to) 16 digits of X in a 4 x 4 grid, each titled "label -> predicted",
#' red where wrong.
#' @param X MNIST_PIXELS x m matrix, pixels in [0, 1], the rows of the 28 x 28 image one after another
#' @param Y,Y_hat 1 x m matrices of true and predicted labels
#' @param path the PNG file to write
#' @param title the plot's title
plot_digits <- function(X, Y, Y_hat, path, title) {
  check_examples("plot_digits", X, Y)
  # matrix() would recycle a short column without an error.
  if (nrow(X) != MNIST_PIXELS) .stop("plot_digits: X must have %d rows (28 x 28 pixels)", MNIST_PIXELS)
  if (!identical(dim(Y_hat), dim(Y))) {
    .stop("plot_digits: Y and Y_hat must have the same shape, got %s and %s", value_text(Y, shape = TRUE),
          value_text(Y_hat, shape = TRUE))
  }
  n <- min(ncol(X), 16)
  # Digit k (0-based) goes to grid row k %/% 4, column k %% 4; each cell is a 28 x 28
  # image with a gap of 4 to its right and a title band of 10 above it; y points up.
  left <- ((seq_len(n) - 1) %% 4) * 32
  top <- -((seq_len(n) - 1) %/% 4) * 38
  wrong <- Y[1, seq_len(n)] != Y_hat[1, seq_len(n)]
  titles <- data.frame(x = left + 14, y = top - 6,
                       label = sprintf("%d -> %d", as.integer(Y[1, seq_len(n)]), as.integer(Y_hat[1, seq_len(n)])),
                       colour = ifelse(wrong, "#d62728", "black"))
  plot <- ggplot() +
    geom_text(data = titles, aes(x = .data$x, y = .data$y, label = .data$label, colour = .data$colour),
              size = 3.5) +
    scale_colour_identity() +
    coord_fixed(xlim = c(0, 4 * 32), ylim = c(-4 * 38, 0), expand = FALSE) +
    labs(title = title) +
    theme_void() +
    theme(plot.title = element_text(hjust = 0.5), plot.background = element_rect(fill = "white", colour = NA))
  for (k in seq_len(n)) {
    # Grey levels from white (0) to black (1), as matplotlib's gray_r with vmin 0, vmax 1.
    ink <- pmin(pmax(matrix(X[, k], 28, 28, byrow = TRUE), 0), 1)
    plot <- plot + annotation_raster(as.raster(1 - ink), xmin = left[k], xmax = left[k] + 28,
                                     ymin = top[k] - 38, ymax = top[k] - 10, interpolate = FALSE)
  }
  write_atomically(path, function(tmp) ggsave(tmp, plot, width = 6, height = 6.6, dpi = 100))
}
