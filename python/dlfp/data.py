"""Data sets: strict CSV loading, the spiral generator, scaling and the train/test split.

A data file is a CSV with a header line whose last field is "label", then one
example per line: the features, then an integer label 0..K-1.
"""
import math
import os
import re
import tempfile
import zlib

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
    """MNIST digits with the pixels scaled from 0..255 to [0, 1]; each column is one 28 x 28 image, its
    rows one after another. A CSV file is read by load_dataset with 10 classes; an IDX images file
    (gzipped or plain, told by its first bytes) by load_mnist, with the labels file beside it named as
    MNIST names it: the images file's name with labels-idx1 for images-idx3."""
    if _is_idx(path):
        if re.search(_IMAGES, path) is None:
            raise ValueError(f"load_digits: '{path}' is an IDX file whose name must contain images-idx3 (its "
                             f"labels file has labels-idx1 there)")
        X, Y = load_mnist(path, re.sub(_IMAGES, "labels-idx1", path, count=1))
        if X.shape[0] != MNIST_PIXELS:
            raise ValueError(f"load_digits: '{path}' must hold images of {MNIST_PIXELS} pixels, got {X.shape[0]}")
        return X, Y
    X, Y = load_dataset(path, n_classes=10)
    if X.shape[0] != MNIST_PIXELS:
        raise ValueError(f"load_digits: '{path}' must have {MNIST_PIXELS} pixel columns, got {X.shape[0]}")
    return X / 255, Y


# IDX (the format of the MNIST files): two zero bytes, a type code, the number of dimensions d, then d
# big-endian 4-byte sizes and the values, big-endian, the last dimension varying fastest.
IDX_TYPES = {8: ">u1", 9: ">i1", 11: ">i2", 12: ">i4", 13: ">f4", 14: ">f8"}
_GZIP = b"\x1f\x8b"
# MNIST's name for an images file: its labels file has labels-idx1 there.
_IMAGES = r"images-idx3(?=[^/]*$)"


def _read_bytes(caller, path):
    """A file's bytes, gunzipped when it starts with gzip's magic number."""
    if not os.path.isfile(path):
        raise ValueError(f"{caller}: cannot read '{path}': no such file")
    with open(path, "rb") as f:
        data = f.read()
    if data[:2] != _GZIP:
        return data
    inflate = zlib.decompressobj(wbits=31)
    try:
        data = inflate.decompress(data)
    except zlib.error:
        inflate = None
    if inflate is None or not inflate.eof:
        raise ValueError(f"{caller}: '{path}' is not a readable gzip file")
    return data


def _dims_text(dims):
    return " x ".join(str(d) for d in dims)


def load_idx(path):
    """An IDX file, gzipped or plain. Returns (values, dims): values is a matrix with one column per
    item of the first dimension, each holding that item's values in the file's order (an image's rows
    one after another), as doubles; dims lists the sizes, the item count first."""
    data = _read_bytes("load_idx", path)
    if len(data) < 4:
        raise ValueError(f"load_idx: '{path}' is truncated: an IDX header needs 4 bytes, got {len(data)}")
    if data[0] != 0 or data[1] != 0:
        raise ValueError(f"load_idx: '{path}' is not an IDX file: its first two bytes must be 0")
    code, n_dims = data[2], data[3]
    if code not in IDX_TYPES:
        raise ValueError(f"load_idx: '{path}' IDX type code must be one of 8, 9, 11, 12, 13, 14, got {code}")
    if n_dims == 0:
        raise ValueError(f"load_idx: '{path}' must have at least one dimension")
    header = 4 + 4 * n_dims
    if len(data) < header:
        raise ValueError(f"load_idx: '{path}' is truncated: an IDX header of {n_dims} dimensions needs {header} "
                         f"bytes, got {len(data)}")
    dims = [int(d) for d in np.frombuffer(data, ">u4", n_dims, 4)]
    dtype = np.dtype(IDX_TYPES[code])
    count = math.prod(dims)
    need, got = count * dtype.itemsize, len(data) - header
    if got < need:
        raise ValueError(f"load_idx: '{path}' is truncated: its {_dims_text(dims)} values need {need} bytes after "
                         f"the header, got {got}")
    if got > need:
        raise ValueError(f"load_idx: '{path}' is too long: its {_dims_text(dims)} values need {need} bytes after "
                         f"the header, got {got}")
    values = np.frombuffer(data, dtype, count, header).astype(float)
    return values.reshape(dims[0], math.prod(dims[1:])).T.copy(), dims


def load_mnist(images, labels):
    """MNIST's two IDX files (gzipped or plain): images (n x rows x columns) and their labels (n, 0..9).
    Returns X (rows columns x n, the pixels scaled from 0..255 to [0, 1], each image's rows one after
    another) and Y (1 x n)."""
    X, image_dims = load_idx(images)
    Y, label_dims = load_idx(labels)
    if len(image_dims) != 3:
        raise ValueError(f"load_mnist: images '{images}' must have 3 dimensions, got {len(image_dims)}")
    if len(label_dims) != 1:
        raise ValueError(f"load_mnist: labels '{labels}' must have 1 dimension, got {len(label_dims)}")
    if image_dims[0] != label_dims[0]:
        raise ValueError(f"load_mnist: '{images}' holds {image_dims[0]} images but '{labels}' holds "
                         f"{label_dims[0]} labels")
    bad = (Y != np.floor(Y)) | (Y < 0) | (Y > 9)
    if bad.any():
        k = int(np.argmax(bad[0]))
        raise ValueError(f"load_mnist: '{labels}' label {k + 1} must be an integer in 0..9, got {value_text(Y[0, k])}")
    return X / 255, Y


def _is_idx(path):
    """An IDX file, gzipped or plain, rather than a CSV: it starts with two zero bytes or gzip's magic number."""
    if not os.path.isfile(path):
        return False
    with open(path, "rb") as f:
        return f.read(2) in (b"\x00\x00", _GZIP)
