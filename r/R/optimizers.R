# Parameter updates: gradient descent, momentum, RMSProp and Adam behind one contract,
# update_parameters(parameters, grads, learning_rate, state) -> list(parameters, state),
# and learning-rate decay.

OPTIMIZERS <- c("gd", "momentum", "rmsprop", "adam")
DECAYS <- c("none", "inverse", "exponential")

#' The exponentially weighted average of a series.
#'
#' The moving average that momentum, RMSProp and Adam keep of the gradient: v_0 = 0,
#' v_t = beta v_(t-1) + (1 - beta) values_t for t = 1..n, about the last 1 / (1 - beta) values.
#' Starting at 0 pulls the first averages towards 0; the bias correction v_t / (1 - beta^t)
#' (Adam's) removes the pull.
#' @param values a 1 x n matrix
#' @param beta in [0, 1)
#' @return list(averages, corrected), each 1 x n
exponential_average <- function(values, beta) {
  check_matrix("exponential_average", "values", values)
  if (nrow(values) != 1) .stop("exponential_average: values must have 1 row, got %d", nrow(values))
  if (!(.is_number(beta) && beta >= 0 && beta < 1)) {
    .stop("exponential_average: beta must be in [0, 1), got %s", value_text(beta))
  }
  n <- ncol(values)
  averages <- matrix(0, 1, n)
  corrected <- matrix(0, 1, n)
  v <- 0
  for (t in seq_len(n)) {
    v <- beta * v + (1 - beta) * values[1, t]
    averages[1, t] <- v
    # A double power, as Adam's step count (R may raise to an integer power by multiplying).
    corrected[1, t] <- v / (1 - beta^as.double(t))
  }
  list(averages = averages, corrected = corrected)
}

#' The optimiser's state before the first step.
#'
#' Its name and settings, the step count t = 0, and zero moving averages of the
#' gradient (vdW1, vdb1, ... for momentum and Adam) and of its square (sdW1, sdb1,
#' ... for RMSProp and Adam). beta1 weighs the gradient's average, beta2 its
#' square's; epsilon keeps the RMSProp and Adam steps finite.
#' @param parameters named list W1, b1, ...
#' @param optimizer "gd", "momentum", "rmsprop" or "adam"
#' @param beta1 the momentum average's weight, in [0, 1)
#' @param beta2 the squared-gradient average's weight, in [0, 1)
#' @param epsilon added to the root in the denominator, a positive number
#' @return named list optimizer, beta1, beta2, epsilon, t, then vd<name> and sd<name>
#'   for each parameter in order
initialize_optimizer <- function(parameters, optimizer = "gd", beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8) {
  check_optimizer("initialize_optimizer", optimizer, beta1, beta2, epsilon)
  state <- list(optimizer = optimizer, beta1 = as.double(beta1), beta2 = as.double(beta2),
                epsilon = as.double(epsilon), t = 0)
  for (name in names(parameters)) {
    value <- parameters[[name]]
    if (optimizer %in% c("momentum", "adam")) state[[paste0("vd", name)]] <- matrix(0, nrow(value), ncol(value))
    if (optimizer %in% c("rmsprop", "adam")) state[[paste0("sd", name)]] <- matrix(0, nrow(value), ncol(value))
  }
  state
}

#' Refuse an unknown optimizer, beta1 or beta2 outside [0, 1) and an epsilon that is
#' not a positive number; the message starts with caller.
#' @param caller the calling function's name, which starts the message
#' @param optimizer "gd", "momentum", "rmsprop" or "adam"
#' @param beta1 the momentum average's weight, in [0, 1)
#' @param beta2 the squared-gradient average's weight, in [0, 1)
#' @param epsilon added to the root in the denominator, a positive number
check_optimizer <- function(caller, optimizer, beta1, beta2, epsilon) {
  if (!.is_one_of(optimizer, OPTIMIZERS)) {
    .stop("%s: optimizer must be one of gd, momentum, rmsprop, adam, got %s", caller, value_text(optimizer))
  }
  betas <- list(beta1 = beta1, beta2 = beta2)
  for (name in names(betas)) {
    value <- betas[[name]]
    if (!(.is_number(value) && value >= 0 && value < 1)) {
      .stop("%s: %s must be in [0, 1), got %s", caller, name, value_text(value))
    }
  }
  if (!(.is_number(epsilon) && epsilon > 0 && epsilon < Inf)) {
    .stop("%s: epsilon must be a positive number, got %s", caller, value_text(epsilon))
  }
}

#' One step of the state's optimiser, for every parameter P with gradient g = dP; t = t + 1.
#'
#' gd:       P = P - learning_rate g
#' momentum: v = beta1 v + (1 - beta1) g;  P = P - learning_rate v
#' rmsprop:  s = beta2 s + (1 - beta2) g^2;  P = P - learning_rate g / (sqrt(s) + epsilon)
#' adam:     v and s as above; P = P - learning_rate vc / (sqrt(sc) + epsilon) with the
#'           bias corrections vc = v / (1 - beta1^t), sc = s / (1 - beta2^t)
#' @param parameters named list W1, b1, ...
#' @param grads named list holding dW1, db1, ... of the same shapes
#' @param state from initialize_optimizer or the previous update_parameters
#' @param learning_rate the step, a positive number
#' @return list(parameters = the updated parameters, state = the new state)
update_parameters <- function(parameters, grads, learning_rate, state) {
  check_positive("update_parameters", "learning_rate", learning_rate)
  check_state("update_parameters", parameters, state)
  check_grads("update_parameters", parameters, grads)
  update_step(parameters, grads, learning_rate, state)
}

