"""Activation functions and their derivatives, named "sigmoid", "tanh", "relu", "softmax"."""
import numpy as np

from .validation import value_text

ACTIVATIONS = ("sigmoid", "tanh", "relu", "softmax")


def check_activation(caller, activation):
    """Refuse an activation name that is not one of ACTIVATIONS; the message starts with caller."""
    if activation not in ACTIVATIONS:
        raise ValueError(f"{caller}: activation must be one of sigmoid, tanh, relu, softmax, "
                         f"got {value_text(activation)}")


def activation_forward(Z, activation):
    """A = g(Z) for an n x m matrix Z; softmax normalises each column."""
    if not isinstance(Z, np.ndarray) or Z.ndim != 2:
        raise ValueError("activation_forward: Z must be a 2-D matrix")
    check_activation("activation_forward", activation)
    return activate(Z, activation)


def activate(Z, activation):
    """activation_forward's arithmetic without its argument checks, for forward_pass (every layer
    of every training step)."""
    if activation == "sigmoid":
        # Two branches so that exp never overflows: e = exp(-|z|) <= 1.
        e = np.exp(-np.abs(Z))
        return np.where(Z >= 0, 1 / (1 + e), e / (1 + e))
    if activation == "tanh":
        return np.tanh(Z)
    if activation == "relu":
        return np.maximum(Z, 0)
    e = np.exp(Z - Z.max(axis=0, keepdims=True))
    return e / e.sum(axis=0, keepdims=True)


def activation_backward(dA, Z, A, activation):
    """dZ = dA * g'(Z) for a hidden layer (softmax is only an output layer)."""
    if not all(isinstance(M, np.ndarray) and M.ndim == 2 and M.shape == np.shape(Z) for M in (dA, Z, A)):
        raise ValueError("activation_backward: dA, Z and A must be 2-D matrices of the same shape")
    check_activation("activation_backward", activation)
    if activation == "softmax":
        raise ValueError("activation_backward: softmax is only allowed as the output layer")
    return activate_backward(dA, Z, A, activation)


def activate_backward(dA, Z, A, activation):
    """activation_backward's arithmetic without its argument checks, for backward_pass (every
    hidden layer of every training step)."""
    if activation == "sigmoid":
        return dA * A * (1 - A)
    if activation == "tanh":
        return dA * (1 - A * A)
    return dA * (Z > 0)
