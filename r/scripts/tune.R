# Hyper-parameter tuning (the lectures' last part): random search, then a finer search around the best.

# The repository is three folders above this file (r/scripts/tune.R);
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

HIDDEN_LAYERS <- 1
# The first round's ranges; the second round searches around the first round's best.
RANGES <- list(learning_rate = c(1e-3, 1e-1), hidden = c(5, 100), lambd = c(1e-4, 1e-1), keep_prob = c(0.7, 1.0),
               batch_size = c(16, 128), beta1 = c(0.8, 0.99), beta2 = c(0.99, 0.9999))

describe <- function(values) {
  sprintf(paste("learning_rate %.3e, hidden %d, lambd %.3e, keep_prob %.3f, batch_size %d, beta1 %.4f,",
                "beta2 %.5f"), values$learning_rate, as.integer(values$hidden), values$lambd, values$keep_prob,
          as.integer(values$batch_size), values$beta1, values$beta2)
}

main <- function(options) {
  if (options$test_fraction == 0) {
    stop(sprintf("--test-fraction must be above 0 (the trials are compared on held-out examples), got %s",
                 value_text(options$test_fraction)), call. = FALSE)
  }
  data <- read_dataset(options$data, options$label_column)
  check_classes(options$data, data$classes, "softmax")
  split <- prepare_split(data$X, data$Y, options$test_fraction, isTRUE(options$standardize), rng_seed(options$seed))
  rng <- split$rng
  n <- options$trials
  # Two classes: one sigmoid output (run_trial).
  outputs <- if (length(data$classes) > 2) length(data$classes) else 1
  cat(sprintf(paste("random search for a %d-h-%d relu network: %d training points, %d validation points,",
                    "2 rounds of %d trials of %d epochs with Adam\n"),
              nrow(data$X), as.integer(outputs), ncol(split$X_train), ncol(split$X_test), as.integer(n),
              as.integer(options$iterations)))
  space <- RANGES
  first <- 0
  all_candidates <- list()
  all_results <- list()
  for (round_number in 1:2) {
    draw <- sample_candidates(space, n, rng)
    candidates <- draw$candidates
    rng <- draw$rng
    results <- random_search(split$X_train, split$Y_train, split$X_test, split$Y_test, candidates, HIDDEN_LAYERS,
                             options$iterations, options$seed + first)
    cat(sprintf("round %d\n", round_number))
    cat(format_trials(candidates, results, first + 1), "\n", sep = "")
    best <- best_trial(results)
    cat(sprintf("best of round %d: trial %d, validation accuracy %.4f\n", round_number, as.integer(first + best + 1),
                results[1, best + 1]))
    all_candidates[[round_number]] <- candidates
    all_results[[round_number]] <- results
    space <- narrow_space(RANGES, candidate(candidates, best))
    first <- first + n
  }
  best <- best_trial(do.call(cbind, all_results))
  cat(sprintf("best: trial %d: %s\n", as.integer(best + 1), describe(candidate(all_candidates[[best %/% n + 1]],
                                                                               best %% n))))
  # The best trial's network.
  cat(format_run(options$data, split$X_train, data$classes, ncol(split$X_test),
                 c(nrow(data$X), rep(candidate(all_candidates[[best %/% n + 1]], best %% n)$hidden, HIDDEN_LAYERS),
                   outputs), c(rep("relu", HIDDEN_LAYERS), if (outputs > 1) "softmax" else "sigmoid")), "\n", sep = "")
  plot_search(lapply(all_candidates, function(candidates) candidates$learning_rate),
              lapply(all_results, function(results) results[1, ]), c("round 1", "round 2"),
              file.path(options$out, "tune_search_r.png"), "Validation accuracy against learning rate (R)")
  if (!is.null(options$save_model)) {
    # The best trial's network, trained again from its seed.
    net <- train_trial(split$X_train, split$Y_train, candidate(all_candidates[[best %/% n + 1]], best %% n),
                       HIDDEN_LAYERS, options$iterations, options$seed + best)
    save_model(options$save_model, net$parameters, net$activations, stats = split$stats, classes = data$classes,
               scaling = "none")
    cat(sprintf("model saved to %s\n", options$save_model))
  }
}

# Python's --workers and --scheduler have no R counterpart: R runs the trials one after another.
run_script(main, "tune", REPO)
