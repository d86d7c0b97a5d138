"""Forward propagation through L layers."""
import numpy as np

from .activations import activate, check_activation
from .validation import check_matrix


def layer_count(parameters, caller):
    """The number of layers L in parameters; refuses none, or a missing Wl or bl."""
    L = sum(1 for name in parameters if name.startswith("W"))
    if L == 0:
        raise ValueError(f"{caller}: parameters must hold at least W1 and b1")
    for l in range(1, L + 1):
        if f"W{l}" not in parameters or f"b{l}" not in parameters:
            raise ValueError(f"{caller}: parameters must hold W1, b1, ..., W{L}, b{L}; missing W{l} or b{l}")
    return L


def check_layers(caller, X, parameters, activations):
    """The checks every function that runs X through the network makes: X a finite matrix, the
    parameters W1, b1, ..., WL, bL finite and of chained shapes (W1 has a column per row of X),
    one known activation per layer and softmax only last. Returns L."""
    check_matrix(caller, "X", X)
    L = layer_count(parameters, caller)
    if len(activations) != L:
        raise ValueError(f"{caller}: activations must name {L} layers, got {len(activations)}")
    for l, activation in enumerate(activations, start=1):
        check_activation(caller, activation)
        if activation == "softmax" and l != L:
            raise ValueError(f"{caller}: softmax is only allowed as the output layer")
    rows_in = X.shape[0]
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        check_matrix(caller, f"W{l}", W)
        if W.shape[1] != rows_in:
            if l == 1:
                raise ValueError(f"{caller}: X must have {W.shape[1]} rows to match W1, got {rows_in}")
            raise ValueError(f"{caller}: W{l} must have {rows_in} columns to match the rows of W{l - 1}, "
                             f"got {W.shape[1]}")
        check_matrix(caller, f"b{l}", b)
        if b.shape != (W.shape[0], 1):
            raise ValueError(f"{caller}: b{l} must be {W.shape[0]} x 1 to match W{l}")
        rows_in = W.shape[0]
    return L


def forward_propagation(X, parameters, activations, masks=None):
    """Z_l = W_l A_(l-1) + b_l, A_l = g_l(Z_l), with A_0 = X (features x examples).

    With dropout masks (dropout_masks), layer l+1 reads A_l * D_l instead of A_l
    for every hidden layer l. Returns (AL, cache); cache holds A0, Z1, A1, ...,
    ZL, AL (A_l = g_l(Z_l), before dropout) and the masks D1, ..., D(L-1) used.
    """
    L = check_layers("forward_propagation", X, parameters, activations)
    masks = masks or {}
    for l in range(1, L if masks else 1):
        D = masks.get(f"D{l}")
        rows = parameters[f"W{l}"].shape[0]
        if not isinstance(D, np.ndarray) or D.shape != (rows, X.shape[1]):
            raise ValueError(f"forward_propagation: masks must hold D{l}, {rows} x {X.shape[1]}")
    return forward_pass(X, parameters, activations, masks)


def forward_pass(X, parameters, activations, masks):
    """forward_propagation's arithmetic without its argument checks, for callers that have
    checked their arguments once (train runs thousands of steps on the same shapes).
    masks holds D1, ..., D(L-1), or is empty for none."""
    cache = {"A0": X}
    A = X
    for l in range(1, len(activations) + 1):
        if masks and l > 1:
            D = masks[f"D{l - 1}"]
            cache[f"D{l - 1}"] = D
            A = A * D
        Z = parameters[f"W{l}"] @ A + parameters[f"b{l}"]
        A = activate(Z, activations[l - 1])
        cache[f"Z{l}"], cache[f"A{l}"] = Z, A
    return A, cache
