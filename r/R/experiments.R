#' The full-batch experiment that chapters 2-4 share: train on a whole data set, report, plot.
#'
#' Trains a network with the given hidden layer sizes on options$data (all of it), prints the
#' cost lines, training accuracy and confusion matrix, and writes <chapter>_cost_r.png and
#' <chapter>_boundary_r.png into options$out.
run_experiment <- function(options, n_classes, hidden, activations, init, print_every, chapter, title) {
  data <- load_dataset(options$data, n_classes = n_classes)
  X <- data$X
  Y <- data$Y
  n_out <- if (activations[length(activations)] == "sigmoid") 1 else n_classes
  config <- train_config(learning_rate = options$learning_rate, iterations = options$iterations, init = init,
                         print_every = print_every)
  fit <- train(X, Y, c(nrow(X), hidden, n_out), activations, rng_seed(options$seed), config)
  Y_hat <- predict_labels(X, fit$parameters, activations)
  cat(sprintf("train accuracy: %.4f\n", accuracy(Y, Y_hat)))
  cat(format_confusion_matrix(confusion_matrix(Y, Y_hat, n_classes)), "\n", sep = "")
  plot_costs(fit$costs, file.path(options$out, paste0(chapter, "_cost_r.png")), paste0(title, " (R)"))
  plot_decision_boundary(X, Y, fit$parameters, activations,
                         file.path(options$out, paste0(chapter, "_boundary_r.png")), paste0(title, " (R)"))
}
