"""Data sets: strict CSV loading, the spiral generator, scaling and the train/test split.

A data file is a CSV with a header line whose last field is "label", then one
example per line: the features, then an integer label 0..K-1.
"""
import math
import os
import re
import tempfile

import numpy as np

from .rng import check_rng, rng_normal, rng_permutation
from .validation import _is_number, check_matrix, check_positive, value_text

NUMBER = r"[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?"
_FIELD = re.compile(NUMBER)
PI = 3.141592653589793
_LINE = re.compile(f"{NUMBER}(?:,{NUMBER})*")


def _fail(path, problem):
    raise ValueError(f"load_dataset: '{path}' {problem}")


def load_dataset(path, n_classes):
    """Read a data file; returns X (features x examples) and Y (1 x examples)."""
    if not os.path.isfile(path):
        raise ValueError(f"load_dataset: cannot read '{path}': no such file")
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    lines = [line[:-1] if line.endswith("\r") else line for line in lines]
    if not lines:
        _fail(path, "is empty")
    header = lines[0].split(",")
    if len(header) < 2 or header[-1] != "label":
        _fail(path, "line 1 must be a header whose last field is 'label'")
    if len(lines) == 1:
        _fail(path, "has no data rows")
    n_fields = len(header)
    for number, line in enumerate(lines[1:], start=2):
        if _LINE.fullmatch(line) is None or line.count(",") != n_fields - 1:
            fields = line.split(",")
            if len(fields) != n_fields:
                _fail(path, f"line {number} has {len(fields)} fields, expected {n_fields}")
            bad = next(k for k, field in enumerate(fields, start=1) if _FIELD.fullmatch(field) is None)
            _fail(path, f"line {number} field {bad} is not a finite number: '{fields[bad - 1]}'")
    values = np.array(",".join(lines[1:]).split(","), dtype=float).reshape(len(lines) - 1, n_fields)
    if not np.all(np.isfinite(values)):
        row, col = np.argwhere(~np.isfinite(values))[0]
        _fail(path, f"line {row + 2} field {col + 1} is not a finite number: '{lines[row + 1].split(',')[col]}'")
    labels = values[:, -1]
    bad = (labels != np.floor(labels)) | (labels < 0) | (labels > n_classes - 1)
    if bad.any():
        row = int(np.argmax(bad))
        _fail(path, f"line {row + 2} label must be an integer in 0..{n_classes - 1}, got {value_text(labels[row])}")
    return values[:, :-1].T.copy(), labels.reshape(1, -1)


def check_labels(caller, Y, m, n_classes):
    """Y must be 1 x m with integer labels 0..n_classes-1."""
    _check_label_shape(caller, Y, m)
    if not np.all((Y == np.floor(Y)) & (Y >= 0) & (Y <= n_classes - 1)):
        raise ValueError(f"{caller}: Y must hold integer labels in 0..{n_classes - 1}")


def check_examples(caller, X, Y):
    """X a finite matrix with a column per example, Y a 1 x m matrix of its labels."""
    check_matrix(caller, "X", X)
    _check_label_shape(caller, Y, X.shape[1])


def _check_label_shape(caller, Y, m):
    if not isinstance(Y, np.ndarray) or Y.shape != (1, m):
        raise ValueError(f"{caller}: Y must be a 1 x {m} matrix, got {value_text(Y, shape=True)}")


def write_dataset(path, X, Y):
    """Write X (features x examples) and Y (1 x examples) as a data file, atomically.
    Numbers are printed with 17 significant digits, which read back exactly."""
    check_examples("write_dataset", X, Y)
    header = ",".join([f"x{k}" for k in range(1, X.shape[0] + 1)] + ["label"])
    rows = [",".join("%.17g" % v for v in X[:, j]) + ",%d" % Y[0, j] for j in range(X.shape[1])]
    write_atomically(path, lambda tmp: open(tmp, "w").write("\n".join([header] + rows) + "\n"))


def write_atomically(path, write):
    """Call write(tmp) on a temporary file beside path, then rename it into place."""
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    suffix = os.path.splitext(path)[1]
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=suffix)
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)


