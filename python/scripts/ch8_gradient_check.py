"""Chapter 8: gradient checking: backpropagation against centred differences, for several networks."""
import os

from dlfp.backward import backward_propagation
from dlfp.cli import run_script
from dlfp.data import check_classes, prepare_split, read_dataset
from dlfp.evaluation import format_run
from dlfp.forward import forward_propagation
from dlfp.gradient_check import gradient_check
from dlfp.models import save_model
from dlfp.plots import plot_differences
from dlfp.rng import rng_seed
from dlfp.training import train, train_config

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
THRESHOLD = 1e-7
# (hidden sizes, activations, lambd): sigmoid outputs learn class 0 against the rest.
NETWORKS = [
    ([4], ["relu", "sigmoid"], 0),
    ([3], ["relu", "softmax"], 0),
    ([5, 4], ["tanh", "sigmoid", "softmax"], 0.7),
    ([5, 4], ["sigmoid", "tanh", "sigmoid"], 0.3),
]


def describe(X, hidden, activations, lambd, n_classes):
    sizes = "-".join(str(n) for n in [X.shape[0]] + hidden + [1 if activations[-1] == "sigmoid" else n_classes])
    return f"{sizes} {', '.join(activations)}" + (f", L2 lambd {lambd:g}" if lambd else "")


def verdict(label, difference, worst, checks):
    result = "pass" if difference < THRESHOLD else f"FAIL (largest gap in {worst})"
    print(f"{label}: relative difference: {difference:.3e}, {result}")
    checks.append((label, difference))


def main(options):
    X, Y, classes = read_dataset(options["data"], options["label_column"])
    check_classes(options["data"], classes, "softmax")
    X, Y, _, _, stats, rng = prepare_split(X, Y, 0, options["standardize"], rng_seed(options["seed"]))
    n_classes = len(classes)
    print(format_run(options["data"], X, classes, 0,
                     [[X.shape[0]] + h + [1 if a[-1] == "sigmoid" else n_classes] for h, a, _ in NETWORKS],
                     [a for _, a, _ in NETWORKS]))
    print(f"backpropagation against centred differences (epsilon 1e-7) after {options['iterations']} "
          f"iterations of training on {X.shape[1]} points; below {THRESHOLD:g} passes")
    checks = []
    for hidden, activations, lambd in NETWORKS:
        labels = (Y == 0) * 1.0 if activations[-1] == "sigmoid" else Y
        dims = [X.shape[0]] + hidden + [1 if activations[-1] == "sigmoid" else n_classes]
        config = train_config(learning_rate=options["learning_rate"], iterations=options["iterations"], init="he",
                              lambd=lambd)
        parameters, _, rng = train(X, labels, dims, activations, rng, config)
        difference, worst, _ = gradient_check(X, labels, parameters, activations, lambd=lambd)
        verdict(describe(X, hidden, activations, lambd, n_classes), difference, worst, checks)
        if hidden == [3]:
            # The model to save: this network classifies the data's own classes.
            saved = (parameters, activations)
            _, cache = forward_propagation(X, parameters, activations)
            grads = backward_propagation(Y, parameters, cache, activations)
            # The output layer's gradients with the wrong sign (dZ2 = Y - A2): unlike the book's db1 not
            # divided by m, it shows on any data, even where every relu unit is dead and db1 is 0.
            grads["dW2"], grads["db2"] = -grads["dW2"], -grads["db2"]
            difference, worst, _ = gradient_check(X, Y, parameters, activations, grads=grads)
            verdict(describe(X, hidden, activations, lambd, n_classes)
                    + " with dW2 and db2 of the wrong sign (a planted bug)", difference, worst, checks)
    plot_differences([label for label, _ in checks], [d for _, d in checks], THRESHOLD,
                     os.path.join(options["out"], "ch8_differences_python.png"), "Chapter 8: gradient checks (Python)")
    if options["save_model"] is not None:
        save_model(options["save_model"], saved[0], saved[1], stats=stats, classes=classes, scaling="none")
        print(f"model saved to {options['save_model']}")


if __name__ == "__main__":
    run_script(main, "ch8", REPO)
