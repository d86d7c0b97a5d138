"""Chapter 7: exponentially weighted averages, then gradient descent, momentum, RMSProp and Adam, and
learning-rate decay, on MNIST."""
import dataclasses
import math
import os

import numpy as np

from dlfp.cli import run_script
from dlfp.data import MNIST_PIXELS, check_classes, prepare_split, read_examples, standardize_apply
from dlfp.evaluation import (accuracy, classification_metrics, confusion_matrix, cost_rises, format_metrics, format_run,
                             predict_labels)
from dlfp.models import save_model
from dlfp.optimizers import exponential_average
from dlfp.plots import plot_averages, plot_cost_curves
from dlfp.rng import rng_normal, rng_seed
from dlfp.training import train, train_config

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# (name, learning rate (None: --learning-rate), how it varies the base config): each trains the same network
# (784-64-10 on MNIST) from the same start. At the book's small rate RMSProp and Adam, which scale each step by the gradient's
# size, leave gradient descent and momentum behind, and decay (per epoch) shrinks Adam's late steps; at rate 3
# gradient descent stops learning within an epoch while momentum's averaged steps still train. (Where gradient descent
# only oscillates, at rate 2, or Adam at 0.03, the oscillation amplifies rounding and the languages part.)
# RMSProp's beta2 is 0.999: with 0.9 it oscillates at 0.01 and amplifies rounding until the languages part in the
# 10th digit after 14 epochs.
VARIANTS = [
    ("gd", None, {"optimizer": "gd"}),
    ("momentum", None, {"optimizer": "momentum", "beta1": 0.9}),
    ("rmsprop", None, {"optimizer": "rmsprop", "beta2": 0.999}),
    ("adam", None, {"optimizer": "adam", "beta1": 0.9, "beta2": 0.999}),
    ("adam+inverse", None, {"optimizer": "adam", "decay": "inverse", "decay_rate": 0.5}),
    ("adam+exponential", None, {"optimizer": "adam", "decay": "exponential", "decay_rate": 0.9}),
    ("gd-fast", 3, {"optimizer": "gd"}),
    ("momentum-fast", 3, {"optimizer": "momentum", "beta1": 0.9}),
]
# The lecture's demonstration: a noisy series (200 "days" of a seasonal value) and its averages.
DAYS = 200
BETAS = [0.9, 0.98]
SHOWN_DAYS = [1, 2, 5, 10, 20, 50, 100, 200]


def noisy_series(seed):
    """10 + 5 sin(2 pi t / 200) + 2 z_t for t = 1..200, z from the portable generator."""
    z, _ = rng_normal(rng_seed(seed), 1, DAYS)
    t = np.arange(1, DAYS + 1, dtype=float).reshape(1, DAYS)
    # The math module's sin is glibc's, as in R and Octave.
    season = np.array([[math.sin(x) for x in (2 * math.pi * t / DAYS)[0]]])
    return 10 + 5 * season + 2 * z


def show_averages(seed, out):
    values = noisy_series(seed)
    averages = [exponential_average(values, beta) for beta in BETAS]
    print(f"exponentially weighted averages of {DAYS} noisy values, 10 + 5 sin(2 pi t / {DAYS}) + 2 N(0, 1):")
    print(f"{'t':>4}{'value':>9}" + "".join(f"{'beta ' + str(beta):>11}" for beta in BETAS) +
          f"{'beta ' + str(BETAS[-1]) + ' uncorrected':>24}")
    for day in SHOWN_DAYS:
        print(f"{day:>4}{values[0, day - 1]:>9.4f}" + "".join(f"{corrected[0, day - 1]:>11.4f}" for _, corrected in averages)
              + f"{averages[-1][0][0, day - 1]:>24.4f}")
    plot_averages(values, [corrected for _, corrected in averages] + [averages[-1][0]],
                  [f"beta {beta}" for beta in BETAS] + [f"beta {BETAS[-1]} uncorrected"],
                  os.path.join(out, "ch7_averages_python.png"), "Chapter 7: exponentially weighted averages (Python)")


def main(options):
    X, Y, classes = read_examples(options["data"], options["label_column"])
    check_classes(options["data"], classes, "softmax")
    # --test-fraction holds out a share of --data as the test set; without it the test set is --test-data.
    X, Y, X_test, Y_test, stats, rng = prepare_split(X, Y, options["test_fraction"], options["standardize"],
                                                     rng_seed(options["seed"]))
    if X_test is None:
        X_test, Y_test, _ = read_examples(options["test_data"], options["label_column"], classes, X.shape[0])
        X_test = X_test if stats is None else standardize_apply(X_test, stats)
    show_averages(options["seed"], options["out"])
    digits = X.shape[0] == MNIST_PIXELS
    kind = "digits" if digits else "examples"
    print(f"{X.shape[1]} training {kind}, {X_test.shape[1]} test {kind}")
    hidden = [int(size) for size in options["hidden"]]
    activations = ["relu"] * len(hidden) + ["softmax"]
    layer_dims = [X.shape[0]] + hidden + [len(classes)]
    held_out = X_test.shape[1] if options["test_fraction"] > 0 else 0
    print(format_run(options["data"], X, classes, held_out, layer_dims, activations))
    curves, summary, best = [], [], None
    base = train_config(learning_rate=options["learning_rate"], iterations=options["iterations"], init="he",
                        print_every=5, batch_size=options["batch_size"])
    for name, rate, changes in VARIANTS:
        rate = options["learning_rate"] if rate is None else rate
        print(f"== {name}")
        parameters, costs, _ = train(X, Y, layer_dims, activations, rng, dataclasses.replace(base, learning_rate=rate,
                                                                                             **changes))
        curves.append(costs)
        Y_hat = predict_labels(X_test, parameters, activations)
        test_accuracy = accuracy(Y_test, Y_hat)
        print(format_metrics(classification_metrics(confusion_matrix(Y_test, Y_hat, len(classes)))))
        # Epochs whose cost is above the one before, and the largest such rise: the oscillation that decay settles.
        rises, largest = cost_rises(costs)
        summary.append(f"{name:<18}{rate:>6g}{costs[-1]:>14.6g}{test_accuracy:>8.4f}{rises:>7d}{largest:>14.4f}")
        # The model to save: the best test accuracy, the first of a tie.
        if best is None or test_accuracy > best[0]:
            best = (test_accuracy, parameters)
    print(f"{'run':<18}{'rate':>6}{'final cost':>14}{'test':>8}{'rises':>7}{'largest rise':>14}")
    print("\n".join(summary))
    data_name = "MNIST" if digits else os.path.basename(options["data"])
    plot_cost_curves(curves, [name for name, _, _ in VARIANTS], os.path.join(options["out"], "ch7_cost_python.png"),
                     f"Chapter 7: optimisers on {data_name}, {'-'.join(map(str, layer_dims))} (Python)", xlabel="epoch")
    if options["save_model"] is not None:
        save_model(options["save_model"], best[1], activations, stats=stats, classes=classes,
                   scaling="pixels" if digits else "none")
        print(f"model saved to {options['save_model']}")


if __name__ == "__main__":
    run_script(main, "ch7", REPO)
