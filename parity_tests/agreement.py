"""Assertions that compare a quantity across languages and name the worst element."""
import itertools
import json
import os

import numpy as np

from tolerances import TOLERANCES


def _as_array(value):
    return np.asarray(value, dtype=float)


def record(quantity, pair, worst_abs, worst_rel, tolerance, passed):
    """Append one comparison to the file named by DLFP_PARITY_LOG (JSON lines), for the report, with
    the test's chapter (DLFP_CHAPTER, set from its chapter mark by conftest.py)."""
    path = os.environ.get("DLFP_PARITY_LOG")
    if path:
        test = os.environ.get("PYTEST_CURRENT_TEST", "").rsplit(" ", 1)[0]
        with open(path, "a") as f:
            f.write(json.dumps({"test": test, "chapter": os.environ["DLFP_CHAPTER"], "quantity": quantity,
                                "pair": pair, "abs": worst_abs, "rel": worst_rel, "tolerance": tolerance,
                                "passed": passed}) + "\n")


def assert_agree(quantity, values, tolerance):
    """values maps language name to a value; every pair must agree within TOLERANCES[tolerance]."""
    tol = TOLERANCES[tolerance]
    for (la, a), (lb, b) in itertools.combinations(values.items(), 2):
        a, b = _as_array(a), _as_array(b)
        assert a.shape == b.shape, f"{quantity}: {la} has shape {a.shape}, {lb} has shape {b.shape}"
        if a.size == 0:
            continue
        gap = np.abs(a - b)
        scale = max(np.max(np.abs(a)), np.max(np.abs(b)), tol.floor, np.finfo(float).tiny)
        differ = np.ascontiguousarray(a).view(np.uint64) != np.ascontiguousarray(b).view(np.uint64)
        index = np.unravel_index(np.argmax(gap), a.shape)
        if tol.value == 0:
            passed = not differ.any()
        else:
            passed = bool(np.all(np.isfinite(gap)) and gap[index] <= tol.value * scale)
        record(quantity, f"{la}-{lb}", float(gap[index]), float(gap[index] / scale), tol.name, passed)
        if tol.value == 0:
            first = np.unravel_index(np.argmax(differ), a.shape)
            assert passed, (f"{quantity}: {la} vs {lb} differ in {int(differ.sum())} of {a.size} elements; first at "
                            f"{first}: {a[first]!r} vs {b[first]!r} (tolerance '{tol.name}': {tol.reason})")
        else:
            assert passed, (f"{quantity}: {la} vs {lb}: worst element {index}: {a[index]!r} vs {b[index]!r}, "
                            f"difference {gap[index] / scale:.3g} of the scale {scale:.3g}, allowed {tol.value:g} "
                            f"(tolerance '{tol.name}': {tol.reason})")


def worst_gap(values):
    """The largest relative gap between any two languages (for reports and measurements)."""
    gaps = []
    for (_, a), (_, b) in itertools.combinations(values.items(), 2):
        a, b = _as_array(a), _as_array(b)
        scale = max(np.max(np.abs(a)), np.max(np.abs(b)), np.finfo(float).tiny)
        gaps.append(float(np.max(np.abs(a - b)) / scale))
    return max(gaps)
