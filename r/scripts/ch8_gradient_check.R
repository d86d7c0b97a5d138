# Chapter 8: gradient checking: backpropagation against centred differences, for several networks.

# The repository is three folders above this file (r/scripts/ch8_gradient_check.R);
# Rscript passes the file as --file=PATH, with spaces written as ~+~.
.script_file <- function() {
  file_arg <- grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE)[1]
  normalizePath(gsub("~+~", " ", sub("^--file=", "", file_arg), fixed = TRUE))
}

REPO <- dirname(dirname(dirname(.script_file())))
# In a checkout, the dlfp that make setup installed into build/rlib; elsewhere (a script installed
# with the package) whatever dlfp R finds on its library path, and run_script uses its tables and data.
if (file.exists(file.path(REPO, "tables", "chapters.json"))) .libPaths(c(file.path(REPO, "build", "rlib"), .libPaths()))
suppressPackageStartupMessages(library(dlfp))

THRESHOLD <- 1e-7
# (hidden sizes, activations, lambd): sigmoid outputs learn class 0 against the rest.
NETWORKS <- list(
  list(hidden = 4, activations = c("relu", "sigmoid"), lambd = 0),
  list(hidden = 3, activations = c("relu", "softmax"), lambd = 0),
  list(hidden = c(5, 4), activations = c("tanh", "sigmoid", "softmax"), lambd = 0.7),
  list(hidden = c(5, 4), activations = c("sigmoid", "tanh", "sigmoid"), lambd = 0.3)
)

# The output layer's size: one unit for sigmoid, one per class for softmax.
output_size <- function(activations, n_classes) if (activations[length(activations)] == "sigmoid") 1 else n_classes

describe <- function(X, hidden, activations, lambd, n_classes) {
  sizes <- paste(c(nrow(X), hidden, output_size(activations, n_classes)), collapse = "-")
  paste0(sizes, " ", paste(activations, collapse = ", "), if (lambd != 0) sprintf(", L2 lambd %g", lambd) else "")
}

verdict <- function(label, difference, worst) {
  result <- if (difference < THRESHOLD) "pass" else sprintf("FAIL (largest gap in %s)", worst)
  cat(sprintf("%s: relative difference: %.3e, %s\n", label, difference, result))
  data.frame(label = label, difference = difference)
}

main <- function(options) {
  data <- read_dataset(options$data, options$label_column)
  check_classes(options$data, data$classes, "softmax")
  prepared <- prepare_split(data$X, data$Y, 0, isTRUE(options$standardize), rng_seed(options$seed))
  X <- prepared$X_train
  Y <- prepared$Y_train
  n_classes <- length(data$classes)
  cat(format_run(options$data, X, data$classes, 0,
                 lapply(NETWORKS, function(net) c(nrow(X), net$hidden, output_size(net$activations, n_classes))),
                 lapply(NETWORKS, function(net) net$activations)), "\n", sep = "")
  cat(sprintf("backpropagation against centred differences (epsilon 1e-7) after %d iterations of training on %d points; below %g passes\n",
              options$iterations, ncol(X), THRESHOLD))
  rng <- prepared$rng
  checks <- NULL
  for (net in NETWORKS) {
    labels <- if (net$activations[length(net$activations)] == "sigmoid") (Y == 0) * 1 else Y
    dims <- c(nrow(X), net$hidden, output_size(net$activations, n_classes))
    config <- train_config(learning_rate = options$learning_rate, iterations = options$iterations, init = "he",
                           lambd = net$lambd)
    fit <- train(X, labels, dims, net$activations, rng, config)
    rng <- fit$rng
    check <- gradient_check(X, labels, fit$parameters, net$activations, lambd = net$lambd)
    checks <- rbind(checks, verdict(describe(X, net$hidden, net$activations, net$lambd, n_classes), check$difference,
                                    check$worst))
    if (identical(net$hidden, 3)) {
      # The model to save: this network classifies the data's own classes.
      saved <- list(parameters = fit$parameters, activations = net$activations)
      cache <- forward_propagation(X, fit$parameters, net$activations)$cache
      grads <- backward_propagation(Y, fit$parameters, cache, net$activations)
      # The output layer's gradients with the wrong sign (dZ2 = Y - A2): unlike the book's db1 not
      # divided by m, it shows on any data, even where every relu unit is dead and db1 is 0.
      grads$dW2 <- -grads$dW2
      grads$db2 <- -grads$db2
      check <- gradient_check(X, Y, fit$parameters, net$activations, grads = grads)
      checks <- rbind(checks, verdict(paste0(describe(X, net$hidden, net$activations, net$lambd, n_classes),
                                             " with dW2 and db2 of the wrong sign (a planted bug)"),
                                      check$difference, check$worst))
    }
  }
  plot_differences(checks$label, checks$difference, THRESHOLD, file.path(options$out, "ch8_differences_r.png"),
                   "Chapter 8: gradient checks (R)")
  if (!is.null(options$save_model)) {
    save_model(options$save_model, saved$parameters, saved$activations, stats = prepared$stats, classes = data$classes,
               scaling = "none")
    cat(sprintf("model saved to %s\n", options$save_model))
  }
}

run_script(main, "ch8", REPO)
