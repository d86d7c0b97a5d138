# Regularisation: inverted dropout masks and the L2 penalty.

#' Inverted-dropout masks D1, ..., D(L-1) for the hidden layers of a batch of m examples.
#'
#' Dl is n_l x m with entries 1/keep_prob (kept, with probability keep_prob) or 0
#' (dropped): Dl = (U < keep_prob) / keep_prob for uniforms U drawn layer by layer,
#' each filled column by column. Multiplying A_l by Dl drops units and keeps the
#' expected activation. keep_prob = 1 draws nothing and returns no masks.
#' @param parameters named list W1, b1, ..., WL, bL
#' @param m the number of examples (columns) in the batch
#' @param keep_prob the probability of keeping a unit, in (0, 1]
#' @param rng generator state
#' @return list(masks = named list D1, ..., D(L-1) (empty when keep_prob = 1), rng = new state)
dropout_masks <- function(parameters, m, keep_prob, rng) {
  L <- layer_count(parameters, "dropout_masks")
  check_positive("dropout_masks", "m", m, integer = TRUE)
  check_keep_prob("dropout_masks", keep_prob)
  if (keep_prob < 1) check_rng("dropout_masks", rng)
  draw_masks(parameters, L, m, keep_prob, rng)
}

#' dropout_masks' arithmetic without its argument checks, for the L-layer network of parameters
#' (train checks once, then draws masks for every batch).
#' @param parameters named list W1, b1, ..., WL, bL
#' @param L the number of layers
#' @param m the number of examples (columns)
#' @param keep_prob dropout's keep probability, in (0, 1]
#' @param rng generator state (rng_seed)
#' @return as dropout_masks
draw_masks <- function(parameters, L, m, keep_prob, rng) {
  masks <- list()
  if (keep_prob == 1) return(list(masks = masks, rng = rng))
  for (l in seq_len(L - 1)) {
    U <- draw_uniform(rng, nrow(parameters[[paste0("W", l)]]), m)
    masks[[paste0("D", l)]] <- (U$values < keep_prob) / keep_prob
    rng <- U$rng
  }
  list(masks = masks, rng = rng)
}

#' lambd / (2 m) times the sum of every squared weight (biases are not penalised).
#' @param parameters named list W1, b1, ..., WL, bL
#' @param lambd the L2 weight, >= 0
#' @param m the number of examples
#' @return one number
l2_penalty <- function(parameters, lambd, m) {
  L <- layer_count(parameters, "l2_penalty")
  check_lambd("l2_penalty", lambd)
  check_positive("l2_penalty", "m", m, integer = TRUE)
  l2_term(parameters, L, lambd, m)
}

#' l2_penalty's arithmetic without its argument checks, for the L-layer network of parameters
#' (train checks once, then adds the penalty to every batch's cost).
#' @param parameters named list W1, b1, ..., WL, bL
#' @param L the number of layers
#' @param lambd the L2 weight, >= 0
#' @param m the number of examples
#' @return one number
l2_term <- function(parameters, L, lambd, m) {
  total <- 0
  for (l in seq_len(L)) {
    W <- parameters[[paste0("W", l)]]
    total <- total + sum(W * W)
  }
  lambd / (2 * m) * total
}

#' Refuse anything but one number in (0, 1].
#' @param caller the calling function's name, which starts the message
#' @param keep_prob dropout's keep probability, in (0, 1]
check_keep_prob <- function(caller, keep_prob) {
  if (!(.is_number(keep_prob) && keep_prob > 0 && keep_prob <= 1)) {
    .stop("%s: keep_prob must be in (0, 1], got %s", caller, value_text(keep_prob))
  }
  invisible(keep_prob)
}

#' Refuse anything but one finite number >= 0.
#' @param caller the calling function's name, which starts the message
#' @param lambd the L2 weight, >= 0
check_lambd <- function(caller, lambd) {
  if (!(.is_number(lambd) && lambd >= 0 && lambd < Inf)) {
    .stop("%s: lambd must be a non-negative number, got %s", caller, value_text(lambd))
  }
  invisible(lambd)
}
