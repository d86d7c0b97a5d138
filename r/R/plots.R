# Plots, written as PNG atomically.

#' Cost against iteration.
#' @param costs numeric vector, costs[i + 1] at iteration i
#' @param path the PNG file to write
#' @param title the plot's title
plot_costs <- function(costs, path, title) {
  data <- data.frame(iteration = seq_along(costs) - 1, cost = as.numeric(costs))
  plot <- ggplot(data, aes(x = .data$iteration, y = .data$cost)) +
    geom_line() +
    labs(x = "iteration", y = "cost", title = title)
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
plot_decision_boundary <- function(X, Y, parameters, activations, path, title) {
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
