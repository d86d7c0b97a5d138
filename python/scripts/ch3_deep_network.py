"""Chapter 3: an L-layer network (relu hidden layers, sigmoid output), on the moons."""
import os

from dlfp.cli import run_script
from dlfp.data import load_dataset
from dlfp.evaluation import accuracy, confusion_matrix, format_confusion_matrix, predict_labels
from dlfp.plots import plot_costs, plot_decision_boundary
from dlfp.rng import rng_seed
from dlfp.training import train

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROGRAM = "ch3_deep_network"
DEFAULTS = {"data": "data/moons.csv", "iterations": 2500, "learning_rate": 0.3, "seed": 1, "out": "build"}
HIDDEN, ACTIVATIONS = [9, 9], ["relu", "relu", "sigmoid"]


def main(options):
    X, Y = load_dataset(options["data"], n_classes=2)
    parameters, costs, _ = train(X, Y, [X.shape[0]] + HIDDEN + [1], ACTIVATIONS, rng_seed(options["seed"]),
                                 learning_rate=options["learning_rate"], iterations=options["iterations"],
                                 init="he", print_every=250)
    Y_hat = predict_labels(X, parameters, ACTIVATIONS)
    print(f"train accuracy: {accuracy(Y, Y_hat):.4f}")
    print(format_confusion_matrix(confusion_matrix(Y, Y_hat, 2)))
    plot_costs(costs, os.path.join(options["out"], "ch3_cost_python.png"), "Chapter 3: deep network (Python)")
    plot_decision_boundary(X, Y, parameters, ACTIVATIONS, os.path.join(options["out"], "ch3_boundary_python.png"),
                           "Chapter 3: 2-9-9-1 relu (Python)")


if __name__ == "__main__":
    run_script(main, PROGRAM, "Chapter 3: an L-layer network, relu hidden layers, on the moons.",
               DEFAULTS, REPO)