#' Refuse grads unless they hold dP, of P's shape, for every parameter P.
#' @param caller the function named in the message
#' @param parameters named list W1, b1, ..., WL, bL
#' @param grads named list dW1, db1, ..., dWL, dbL
check_grads <- function(caller, parameters, grads) {
  missing <- setdiff(paste0("d", names(parameters)), names(grads))
  if (length(missing) > 0) .stop("%s: grads must hold %s", caller, paste(missing, collapse = ", "))
  for (name in names(parameters)) {
    P <- parameters[[name]]
    if (!identical(dim(grads[[paste0("d", name)]]), dim(P))) {
      .stop("%s: d%s must be %d x %d to match %s", caller, name, nrow(P), ncol(P), name)
    }
  }
  invisible(grads)
}

#' update_parameters' arithmetic without its argument checks, for callers that have
#' checked their arguments once (train runs thousands of steps on the same shapes).
#' @param parameters named list W1, b1, ..., WL, bL
#' @param grads named list dW1, db1, ..., dWL, dbL
#' @param learning_rate the step, a positive number
#' @param state optimiser state (initialize_optimizer)
#' @return as update_parameters
update_step <- function(parameters, grads, learning_rate, state) {
  beta1 <- state$beta1
  beta2 <- state$beta2
  epsilon <- state$epsilon
  t <- state$t + 1
  state$t <- t
  # Every name in one paste0 each, and one loop per optimiser: nothing decided per parameter.
  names <- names(parameters)
  g_names <- paste0("d", names)
  v_names <- paste0("vd", names)
  s_names <- paste0("sd", names)
  switch(state$optimizer,
    gd = for (k in seq_along(names)) {
      parameters[[names[k]]] <- parameters[[names[k]]] - learning_rate * grads[[g_names[k]]]
    },
    momentum = for (k in seq_along(names)) {
      v <- beta1 * state[[v_names[k]]] + (1 - beta1) * grads[[g_names[k]]]
      state[[v_names[k]]] <- v
      parameters[[names[k]]] <- parameters[[names[k]]] - learning_rate * v
    },
    rmsprop = for (k in seq_along(names)) {
      g <- grads[[g_names[k]]]
      s <- beta2 * state[[s_names[k]]] + (1 - beta2) * (g * g)
      state[[s_names[k]]] <- s
      parameters[[names[k]]] <- parameters[[names[k]]] - learning_rate * g / (sqrt(s) + epsilon)
    },
    adam = {
      # R's ^ calls C's pow, as Python's math.pow does; the divisors are the same for every parameter.
      v_scale <- 1 - beta1^t
      s_scale <- 1 - beta2^t
      for (k in seq_along(names)) {
        g <- grads[[g_names[k]]]
        v <- beta1 * state[[v_names[k]]] + (1 - beta1) * g
        s <- beta2 * state[[s_names[k]]] + (1 - beta2) * (g * g)
        state[[v_names[k]]] <- v
        state[[s_names[k]]] <- s
        parameters[[names[k]]] <- parameters[[names[k]]] - learning_rate * (v / v_scale) / (sqrt(s / s_scale) + epsilon)
      }
    })
  list(parameters = parameters, state = state)
}

#' The learning rate for epoch 0, 1, ...
#'
#' none: learning_rate; inverse: learning_rate / (1 + decay_rate epoch) (decay_rate >= 0);
#' exponential: learning_rate decay_rate^epoch (0 < decay_rate <= 1).
#' @param learning_rate the step, a positive number
#' @param epoch the epoch's number, from 0
#' @param decay "none", "inverse" or "exponential"
#' @param decay_rate the decay's rate, >= 0
#' @return one number
decay_learning_rate <- function(learning_rate, epoch, decay = "none", decay_rate = 0) {
  check_positive("decay_learning_rate", "learning_rate", learning_rate)
  check_count("decay_learning_rate", "epoch", epoch)
  if (!.is_one_of(decay, DECAYS)) {
    .stop("decay_learning_rate: decay must be one of none, inverse, exponential, got %s", value_text(decay))
  }
  check_decay_rate("decay_learning_rate", decay, decay_rate)
  decayed_rate(learning_rate, epoch, decay, decay_rate)
}

#' decay_learning_rate's arithmetic without its argument checks (train checks them once, then
#' decays the rate every epoch).
#' @param learning_rate the step, a positive number
#' @param epoch the epoch's number, from 0
#' @param decay "none", "inverse" or "exponential"
#' @param decay_rate the decay's rate, >= 0
#' @return one number
decayed_rate <- function(learning_rate, epoch, decay, decay_rate) {
  if (decay == "inverse") return(learning_rate / (1 + decay_rate * epoch))
  if (decay == "exponential") return(learning_rate * decay_rate^epoch)
  learning_rate
}

#' Refuse a decay_rate that does not suit decay (any for "none").
#' @param caller the calling function's name, which starts the message
#' @param decay "none", "inverse" or "exponential"
#' @param decay_rate the decay's rate, >= 0
check_decay_rate <- function(caller, decay, decay_rate) {
  number <- .is_number(decay_rate)
  if (identical(decay, "inverse") && !(number && decay_rate >= 0 && decay_rate < Inf)) {
    .stop("%s: decay_rate must be a non-negative number for inverse decay, got %s", caller, value_text(decay_rate))
  }
  if (identical(decay, "exponential") && !(number && decay_rate > 0 && decay_rate <= 1)) {
    .stop("%s: decay_rate must be in (0, 1] for exponential decay, got %s", caller, value_text(decay_rate))
  }
  invisible(decay_rate)
}
