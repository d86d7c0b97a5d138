"""Chapter 1: logistic regression as a neural network, on the breast-cancer data."""
import os

from dlfp.cli import run_script
from dlfp.data import load_dataset, scale_to_unit_norm, split_train_test
from dlfp.models import save_model
from dlfp.evaluation import accuracy, confusion_matrix, format_confusion_matrix, predict_labels
from dlfp.plots import plot_costs
from dlfp.rng import rng_seed
from dlfp.training import train, train_config

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main(options):
    X, Y = load_dataset(options["data"], n_classes=2)
    X = scale_to_unit_norm(X)
    rng = rng_seed(options["seed"])
    X_train, Y_train, X_test, Y_test, rng = split_train_test(X, Y, 0.25, rng)
    activations = ["sigmoid"]
    config = train_config(learning_rate=options["learning_rate"], iterations=options["iterations"], init="zeros",
                          print_every=100)
    parameters, costs, rng = train(X_train, Y_train, [X.shape[0], 1], activations, rng, config)
    print(f"train accuracy: {accuracy(Y_train, predict_labels(X_train, parameters, activations)):.4f}")
    Y_hat = predict_labels(X_test, parameters, activations)
    print(f"test accuracy: {accuracy(Y_test, Y_hat):.4f}")
    print(format_confusion_matrix(confusion_matrix(Y_test, Y_hat, 2)))
    plot_costs(costs, os.path.join(options["out"], "ch1_cost_python.png"),
               "Chapter 1: logistic regression (Python)")
    if options["save_model"] is not None:
        save_model(options["save_model"], parameters, activations, scaling="unit_norm")
        print(f"model saved to {options['save_model']}")


if __name__ == "__main__":
    run_script(main, "ch1", REPO)
