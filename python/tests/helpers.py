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


def assert_matches_centred_differences(grads, parameters, cost, h=1e-6):
    """Every dP in grads agrees with (cost(P + h) - cost(P - h)) / 2h, element by element, to 1e-7 of
    their scale: an oracle independent of gradient_check, which is itself tested against backpropagation."""
    for name, value in parameters.items():
        numeric = np.zeros_like(value)
        for index in np.ndindex(value.shape):
            plus = {k: v.copy() for k, v in parameters.items()}
            minus = {k: v.copy() for k, v in parameters.items()}
            plus[name][index] += h
            minus[name][index] -= h
            numeric[index] = (cost(plus) - cost(minus)) / (2 * h)
        analytic = grads[f"d{name}"]
        assert analytic.shape == value.shape
        assert np.max(np.abs(analytic - numeric)) / max(1e-8, np.max(np.abs(analytic) + np.abs(numeric))) < 1e-7, name
