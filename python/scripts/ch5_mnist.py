"""Chapter 5: MNIST digits with a softmax output, trained with mini-batches (784-128-64-10, relu)."""
import os

from dlfp.cli import run_script
from dlfp.data import MNIST_PIXELS, load_digits
from dlfp.evaluation import (accuracy, classification_metrics, confusion_matrix, format_confusion_matrix, format_metrics,
                             format_run, predict_labels)
from dlfp.models import save_model
from dlfp.plots import plot_costs, plot_digits
from dlfp.rng import rng_seed
from dlfp.training import train, train_config

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main(options):
    X, Y = load_digits(options["data"])
    X_test, Y_test = load_digits(options["test_data"])
    print(f"{X.shape[1]} training digits, {X_test.shape[1]} test digits")
    activations = ["relu", "relu", "softmax"]
    print(format_run(options["data"], X, 10, 0, [MNIST_PIXELS, 128, 64, 10], activations))
    config = train_config(learning_rate=options["learning_rate"], iterations=options["iterations"], init="he",
                          print_every=1, batch_size=options["batch_size"])
    parameters, costs, _ = train(X, Y, [MNIST_PIXELS, 128, 64, 10], activations, rng_seed(options["seed"]), config)
    print(f"train accuracy: {accuracy(Y, predict_labels(X, parameters, activations)):.4f}")
    Y_hat = predict_labels(X_test, parameters, activations)
    print(f"test accuracy: {accuracy(Y_test, Y_hat):.4f}")
    counts = confusion_matrix(Y_test, Y_hat, 10)
    print(format_confusion_matrix(counts))
    print(format_metrics(classification_metrics(counts)))
    title = "Chapter 5: MNIST 784-128-64-10 (Python)"
    plot_costs(costs, os.path.join(options["out"], "ch5_cost_python.png"), title, xlabel="epoch")
    plot_digits(X_test, Y_test, Y_hat, os.path.join(options["out"], "ch5_digits_python.png"), title)
    if options["save_model"] is not None:
        save_model(options["save_model"], parameters, activations, scaling="pixels")
        print(f"model saved to {options['save_model']}")


if __name__ == "__main__":
    run_script(main, "ch5", REPO)
