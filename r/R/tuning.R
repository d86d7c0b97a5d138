# Hyper-parameter tuning: random search over ranges, then a finer search around the best candidate.

#' The hyper-parameters, in the order they are sampled, each from n uniforms of the portable
#' generator: log scale for learning_rate and lambd, 1 - beta on a log scale for beta1 and beta2,
#' whole numbers for hidden, powers of two for batch_size, uniform for keep_prob.
SPACE <- c("learning_rate", "hidden", "lambd", "keep_prob", "batch_size", "beta1", "beta2")

# Each hyper-parameter's rule for its range, as the message words it.
.SPACE_RULES <- c(learning_rate = "positive", hidden = "whole numbers from 1", lambd = "positive, or both 0",
                  keep_prob = "in (0, 1]", batch_size = "powers of two", beta1 = "in [0, 1)", beta2 = "in [0, 1)")

.range_ok <- function(name, low, high) {
  switch(name,
         learning_rate = low > 0,
         hidden = low >= 1 && low == trunc(low) && high == trunc(high),
         lambd = low > 0 || high == 0,
         keep_prob = low > 0 && high <= 1,
         batch_size = low >= 1 && log2(low) == trunc(log2(low)) && log2(high) == trunc(log2(high)),
         low >= 0 && high < 1)
}

#' Refuse a search space without a c(low, high) range (low <= high) that suits each hyper-parameter.
#' @param space named list of c(low, high) for every name in SPACE
#' @param caller the calling function's name, which starts the message
check_space <- function(caller, space) {
  for (name in SPACE) {
    bounds <- if (is.list(space)) space[[name]] else NULL
    if (!is.numeric(bounds) || length(bounds) != 2 || !all(is.finite(bounds)) || bounds[1] > bounds[2]) {
      .stop("%s: space must give %s as [low, high] with low <= high", caller, name)
    }
    if (!.range_ok(name, bounds[1], bounds[2])) {
      .stop("%s: the %s range must be %s, got %s", caller, name, .SPACE_RULES[[name]], value_text(bounds))
    }
  }
  invisible(space)
}

#' Refuse anything but a named list with finite numbers for every name in SPACE, all of one
#' length n >= 1 (n = 1 if single: one candidate).
#' @param candidates named list, as from sample_candidates() (or candidate() if single)
#' @param caller the calling function's name, which starts the message
#' @param name the argument named in the message
#' @param single TRUE when one candidate (a named list of numbers) is checked
#' @return n
check_candidates <- function(caller, name, candidates, single = FALSE) {
  sizes <- vapply(SPACE, function(key) {
    value <- if (is.list(candidates)) candidates[[key]] else NULL
    if (is.numeric(value) && all(is.finite(value))) length(value) else 0L
  }, 0L)
  n <- if (all(sizes == sizes[1])) sizes[1] else 0L
  if (n < 1 || (single && n != 1)) {
    each <- if (single) "one number each" else "the same number of numbers each"
    .stop("%s: %s must hold learning_rate, hidden, lambd, keep_prob, batch_size, beta1 and beta2, %s",
          caller, name, each)
  }
  unname(n)
}

# R's vectorised exp and log are glibc's, as Python's math module, so the languages agree bit for bit.
.log_uniform <- function(u, low, high) exp(log(low) + u * (log(high) - log(low)))

#' n candidates drawn from the ranges of space, one rng_uniform(rng, 1, n) per name in SPACE order.
#' @param space named list of c(low, high) for every name in SPACE
#' @param n the number of candidates, a whole number >= 0
#' @param rng generator state (rng_seed)
#' @return list(candidates = named list of 1 x n matrices, rng = new state)
sample_candidates <- function(space, n, rng) {
  check_space("sample_candidates", space)
  if (!(.is_number(n) && is.finite(n) && n >= 1 && n == floor(n))) {
    .stop("sample_candidates: n must be a positive integer, got %s", value_text(n))
  }
  candidates <- list()
  for (name in SPACE) {
    low <- space[[name]][1]
    high <- space[[name]][2]
    draw <- rng_uniform(rng, 1, n)
    u <- draw$values
    rng <- draw$rng
    candidates[[name]] <- switch(name,
      learning_rate = , lambd = if (high == 0) u * 0 else .log_uniform(u, low, high),
      hidden = floor(low + u * (high - low + 1)),
      batch_size = 2^floor(log2(low) + u * (log2(high) - log2(low) + 1)),
      keep_prob = low + u * (high - low),
      1 - .log_uniform(u, 1 - high, 1 - low))
  }
  list(candidates = candidates, rng = rng)
}

