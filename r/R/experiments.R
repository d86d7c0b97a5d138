#' The full-batch experiment that chapters 2-4 share: train on a whole data set, report, plot.
#'
#' Trains network with config on all of options$data, from rng_seed(options$seed); prints the cost
#' lines, training accuracy, confusion matrix and metrics, and writes <chapter>_cost_r.png,
#' <chapter>_boundary_r.png and <chapter>_data_r.png (the raw data) into options$out.
#' @param options named list with data, seed and out (parse_options)
#' @param network named list: chapter (the chapter's key, for the plot files), title, classes, hidden (the
#'   hidden layer sizes) and activations (one per layer)
#' @param config from train_config
run_experiment <- function(options, network, config) {
  n_classes <- network$classes
  activations <- network$activations
  data <- load_dataset(options$data, n_classes = n_classes)
  X <- data$X
  Y <- data$Y
  n_out <- if (activations[length(activations)] == "sigmoid") 1 else n_classes
  fit <- train(X, Y, c(nrow(X), network$hidden, n_out), activations, rng_seed(options$seed), config)
  Y_hat <- predict_labels(X, fit$parameters, activations)
  cat(sprintf("train accuracy: %.4f\n", accuracy(Y, Y_hat)))
  counts <- confusion_matrix(Y, Y_hat, n_classes)
  cat(format_confusion_matrix(counts), "\n", sep = "")
  cat(format_metrics(classification_metrics(counts)), "\n", sep = "")
  title <- paste0(network$title, " (R)")
  plot_costs(fit$costs, file.path(options$out, paste0(network$chapter, "_cost_r.png")), title)
  plot_decision_boundary(X, Y, fit$parameters, activations,
                         file.path(options$out, paste0(network$chapter, "_boundary_r.png")), title)
  plot_data(X, Y, file.path(options$out, paste0(network$chapter, "_data_r.png")),
            sprintf("The data: %s (R)", basename(options$data)))
}
