# Parameter initialisation: W1, b1, ..., WL, bL for layer sizes n0, n1, ..., nL.

INITS <- c("zeros", "default", "he", "xavier")

#' Refuse an unknown init name.
#' @param caller the calling function's name, which starts the message
#' @param init "zeros", "default", "he" or "xavier"
check_init <- function(caller, init) {
  if (!.is_one_of(init, INITS)) {
    .stop("%s: init must be one of zeros, default, he, xavier, got %s", caller, value_text(init))
  }
  invisible(init)
}

#' Refuse layer_dims that are not at least two positive whole numbers.
#' @param caller the calling function's name, which starts the message
#' @param layer_dims layer sizes, inputs first
#' @return layer_dims
check_layer_dims <- function(caller, layer_dims) {
  ok <- is.numeric(layer_dims) && length(layer_dims) >= 2 && all(is.finite(layer_dims)) &&
    all(layer_dims >= 1 & layer_dims == floor(layer_dims))
  if (!ok) {
    .stop("%s: layer_dims must hold at least two positive integers, got %s", caller, value_text(layer_dims))
  }
  invisible(layer_dims)
}

# The factor that multiplies N(0, 1) draws for a layer with n_prev inputs.
.init_scale <- function(init, n_prev) {
  switch(init, default = 0.01, he = sqrt(2 / n_prev), xavier = sqrt(1 / n_prev))
}

#' Wl is n_l x n_(l-1), bl is n_l x 1 (zeros).
#'
#' init: "zeros" (W = 0), "default" (N(0,1) x 0.01), "he" (x sqrt(2/n_(l-1))),
#' "xavier" (x sqrt(1/n_(l-1))). Draws come from the portable generator, layer by
#' layer, each W filled column by column.
#' @param layer_dims numeric vector n0, n1, ..., nL
#' @param rng generator state
#' @param init "zeros", "default", "he" or "xavier"
#' @return list(parameters = named list W1, b1, ..., rng = new state)
initialize_parameters <- function(layer_dims, rng, init = "default") {
  check_init("initialize_parameters", init)
  check_layer_dims("initialize_parameters", layer_dims)
  if (init != "zeros") check_rng("initialize_parameters", rng)
  parameters <- list()
  for (l in seq_along(layer_dims)[-1]) {
    n <- layer_dims[l]
    n_prev <- layer_dims[l - 1]
    if (init == "zeros") {
      W <- matrix(0, n, n_prev)
    } else {
      draw <- rng_normal(rng, n, n_prev)
      rng <- draw$rng
      W <- draw$values * .init_scale(init, n_prev)
    }
    parameters[[paste0("W", l - 1)]] <- W
    parameters[[paste0("b", l - 1)]] <- matrix(0, n, 1)
  }
  list(parameters = parameters, rng = rng)
}
