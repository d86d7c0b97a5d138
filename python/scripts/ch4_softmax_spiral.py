"""Chapter 4: softmax classification of the CS231n spiral (2-100-3, relu hidden units)."""
import os

from dlfp.cli import run_script
from dlfp.data import load_dataset
from dlfp.evaluation import accuracy, confusion_matrix, format_confusion_matrix, predict_labels
from dlfp.plots import plot_costs, plot_decision_boundary
from dlfp.rng import rng_seed
from dlfp.training import train

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROGRAM = "ch4_softmax_spiral"
DEFAULTS = {"data": "data/spiral.csv", "iterations": 10000, "learning_rate": 1.0, "seed": 1, "out": "build"}
HIDDEN, ACTIVATIONS, N_CLASSES = [100], ["relu", "softmax"], 3


def main(options):
    X, Y = load_dataset(options["data"], n_classes=N_CLASSES)
    parameters, costs, _ = train(X, Y, [X.shape[0]] + HIDDEN + [N_CLASSES], ACTIVATIONS, rng_seed(options["seed"]),
                                 learning_rate=options["learning_rate"], iterations=options["iterations"],
                                 init="default", print_every=1000)
    Y_hat = predict_labels(X, parameters, ACTIVATIONS)
    print(f"train accuracy: {accuracy(Y, Y_hat):.4f}")
    print(format_confusion_matrix(confusion_matrix(Y, Y_hat, N_CLASSES)))
    plot_costs(costs, os.path.join(options["out"], "ch4_cost_python.png"), "Chapter 4: softmax on the spiral (Python)")
    plot_decision_boundary(X, Y, parameters, ACTIVATIONS, os.path.join(options["out"], "ch4_boundary_python.png"),
                           "Chapter 4: 2-100-3 relu, softmax (Python)")


if __name__ == "__main__":
    run_script(main, PROGRAM, "Chapter 4: softmax on the CS231n spiral, 2-100-3 with relu hidden units.",
               DEFAULTS, REPO)
