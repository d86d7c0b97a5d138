"""Small networks with distinct, non-square sizes, so a transposed matrix never fits by accident."""
import numpy as np

from dlfp.initialization import initialize_parameters
from dlfp.rng import rng_normal, rng_seed, rng_uniform

NETWORKS = [
    ([3, 1], ["sigmoid"]),
    ([3, 5, 1], ["tanh", "sigmoid"]),
    ([4, 5, 3, 1], ["relu", "sigmoid", "sigmoid"]),
    ([3, 4], ["softmax"]),
    ([4, 6, 5, 3], ["relu", "tanh", "softmax"]),
]


def network_case(layer_dims, activations, m=7, seed=3):
    """Xavier-sized random parameters (and random biases), inputs and labels."""
    rng = rng_seed(seed)
    parameters, rng = initialize_parameters(layer_dims, rng, "xavier")
    for l in range(1, len(layer_dims)):
        b, rng = rng_normal(rng, layer_dims[l], 1)
        parameters[f"b{l}"] = 0.1 * b
    X, rng = rng_normal(rng, layer_dims[0], m)
    n_classes = 2 if activations[-1] == "sigmoid" else layer_dims[-1]
    u, rng = rng_uniform(rng, 1, m)
    Y = np.floor(u * n_classes)
    Y[0, 0], Y[0, -1] = 0, n_classes - 1
    return parameters, X, Y
