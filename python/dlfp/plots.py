"""Plots, written as PNG atomically."""
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

import numpy as np  # noqa: E402

from .data import check_examples, check_labels, write_atomically  # noqa: E402
from .evaluation import predict_labels  # noqa: E402
from .forward import check_layers  # noqa: E402
from .validation import _is_number, check_positive, output_classes, value_text  # noqa: E402

from matplotlib.colors import ListedColormap  # noqa: E402

GRID = 200
CLASS_COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd",
                 "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"]


def _numbers(value):
    """value's numbers as a flat array, or None if it holds anything else. NaN and inf are numbers
    here: a diverged run's curve is still worth drawing."""
    values = np.ravel(np.asarray(value, dtype=object)) if value is not None else np.array([])
    if not all(_is_number(v) for v in values):
        return None
    return values.astype(float)


def _check_curve(caller, name, costs):
    values = _numbers(costs)
    if values is None or values.size == 0:
        raise ValueError(f"{caller}: {name} must hold at least one number")
    return values


def _check_count_matches(caller, name, values, n, things):
    """values (numbers or labels) must number n, one for each of the n things."""
    count = len(values) if isinstance(values, (list, tuple)) else 0 if values is None else np.size(values)
    if count != n:
        raise ValueError(f"{caller}: {name} must {'name' if name == 'labels' else 'hold'} the {n} {things}, got {count}")


def plot_costs(costs, path, title, xlabel="iteration"):
    """Cost against iteration (or epoch)."""
    costs = _check_curve("plot_costs", "costs", costs)
    fig, ax = plt.subplots(figsize=(6, 4))
    ax.plot(range(len(costs)), costs)
    _save(fig, ax, path, title, xlabel)


def plot_cost_curves(curves, labels, path, title, xlabel="iteration"):
    """Several cost curves on one log-scaled axis, one legend entry per label."""
    if not isinstance(curves, (list, tuple)) or len(curves) == 0:
        raise ValueError("plot_cost_curves: curves must hold at least one curve")
    curves = [_check_curve("plot_cost_curves", "every curve", costs) for costs in curves]
    _check_count_matches("plot_cost_curves", "labels", labels, len(curves), "curves")
    fig, ax = plt.subplots(figsize=(7, 4.5))
    for k, (costs, label) in enumerate(zip(curves, labels)):
        ax.plot(range(len(costs)), costs, label=label, color=CLASS_COLOURS[k % len(CLASS_COLOURS)])
    ax.set_yscale("log")
    ax.legend()
    _save(fig, ax, path, title, xlabel)


def plot_averages(values, averages, labels, path, title):
    """A series (values, as points) and averages of it (a list of series as long, as lines, one
    legend entry per label) against t = 1, 2, ...: exponential_average's picture."""
    series = _check_curve("plot_averages", "values", values)
    if not isinstance(averages, (list, tuple)) or len(averages) == 0:
        raise ValueError("plot_averages: averages must hold at least one average")
    lines = [_numbers(average) for average in averages]
    if any(line is None or line.size != series.size for line in lines):
        raise ValueError(f"plot_averages: every average must hold {series.size} numbers, one per value")
    _check_count_matches("plot_averages", "labels", labels, len(lines), "averages")
    t = range(1, series.size + 1)
    fig, ax = plt.subplots(figsize=(7, 4.5))
    ax.scatter(t, series, s=8, color="#7f7f7f", label="values")
    for k, (line, label) in enumerate(zip(lines, labels)):
        ax.plot(t, line, label=label, color=CLASS_COLOURS[(k + 1) % len(CLASS_COLOURS)])
    ax.legend()
    ax.set_ylabel("value")
    ax.set_xlabel("t")
    ax.set_title(title)
    fig.tight_layout()
    write_atomically(path, lambda tmp: fig.savefig(tmp, dpi=100))
    plt.close(fig)