#' The second, finer round's ranges: around the best candidate's values, within space:
#' learning_rate and lambd x/÷ 3, hidden x/÷ 2, batch_size x/÷ 2, keep_prob ± 0.1, 1 - beta x/÷ 3.
#' @param best named list of numbers, as from candidate()
#' @param space named list of each hyper-parameter's range
narrow_space <- function(space, best) {
  check_space("narrow_space", space)
  check_candidates("narrow_space", "best", best, single = TRUE)
  narrow <- list()
  for (name in SPACE) {
    value <- as.numeric(best[[name]])[1]
    new <- switch(name,
      learning_rate = , lambd = c(value / 3, value * 3),
      hidden = c(floor(value / 2), ceiling(value * 2)),
      batch_size = c(value / 2, value * 2),
      keep_prob = c(value - 0.1, value + 0.1),
      c(1 - (1 - value) * 3, 1 - (1 - value) / 3))
    narrow[[name]] <- c(max(space[[name]][1], new[1]), min(space[[name]][2], new[2]))
  }
  narrow
}

#' Train a relu network with hidden_layers layers of candidate$hidden units (softmax output for
#' more than two classes, sigmoid for two), He initialisation and Adam with the candidate's
#' settings, for epochs epochs from rng_seed(seed).
#' @param candidate named list of numbers, as from candidate()
#' @param X_train training features x examples matrix
#' @param Y_train 1 x m training labels
#' @param X_val validation features x examples matrix
#' @param Y_val 1 x m validation labels
#' @param hidden_layers the number of hidden layers
#' @param epochs training epochs of each trial
#' @param seed the generator's seed, 0..2147483647
#' @return c(validation accuracy, final training cost)
run_trial <- function(X_train, Y_train, X_val, Y_val, candidate, hidden_layers, epochs, seed) {
  check_candidates("run_trial", "candidate", candidate, single = TRUE)
  check_count("run_trial", "hidden_layers", hidden_layers)
  check_positive("run_trial", "epochs", epochs, integer = TRUE)
  fit <- .trial_network(X_train, Y_train, candidate, hidden_layers, epochs, seed, max(Y_train, Y_val) + 1)
  c(accuracy(Y_val, predict_labels(X_val, fit$parameters, fit$activations)), fit$costs[length(fit$costs)])
}

#' The network of run_trial's trial, trained as run_trial trains it (the classes those of Y_train), for
#' saving the best trial's network.
#' @param X_train training features x examples matrix
#' @param Y_train 1 x m training labels
#' @param candidate named list of numbers, as from candidate()
#' @param hidden_layers the number of hidden layers
#' @param epochs training epochs
#' @param seed the generator's seed, 0..2147483647
#' @return list(parameters =, activations =)
train_trial <- function(X_train, Y_train, candidate, hidden_layers, epochs, seed) {
  check_candidates("train_trial", "candidate", candidate, single = TRUE)
  check_count("train_trial", "hidden_layers", hidden_layers)
  check_positive("train_trial", "epochs", epochs, integer = TRUE)
  fit <- .trial_network(X_train, Y_train, candidate, hidden_layers, epochs, seed, max(Y_train) + 1)
  fit[c("parameters", "activations")]
}

.trial_network <- function(X_train, Y_train, candidate, hidden_layers, epochs, seed, n_classes) {
  value <- lapply(candidate[SPACE], function(v) as.numeric(v)[1])
  output <- if (n_classes <= 2) "sigmoid" else "softmax"
  dims <- c(nrow(X_train), rep(floor(value$hidden), hidden_layers), if (output == "sigmoid") 1 else n_classes)
  activations <- c(rep("relu", hidden_layers), output)
  config <- train_config(learning_rate = value$learning_rate, iterations = epochs, init = "he",
                         batch_size = floor(value$batch_size), optimizer = "adam", beta1 = value$beta1,
                         beta2 = value$beta2, lambd = value$lambd, keep_prob = value$keep_prob)
  fit <- train(X_train, Y_train, dims, activations, rng_seed(seed), config)
  list(parameters = fit$parameters, activations = activations, costs = fit$costs)
}

