"""Argument checks shared by the public functions: one clear message per problem."""
import numbers

import numpy as np


def check_matrix(caller, name, value):
    if not isinstance(value, np.ndarray) or value.ndim != 2:
        raise ValueError(f"{caller}: {name} must be a 2-D matrix")
    if not np.all(np.isfinite(value)):
        raise ValueError(f"{caller}: {name} must hold only finite numbers")


def check_positive(caller, name, value, integer=False):
    ok = isinstance(value, numbers.Real) and not isinstance(value, bool) and np.isfinite(value) and value > 0
    if ok and integer:
        ok = value == int(value)
    if not ok:
        kind = "a positive integer" if integer else "a positive number"
        raise ValueError(f"{caller}: {name} must be {kind}, got {value!r}")


def check_count(caller, name, value):
    """A non-negative whole number, returned as an int; 3.0 counts as 3, as it must in R and Octave,
    which have no integer type."""
    if not (_is_number(value) and 0 <= value < float("inf") and value == int(value)):
        raise ValueError(f"{caller}: {name} must be a non-negative integer, got {value!r}")
    return int(value)


def output_classes(parameters, activations):
    """The classes the output layer tells apart: 2 for a sigmoid unit, else one per row of W_L."""
    return 2 if activations[-1] == "sigmoid" else parameters[f"W{len(activations)}"].shape[0]


def check_state(caller, parameters, state):
    """state must come from initialize_optimizer and hold the moving averages its optimiser keeps
    (vd<name>, sd<name>) for every parameter."""
    from .optimizers import OPTIMIZERS  # optimizers imports this module
    optimizer = state.get("optimizer") if isinstance(state, dict) else None
    if optimizer not in OPTIMIZERS:
        raise ValueError(f"{caller}: state must come from initialize_optimizer")
    prefixes = {"gd": (), "momentum": ("vd",), "rmsprop": ("sd",), "adam": ("vd", "sd")}[optimizer]
    missing = [prefix + name for name in parameters for prefix in prefixes if prefix + name not in state]
    if missing:
        raise ValueError(f"{caller}: state must hold {', '.join(missing)}")


def check_network(caller, X, Y, parameters, activations, state):
    """The checks that forward_propagation, backward_propagation and update_parameters make on
    every call, made once by train and train_epoch before their unchecked loop: the layers, the
    labels against the output layer, and the optimiser state."""
    from .data import check_labels  # data and forward import this module
    from .forward import check_layers
    check_layers(caller, X, parameters, activations)
    check_labels(caller, Y, X.shape[1], output_classes(parameters, activations))
    check_state(caller, parameters, state)


def _is_number(value):
    """A real number (Python's or numpy's), not a bool."""
    return isinstance(value, numbers.Real) and not isinstance(value, bool)
