"""Chapter 1: logistic regression as a neural network, on the breast-cancer data."""
import os

from dlfp.cli import run_script
from dlfp.data import check_classes, prepare_split, read_dataset, scale_to_unit_norm
from dlfp.evaluation import (accuracy, classification_metrics, collapse_warning, confusion_matrix, format_confusion_matrix,
                             format_metrics, predict_labels)
from dlfp.models import save_model
from dlfp.plots import plot_costs
from dlfp.rng import rng_seed
from dlfp.training import train, train_config

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main(options):
    X, Y, classes = read_dataset(options["data"], options["label_column"])
    check_classes(options["data"], classes, "sigmoid")
    # The book scales each example to unit length; --standardize scales each feature instead, by the
    # training examples' means and deviations.
    if not options["standardize"]:
        X = scale_to_unit_norm(X)
    X, Y, X_test, Y_test, stats, rng = prepare_split(X, Y, options["test_fraction"], options["standardize"],
                                                     rng_seed(options["seed"]))
    activations = ["sigmoid"]
    config = train_config(learning_rate=options["learning_rate"], iterations=options["iterations"], init="zeros",
                          print_every=100)
    parameters, costs, rng = train(X, Y, [X.shape[0], 1], activations, rng, config)
    Y_hat = predict_labels(X, parameters, activations)
    print(f"train accuracy: {accuracy(Y, Y_hat):.4f}")
    warning = collapse_warning(costs, Y_hat, 2)
    if X_test is not None:
        Y, Y_hat = Y_test, predict_labels(X_test, parameters, activations)
        print(f"test accuracy: {accuracy(Y, Y_hat):.4f}")
    if warning:
        print(warning)
    counts = confusion_matrix(Y, Y_hat, 2)
    print(format_confusion_matrix(counts))
    print(format_metrics(classification_metrics(counts)))
    plot_costs(costs, os.path.join(options["out"], "ch1_cost_python.png"),
               "Chapter 1: logistic regression (Python)")
    if options["save_model"] is not None:
        save_model(options["save_model"], parameters, activations, stats=stats, classes=classes,
                   scaling="none" if options["standardize"] else "unit_norm")
        print(f"model saved to {options['save_model']}")


if __name__ == "__main__":
    run_script(main, "ch1", REPO)
