"""Parameter initialisation: W1, b1, ..., WL, bL for layer sizes n0, n1, ..., nL."""
import math

import numpy as np

from .rng import check_rng, rng_normal
from .validation import _is_number, value_text

INITS = ("zeros", "default", "he", "xavier")


def check_init(caller, init):
    """A known init name."""
    if init not in INITS:
        raise ValueError(f"{caller}: init must be one of zeros, default, he, xavier, got {value_text(init)}")


def check_layer_dims(caller, layer_dims):
    """At least two positive whole layer sizes; returns them as ints."""
    values = np.ravel(np.asarray(layer_dims, dtype=object))
    dims = [int(n) if _is_number(n) and math.isfinite(n) and n == int(n) else -1 for n in values]
    if len(dims) < 2 or min(dims) < 1:
        raise ValueError(f"{caller}: layer_dims must hold at least two positive integers, got {value_text(layer_dims)}")
    return dims


def initialize_parameters(layer_dims, rng, init="default"):
    """Wl is n_l x n_(l-1), bl is n_l x 1 (zeros).

    init: "zeros" (W = 0), "default" (N(0,1) x 0.01), "he" (x sqrt(2/n_(l-1))),
    "xavier" (x sqrt(1/n_(l-1))). Draws come from the portable generator, layer by
    layer, each W filled column by column. Returns (parameters, rng).
    """
    check_init("initialize_parameters", init)
    dims = check_layer_dims("initialize_parameters", layer_dims)
    if init != "zeros":
        check_rng("initialize_parameters", rng)
    parameters = {}
    for l in range(1, len(dims)):
        n, n_prev = dims[l], dims[l - 1]
        if init == "zeros":
            W = np.zeros((n, n_prev))
        else:
            W, rng = rng_normal(rng, n, n_prev)
            scale = {"default": 0.01, "he": math.sqrt(2 / n_prev), "xavier": math.sqrt(1 / n_prev)}[init]
            W = W * scale
        parameters[f"W{l}"] = W
        parameters[f"b{l}"] = np.zeros((n, 1))
    return parameters, rng
