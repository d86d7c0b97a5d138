"""Predictions and how good they are."""
import math
import os

import numpy as np

from .activations import check_activation
from .forward import forward_propagation
from .initialization import check_layer_dims
from .validation import _is_number, check_count, check_matrix, check_positive, value_text


# Probabilities within this share of the largest count as equal, and the lowest class wins: the
# three languages compute probabilities that differ in the last bits, and a plain argmax would let
# that rounding decide between classes that the network cannot tell apart.
TIE = 1e-12


def predict_labels(X, parameters, activations):
    """1 x m labels: the most probable class, where a class whose probability is within TIE (relative)
    of the largest counts as tied with it and the lowest tied class wins. A sigmoid output a gives
    class 1 only when a exceeds 1 - a by more than that, so a = 0.5 gives 0; softmax gives the first
    of the classes tied for the largest probability."""
    try:
        AL, _ = forward_propagation(X, parameters, activations)
    except ValueError as error:
        # forward_propagation's checks, under this function's name.
        raise ValueError(str(error).replace("forward_propagation:", "predict_labels:", 1)) from None
    if activations[-1] == "softmax":
        tied = AL >= (1 - TIE) * AL.max(axis=0, keepdims=True)
        return tied.argmax(axis=0).reshape(1, -1).astype(float)
    return ((1 - TIE) * AL > 1 - AL).astype(float)


def collapse_warning(costs, Y_hat, n_classes):
    """One warning line when training collapsed, else "": when the last cost is still at the level of a
    constant prediction (ln n_classes, ln 2 for a sigmoid output, within 1 %) or every example is
    predicted as one class. It names the likely causes."""
    check_positive("collapse_warning", "n_classes", n_classes, integer=True)
    check_matrix("collapse_warning", "Y_hat", Y_hat)
    level = float(np.log(n_classes))
    found = []
    if len(costs) > 0 and costs[-1] >= 0.99 * level:
        found.append(f"the cost stayed at ln {value_text(n_classes)} = {level:.4f} (a constant prediction's)")
    if Y_hat.size > 1 and np.all(Y_hat == Y_hat.flat[0]):
        found.append(f"every example is predicted as class {value_text(float(Y_hat.flat[0]))}")
    if not found:
        return ""
    return (f"warning: training collapsed: {' and '.join(found)}; likely causes: unscaled features "
            "(try --standardize), a learning rate too large or too small, or too few iterations")


def cost_rises(costs):
    """How often and how far a cost curve rose: (count, largest), the number of epochs (or iterations)
    whose cost is above the one before, and the largest such rise relative to the cost before it,
    (later - earlier) / earlier, 0 when the cost never rises. An optimiser overshooting shows here, and
    learning-rate decay's point is to settle it. costs: train's costs, a list or vector of numbers (a nan
    neither rises nor is risen from)."""
    # One number is a vector of one and None an empty one, as in R and Octave; a matrix of one row or one
    # column is a vector.
    values = np.asarray([] if costs is None else costs, dtype=object) if costs is None or isinstance(
        costs, (list, tuple, np.ndarray)) or _is_number(costs) else np.empty((2, 2), dtype=object)
    if values.ndim > 2 or (values.ndim == 2 and min(values.shape) > 1) or not all(
            _is_number(value) for value in values.flat):
        raise ValueError(f"cost_rises: costs must be a vector of numbers, got {value_text(costs)}")
    values = [float(value) for value in values.flat]
    rises = [(later - earlier) / earlier for earlier, later in zip(values, values[1:]) if later > earlier]
    return len(rises), max(rises, default=0.0)


def accuracy(Y, Y_hat):
    """Fraction of the m columns where the labels agree."""
    check_matrix("accuracy", "Y", Y)
    check_matrix("accuracy", "Y_hat", Y_hat)
    if np.shape(Y) != np.shape(Y_hat):
        raise ValueError(f"accuracy: Y and Y_hat must have the same shape, got {value_text(Y, shape=True)} and "
                         f"{value_text(Y_hat, shape=True)}")
    return float(np.mean(Y == Y_hat))


def confusion_matrix(Y, Y_hat, n_classes):
    """K x K counts: row = true label, column = predicted label."""
    check_positive("confusion_matrix", "n_classes", n_classes, integer=True)
    if np.ndim(Y) != 2 or np.shape(Y)[0] != 1 or np.shape(Y) != np.shape(Y_hat):
        raise ValueError(f"confusion_matrix: Y and Y_hat must be 1 x m matrices of the same shape, "
                         f"got {value_text(Y, shape=True)} and {value_text(Y_hat, shape=True)}")
    labels = np.concatenate([np.ravel(Y), np.ravel(Y_hat)])
    if not np.all((labels >= 0) & (labels < n_classes) & (labels == np.floor(labels))):
        raise ValueError(f"confusion_matrix: labels must be integers in 0..{n_classes - 1}")
    counts = np.zeros((int(n_classes), int(n_classes)))
    np.add.at(counts, (Y[0].astype(int), Y_hat[0].astype(int)), 1)
    return counts


