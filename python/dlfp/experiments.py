"""The full-batch experiment that chapters 2-4 share: train on a whole data set, report, plot."""
import os

from .data import load_dataset
from .evaluation import (accuracy, classification_metrics, confusion_matrix, format_confusion_matrix, format_metrics,
                         predict_labels)
from .plots import plot_costs, plot_data, plot_decision_boundary
from .rng import rng_seed
from .training import train


def run_experiment(options, network, config):
    """Train network (a dict: chapter, the chapter's key for the plot files; title; classes; hidden, the hidden
    layer sizes; activations, one per layer) with config (train_config) on all of options["data"], from
    rng_seed(options["seed"]); print the cost lines, training accuracy, confusion matrix and metrics, and write
    <chapter>_cost_python.png, <chapter>_boundary_python.png and <chapter>_data_python.png (the raw data) into
    options["out"]."""
    n_classes, activations = network["classes"], network["activations"]
    X, Y = load_dataset(options["data"], n_classes=n_classes)
    n_out = 1 if activations[-1] == "sigmoid" else n_classes
    layer_dims = [X.shape[0]] + list(network["hidden"]) + [n_out]
    parameters, costs, _ = train(X, Y, layer_dims, activations, rng_seed(options["seed"]), config)
    Y_hat = predict_labels(X, parameters, activations)
    print(f"train accuracy: {accuracy(Y, Y_hat):.4f}")
    counts = confusion_matrix(Y, Y_hat, n_classes)
    print(format_confusion_matrix(counts))
    print(format_metrics(classification_metrics(counts)))
    title, chapter = f"{network['title']} (Python)", network["chapter"]
    plot_costs(costs, os.path.join(options["out"], f"{chapter}_cost_python.png"), title)
    plot_decision_boundary(X, Y, parameters, activations, os.path.join(options["out"], f"{chapter}_boundary_python.png"),
                           title)
    plot_data(X, Y, os.path.join(options["out"], f"{chapter}_data_python.png"),
              f"The data: {os.path.basename(options['data'])} (Python)")
