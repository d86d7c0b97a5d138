"""Argument checks shared by the public functions: one clear message per problem, its values written
by value_text in the style of docs/messages.md, the same in every language."""
import dataclasses
import math
import numbers

import numpy as np


def check_matrix(caller, name, value):
    """Refuse anything but a finite 2-D numpy matrix; caller and name are the function and argument
    named in the message."""
    if not isinstance(value, np.ndarray) or value.ndim != 2:
        raise ValueError(f"{caller}: {name} must be a 2-D matrix")
    if not np.all(np.isfinite(value)):
        raise ValueError(f"{caller}: {name} must hold only finite numbers")


def check_positive(caller, name, value, integer=False):
    """Refuse anything but one finite number > 0 (a whole one if integer is true)."""
    ok = isinstance(value, numbers.Real) and not isinstance(value, bool) and np.isfinite(value) and value > 0
    if ok and integer:
        ok = value == int(value)
    if not ok:
        kind = "a positive integer" if integer else "a positive number"
        raise ValueError(f"{caller}: {name} must be {kind}, got {value_text(value)}")


def check_count(caller, name, value):
    """A non-negative whole number, returned as an int; 3.0 counts as 3, as it must in R and Octave,
    which have no integer type."""
    if not (_is_number(value) and 0 <= value < float("inf") and value == int(value)):
        raise ValueError(f"{caller}: {name} must be a non-negative integer, got {value_text(value)}")
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


def value_text(value, shape=False):
    """value as a message writes it (docs/messages.md): 3, 0.1, 1e-05, inf, nan; 'text'; true, false;
    [2, 0.5] for a list or a vector (one value alone as itself, as R and Octave cannot tell them
    apart); [] for nothing; a 2 x 3 matrix; a structure; a list. With shape, a 2-D matrix as its shape:
    1 x 3."""
    if shape and isinstance(value, np.ndarray) and value.ndim == 2 and value.shape != (0, 0):
        return f"{value.shape[0]} x {value.shape[1]}"
    if value is None:
        return "[]"
    if isinstance(value, (bool, np.bool_)):
        return "true" if value else "false"
    if _is_number(value):
        return _number_text(float(value))
    if isinstance(value, str):
        return f"'{value}'"
    if isinstance(value, dict) or dataclasses.is_dataclass(value):
        return "a structure"
    if isinstance(value, (list, tuple)):
        if all(isinstance(v, (str, bool, np.bool_)) or _is_number(v) for v in value):
            return _items_text([value_text(v) for v in value])
        return "a list"
    if isinstance(value, np.ndarray):
        if value.size == 0:
            return "[]"
        if sum(n != 1 for n in value.shape) <= 1:
            return _items_text([value_text(v.item()) for v in value.ravel()])
        return f"a {' x '.join(map(str, value.shape))} {'matrix' if value.ndim == 2 else 'array'}"
    return f"a {type(value).__name__}"


def _items_text(texts):
    return texts[0] if len(texts) == 1 else "[" + ", ".join(texts) + "]"


def _number_text(x):
    """Whole numbers below 1e16 without a point; others in the fewest significant digits that read
    back as x."""
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    if x == int(x) and abs(x) < 1e16:
        # + 0.0 writes -0 as 0.
        return f"{x + 0.0:.0f}"
    for digits in range(1, 18):
        text = f"{x:.{digits}g}"
        if float(text) == x:
            return text