def make_spiral(rng, n_per_class=100, n_classes=3, noise=0.2):
    """The CS231n spiral: class k has radii r_i = i/(N-1) and angles 4k + 4 r_i + noise N(0,1).

    Points (r sin t, r cos t), class after class. Returns (X, Y, rng); X is 2 x N K.
    """
    check_rng("make_spiral", rng)
    _check_points("make_spiral", n_per_class)
    check_positive("make_spiral", "n_classes", n_classes, integer=True)
    _check_noise("make_spiral", noise)
    N = int(n_per_class)
    r = np.arange(N) / (N - 1)
    X = np.zeros((2, N * n_classes))
    Y = np.zeros((1, N * n_classes))
    for k in range(n_classes):
        eps, rng = rng_normal(rng, 1, N)
        t = (4 * k + 4 * r) + noise * eps[0]
        cols = slice(k * N, (k + 1) * N)
        # The math module's sin and cos are glibc's, as in R and Octave.
        X[0, cols] = r * np.fromiter(map(math.sin, t), float, N)
        X[1, cols] = r * np.fromiter(map(math.cos, t), float, N)
        Y[0, cols] = k
    return X, Y, rng


def make_moons(rng, n_per_class=200, noise=0.2):
    """Two interleaved half circles: class 0 at (cos t, sin t), class 1 at (1 - cos t, 0.5 - sin t),
    t_i = PI i/(N-1), plus noise x N(0,1) from a 2 x 2N draw. Returns (X, Y, rng); X is 2 x 2N."""
    check_rng("make_moons", rng)
    _check_points("make_moons", n_per_class)
    _check_noise("make_moons", noise)
    N = int(n_per_class)
    t = PI * (np.arange(N) / (N - 1))
    cos_t = np.fromiter(map(math.cos, t), float, N)
    sin_t = np.fromiter(map(math.sin, t), float, N)
    X = np.vstack([np.concatenate([cos_t, 1 - cos_t]), np.concatenate([sin_t, 0.5 - sin_t])])
    eps, rng = rng_normal(rng, 2, 2 * N)
    Y = np.concatenate([np.zeros(N), np.ones(N)]).reshape(1, -1)
    return X + noise * eps, Y, rng


def _check_points(caller, n_per_class):
    """At least two points per class: the curves run from point 0 to point n_per_class - 1."""
    if not (_is_number(n_per_class) and 2 <= n_per_class < float("inf") and n_per_class == int(n_per_class)):
        raise ValueError(f"{caller}: n_per_class must be an integer >= 2, got {value_text(n_per_class)}")


def _check_noise(caller, noise):
    if not (_is_number(noise) and 0 <= noise < float("inf")):
        raise ValueError(f"{caller}: noise must be a non-negative number, got {value_text(noise)}")


def scale_to_unit_norm(X):
    """Divide each example (column) by its Euclidean norm; an all-zero column stays zero."""
    check_matrix("scale_to_unit_norm", "X", X)
    norms = np.sqrt(np.sum(X * X, axis=0, keepdims=True))
    return X / np.where(norms > 0, norms, 1)


def split_train_test(X, Y, test_fraction, rng):
    """Shuffle the columns with the portable generator; the last ceil(test_fraction m) go to the test set.

    Returns (X_train, Y_train, X_test, Y_test, rng).
    """
    check_examples("split_train_test", X, Y)
    if not (_is_number(test_fraction) and 0 < test_fraction < 1):
        raise ValueError(f"split_train_test: test_fraction must be in (0, 1), got {value_text(test_fraction)}")
    check_rng("split_train_test", rng)
    m = X.shape[1]
    n_test = int(np.ceil(test_fraction * m))
    perm, rng = rng_permutation(rng, m)
    train, test = perm[:m - n_test], perm[m - n_test:]
    return X[:, train], Y[:, train], X[:, test], Y[:, test], rng


MNIST_PIXELS = 784


def load_digits(path):
    """MNIST digits (load_dataset with 10 classes) with the pixels scaled from 0..255 to [0, 1];
    each column is one 28 x 28 image, its rows one after another."""
    X, Y = load_dataset(path, n_classes=10)
    if X.shape[0] != MNIST_PIXELS:
        raise ValueError(f"load_digits: '{path}' must have {MNIST_PIXELS} pixel columns, got {X.shape[0]}")
    return X / 255, Y
