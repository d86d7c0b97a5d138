"""Training: mini-batches, one epoch, and the whole loop."""
import numpy as np

from .backward import backward_pass
from .cost import cross_entropy
from .data import check_examples
from .forward import forward_pass
from .initialization import check_init, initialize_parameters
from .optimizers import DECAYS, check_decay_rate, check_optimizer, decayed_rate, initialize_optimizer, update_step
from .regularization import check_keep_prob, check_lambd, draw_masks, l2_term
from .rng import check_rng, rng_permutation
from .validation import check_count, check_matrix, check_network, check_positive


def random_mini_batches(X, Y, batch_size, rng):
    """Shuffle the m columns with the portable generator's permutation, then cut them into
    batches of batch_size consecutive columns; the last batch holds the m mod batch_size
    left over (if any). Returns (X_batches, Y_batches, rng)."""
    check_examples("random_mini_batches", X, Y)
    check_positive("random_mini_batches", "batch_size", batch_size, integer=True)
    check_rng("random_mini_batches", rng)
    order, rng = rng_permutation(rng, X.shape[1])
    X, Y = X[:, order], Y[:, order]
    starts = range(0, X.shape[1], int(batch_size))
    return ([X[:, k:k + int(batch_size)] for k in starts], [Y[:, k:k + int(batch_size)] for k in starts], rng)


def train_epoch(X, Y, parameters, activations, state, rng, learning_rate, batch_size=None, lambd=0, keep_prob=1):
    """One pass over the data: for each batch (all of X, unshuffled, when batch_size is None;
    else random_mini_batches), draw dropout masks if keep_prob < 1, then forward, cost,
    backward and one optimiser step. costs[k] is batch k's cost before its step.
    Returns (parameters, state, costs, rng)."""
    check_positive("train_epoch", "learning_rate", learning_rate)
    check_lambd("train_epoch", lambd)
    check_keep_prob("train_epoch", keep_prob)
    if batch_size is not None:
        check_positive("train_epoch", "batch_size", batch_size, integer=True)
    if batch_size is not None or keep_prob < 1:
        check_rng("train_epoch", rng)
    check_network("train_epoch", X, Y, parameters, activations, state)
    return _run_epoch(X, Y, parameters, activations, state, rng, learning_rate, batch_size, lambd, keep_prob)


def _run_epoch(X, Y, parameters, activations, state, rng, learning_rate, batch_size, lambd, keep_prob):
    """train_epoch's work on arguments already checked: the kernels (draw_masks, forward_pass,
    cross_entropy, l2_term, backward_pass, update_step) instead of the functions that check their
    arguments on every call (train checks once, then runs thousands of these)."""
    if batch_size is None:
        X_batches, Y_batches = [X], [Y]
    else:
        X_batches, Y_batches, rng = random_mini_batches(X, Y, batch_size, rng)
    L = len(activations)
    costs = []
    for X_batch, Y_batch in zip(X_batches, Y_batches):
        m = Y_batch.shape[1]
        masks, rng = draw_masks(parameters, L, m, keep_prob, rng)
        _, cache = forward_pass(X_batch, parameters, activations, masks)
        # compute_cost's arithmetic.
        cost = float(np.sum(cross_entropy(cache[f"Z{L}"], Y_batch, activations[-1])) / m)
        costs.append(cost + l2_term(parameters, L, lambd, m) if lambd > 0 else cost)
        grads = backward_pass(Y_batch, parameters, cache, activations, lambd)
        parameters, state = update_step(parameters, grads, learning_rate, state)
    return parameters, state, costs, rng


def train(X, Y, layer_dims, activations, rng, learning_rate=0.1, iterations=1000, init="default", print_every=0,
          batch_size=None, optimizer="gd", beta1=0.9, beta2=0.999, epsilon=1e-8, lambd=0, keep_prob=1,
          decay="none", decay_rate=0):
    """Initialise, then run iterations epochs (train_epoch) with the optimiser's state carried
    across them and the learning rate of decay_learning_rate(learning_rate, epoch, decay, decay_rate).

    Without batch_size an epoch is one full-batch step. costs[i] is epoch i's cost: its batches'
    costs weighted by their share of the m examples (the cost before the step for a full batch).
    Every print_every epochs (and at the last) prints "iteration i: cost c" ("epoch i: ..." with
    mini-batches). Returns (parameters, costs, rng).
    """
    check_matrix("train", "X", X)
    check_init("train", layer_dims, init)
    check_positive("train", "learning_rate", learning_rate)
    check_positive("train", "iterations", iterations, integer=True)
    check_count("train", "print_every", print_every)
    if batch_size is not None:
        check_positive("train", "batch_size", batch_size, integer=True)
    check_lambd("train", lambd)
    check_keep_prob("train", keep_prob)
    check_optimizer("train", optimizer, beta1, beta2, epsilon)
    if decay not in DECAYS:
        raise ValueError(f"train: decay must be one of none, inverse, exponential, got {decay!r}")
    check_decay_rate("train", decay, decay_rate)
    if layer_dims[0] != X.shape[0]:
        raise ValueError(f"train: layer_dims[0] must equal the {X.shape[0]} rows of X, got {layer_dims[0]}")
    if init != "zeros" or batch_size is not None or keep_prob < 1:
        check_rng("train", rng)
    parameters, rng = initialize_parameters(layer_dims, rng, init)
    state = initialize_optimizer(parameters, optimizer, beta1, beta2, epsilon)
    check_network("train", X, Y, parameters, activations, state)
    label = "iteration" if batch_size is None else "epoch"
    m = X.shape[1]
    sizes = [m] if batch_size is None else [min(batch_size, m - k) for k in range(0, m, int(batch_size))]
    costs = []
    for i in range(int(iterations)):
        rate = learning_rate if decay == "none" else decayed_rate(learning_rate, i, decay, decay_rate)
        parameters, state, batch_costs, rng = _run_epoch(X, Y, parameters, activations, state, rng, rate,
                                                         batch_size, lambd, keep_prob)
        cost = 0.0
        for size, batch_cost in zip(sizes, batch_costs):
            cost += size / m * batch_cost
        costs.append(cost)
        if print_every and (i % print_every == 0 or i == iterations - 1):
            print(f"{label} {i}: cost {cost:.10g}", flush=True)
    return parameters, costs, rng
