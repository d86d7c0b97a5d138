#' The full-batch experiment that chapters 2-4 share: train on a whole data set, report, plot.
#'
#' Trains network with config on all of options$data, from rng_seed(options$seed); prints the cost
#' lines, training accuracy and confusion matrix, and writes <chapter>_cost_r.png and
#' <chapter>_boundary_r.png into options$out; with options$save_model, saves the network there (save_model).
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
  cat(format_confusion_matrix(confusion_matrix(Y, Y_hat, n_classes)), "\n", sep = "")
  title <- paste0(network$title, " (R)")
  plot_costs(fit$costs, file.path(options$out, paste0(network$chapter, "_cost_r.png")), title)
  plot_decision_boundary(X, Y, fit$parameters, activations,
                         file.path(options$out, paste0(network$chapter, "_boundary_r.png")), title)
  if (!is.null(options$save_model)) {
    save_model(options$save_model, fit$parameters, activations, scaling = "none")
    cat(sprintf("model saved to %s\n", options$save_model))
  }
}
