"""Parameter initialisation: W1, b1, ..., WL, bL for layer sizes n0, n1, ..., nL."""
import math

import numpy as np

from .rng import rng_normal

INITS = ("zeros", "default", "he", "xavier")


def initialize_parameters(layer_dims, rng, init="default"):
    """Wl is n_l x n_(l-1), bl is n_l x 1 (zeros).

    init: "zeros" (W = 0), "default" (N(0,1) x 0.01), "he" (x sqrt(2/n_(l-1))),
    "xavier" (x sqrt(1/n_(l-1))). Draws come from the portable generator, layer by
    layer, each W filled column by column. Returns (parameters, rng).
    """
    if init not in INITS:
        raise ValueError(f"initialize_parameters: init must be one of zeros, default, he, xavier, got {init!r}")
    dims = [int(n) for n in layer_dims]
    if len(dims) < 2 or any(n < 1 or n != d for n, d in zip(dims, layer_dims)):
        raise ValueError("initialize_parameters: layer_dims must hold at least two positive integers, "
                         f"got {list(layer_dims)!r}")
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
