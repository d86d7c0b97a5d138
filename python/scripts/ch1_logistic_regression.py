"""Chapter 1: logistic regression as a neural network, on the breast-cancer data."""
import os

from dlfp.cli import run_script
from dlfp.data import check_classes, prepare_split, read_dataset, scale_to_unit_norm
from dlfp.evaluation import (accuracy, classification_metrics, collapse_warning, confusion_matrix, format_confusion_matrix,
                             format_metrics, format_run, predict_labels)
from dlfp.models import save_model
from dlfp.plots import plot_cost_curves
from dlfp.rng import rng_seed
from dlfp.training import train, train_config

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# Both scalings train from the same generator state: standardised features first, the main run (its accuracy,
# confusion matrix, metrics and saved model), then the book's unit-length examples, compared in the table.
SCALINGS = [("standardized", "each feature centred and divided by its standard deviation on the training examples"),
            ("unit_norm", "each example scaled to unit length (the book's scaling)")]
ACTIVATIONS = ["sigmoid"]


def main(options):
    X, Y, classes = read_dataset(options["data"], options["label_column"])
    check_classes(options["data"], classes, "sigmoid")
    # Each scaling splits from the same generator state: the same examples held out, scaled two ways.
    seed = rng_seed(options["seed"])
    splits = [prepare_split(scale_to_unit_norm(X) if name == "unit_norm" else X, Y, options["test_fraction"],
                            name == "standardized", seed) for name, _ in SCALINGS]
    X_test = splits[0][2]
    print(format_run(options["data"], splits[0][0], classes, 0 if X_test is None else X_test.shape[1],
                     [X.shape[0], 1], ACTIVATIONS))
    config = train_config(learning_rate=options["learning_rate"], iterations=options["iterations"], init="zeros",
                          print_every=100)
    curves, summary = [], []
    for (name, description), (X_train, Y, X_test, Y_test, stats, rng) in zip(SCALINGS, splits):
        print(f"== {name}: {description}")
        parameters, costs, _ = train(X_train, Y, [X.shape[0], 1], ACTIVATIONS, rng, config)
        curves.append(costs)
        Y_hat = predict_labels(X_train, parameters, ACTIVATIONS)
        train_accuracy, warning = accuracy(Y, Y_hat), collapse_warning(costs, Y_hat, 2)
        row = f"{name:<14}{costs[-1]:12.6g}{train_accuracy:8.4f}"
        # The errors of the confusion matrix: the test examples', else the training examples'.
        Y_true = Y
        if X_test is not None:
            Y_true, Y_hat = Y_test, predict_labels(X_test, parameters, ACTIVATIONS)
            row += f"{accuracy(Y_true, Y_hat):8.4f}"
        counts = confusion_matrix(Y_true, Y_hat, 2)
        summary.append(row + f"{int(counts[0, 1]):8d}{int(counts[1, 0]):8d}")
        if name == "standardized":
            model = (parameters, stats)
            print(f"train accuracy: {train_accuracy:.4f}")
            if X_test is not None:
                print(f"test accuracy: {accuracy(Y_true, Y_hat):.4f}")
            if warning:
                print(warning)
            print(format_confusion_matrix(counts))
            print(format_metrics(classification_metrics(counts)))
    # The table's error columns: class 0 predicted as 1, class 1 predicted as 0.
    print(f"{'scaling':<14}{'final cost':>12}{'train':>8}" + ("" if X_test is None else f"{'test':>8}")
          + f"{'0 as 1':>8}{'1 as 0':>8}")
    print("\n".join(summary))
    plot_cost_curves(curves, [name for name, _ in SCALINGS], os.path.join(options["out"], "ch1_cost_python.png"),
                     "Chapter 1: logistic regression, two scalings (Python)")
    if options["save_model"] is not None:
        save_model(options["save_model"], model[0], ACTIVATIONS, stats=model[1], classes=classes, scaling="none")
        print(f"model saved to {options['save_model']}")


if __name__ == "__main__":
    run_script(main, "ch1", REPO)
