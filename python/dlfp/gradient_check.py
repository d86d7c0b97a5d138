"""Gradient checking: backpropagation's gradients against centred differences of the cost."""
import numpy as np

from .backward import backward_pass
from .cost import cross_entropy
from .data import check_labels
from .forward import check_layers, forward_pass, layer_count
from .optimizers import check_grads
from .regularization import check_lambd
from .validation import _is_number, output_classes, value_text


def parameters_to_vector(parameters):
    """All parameters as one n x 1 column: W1, b1, W2, b2, ..., each matrix column by column."""
    L = layer_count(parameters, "parameters_to_vector")
    names = [f"{kind}{l}" for l in range(1, L + 1) for kind in ("W", "b")]
    return np.concatenate([parameters[name].ravel(order="F") for name in names]).reshape(-1, 1)


def vector_to_parameters(theta, like):
    """The inverse of parameters_to_vector: theta cut into matrices shaped like the parameters `like`."""
    L = layer_count(like, "vector_to_parameters")
    names = [f"{kind}{l}" for l in range(1, L + 1) for kind in ("W", "b")]
    sizes = [like[name].size for name in names]
    if not isinstance(theta, np.ndarray) or theta.shape != (sum(sizes), 1):
        raise ValueError(f"vector_to_parameters: theta must be {sum(sizes)} x 1 to match the parameters, "
                         f"got {value_text(theta, shape=True)}")
    theta = theta.astype(float)
    parameters, start = {}, 0
    for name, size in zip(names, sizes):
        parameters[name] = theta[start:start + size, 0].reshape(like[name].shape, order="F")
        start += size
    return parameters


def gradient_check(X, Y, parameters, activations, lambd=0, epsilon=1e-7, grads=None):
    """Compare gradients (backward_propagation's unless grads is given) with the centred differences
    approx_i = (J(theta + epsilon e_i) - J(theta - epsilon e_i)) / (2 epsilon) of the cost J
    (with the L2 penalty when lambd > 0; no dropout: its random masks would make J a different
    function at every evaluation).

    J(theta+) - J(theta-) is taken term by term, (1/m) sum_j [cost_j(theta+) - cost_j(theta-)]
    plus lambd/(2m) sum [w+^2 - w-^2], rather than as the difference of two sums: the rounding of
    a sum of m terms, divided by 2 epsilon, would swamp the check (and differ between languages,
    which sum in different orders).

    Returns (difference, worst, approx): ||grad - approx|| / (||grad|| + ||approx||) (2-norms),
    the name of the parameter holding the element where |grad - approx| is largest, and approx
    as an n x 1 column in parameters_to_vector's order. Below 1e-7 the gradients are right.
    """
    L = check_layers("gradient_check", X, parameters, activations)
    if activations[-1] not in ("sigmoid", "softmax"):
        raise ValueError(f"gradient_check: output activation must be sigmoid or softmax, "
                         f"got {value_text(activations[-1])}")
    check_lambd("gradient_check", lambd)
    if not (_is_number(epsilon) and 0 < epsilon < float("inf")):
        raise ValueError(f"gradient_check: epsilon must be a positive number, got {value_text(epsilon)}")
    check_labels("gradient_check", Y, X.shape[1], output_classes(parameters, activations))

    m = X.shape[1]
    is_weight = parameters_to_vector({name: np.full(value.shape, name.startswith("W"))
                                      for name, value in parameters.items()})

    def terms(theta):
        _, cache = forward_pass(X, vector_to_parameters(theta, parameters), activations, {})
        return cross_entropy(cache[f"Z{L}"], Y, activations[-1])

    def cost_difference(plus, minus):
        difference = float(np.sum(terms(plus) - terms(minus)) / m)
        if lambd > 0:
            w_plus, w_minus = plus[is_weight], minus[is_weight]
            difference += lambd / (2 * m) * float(np.sum(w_plus * w_plus - w_minus * w_minus))
        return difference

    if grads is None:
        _, cache = forward_pass(X, parameters, activations, {})
        grads = backward_pass(Y, parameters, cache, activations, lambd)
    check_grads("gradient_check", parameters, grads)
    grad = parameters_to_vector({name: grads[f"d{name}"] for name in parameters})
    theta = parameters_to_vector(parameters)
    approx = np.zeros_like(theta)
    for i in range(theta.shape[0]):
        plus, minus = theta.copy(), theta.copy()
        plus[i, 0] += epsilon
        minus[i, 0] -= epsilon
        approx[i, 0] = cost_difference(plus, minus) / (2 * epsilon)
    scale = np.linalg.norm(grad) + np.linalg.norm(approx)
    difference = float(np.linalg.norm(grad - approx) / scale) if scale > 0 else 0.0
    names = [f"{kind}{l}" for l in range(1, L + 1) for kind in ("W", "b") for _ in range(parameters[f"{kind}{l}"].size)]
    worst = names[int(np.argmax(np.abs(grad - approx)))]
    return difference, worst, approx