def format_confusion_matrix(counts):
    """The confusion matrix as text, laid out the same way in every language."""
    if not isinstance(counts, np.ndarray) or counts.ndim != 2 or counts.shape[0] != counts.shape[1]:
        raise ValueError("format_confusion_matrix: counts must be a square matrix")
    labels = range(counts.shape[0])
    lines = ["confusion matrix (rows: true label, columns: predicted label)",
             " " * 6 + "".join(f"{k:6d}" for k in labels)]
    lines += [f"{k:6d}" + "".join(f"{int(c):6d}" for c in counts[k]) for k in labels]
    return "\n".join(lines)


# The classification statistics the book prints beside the accuracy (R caret's confusionMatrix): per class,
# one class against the rest; an undefined ratio (0 / 0) is nan.
METRICS = ("accuracy", "interval", "kappa", "precision", "recall", "specificity", "f1", "balanced_accuracy")


def classification_metrics(counts):
    """The statistics of a K x K confusion matrix (rows: true label, columns: predicted): accuracy, its exact
    95 % confidence interval (accuracy_interval: 1 x 2), Cohen's kappa, and 1 x K rows of each class's
    precision, recall (sensitivity), specificity, F1 and balanced accuracy ((recall + specificity) / 2)."""
    if not isinstance(counts, np.ndarray) or counts.ndim != 2 or counts.shape[0] != counts.shape[1]:
        raise ValueError("classification_metrics: counts must be a square matrix")
    if not np.all(np.isfinite(counts) & (counts >= 0) & (counts == np.floor(counts))):
        raise ValueError("classification_metrics: counts must hold non-negative integers")
    total = float(np.sum(counts))
    if total == 0:
        raise ValueError("classification_metrics: counts must hold at least one example")
    tp = np.diag(counts).reshape(1, -1)
    actual = np.sum(counts, axis=1).reshape(1, -1)  # examples of each class
    predicted = np.sum(counts, axis=0).reshape(1, -1)
    tn = total - actual - predicted + tp
    correct = float(np.sum(tp))
    chance = float(np.sum(actual * predicted)) / total ** 2
    with np.errstate(divide="ignore", invalid="ignore"):
        recall = tp / actual
        specificity = tn / (total - actual)
        metrics = {"accuracy": correct / total, "interval": accuracy_interval(correct, total),
                   "kappa": (correct / total - chance) / (1 - chance) if chance < 1 else np.nan,
                   "precision": tp / predicted, "recall": recall, "specificity": specificity,
                   "f1": 2 * tp / (actual + predicted), "balanced_accuracy": (recall + specificity) / 2}
    return metrics


def accuracy_interval(correct, total):
    """The exact (Clopper-Pearson) 95 % confidence interval of an accuracy of correct out of total, as a
    1 x 2 matrix [lower, upper]: the beta quantiles 0.025 of (correct, total - correct + 1) and 0.975 of
    (correct + 1, total - correct), with 0 and 1 at the ends (what R's binom.test and caret print)."""
    correct = check_count("accuracy_interval", "correct", correct)
    check_positive("accuracy_interval", "total", total, integer=True)
    if correct > total:
        raise ValueError(f"accuracy_interval: correct must be at most total ({value_text(total)}), "
                         f"got {value_text(correct)}")
    lower = 0.0 if correct == 0 else beta_quantile(0.025, correct, total - correct + 1)
    upper = 1.0 if correct == total else beta_quantile(0.975, correct + 1, total - correct)
    return np.array([[lower, upper]])


def beta_quantile(p, a, b):
    """The x in [0, 1] where the Beta(a, b) distribution function (the regularised incomplete beta
    function) reaches p: bisection to the last bit, the same steps in every language (no scipy)."""
    if not (_is_number(p) and 0 <= p <= 1):
        raise ValueError(f"beta_quantile: p must be a number in [0, 1], got {value_text(p)}")
    check_positive("beta_quantile", "a", a)
    check_positive("beta_quantile", "b", b)
    if p in (0, 1):
        return float(p)
    lower, upper = 0.0, 1.0
    while True:
        middle = (lower + upper) / 2
        if middle <= lower or middle >= upper:
            return middle
        if _incomplete_beta(middle, a, b) < p:
            lower = middle
        else:
            upper = middle


def _incomplete_beta(x, a, b):
    """I_x(a, b) for 0 < x < 1: x^a (1 - x)^b / B(a, b) times a continued fraction (Numerical Recipes'
    betai), taken at x or, where it converges faster, at 1 - x by I_x(a, b) = 1 - I_(1-x)(b, a)."""
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x))
    if x < (a + 1) / (a + b + 2):
        return front * _beta_fraction(x, a, b) / a
    return 1 - front * _beta_fraction(1 - x, b, a) / b


