"""Plots, written as PNG atomically."""
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

import numpy as np  # noqa: E402

from .data import write_atomically  # noqa: E402
from .evaluation import predict_labels  # noqa: E402

from matplotlib.colors import ListedColormap  # noqa: E402

GRID = 200
CLASS_COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd",
                 "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"]


def plot_costs(costs, path, title):
    """Cost against iteration."""
    fig, ax = plt.subplots(figsize=(6, 4))
    ax.plot(range(len(costs)), costs)
    ax.set_xlabel("iteration")
    ax.set_ylabel("cost")
    ax.set_title(title)
    fig.tight_layout()
    write_atomically(path, lambda tmp: fig.savefig(tmp, dpi=100))
    plt.close(fig)


def plot_decision_boundary(X, Y, parameters, activations, path, title):
    """Predicted class over a GRID x GRID grid around the 2-D data, with the data on top."""
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
