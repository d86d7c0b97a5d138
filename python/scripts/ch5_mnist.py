"""Chapter 5: MNIST digits with a softmax output, trained with mini-batches (784-128-64-10, relu)."""
import os

from dlfp.cli import run_script
from dlfp.data import MNIST_PIXELS, check_classes, prepare_split, read_examples, standardize_apply
from dlfp.evaluation import (accuracy, classification_metrics, confusion_matrix, format_confusion_matrix, format_metrics,
                             format_run, predict_labels)
from dlfp.models import save_model
from dlfp.plots import plot_costs, plot_digits
from dlfp.rng import rng_seed
from dlfp.training import train, train_config

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main(options):
    X, Y, classes = read_examples(options["data"], options["label_column"])
    check_classes(options["data"], classes, "softmax")
    # --test-fraction holds out a share of --data as the test set; without it the test set is --test-data.
    X, Y, X_test, Y_test, stats, rng = prepare_split(X, Y, options["test_fraction"], options["standardize"],
                                                     rng_seed(options["seed"]))
    if X_test is None:
        X_test, Y_test, _ = read_examples(options["test_data"], options["label_column"], classes, X.shape[0])
        X_test = X_test if stats is None else standardize_apply(X_test, stats)
    digits = X.shape[0] == MNIST_PIXELS
    kind = "digits" if digits else "examples"
    print(f"{X.shape[1]} training {kind}, {X_test.shape[1]} test {kind}")
    hidden = [int(size) for size in options["hidden"]]
    activations = ["relu"] * len(hidden) + ["softmax"]
    layer_dims = [X.shape[0]] + hidden + [len(classes)]
    held_out = X_test.shape[1] if options["test_fraction"] > 0 else 0
    print(format_run(options["data"], X, classes, held_out, layer_dims, activations))
    config = train_config(learning_rate=options["learning_rate"], iterations=options["iterations"], init="he",
                          print_every=1, batch_size=options["batch_size"])
    parameters, costs, _ = train(X, Y, layer_dims, activations, rng, config)
    print(f"train accuracy: {accuracy(Y, predict_labels(X, parameters, activations)):.4f}")
    Y_hat = predict_labels(X_test, parameters, activations)
    print(f"test accuracy: {accuracy(Y_test, Y_hat):.4f}")
    counts = confusion_matrix(Y_test, Y_hat, len(classes))
    print(format_confusion_matrix(counts))
    print(format_metrics(classification_metrics(counts)))
    name = "MNIST" if digits else os.path.basename(options["data"])
    title = f"Chapter 5: {name} {'-'.join(map(str, layer_dims))} (Python)"
    plot_costs(costs, os.path.join(options["out"], "ch5_cost_python.png"), title, xlabel="epoch")
    if digits:
        plot_digits(X_test, Y_test, Y_hat, os.path.join(options["out"], "ch5_digits_python.png"), title)
    else:
        print(f"no digits picture: the data has {X.shape[0]} features, not {MNIST_PIXELS} pixels")
    if options["save_model"] is not None:
        save_model(options["save_model"], parameters, activations, stats=stats, classes=classes,
                   scaling="pixels" if digits else "none")
        print(f"model saved to {options['save_model']}")


if __name__ == "__main__":
    run_script(main, "ch5", REPO)
