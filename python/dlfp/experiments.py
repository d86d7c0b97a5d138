"""The full-batch experiment that chapters 2-4 share: train on a whole data set, report, plot."""
import os

from .data import load_dataset
from .evaluation import accuracy, confusion_matrix, format_confusion_matrix, predict_labels
from .plots import plot_costs, plot_decision_boundary
from .rng import rng_seed
from .training import train, train_config


def run_experiment(options, n_classes, hidden, activations, init, print_every, chapter, title):
    """Train a network with the given hidden layer sizes on options["data"] (all of it), print the
    cost lines, training accuracy and confusion matrix, and write <chapter>_cost_python.png and
    <chapter>_boundary_python.png into options["out"]."""
    X, Y = load_dataset(options["data"], n_classes=n_classes)
    n_out = 1 if activations[-1] == "sigmoid" else n_classes
    config = train_config(learning_rate=options["learning_rate"], iterations=options["iterations"], init=init,
                          print_every=print_every)
    parameters, costs, _ = train(X, Y, [X.shape[0]] + hidden + [n_out], activations, rng_seed(options["seed"]), config)
    Y_hat = predict_labels(X, parameters, activations)
    print(f"train accuracy: {accuracy(Y, Y_hat):.4f}")
    print(format_confusion_matrix(confusion_matrix(Y, Y_hat, n_classes)))
    plot_costs(costs, os.path.join(options["out"], f"{chapter}_cost_python.png"), f"{title} (Python)")
    plot_decision_boundary(X, Y, parameters, activations, os.path.join(options["out"], f"{chapter}_boundary_python.png"),
                           f"{title} (Python)")
