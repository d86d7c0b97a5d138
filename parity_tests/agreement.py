"""Assertions that compare a quantity across languages and name the worst element."""
import itertools

import numpy as np

from tolerances import TOLERANCES


def _as_array(value):
    return np.asarray(value, dtype=float)


def assert_agree(quantity, values, tolerance):
    """values maps language name to a value; every pair must agree within TOLERANCES[tolerance]."""
    tol = TOLERANCES[tolerance]
    for (la, a), (lb, b) in itertools.combinations(values.items(), 2):
        a, b = _as_array(a), _as_array(b)
        assert a.shape == b.shape, f"{quantity}: {la} has shape {a.shape}, {lb} has shape {b.shape}"
        if a.size == 0:
            continue
        if tol.value == 0:
            differ = a.view(np.uint64) != b.view(np.uint64)
            if differ.any():
                index = np.unravel_index(np.argmax(differ), a.shape)
                raise AssertionError(
                    f"{quantity}: {la} vs {lb} differ in {int(differ.sum())} of {a.size} elements; first at "
                    f"{index}: {a[index]!r} vs {b[index]!r} (tolerance '{tol.name}': {tol.reason})")
            continue
        gap = np.abs(a - b)
        scale = max(np.max(np.abs(a)), np.max(np.abs(b)), np.finfo(float).tiny)
        index = np.unravel_index(np.argmax(gap), a.shape)
        assert np.all(np.isfinite(gap)) and gap[index] <= tol.value * scale, (
            f"{quantity}: {la} vs {lb}: worst element {index}: {a[index]!r} vs {b[index]!r}, difference "
            f"{gap[index] / scale:.3g} of the scale {scale:.3g}, allowed {tol.value:g} "
            f"(tolerance '{tol.name}': {tol.reason})")


def worst_gap(values):
    """The largest relative gap between any two languages (for reports and measurements)."""
    gaps = []
    for (_, a), (_, b) in itertools.combinations(values.items(), 2):
        a, b = _as_array(a), _as_array(b)
        scale = max(np.max(np.abs(a)), np.max(np.abs(b)), np.finfo(float).tiny)
        gaps.append(float(np.max(np.abs(a - b)) / scale))
    return max(gaps)
