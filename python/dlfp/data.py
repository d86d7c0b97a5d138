"""Data sets: CSV loading (the dialect of data/README.md), the spiral generator, scaling and the
train/test split.

A data file is a CSV whose line 1 names the columns; the label column (named label unless said
otherwise) holds the labels and every other column but unnamed row names a feature.
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


def _fail(caller, path, problem):
    raise ValueError(f"{caller}: '{path}' {problem}")


def load_dataset(path, n_classes):
    """Read a data file (data/README.md) whose column 'label' holds integer labels 0..n_classes-1, as
    they are; returns X (features x examples) and Y (1 x examples)."""
    X, labels = _read_table("load_dataset", path, "label")
    Y = _numbers(lambda problem: _fail("load_dataset", path, problem), [[v] for v in labels], ["label"])
    bad = (Y != np.floor(Y)) | (Y < 0) | (Y > n_classes - 1)
    if bad.any():
        row = int(np.argmax(bad))
        _fail("load_dataset", path,
              f"line {row + 2} label must be an integer in 0..{n_classes - 1}, got {value_text(Y[row, 0])}")
    return X, Y.reshape(1, -1)


def read_dataset(path, label_column="label", classes=None, require_labels=True):
    """Read a reader's own CSV file (the dialect of data/README.md): the column named label_column holds
    the labels, numbers or text, every other column a feature. The labels become 0..K-1 in sorted
    order (numbers by value, text character by character); classes, given, fixes the classes instead
    (a test set read with its training set's classes). Returns X (features x examples), Y (1 x examples)
    and the class names: the list of K strings whose k-th is class k (a number written by value_text).
    Prints the mapping when a class's name is not its number. A file without a column label_column is
    refused, unless require_labels is False (new examples to predict): then every named column is a
    feature, Y is None (R: NULL, Octave: []) and the classes are those given (None if none were)."""
    if not isinstance(label_column, str) or label_column == "":
        raise ValueError(f"read_dataset: label_column must be a column name, got {value_text(label_column)}")
    if classes is not None and not (isinstance(classes, list) and classes and all(isinstance(c, str) for c in classes)
                                    and len(set(classes)) == len(classes)):
        raise ValueError(f"read_dataset: classes must be a list of distinct names, got {value_text(classes)}")
    if not isinstance(require_labels, (bool, np.bool_)):
        raise ValueError(f"read_dataset: require_labels must be true or false, got {value_text(require_labels)}")
    X, labels = _read_table("read_dataset", path, label_column, require_labels)
    if labels is None:
        return X, None, classes
    names = _label_names(labels)
    made_here = classes is None
    if made_here:
        if all(_FIELD.fullmatch(label) for label in labels):
            # Numbers sort by value: 10 after 9.
            classes = [value_text(v) for v in sorted(set(float(label) for label in labels))]
        else:
            classes = sorted(set(names))
    index = {name: k for k, name in enumerate(classes)}
    for row, name in enumerate(names):
        if name not in index:
            _fail("read_dataset", path, f"line {row + 2} label must be one of {value_text(classes)}, got '{name}'")
    if made_here and any(name != value_text(k) for k, name in enumerate(classes)):
        pairs = ", ".join(f"{k} = '{name}'" for k, name in enumerate(classes))
        print(f"read_dataset: classes of '{label_column}': {pairs}")
    return X, np.array([[float(index[name]) for name in names]]), list(classes)


def _label_names(labels):
    """Each label's class name: a number as value_text writes it (1.0 and 1 are one class), text as it is."""
    if not all(_FIELD.fullmatch(label) for label in labels):
        return list(labels)
    return [value_text(float(label)) for label in labels]


_SPLIT = re.compile(r'[ \t]*(?:"(?:[^"]|"")*"|[^,"]*)[ \t]*,')


def _fields(line):
    """A line's fields, or None if a quote is out of place. A field in double quotes may hold commas, and
    a quote written twice; spaces and tabs around a field are not part of it."""
    if '"' not in line:
        return [field.strip(" \t") for field in line.split(",")]
    matches = [match.group() for match in _SPLIT.finditer(line + ",")]
    if sum(map(len, matches)) != len(line) + 1:
        return None
    fields = [match[:-1].strip(" \t") for match in matches]
    return [field[1:-1].replace('""', '"') if field.startswith('"') else field for field in fields]


def _read_table(caller, path, label_column, require_labels=True):
    """A data file in the dialect of data/README.md: X (features x examples) and the label column's
    fields (None for a file without that column, which only require_labels False accepts). The first
    thing out of place is refused, naming its line and column."""
    if not os.path.isfile(path):
        raise ValueError(f"{caller}: cannot read '{path}': no such file")

    def fail(problem):
        _fail(caller, path, problem)

    with open(path, "rb") as f:
        text = f.read().decode("utf-8", errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and lines[-1].strip(" \t") == "":
        lines.pop()
    if not lines:
        fail("is empty")
    rows = []
    for number, line in enumerate(lines, start=1):
        fields = _fields(line)
        if fields is None:
            fail(f"line {number} has a quote that does not enclose a whole field")
        if rows and len(fields) != len(rows[0]):
            fail(f"line {number} has {len(fields)} fields, expected {len(rows[0])}")
        rows.append(fields)
    header, rows = rows[0], rows[1:]
    for k, name in enumerate(header, start=1):
        if name == "" and k > 1:
            fail(f"line 1 column {k} has no name")
        if name != "" and name in header[:k - 1]:
            fail(f"line 1 column {k} has the same name as column {header.index(name) + 1}: '{name}'")
    labelled = label_column in header
    if require_labels and not labelled:
        fail(f"line 1 has no column '{label_column}'")
    features = [k for k, name in enumerate(header) if name not in ("", label_column)]
    if not features:
        fail(f"line 1 has no feature column besides '{label_column}'")
    if not rows:
        fail("has no data rows")
    if header[0] == "":
        print(f"{caller}: '{path}' column 1 has no name: read as row names and left out")
    if not labelled:
        # A column of text is most likely the labels under another name: say which column was looked for.
        X = _numbers(lambda problem: fail(f"{problem} (the file has no label column '{label_column}')"),
                     [[fields[k] for k in features] for fields in rows], [header[k] for k in features])
        return X.T.copy(), None
    label = header.index(label_column)
    for row, fields in enumerate(rows):
        if fields[label] == "":
            fail(f"line {row + 2} has no label")
    X = _numbers(fail, [[fields[k] for k in features] for fields in rows], [header[k] for k in features])
    return X.T.copy(), [fields[label] for fields in rows]


def _numbers(fail, cells, names):
    """cells (rows of text, one column per name) as a matrix of finite numbers; the first field in
    reading order that is not one is refused, naming its line and column."""
    n = len(names)
    good = [_LINE.fullmatch(text) is not None and text.count(",") == n - 1 for text in map(",".join, cells)]
    cells_or_nan = [row if ok else [cell if _FIELD.fullmatch(cell) else "nan" for cell in row]
                    for row, ok in zip(cells, good)]
    values = np.array([cell for row in cells_or_nan for cell in row], dtype=float).reshape(len(cells), n)
    bad = ~np.isfinite(values)
    if bad.any():
        row, col = np.argwhere(bad)[0]
        fail(f"line {row + 2} column '{names[col]}' must be a finite number, got '{cells[row][col]}'")
    return values


def check_classes(path, classes, output):
    """A data file's classes (read_dataset's) must suit the output layer: 2 for a sigmoid output, at
    least 2 for softmax."""
    if output == "sigmoid" and len(classes) != 2:
        raise ValueError(f"check_classes: '{path}' must hold 2 classes for a sigmoid output, got {len(classes)}: "
                         f"{value_text(list(classes))}")
    if len(classes) < 2:
        raise ValueError(f"check_classes: '{path}' must hold at least 2 classes for a {output} output, "
                         f"got {len(classes)}: {value_text(list(classes))}")


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
    if is_idx(path):
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


DIGITS = [str(digit) for digit in range(10)]


def read_examples(path, label_column="label", classes=None, features=None):
    """The examples of a chapter that reads MNIST by default (chapters 5 and 7) from any data file: an IDX
    images file (told by its first bytes) by load_digits, its classes the ten digits; a CSV file by
    read_dataset (labels in column label_column, classes as there), its values divided by 255 when it has
    MNIST_PIXELS features (an MNIST CSV, as load_digits scales it). features, given (a test file read
    after its training file), is the number of features the file must have. Returns X, Y and the class
    names."""
    if features is not None:
        check_positive("read_examples", "features", features, integer=True)
    if is_idx(path):
        X, Y = load_digits(path)
        if classes is not None and list(classes) != DIGITS:
            raise ValueError(f"read_examples: '{path}' holds the digits {value_text(DIGITS)}, "
                             f"which must be the classes {value_text(list(classes))}")
        classes = DIGITS
    else:
        X, Y, classes = read_dataset(path, label_column, classes)
        if X.shape[0] == MNIST_PIXELS:
            X = X / 255
    if features is not None and X.shape[0] != features:
        raise ValueError(f"read_examples: '{path}' must have {features} features, as the training data, "
                         f"got {X.shape[0]}")
    return X, Y, list(classes)


def standardize_fit(X):
    """Each feature's (row's) mean and standard deviation over the examples (columns), dividing by m:
    a dict with mean and sd, each features x 1. A constant feature has its value as mean and sd 0.
    The sums run over the examples left to right, so that Python, R and Octave agree bit for bit."""
    check_matrix("standardize_fit", "X", X)
    m = X.shape[1]
    total = np.zeros((X.shape[0], 1))
    for j in range(m):
        total += X[:, j:j + 1]
    mean = total / m
    squares = np.zeros_like(mean)
    for j in range(m):
        squares += (X[:, j:j + 1] - mean) ** 2
    sd = np.sqrt(squares / m)
    constant = (X.max(axis=1, keepdims=True) == X.min(axis=1, keepdims=True))
    mean = np.where(constant, X[:, :1], mean)
    return {"mean": mean, "sd": np.where(constant, 0.0, sd)}


def standardize_apply(X, stats):
    """(X - mean) / sd for each feature with standardize_fit's stats (of the training examples, for a
    test set too); a feature whose sd is 0 is only centred."""
    check_matrix("standardize_apply", "X", X)
    n = X.shape[0]
    if not isinstance(stats, dict) or sorted(stats) != ["mean", "sd"]:
        raise ValueError(f"standardize_apply: stats must be a structure of mean and sd, got {value_text(stats)}")
    for name in ("mean", "sd"):
        check_matrix("standardize_apply", f"stats's {name}", stats[name])
        if stats[name].shape != (n, 1):
            raise ValueError(f"standardize_apply: stats's {name} must be {n} x 1 to match X, "
                             f"got {value_text(stats[name], shape=True)}")
    if np.any(stats["sd"] < 0):
        raise ValueError("standardize_apply: stats's sd must not be negative")
    return (X - stats["mean"]) / np.where(stats["sd"] > 0, stats["sd"], 1.0)


def prepare_split(X, Y, test_fraction, standardize, rng):
    """The examples as a chapter script trains and tests on them: with test_fraction > 0 that share held
    out (split_train_test, drawing from rng), and with standardize every feature scaled by the training
    examples' means and deviations (standardize_fit), the held-out ones too (standardize_apply).
    Returns (X_train, Y_train, X_test, Y_test, stats, rng): X_test and Y_test None without a split,
    stats None without standardize, rng as given without a split."""
    check_examples("prepare_split", X, Y)
    if not (_is_number(test_fraction) and 0 <= test_fraction < 1):
        raise ValueError(f"prepare_split: test_fraction must be in [0, 1), got {value_text(test_fraction)}")
    if not isinstance(standardize, (bool, np.bool_)):
        raise ValueError(f"prepare_split: standardize must be true or false, got {value_text(standardize)}")
    check_rng("prepare_split", rng)
    X_test = Y_test = stats = None
    if test_fraction > 0:
        X, Y, X_test, Y_test, rng = split_train_test(X, Y, test_fraction, rng)
    if standardize:
        stats = standardize_fit(X)
        X = standardize_apply(X, stats)
        X_test = None if X_test is None else standardize_apply(X_test, stats)
    return X, Y, X_test, Y_test, stats, rng


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


def is_idx(path):
    """Does path name an IDX file, gzipped or plain, rather than a CSV: does it start with two zero bytes or
    gzip's magic number? False for anything that names no file."""
    if not isinstance(path, str) or not os.path.isfile(path):
        return False
    with open(path, "rb") as f:
        return f.read(2) in (b"\x00\x00", _GZIP)
