"""Chapter 7: gradient descent, momentum, RMSProp and Adam (with and without learning-rate decay) on MNIST."""
import dataclasses
import os

from dlfp.cli import run_script
from dlfp.data import MNIST_PIXELS, load_digits
from dlfp.evaluation import accuracy, predict_labels
from dlfp.models import save_model
from dlfp.plots import plot_cost_curves
from dlfp.rng import rng_seed
from dlfp.training import train, train_config

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ACTIVATIONS = ["relu", "softmax"]
# (name, how it varies the base config): each trains the same 784-64-10 network from the same start at the same
# learning rate.
# RMSProp's average of g^2 starts at 0 without bias correction, so its first steps are large (epoch 0's cost
# jumps); Adam corrects that. With beta2 = 0.9 RMSProp oscillates at this rate and amplifies rounding until the
# languages part in the 10th digit after 14 epochs; 0.999 keeps the run stable (they agree to 4e-14).
VARIANTS = [
    ("gd", {"optimizer": "gd"}),
    ("momentum", {"optimizer": "momentum", "beta1": 0.9}),
    ("rmsprop", {"optimizer": "rmsprop", "beta2": 0.999}),
    ("adam", {"optimizer": "adam", "beta1": 0.9, "beta2": 0.999}),
    ("adam+decay", {"optimizer": "adam", "decay": "exponential", "decay_rate": 0.9}),
]


def main(options):
    X, Y = load_digits(options["data"])
    X_test, Y_test = load_digits(options["test_data"])
    print(f"{X.shape[1]} training digits, {X_test.shape[1]} test digits")
    curves, summary, best = [], [], None
    base = train_config(learning_rate=options["learning_rate"], iterations=options["iterations"], init="he",
                        print_every=5, batch_size=options["batch_size"])
    for name, changes in VARIANTS:
        print(f"== {name}")
        parameters, costs, _ = train(X, Y, [MNIST_PIXELS, 64, 10], ACTIVATIONS, rng_seed(options["seed"]),
                                     dataclasses.replace(base, **changes))
        curves.append(costs)
        test_accuracy = accuracy(Y_test, predict_labels(X_test, parameters, ACTIVATIONS))
        summary.append(f"{name:<12}{costs[-1]:>14.6g}{test_accuracy:>8.4f}")
        # The model to save: the best test accuracy, the first of a tie.
        if best is None or test_accuracy > best[0]:
            best = (test_accuracy, parameters)
    print(f"{'optimizer':<12}{'final cost':>14}{'test':>8}")
    print("\n".join(summary))
    plot_cost_curves(curves, [name for name, _ in VARIANTS], os.path.join(options["out"], "ch7_cost_python.png"),
                     "Chapter 7: optimisers on MNIST, 784-64-10 (Python)", xlabel="epoch")
    if options["save_model"] is not None:
        save_model(options["save_model"], best[1], ACTIVATIONS, scaling="pixels")
        print(f"model saved to {options['save_model']}")


if __name__ == "__main__":
    run_script(main, "ch7", REPO)
