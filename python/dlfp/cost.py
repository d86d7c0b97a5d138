"""Cross-entropy cost, computed from the output layer's pre-activation ZL so it never takes log(0)."""
import numpy as np

from .regularization import check_lambd, l2_penalty


def one_hot(Y, n_classes):
    """K x m matrix with a 1 in row Y[j] of column j (labels 0..K-1)."""
    m = Y.shape[1]
    out = np.zeros((n_classes, m))
    out[Y[0].astype(int), np.arange(m)] = 1
    return out


def compute_cost(ZL, Y, activation, parameters=None, lambd=0):
    """Mean cross-entropy over the m columns, plus the L2 penalty
    lambd / (2 m) sum ||Wl||^2 of parameters when lambd > 0.

    sigmoid: -(1/m) sum[y log a + (1-y) log(1-a)] = (1/m) sum[softplus(z) - y z];
    softmax: -(1/m) sum log a_(y_j) = (1/m) sum[logsumexp(z_j) - z_(y_j, j)].
    """
    m = Y.shape[1]
    check_lambd("compute_cost", lambd)
    if lambd > 0 and parameters is None:
        raise ValueError("compute_cost: parameters are needed when lambd > 0")
    if activation == "sigmoid":
        softplus = np.maximum(ZL, 0) + np.log1p(np.exp(-np.abs(ZL)))
        cost = float(np.sum(softplus - Y * ZL) / m)
    elif activation == "softmax":
        zmax = ZL.max(axis=0, keepdims=True)
        logsumexp = zmax + np.log(np.sum(np.exp(ZL - zmax), axis=0, keepdims=True))
        cost = float(np.sum(logsumexp - np.sum(ZL * one_hot(Y, ZL.shape[0]), axis=0, keepdims=True)) / m)
    else:
        raise ValueError(f"compute_cost: output activation must be sigmoid or softmax, got {activation!r}")
    return cost + l2_penalty(parameters, lambd, m) if lambd > 0 else cost
