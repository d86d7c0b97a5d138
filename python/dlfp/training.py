"""Training: mini-batches, one epoch, the whole loop and its settings."""
import dataclasses
from typing import Optional

import numpy as np

from .backward import backward_pass
from .cost import cross_entropy
from .data import check_examples
from .forward import forward_pass
from .initialization import check_init, check_layer_dims, initialize_parameters
from .optimizers import DECAYS, check_decay_rate, check_optimizer, decayed_rate, initialize_optimizer, update_step
from .regularization import check_keep_prob, check_lambd, draw_masks, l2_term
from .rng import check_rng, rng_permutation
from .validation import check_count, check_matrix, check_network, check_positive, value_text


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


@dataclasses.dataclass(frozen=True)
class TrainConfig:
    """train's settings, checked whenever one is made: by train_config(...), or as a variant of
    another by dataclasses.replace(config, lambd=0.5).

    learning_rate: the step size (decayed once per epoch by decay and decay_rate, see
    decay_learning_rate); iterations: the number of epochs; init: initialize_parameters' scheme;
    print_every: print the cost every print_every epochs (0: never); batch_size: None for one
    full-batch step per epoch, else shuffled mini-batches of this size; optimizer, beta1, beta2,
    epsilon: initialize_optimizer's; lambd: the L2 weight; keep_prob: the dropout keep probability.
    """
    learning_rate: float = 0.1
    iterations: int = 1000
    init: str = "default"
    print_every: int = 0
    batch_size: Optional[int] = None
    optimizer: str = "gd"
    beta1: float = 0.9
    beta2: float = 0.999
    epsilon: float = 1e-8
    lambd: float = 0
    keep_prob: float = 1
    decay: str = "none"
    decay_rate: float = 0

    def __post_init__(self):
        # In the order of the fields, so that every language names the same first bad one.
        check_positive("train_config", "learning_rate", self.learning_rate)
        check_positive("train_config", "iterations", self.iterations, integer=True)
        check_init("train_config", self.init)
        check_count("train_config", "print_every", self.print_every)
        if self.batch_size is not None:
            check_positive("train_config", "batch_size", self.batch_size, integer=True)
        check_optimizer("train_config", self.optimizer, self.beta1, self.beta2, self.epsilon)
        check_lambd("train_config", self.lambd)
        check_keep_prob("train_config", self.keep_prob)
        if self.decay not in DECAYS:
            raise ValueError(f"train_config: decay must be one of none, inverse, exponential, "
                             f"got {value_text(self.decay)}")
        check_decay_rate("train_config", self.decay, self.decay_rate)


def train_config(**fields):
    """A TrainConfig with the given fields and the defaults for the rest; an unknown name is refused."""
    known = [field.name for field in dataclasses.fields(TrainConfig)]
    for name in fields:
        if name not in known:
            raise ValueError(f"train_config: unknown field {value_text(name)}")
    return TrainConfig(**fields)


def train(X, Y, layer_dims, activations, rng, config=None):
    """Initialise, then run config.iterations epochs (train_epoch) with the optimiser's state carried
    across them and the learning rate of decay_learning_rate(learning_rate, epoch, decay, decay_rate).
    config comes from train_config (None: train_config(), the defaults).

    Without batch_size an epoch is one full-batch step. costs[i] is epoch i's cost: its batches'
    costs weighted by their share of the m examples (the cost before the step for a full batch).
    Every print_every epochs (and at the last) prints "iteration i: cost c" ("epoch i: ..." with
    mini-batches). Returns (parameters, costs, rng).
    """
    if config is None:
        config = train_config()
    if not isinstance(config, TrainConfig):
        raise ValueError("train: config must come from train_config")
    check_matrix("train", "X", X)
    check_layer_dims("train", layer_dims)
    if layer_dims[0] != X.shape[0]:
        raise ValueError(f"train: the first of layer_dims must equal the {X.shape[0]} rows of X, "
                         f"got {value_text(layer_dims[0])}")
    if config.init != "zeros" or config.batch_size is not None or config.keep_prob < 1:
        check_rng("train", rng)
    parameters, rng = initialize_parameters(layer_dims, rng, config.init)
    state = initialize_optimizer(parameters, config.optimizer, config.beta1, config.beta2, config.epsilon)
    check_network("train", X, Y, parameters, activations, state)
    batch_size = config.batch_size
    label = "iteration" if batch_size is None else "epoch"
    m = X.shape[1]
    sizes = [m] if batch_size is None else [min(batch_size, m - k) for k in range(0, m, int(batch_size))]
    costs = []
    for i in range(int(config.iterations)):
        rate = config.learning_rate
        if config.decay != "none":
            rate = decayed_rate(rate, i, config.decay, config.decay_rate)
        parameters, state, batch_costs, rng = _run_epoch(X, Y, parameters, activations, state, rng, rate,
                                                         batch_size, config.lambd, config.keep_prob)
        cost = 0.0
        for size, batch_cost in zip(sizes, batch_costs):
            cost += size / m * batch_cost
        costs.append(cost)
        if config.print_every and (i % config.print_every == 0 or i == config.iterations - 1):
            print(f"{label} {i}: cost {cost:.10g}", flush=True)
    return parameters, costs, rng
