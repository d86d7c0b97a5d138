"""Plots, written as PNG atomically."""
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from .data import write_atomically  # noqa: E402


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
