"""Regularisation: inverted dropout masks and the L2 penalty."""
import numpy as np

from .forward import layer_count
from .rng import check_rng, draw_uniform
from .validation import _is_number, check_positive, value_text


def dropout_masks(parameters, m, keep_prob, rng):
    """Inverted-dropout masks D1, ..., D(L-1) for the hidden layers of a batch of m examples.

    Dl is n_l x m with entries 1/keep_prob (kept, with probability keep_prob) or 0
    (dropped): Dl = (U < keep_prob) / keep_prob for uniforms U drawn layer by layer,
    each filled column by column. Multiplying A_l by Dl drops units and keeps the
    expected activation. keep_prob = 1 draws nothing and returns no masks.
    Returns (masks, rng).
    """
    L = layer_count(parameters, "dropout_masks")
    check_positive("dropout_masks", "m", m, integer=True)
    check_keep_prob("dropout_masks", keep_prob)
    if keep_prob < 1:
        check_rng("dropout_masks", rng)
    return draw_masks(parameters, L, int(m), keep_prob, rng)


def draw_masks(parameters, L, m, keep_prob, rng):
    """dropout_masks' arithmetic without its argument checks, for the L-layer network of
    parameters (train checks once, then draws masks for every batch)."""
    masks = {}
    if keep_prob == 1:
        return masks, rng
    for l in range(1, L):
        U, rng = draw_uniform(rng, parameters[f"W{l}"].shape[0], m)
        masks[f"D{l}"] = (U < keep_prob) / keep_prob
    return masks, rng


def l2_penalty(parameters, lambd, m):
    """lambd / (2 m) times the sum of every squared weight (biases are not penalised)."""
    L = layer_count(parameters, "l2_penalty")
    check_lambd("l2_penalty", lambd)
    check_positive("l2_penalty", "m", m, integer=True)
    return l2_term(parameters, L, lambd, m)


def l2_term(parameters, L, lambd, m):
    """l2_penalty's arithmetic without its argument checks, for the L-layer network of parameters
    (train checks once, then adds the penalty to every batch's cost)."""
    total = 0.0
    for l in range(1, L + 1):
        W = parameters[f"W{l}"]
        total += float(np.sum(W * W))
    return lambd / (2 * m) * total


def check_keep_prob(caller, keep_prob):
    """Refuse anything but one number in (0, 1]."""
    if not (_is_number(keep_prob) and 0 < keep_prob <= 1):
        raise ValueError(f"{caller}: keep_prob must be in (0, 1], got {value_text(keep_prob)}")


def check_lambd(caller, lambd):
    """Refuse anything but one finite number >= 0."""
    if not (_is_number(lambd) and 0 <= lambd < float("inf")):
        raise ValueError(f"{caller}: lambd must be a non-negative number, got {value_text(lambd)}")
