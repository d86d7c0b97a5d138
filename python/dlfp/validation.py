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


def _is_number(value):
    """A real number (Python's or numpy's), not a bool."""
    return isinstance(value, numbers.Real) and not isinstance(value, bool)
