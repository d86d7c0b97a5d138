"""Cross-entropy cost, computed from the output layer's pre-activation ZL so it never takes log(0)."""
import numpy as np

from .data import check_labels
from .regularization import check_lambd, l2_penalty
from .validation import check_matrix, check_positive, value_text


def one_hot(Y, n_classes):
    """K x m matrix with a 1 in row Y[j] of column j (labels 0..K-1)."""
    check_positive("one_hot", "n_classes", n_classes, integer=True)
    check_labels("one_hot", Y, np.size(Y), n_classes)
    m = Y.shape[1]
    out = np.zeros((int(n_classes), m))
    out[Y[0].astype(int), np.arange(m)] = 1
    return out


def example_costs(ZL, Y, activation):
    """The cross-entropy of each of the m columns, 1 x m:
    sigmoid: softplus(z) - y z = -[y log a + (1-y) log(1-a)];
    softmax: logsumexp(z_j) - z_(y_j, j) = -log a_(y_j)."""
    _check_costs("example_costs", ZL, Y, activation)
    return cross_entropy(ZL, Y, activation)


def cross_entropy(ZL, Y, activation):
    """example_costs' arithmetic without its argument checks, for callers that have checked the
    labels against the network once (train takes it on every batch)."""
    if activation == "sigmoid":
        softplus = np.maximum(ZL, 0) + np.log1p(np.exp(-np.abs(ZL)))
        return softplus - Y * ZL
    if activation == "softmax":
        zmax = ZL.max(axis=0, keepdims=True)
        logsumexp = zmax + np.log(np.sum(np.exp(ZL - zmax), axis=0, keepdims=True))
        # z_(y_j, j) picked directly rather than through a one-hot matrix.
        return logsumexp - ZL[Y[0].astype(int), np.arange(ZL.shape[1])].reshape(1, -1)


def _check_costs(caller, ZL, Y, activation):
    """ZL one row (sigmoid) or one per class (softmax), and a label 0..K-1 for each of its columns.
    ZL is not checked for finiteness here: a diverging training run prints cost nan, not an error."""
    if activation not in ("sigmoid", "softmax"):
        raise ValueError(f"{caller}: output activation must be sigmoid or softmax, got {value_text(activation)}")
    if not isinstance(ZL, np.ndarray) or ZL.ndim != 2:
        raise ValueError(f"{caller}: ZL must be a 2-D matrix")
    if activation == "sigmoid" and ZL.shape[0] != 1:
        raise ValueError(f"{caller}: ZL must have 1 row for a sigmoid output, got {ZL.shape[0]}")
    check_labels(caller, Y, ZL.shape[1], 2 if activation == "sigmoid" else ZL.shape[0])


def compute_cost(ZL, Y, activation, parameters=None, lambd=0):
    """Mean cross-entropy over the m columns, plus the L2 penalty
    lambd / (2 m) sum ||Wl||^2 of parameters when lambd > 0.

    (1/m) times the sum of example_costs.
    """
    _check_costs("compute_cost", ZL, Y, activation)
    check_matrix("compute_cost", "ZL", ZL)
    check_lambd("compute_cost", lambd)
    if lambd > 0 and parameters is None:
        raise ValueError("compute_cost: parameters are needed when lambd > 0")
    m = Y.shape[1]
    cost = float(np.sum(cross_entropy(ZL, Y, activation)) / m)
    return cost + l2_penalty(parameters, lambd, m) if lambd > 0 else cost
