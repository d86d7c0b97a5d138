"""Chapter 2: a network with one hidden layer of tanh units and a sigmoid output, on the moons."""
import os

from dlfp.cli import run_script
from dlfp.data import load_dataset
from dlfp.evaluation import accuracy, confusion_matrix, format_confusion_matrix, predict_labels
from dlfp.plots import plot_costs, plot_decision_boundary
from dlfp.rng import rng_seed
from dlfp.training import train

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROGRAM = "ch2_one_hidden_layer"
DEFAULTS = {"data": "data/moons.csv", "iterations": 10000, "learning_rate": 0.5, "seed": 1, "out": "build"}
HIDDEN, ACTIVATIONS = [4], ["tanh", "sigmoid"]


def main(options):
    X, Y = load_dataset(options["data"], n_classes=2)
    parameters, costs, _ = train(X, Y, [X.shape[0]] + HIDDEN + [1], ACTIVATIONS, rng_seed(options["seed"]),
                                 learning_rate=options["learning_rate"], iterations=options["iterations"],
                                 init="default", print_every=1000)
    Y_hat = predict_labels(X, parameters, ACTIVATIONS)
    print(f"train accuracy: {accuracy(Y, Y_hat):.4f}")
    print(format_confusion_matrix(confusion_matrix(Y, Y_hat, 2)))
    plot_costs(costs, os.path.join(options["out"], "ch2_cost_python.png"), "Chapter 2: one hidden layer (Python)")
    plot_decision_boundary(X, Y, parameters, ACTIVATIONS, os.path.join(options["out"], "ch2_boundary_python.png"),
                           "Chapter 2: 4 tanh units (Python)")


if __name__ == "__main__":
    run_script(main, PROGRAM, "Chapter 2: one hidden layer (tanh) and a sigmoid output, on the moons.",
               DEFAULTS, REPO)
