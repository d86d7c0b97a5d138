"""Chapter 1: logistic regression as a neural network, on the breast-cancer data."""
import os

from dlfp.cli import run_script
from dlfp.data import check_classes, prepare_split, read_dataset, scale_to_unit_norm, standardize_apply, standardize_fit
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


def scale(name, X, X_test):
    """The training and test examples (X_test may be None) under a scaling, and the statistics to save."""
    if name == "unit_norm":
        return scale_to_unit_norm(X), None if X_test is None else scale_to_unit_norm(X_test), None
    stats = standardize_fit(X)
    return standardize_apply(X, stats), None if X_test is None else standardize_apply(X_test, stats), stats


def main(options):
    X, Y, classes = read_dataset(options["data"], options["label_column"])
    check_classes(options["data"], classes, "sigmoid")
    X, Y, X_test, Y_test, _, rng = prepare_split(X, Y, options["test_fraction"], False, rng_seed(options["seed"]))
    print(format_run(options["data"], X, classes, 0 if X_test is None else X_test.shape[1], [X.shape[0], 1],
                     ACTIVATIONS))
    config = train_config(learning_rate=options["learning_rate"], iterations=options["iterations"], init="zeros",
                          print_every=100)
    curves, summary = [], []
    for name, description in SCALINGS:
        print(f"== {name}: {description}")
        X_train, X_scaled_test, stats = scale(name, X, X_test)
        parameters, costs, _ = train(X_train, Y, [X.shape[0], 1], ACTIVATIONS, rng, config)
        curves.append(costs)
        Y_hat = predict_labels(X_train, parameters, ACTIVATIONS)
        train_accuracy, warning = accuracy(Y, Y_hat), collapse_warning(costs, Y_hat, 2)
        row = f"{name:<14}{costs[-1]:12.6g}{train_accuracy:8.4f}"
        # The errors of the confusion matrix: the test examples', else the training examples'.
        Y_true = Y
        if X_test is not None:
            Y_true, Y_hat = Y_test, predict_labels(X_scaled_test, parameters, ACTIVATIONS)
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
