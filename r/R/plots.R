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
