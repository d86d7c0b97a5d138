"""Chapter 6: initialisation, L2 regularisation and dropout on a small sample of the noisy moons."""
import dataclasses
import os

from dlfp.cli import run_script
from dlfp.data import load_dataset, split_train_test
from dlfp.evaluation import (accuracy, classification_metrics, confusion_matrix, format_metrics, format_run,
                             predict_labels)
from dlfp.models import save_model
from dlfp.plots import plot_cost_curves, plot_decision_boundary
from dlfp.rng import rng_seed
from dlfp.training import train, train_config

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HIDDEN = [20, 3]
ACTIVATIONS = ["relu", "relu", "sigmoid"]
# (name, what it is, how it varies the base config): each trains the same 2-20-3-1 network (the lecture's) from
# the same generator state.
VARIANTS = [
    ("default", "default initialisation (N(0,1) x 0.01)", {}),
    ("he", "He initialisation", {"init": "he"}),
    ("xavier", "Xavier initialisation", {"init": "xavier"}),
    ("l2", "He initialisation, L2 lambd 0.7", {"init": "he", "lambd": 0.7}),
    ("dropout", "He initialisation, dropout keep_prob 0.75", {"init": "he", "keep_prob": 0.75}),
]


def main(options):
    X, Y = load_dataset(options["data"], n_classes=2)
    # A small training set (20 %) of noisy points, so that the network can overfit.
    X_train, Y_train, X_test, Y_test, rng = split_train_test(X, Y, 0.8, rng_seed(options["seed"]))
    print(f"{X_train.shape[1]} training points, {X_test.shape[1]} test points")
    print(format_run(options["data"], X_train, 2, X_test.shape[1], [X.shape[0]] + HIDDEN + [1], ACTIVATIONS))
    curves, summary, best = [], [], None
    base = train_config(learning_rate=options["learning_rate"], iterations=options["iterations"], print_every=2000)
    for name, description, changes in VARIANTS:
        print(f"== {name}: {description}")
        parameters, costs, _ = train(X_train, Y_train, [X.shape[0]] + HIDDEN + [1], ACTIVATIONS, rng,
                                     dataclasses.replace(base, **changes))
        curves.append(costs)
        train_accuracy = accuracy(Y_train, predict_labels(X_train, parameters, ACTIVATIONS))
        Y_hat = predict_labels(X_test, parameters, ACTIVATIONS)
        test_accuracy = accuracy(Y_test, Y_hat)
        print(format_metrics(classification_metrics(confusion_matrix(Y_test, Y_hat, 2))))
        summary.append(f"{name:<10}{costs[-1]:>14.6g}{train_accuracy:>8.4f}{test_accuracy:>8.4f}")
        # The model to save: the best test accuracy, the first of a tie.
        if best is None or test_accuracy > best[0]:
            best = (test_accuracy, parameters)
        plot_decision_boundary(X_train, Y_train, parameters, ACTIVATIONS,
                               os.path.join(options["out"], f"ch6_boundary_{name}_python.png"),
                               f"Chapter 6: {description} (Python)")
    print(f"{'variant':<10}{'final cost':>14}{'train':>8}{'test':>8}")
    print("\n".join(summary))
    plot_cost_curves(curves, [name for name, _, _ in VARIANTS], os.path.join(options["out"], "ch6_cost_python.png"),
                     "Chapter 6: 2-20-3-1 relu on the noisy moons (Python)")
    if options["save_model"] is not None:
        save_model(options["save_model"], best[1], ACTIVATIONS, scaling="none")
        print(f"model saved to {options['save_model']}")


if __name__ == "__main__":
    run_script(main, "ch6", REPO)