def _beta_fraction(x, a, b):
    """The continued fraction of I_x(a, b), by the modified Lentz method, to 1e-15."""
    tiny = 1e-300
    c, d = 1.0, 1 - (a + b) * x / (a + 1)
    d = 1 / (tiny if abs(d) < tiny else d)
    h = d
    for m in range(1, 10001):
        for numerator in (m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
                          -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))):
            d = 1 + numerator * d
            d = 1 / (tiny if abs(d) < tiny else d)
            c = 1 + numerator / c
            c = tiny if abs(c) < tiny else c
            h *= d * c
        if abs(d * c - 1) < 1e-15:
            break
    return h


def format_metrics(metrics):
    """classification_metrics as text, laid out the same way in every language: the interval and kappa on
    a line each, then one row per class (numbers 4 decimals, an undefined one nan)."""
    if not isinstance(metrics, dict) or any(name not in metrics for name in METRICS):
        raise ValueError("format_metrics: metrics must come from classification_metrics")
    lower, upper = np.ravel(metrics["interval"])
    lines = [f"accuracy 95 % confidence interval: {lower:.4f} to {upper:.4f}",
             f"kappa: {_decimals(metrics['kappa'])}",
             f"{'class':>6}{'precision':>12}{'recall':>12}{'specificity':>12}{'f1':>12}{'balanced accuracy':>19}"]
    rows = zip(*(np.ravel(metrics[name]) for name in METRICS[3:]))
    lines += [f"{k:6d}" + "".join(f"{_decimals(v):>12}" for v in row[:4]) + f"{_decimals(row[4]):>19}"
              for k, row in enumerate(rows)]
    return "\n".join(lines)


def _decimals(x):
    return "nan" if math.isnan(x) else f"{x:.4f}"


def format_run(data, X, classes, held_out, layer_dims, activations):
    """The record of what a script trained, lines that the report reads back: the data file's name (not
    its folder), its examples (X's columns and the held_out examples set aside) and features (X's rows);
    the classes, each as its number and, when the name differs, = 'name' (classes: read_dataset's list
    of names, or a count K for the classes 0..K-1); the held-out examples, if any; the network, its
    layer sizes and one activation per layer after the first. layer_dims and activations describe one
    network, or several as a list of each (networks: ..., apart by semicolons)."""
    if not isinstance(data, str) or data == "":
        raise ValueError(f"format_run: data must be a file's path, got {value_text(data)}")
    check_matrix("format_run", "X", X)
    names = _class_names(classes)
    held_out = check_count("format_run", "held_out", held_out)
    networks = _networks(layer_dims, activations)
    m = X.shape[1] + held_out
    lines = [f"data: {value_text(os.path.basename(data))}, {m} examples of {X.shape[0]} features",
             "classes: " + ", ".join(str(k) if name == str(k) else f"{k} = {value_text(name)}"
                                     for k, name in enumerate(names))]
    if held_out > 0:
        lines.append(f"held out: {held_out} of {m} examples, not trained on")
    shapes = "; ".join("-".join(map(str, dims)) + ", " + "/".join(acts) for dims, acts in networks)
    lines.append(f"{'network' if len(networks) == 1 else 'networks'}: {shapes}")
    return "\n".join(lines)


def _class_names(classes):
    """read_dataset's class names, or a count K: the names 0..K-1."""
    if _is_number(classes) and classes >= 1 and classes == int(classes) and math.isfinite(classes):
        return [str(k) for k in range(int(classes))]
    if (isinstance(classes, list) and classes and all(isinstance(c, str) for c in classes)
            and len(set(classes)) == len(classes)):
        return classes
    raise ValueError(f"format_run: classes must be a list of distinct names or a positive integer, "
                     f"got {value_text(classes)}")


def _networks(layer_dims, activations):
    """[(dims, activations)] for one network or a list of several, each checked."""
    several = (isinstance(layer_dims, list) and len(layer_dims) > 0
               and all(isinstance(dims, (list, tuple, np.ndarray)) for dims in layer_dims))
    if not several:
        layer_dims, activations = [layer_dims], [activations]
    elif not (isinstance(activations, list) and len(activations) == len(layer_dims)
              and all(isinstance(acts, list) for acts in activations)):
        raise ValueError(f"format_run: activations must hold a list for each of the {len(layer_dims)} networks "
                         "of layer_dims")
    networks = []
    for dims, acts in zip(layer_dims, activations):
        dims = check_layer_dims("format_run", dims)
        if not isinstance(acts, list) or len(acts) != len(dims) - 1:
            raise ValueError(f"format_run: activations must name {len(dims) - 1} layers, got {value_text(acts)}")
        for activation in acts:
            check_activation("format_run", activation)
        networks.append((dims, acts))
    return networks
