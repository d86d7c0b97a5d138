"""Predictions and how good they are."""
import numpy as np

from .forward import forward_propagation
from .validation import check_matrix, check_positive, value_text


def predict_labels(X, parameters, activations):
    """1 x m labels: sigmoid output a > 0.5 gives 1 (so a tie gives 0); softmax gives the
    most probable class, the first one on a tie."""
    try:
        AL, _ = forward_propagation(X, parameters, activations)
    except ValueError as error:
        # forward_propagation's checks, under this function's name.
        raise ValueError(str(error).replace("forward_propagation:", "predict_labels:", 1)) from None
    if activations[-1] == "softmax":
        return AL.argmax(axis=0).reshape(1, -1).astype(float)
    return (AL > 0.5).astype(float)


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
