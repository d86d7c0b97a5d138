"""Cross-entropy cost, computed from the output layer's pre-activation ZL so it never takes log(0)."""
import numpy as np


def one_hot(Y, n_classes):
    """K x m matrix with a 1 in row Y[j] of column j (labels 0..K-1)."""
    m = Y.shape[1]
    out = np.zeros((n_classes, m))
    out[Y[0].astype(int), np.arange(m)] = 1
    return out


def compute_cost(ZL, Y, activation):
    """Mean cross-entropy over the m columns.

    sigmoid: -(1/m) sum[y log a + (1-y) log(1-a)] = (1/m) sum[softplus(z) - y z];
    softmax: -(1/m) sum log a_(y_j) = (1/m) sum[logsumexp(z_j) - z_(y_j, j)].
    """
    m = Y.shape[1]
    if activation == "sigmoid":
        softplus = np.maximum(ZL, 0) + np.log1p(np.exp(-np.abs(ZL)))
        return float(np.sum(softplus - Y * ZL) / m)
    if activation == "softmax":
        zmax = ZL.max(axis=0, keepdims=True)
        logsumexp = zmax + np.log(np.sum(np.exp(ZL - zmax), axis=0, keepdims=True))
        return float(np.sum(logsumexp - np.sum(ZL * one_hot(Y, ZL.shape[0]), axis=0, keepdims=True)) / m)
    raise ValueError(f"compute_cost: output activation must be sigmoid or softmax, got {activation!r}")
