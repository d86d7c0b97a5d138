"""Cross-entropy cost, computed from the output layer's pre-activation ZL so it never takes log(0)."""
import numpy as np

from .regularization import check_lambd, l2_penalty


def one_hot(Y, n_classes):
    """K x m matrix with a 1 in row Y[j] of column j (labels 0..K-1)."""
    m = Y.shape[1]
    out = np.zeros((n_classes, m))
    out[Y[0].astype(int), np.arange(m)] = 1
    return out


def example_costs(ZL, Y, activation):
    """The cross-entropy of each of the m columns, 1 x m:
    sigmoid: softplus(z) - y z = -[y log a + (1-y) log(1-a)];
    softmax: logsumexp(z_j) - z_(y_j, j) = -log a_(y_j)."""
    if activation == "sigmoid":
        softplus = np.maximum(ZL, 0) + np.log1p(np.exp(-np.abs(ZL)))
        return softplus - Y * ZL
    if activation == "softmax":
        zmax = ZL.max(axis=0, keepdims=True)
        logsumexp = zmax + np.log(np.sum(np.exp(ZL - zmax), axis=0, keepdims=True))
        return logsumexp - np.sum(ZL * one_hot(Y, ZL.shape[0]), axis=0, keepdims=True)
    raise ValueError(f"compute_cost: output activation must be sigmoid or softmax, got {activation!r}")


def compute_cost(ZL, Y, activation, parameters=None, lambd=0):
    """Mean cross-entropy over the m columns, plus the L2 penalty
    lambd / (2 m) sum ||Wl||^2 of parameters when lambd > 0.

    (1/m) times the sum of example_costs.
    """
    m = Y.shape[1]
    check_lambd("compute_cost", lambd)
    if lambd > 0 and parameters is None:
        raise ValueError("compute_cost: parameters are needed when lambd > 0")
    cost = float(np.sum(example_costs(ZL, Y, activation)) / m)
    return cost + l2_penalty(parameters, lambd, m) if lambd > 0 else cost
