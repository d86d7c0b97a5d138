"""The full-batch experiment that chapters 2-4 share: train on a whole data set, report, plot."""
import os

from .data import load_dataset
from .models import save_model
from .evaluation import accuracy, confusion_matrix, format_confusion_matrix, predict_labels
from .plots import plot_costs, plot_decision_boundary
from .rng import rng_seed
from .training import train


def run_experiment(options, network, config):
    """Train network (a dict: chapter, the chapter's key for the plot files; title; classes; hidden, the hidden
    layer sizes; activations, one per layer) with config (train_config) on all of options["data"], from
    rng_seed(options["seed"]); print the cost lines, training accuracy and confusion matrix, and write
    <chapter>_cost_python.png and <chapter>_boundary_python.png into options["out"]; with options["save_model"], save
    the network there (save_model)."""
    n_classes, activations = network["classes"], network["activations"]
    X, Y = load_dataset(options["data"], n_classes=n_classes)
    n_out = 1 if activations[-1] == "sigmoid" else n_classes
    layer_dims = [X.shape[0]] + list(network["hidden"]) + [n_out]
    parameters, costs, _ = train(X, Y, layer_dims, activations, rng_seed(options["seed"]), config)
    Y_hat = predict_labels(X, parameters, activations)
    print(f"train accuracy: {accuracy(Y, Y_hat):.4f}")
    print(format_confusion_matrix(confusion_matrix(Y, Y_hat, n_classes)))
    title, chapter = f"{network['title']} (Python)", network["chapter"]
    plot_costs(costs, os.path.join(options["out"], f"{chapter}_cost_python.png"), title)
    plot_decision_boundary(X, Y, parameters, activations, os.path.join(options["out"], f"{chapter}_boundary_python.png"),
                           title)
    if options.get("save_model") is not None:
        save_model(options["save_model"], parameters, activations, scaling="none")
        print(f"model saved to {options['save_model']}")
