"""Backward propagation through L layers, for a sigmoid or softmax output with cross-entropy."""
import numpy as np

from .activations import activate_backward
from .data import check_labels
from .forward import check_layers, layer_count
from .regularization import check_lambd
from .validation import output_classes, value_text


def backward_propagation(Y, parameters, cache, activations, lambd=0):
    """Gradients of the mean cross-entropy (plus the L2 penalty when lambd > 0).

    Output layer: dZL = AL - Y (Y one-hot for softmax). For each layer,
    dWl = (1/m) dZl A_(l-1)^T + (lambd/m) Wl, dbl = (1/m) sum of dZl over columns,
    and below it dA_(l-1) = Wl^T dZl, dZ_(l-1) = dA_(l-1) * g'(Z_(l-1)). Where the
    cache holds a dropout mask D_(l-1), A_(l-1) and dA_(l-1) are multiplied by it.
    Returns grads with dZl, dWl, dbl for every layer and dAl for hidden layers.
    """
    caller = "backward_propagation"
    layer_count(parameters, caller)
    # The cache's A0 was forward_propagation's X: a bad one is the cache's fault, not an X's.
    A0, W1 = cache.get("A0") if isinstance(cache, dict) else None, parameters["W1"]
    if not (isinstance(A0, np.ndarray) and A0.ndim == 2 and np.all(np.isfinite(A0))
            and (np.ndim(W1) != 2 or A0.shape[0] == W1.shape[1])):
        raise ValueError(f"{caller}: cache must come from forward_propagation with these parameters")
    L = check_layers(caller, A0, parameters, activations)
    check_lambd(caller, lambd)
    if activations[-1] not in ("sigmoid", "softmax"):
        raise ValueError(f"{caller}: output activation must be sigmoid or softmax, got {value_text(activations[-1])}")
    m = cache["A0"].shape[1]
    for l in range(1, L + 1):
        shape = (parameters[f"W{l}"].shape[0], m)
        entries = [cache.get(f"Z{l}"), cache.get(f"A{l}")] + ([cache[f"D{l}"]] if f"D{l}" in cache else [])
        if not all(isinstance(value, np.ndarray) and value.shape == shape for value in entries):
            raise ValueError(f"{caller}: cache must come from forward_propagation with these parameters")
    check_labels(caller, Y, m, output_classes(parameters, activations))
    return backward_pass(Y, parameters, cache, activations, lambd)


def backward_pass(Y, parameters, cache, activations, lambd):
    """backward_propagation's arithmetic without its argument checks, for callers that have
    checked their arguments once (train runs thousands of steps on the same shapes)."""
    L = len(activations)
    AL = cache[f"A{L}"]
    m = Y.shape[1]
    if activations[-1] == "softmax":
        # AL - one_hot(Y) without building the one-hot matrix: subtract 1 at each example's label.
        dZ = AL.copy()
        dZ[Y[0].astype(int), np.arange(m)] -= 1
    else:
        dZ = AL - Y
    grads = {}
    for l in range(L, 0, -1):
        D = cache.get(f"D{l - 1}")
        A_prev = cache[f"A{l - 1}"] if D is None else cache[f"A{l - 1}"] * D
        grads[f"dZ{l}"] = dZ
        grads[f"dW{l}"] = dZ @ A_prev.T / m
        if lambd > 0:
            grads[f"dW{l}"] = grads[f"dW{l}"] + lambd / m * parameters[f"W{l}"]
        # Each row added column after column, as R (rowsum) and Octave (sum) add it: numpy's sum adds pairwise,
        # and a last-bit difference in db grows into a different trajectory in a long dropout run.
        grads[f"db{l}"] = np.cumsum(dZ, axis=1)[:, -1:] / m
        if l > 1:
            dA = parameters[f"W{l}"].T @ dZ
            if D is not None:
                dA = dA * D
            grads[f"dA{l - 1}"] = dA
            dZ = activate_backward(dA, cache[f"Z{l - 1}"], cache[f"A{l - 1}"], activations[l - 2])
    return grads