def plot_differences(labels, differences, threshold, path, title):
    """Gradient checks' relative differences as horizontal bars on a log scale, with the pass
    threshold as a vertical line: bars left of it pass."""
    values = _check_curve("plot_differences", "differences", differences)
    _check_count_matches("plot_differences", "labels", labels, values.size, "differences")
    check_positive("plot_differences", "threshold", threshold)
    fig, ax = plt.subplots(figsize=(9, 0.5 * len(labels) + 1.5))
    colours = [CLASS_COLOURS[2] if v < threshold else CLASS_COLOURS[1] for v in values]
    ax.barh(range(len(values)), values, color=colours)
    ax.axvline(threshold, color="black", linestyle="--")
    ax.set_xscale("log")
    ax.set_yticks(range(len(values)), labels, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("relative difference")
    ax.set_title(title)
    fig.tight_layout()
    write_atomically(path, lambda tmp: fig.savefig(tmp, dpi=100))
    plt.close(fig)


def plot_search(learning_rates, accuracies, labels, path, title):
    """Validation accuracy against learning rate (log scale), one colour per search round:
    learning_rates, accuracies and labels hold one entry per round."""
    if not isinstance(learning_rates, (list, tuple)) or len(learning_rates) == 0:
        raise ValueError("plot_search: learning_rates must hold at least one round")
    _check_count_matches("plot_search", "accuracies", accuracies, len(learning_rates), "rounds")
    _check_count_matches("plot_search", "labels", labels, len(learning_rates), "rounds")
    for rates, scores in zip(learning_rates, accuracies):
        rates, scores = _numbers(rates), _numbers(scores)
        if rates is None or not np.all(rates > 0):
            raise ValueError("plot_search: learning_rates must be positive numbers")
        if scores is None or scores.size != rates.size:
            raise ValueError("plot_search: accuracies must hold one number per learning rate")
    fig, ax = plt.subplots(figsize=(6, 4))
    for k, (rates, scores, label) in enumerate(zip(learning_rates, accuracies, labels)):
        ax.scatter(np.ravel(rates), np.ravel(scores), label=label, color=CLASS_COLOURS[k % len(CLASS_COLOURS)], s=20)
    ax.set_xscale("log")
    ax.set_xlabel("learning rate")
    ax.set_ylabel("validation accuracy")
    ax.set_title(title)
    ax.legend()
    fig.tight_layout()
    write_atomically(path, lambda tmp: fig.savefig(tmp, dpi=100))
    plt.close(fig)


def plot_digits(X, Y, Y_hat, path, title):
    """The first (up to) 16 digits of X (784 x m, pixels in [0, 1], rows of the 28 x 28 image
    one after another) in a 4 x 4 grid, each titled "label -> predicted", red where wrong."""
    check_examples("plot_digits", X, Y)
    if X.shape[0] != 784:
        raise ValueError("plot_digits: X must have 784 rows (28 x 28 pixels)")
    if np.shape(Y_hat) != Y.shape:
        raise ValueError(f"plot_digits: Y and Y_hat must have the same shape, got {value_text(Y, shape=True)} and "
                         f"{value_text(Y_hat, shape=True)}")
    fig, axes = plt.subplots(4, 4, figsize=(6, 6.6))
    for k, ax in enumerate(axes.flat):
        ax.axis("off")
        if k < X.shape[1]:
            ax.imshow(X[:, k].reshape(28, 28), cmap="gray_r", vmin=0, vmax=1)
            wrong = Y[0, k] != Y_hat[0, k]
            ax.set_title(f"{int(Y[0, k])} -> {int(Y_hat[0, k])}", color="#d62728" if wrong else "black", fontsize=10)
    fig.suptitle(title)
    fig.tight_layout()
    write_atomically(path, lambda tmp: fig.savefig(tmp, dpi=100))
    plt.close(fig)


def _save(fig, ax, path, title, xlabel):
    ax.set_xlabel(xlabel)
    ax.set_ylabel("cost")
    ax.set_title(title)
    fig.tight_layout()
    write_atomically(path, lambda tmp: fig.savefig(tmp, dpi=100))
    plt.close(fig)


def plot_decision_boundary(X, Y, parameters, activations, path, title):
    """Predicted class over a GRID x GRID grid around the 2-D data, with the data on top."""
    caller = "plot_decision_boundary"
    check_examples(caller, X, Y)
    if X.shape[0] != 2:
        raise ValueError(f"{caller}: X must have 2 rows, the two features drawn, got {X.shape[0]}")
    check_layers(caller, X, parameters, activations)
    check_labels(caller, Y, X.shape[1], output_classes(parameters, activations))
    lo, hi = X.min(axis=1) - 0.5, X.max(axis=1) + 0.5
    g1, g2 = np.meshgrid(np.linspace(lo[0], hi[0], GRID), np.linspace(lo[1], hi[1], GRID))
    labels = predict_labels(np.vstack([g1.ravel(), g2.ravel()]), parameters, activations).reshape(g1.shape)
    n_classes = int(max(Y.max(), labels.max())) + 1
    fig, ax = plt.subplots(figsize=(6, 5))
    colours = ListedColormap(CLASS_COLOURS[:n_classes])
    ax.contourf(g1, g2, labels, levels=np.arange(n_classes + 1) - 0.5, cmap=colours, alpha=0.3)
    ax.scatter(X[0], X[1], c=Y[0], cmap=colours, vmin=-0.5, vmax=n_classes - 0.5, s=12,
               edgecolors="k", linewidths=0.3)
    ax.set_xlabel("x1")
    ax.set_ylabel("x2")
    ax.set_title(title)
    fig.tight_layout()
    write_atomically(path, lambda tmp: fig.savefig(tmp, dpi=100))
    plt.close(fig)


def plot_data(X, Y, path, title):
    """The raw 2-D data, each example a point in its class's colour (the book's first figure), with a legend."""
    caller = "plot_data"
    check_examples(caller, X, Y)
    if X.shape[0] != 2:
        raise ValueError(f"{caller}: X must have 2 rows, the two features drawn, got {X.shape[0]}")
    check_labels(caller, Y, X.shape[1], len(CLASS_COLOURS))
    fig, ax = plt.subplots(figsize=(6, 5))
    for k in range(int(Y.max()) + 1 if Y.size else 0):
        ax.scatter(X[0, Y[0] == k], X[1, Y[0] == k], color=CLASS_COLOURS[k], s=12, edgecolors="k", linewidths=0.3,
                   label=f"class {k}")
    ax.legend()
    ax.set_xlabel("x1")
    ax.set_ylabel("x2")
    ax.set_title(title)
    fig.tight_layout()
    write_atomically(path, lambda tmp: fig.savefig(tmp, dpi=100))
    plt.close(fig)
