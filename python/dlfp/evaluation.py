"""Predictions and how good they are."""
import numpy as np

from .forward import forward_propagation
from .validation import check_matrix, check_positive, value_text


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