#' Candidate k of sample_candidates' rows, as a named list of numbers.
#' @param k 0-based, as in Python, so that trial numbers and seeds (seed + k) agree across languages
#' @param candidates named list of 1 x n matrices, one value per trial (sample_candidates)
candidate <- function(candidates, k) {
  n <- check_candidates("candidate", "candidates", candidates)
  if (!(.is_number(k) && k >= 0 && k < n && k == floor(k))) {
    .stop("candidate: k must be an integer in 0..%d, got %s", n - 1L, value_text(k))
  }
  lapply(candidates[SPACE], function(v) as.numeric(v)[k + 1])
}

#' run_trial for every candidate, one after another, candidate k (0-based) from rng_seed(seed + k),
#' so that a trial's result does not depend on the order it runs in (Python may run them in
#' parallel). Progress ("trial k/n done") goes to standard error.
#' @param X_train training features x examples matrix
#' @param Y_train 1 x m training labels
#' @param X_val validation features x examples matrix
#' @param Y_val 1 x m validation labels
#' @param candidates named list of 1 x n matrices, one value per trial (sample_candidates)
#' @param hidden_layers the number of hidden layers
#' @param epochs training epochs of each trial
#' @param seed the generator's seed, 0..2147483647
#' @return 2 x n matrix: validation accuracy and final training cost per candidate
random_search <- function(X_train, Y_train, X_val, Y_val, candidates, hidden_layers, epochs, seed) {
  n <- check_candidates("random_search", "candidates", candidates)
  check_count("random_search", "hidden_layers", hidden_layers)
  check_positive("random_search", "epochs", epochs, integer = TRUE)
  results <- matrix(0, 2, n)
  for (k in seq_len(n) - 1) {
    results[, k + 1] <- run_trial(X_train, Y_train, X_val, Y_val, candidate(candidates, k), hidden_layers, epochs,
                                  seed + k)
    message(sprintf("trial %d/%d done", k + 1, n))
  }
  results
}

#' The index (0-based) of the best trial in random_search's results: the highest validation
#' accuracy, then the lowest cost, then the first.
#' @param results 2 x trials matrix of validation accuracy and final cost (random_search)
best_trial <- function(results) {
  if (!(is.matrix(results) && is.numeric(results) && nrow(results) == 2 && ncol(results) >= 1)) {
    .stop("best_trial: results must be a 2 x n matrix of accuracies and costs, n >= 1")
  }
  best <- 1
  for (k in seq_len(ncol(results))[-1]) {
    if (results[1, k] > results[1, best] || (results[1, k] == results[1, best] && results[2, k] < results[2, best])) {
      best <- k
    }
  }
  best - 1
}

#' The trials as a text table, numbered from first, laid out the same way in every language.
#' @param candidates named list of 1 x n matrices, one value per trial (sample_candidates)
#' @param results 2 x trials matrix of validation accuracy and final cost (random_search)
#' @param first the number of the first trial shown
format_trials <- function(candidates, results, first) {
  n <- check_candidates("format_trials", "candidates", candidates)
  if (!(is.matrix(results) && is.numeric(results) && identical(dim(results), c(2L, n)))) {
    .stop("format_trials: results must be a 2 x %d matrix, one column per candidate", n)
  }
  check_count("format_trials", "first", first)
  header <- sprintf("%5s%15s%8s%11s%11s%12s%8s%9s%9s%10s", "trial", "learning_rate", "hidden", "lambd", "keep_prob",
                    "batch_size", "beta1", "beta2", "val_acc", "cost")
  rows <- vapply(seq_len(n) - 1, function(k) {
    trial <- candidate(candidates, k)
    # tolower: Python prints a diverged cost as nan or inf where R's sprintf gives NaN and Inf.
    tolower(sprintf("%5d%15.3e%8d%11.3e%11.3f%12d%8.4f%9.5f%9.4f%10.4g", as.integer(first + k), trial$learning_rate,
                    as.integer(trial$hidden), trial$lambd, trial$keep_prob, as.integer(trial$batch_size), trial$beta1,
                    trial$beta2, results[1, k + 1], results[2, k + 1]))
  }, "")
  paste(c(header, rows), collapse = "\n")
}
