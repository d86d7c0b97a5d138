#' The full-batch experiment that chapters 2-4 share: train on a data set, report, plot.
#'
#' Trains network with config on options$data (its labels in column options$label_column), from
#' rng_seed(options$seed), with options$hidden hidden layer sizes. With options$test_fraction > 0 that
#' share of the examples is held out (prepare_split, from the same generator) and tested;
#' options$standardize scales the features by the training examples' means and deviations. Prints the
#' run's record (format_run), the cost lines, the accuracies, a collapse warning if training collapsed,
#' and the confusion matrix and metrics (of the test examples when held out); writes
#' <chapter>_cost_r.png and, for two features, <chapter>_boundary_r.png and <chapter>_data_r.png (the raw data) into options$out (for more, one
#' line says that no boundary is drawn); with options$save_model, saves the network there (save_model)
#' with the class names and the standardisation statistics.
#' Every check runs before anything is written.
#' @param options named list with data, label_column, test_fraction, standardize, hidden, seed, out and
#'   save_model (parse_options)
#' @param network named list: chapter (the chapter's key, for the plot files), title (with {shape} where
#'   the layer sizes go) and activations (the hidden layers' and the output's)
#' @param config from train_config
run_experiment <- function(options, network, config) {
  hidden_activation <- network$activations[1]
  output <- network$activations[2]
  data <- read_dataset(options$data, options$label_column)
  check_classes(options$data, data$classes, output)
  n_classes <- length(data$classes)
  hidden <- as.numeric(options$hidden)
  activations <- c(rep(hidden_activation, length(hidden)), output)
  layer_dims <- c(nrow(data$X), hidden, if (output == "sigmoid") 1 else n_classes)
  prepared <- prepare_split(data$X, data$Y, options$test_fraction, isTRUE(options$standardize), rng_seed(options$seed))
  X <- prepared$X_train
  Y <- prepared$Y_train
  X_test <- prepared$X_test
  Y_test <- prepared$Y_test
  stats <- prepared$stats
  rng <- prepared$rng
  cat(format_run(options$data, X, data$classes, if (is.null(X_test)) 0 else ncol(X_test), layer_dims, activations),
      "\n", sep = "")
  fit <- train(X, Y, layer_dims, activations, rng, config)
  Y_hat <- predict_labels(X, fit$parameters, activations)
  cat(sprintf("train accuracy: %.4f\n", accuracy(Y, Y_hat)))
  warning <- collapse_warning(fit$costs, Y_hat, n_classes)
  Y_shown <- Y
  Y_shown_hat <- Y_hat
  if (!is.null(X_test)) {
    Y_shown <- Y_test
    Y_shown_hat <- predict_labels(X_test, fit$parameters, activations)
    cat(sprintf("test accuracy: %.4f\n", accuracy(Y_shown, Y_shown_hat)))
  }
  if (warning != "") cat(warning, "\n", sep = "")
  counts <- confusion_matrix(Y_shown, Y_shown_hat, n_classes)
  cat(format_confusion_matrix(counts), "\n", sep = "")
  cat(format_metrics(classification_metrics(counts)), "\n", sep = "")
  title <- paste0(sub("{shape}", paste(layer_dims, collapse = "-"), network$title, fixed = TRUE), " (R)")
  plot_costs(fit$costs, file.path(options$out, paste0(network$chapter, "_cost_r.png")), title)
  if (nrow(X) == 2) {
    plot_decision_boundary(X, Y, fit$parameters, activations,
                           file.path(options$out, paste0(network$chapter, "_boundary_r.png")), title)
    plot_data(X, Y, file.path(options$out, paste0(network$chapter, "_data_r.png")),
              sprintf("The data: %s (R)", basename(options$data)))
  } else {
    cat(sprintf("no decision boundary: the data has %d features and the picture draws 2\n", nrow(X)))
  }
  if (!is.null(options$save_model)) {
    save_model(options$save_model, fit$parameters, activations, stats = stats, classes = data$classes,
               scaling = "none")
    cat(sprintf("model saved to %s\n", options$save_model))
  }
}
