"""Chapter 6: initialisation, L2 regularisation and dropout on a small sample of the noisy moons."""
import dataclasses
import os

from dlfp.cli import run_script
from dlfp.data import check_classes, prepare_split, read_dataset
from dlfp.evaluation import accuracy, classification_metrics, confusion_matrix, format_metrics, format_run, predict_labels
from dlfp.models import save_model
from dlfp.plots import plot_cost_curves, plot_decision_boundary
from dlfp.rng import rng_seed
from dlfp.training import train, train_config
from dlfp.validation import value_text

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# (name, what it is, how it varies the base config): each trains the same network (the lecture's 2-20-3-1 on the
# noisy moons) from the same generator state.
VARIANTS = [
    ("default", "default initialisation (N(0,1) x 0.01)", {}),
    ("he", "He initialisation", {"init": "he"}),
    ("xavier", "Xavier initialisation", {"init": "xavier"}),
    ("l2", "He initialisation, L2 lambd 0.7", {"init": "he", "lambd": 0.7}),
    ("dropout", "He initialisation, dropout keep_prob 0.75", {"init": "he", "keep_prob": 0.75}),
]


def main(options):
    if options["test_fraction"] == 0:
        raise ValueError(f"--test-fraction must be above 0 (the variants are compared on held-out examples), "
                         f"got {value_text(options['test_fraction'])}")
    X, Y, classes = read_dataset(options["data"], options["label_column"])
    check_classes(options["data"], classes, "sigmoid")
    # By default a small training set (20 %) of noisy points, so that the network can overfit.
    X_train, Y_train, X_test, Y_test, stats, rng = prepare_split(X, Y, options["test_fraction"], options["standardize"],
                                                                 rng_seed(options["seed"]))
    print(f"{X_train.shape[1]} training points, {X_test.shape[1]} test points")
    hidden = [int(size) for size in options["hidden"]]
    activations = ["relu"] * len(hidden) + ["sigmoid"]
    layer_dims = [X.shape[0]] + hidden + [1]
    print(format_run(options["data"], X_train, classes, X_test.shape[1], layer_dims, activations))
    curves, summary, best = [], [], None
    base = train_config(learning_rate=options["learning_rate"], iterations=options["iterations"], print_every=2000)
    for name, description, changes in VARIANTS:
        print(f"== {name}: {description}")
        parameters, costs, _ = train(X_train, Y_train, layer_dims, activations, rng,
                                     dataclasses.replace(base, **changes))
        curves.append(costs)
        train_accuracy = accuracy(Y_train, predict_labels(X_train, parameters, activations))
        Y_hat = predict_labels(X_test, parameters, activations)
        test_accuracy = accuracy(Y_test, Y_hat)
        print(format_metrics(classification_metrics(confusion_matrix(Y_test, Y_hat, 2))))
        summary.append(f"{name:<10}{costs[-1]:>14.6g}{train_accuracy:>8.4f}{test_accuracy:>8.4f}")
        # The model to save: the best test accuracy, the first of a tie.
        if best is None or test_accuracy > best[0]:
            best = (test_accuracy, parameters)
        if X.shape[0] == 2:
            plot_decision_boundary(X_train, Y_train, parameters, activations,
                                   os.path.join(options["out"], f"ch6_boundary_{name}_python.png"),
                                   f"Chapter 6: {description} (Python)")
    print(f"{'variant':<10}{'final cost':>14}{'train':>8}{'test':>8}")
    print("\n".join(summary))
    if X.shape[0] != 2:
        print(f"no decision boundary: the data has {X.shape[0]} features and the picture draws 2")
    shape = "-".join(map(str, layer_dims))
    plot_cost_curves(curves, [name for name, _, _ in VARIANTS], os.path.join(options["out"], "ch6_cost_python.png"),
                     f"Chapter 6: {shape} relu on {os.path.basename(options['data'])} (Python)")
    if options["save_model"] is not None:
        save_model(options["save_model"], best[1], activations, stats=stats, classes=classes, scaling="none")
        print(f"model saved to {options['save_model']}")


if __name__ == "__main__":
    run_script(main, "ch6", REPO)
