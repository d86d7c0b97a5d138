"""Predict the labels of a data file with a network that a chapter script saved (--save-model)."""
import os

from dlfp.cli import run_script
from dlfp.evaluation import accuracy, predict_labels
from dlfp.models import load_model, load_model_data

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main(options):
    for key in ("model", "data"):
        if options[key] is None:
            raise ValueError(f"option --{key} is required")
    model = load_model(options["model"])
    X, Y = load_model_data(options["data"], model, options["label_column"])
    Y_hat = predict_labels(X, model["parameters"], model["activations"])
    classes = model["classes"]
    # One label a line: the class's name when the model has names, else its number.
    print("\n".join(classes[int(k)] if classes is not None else str(int(k)) for k in Y_hat[0]))
    # A file without labels (new examples) has no accuracy.
    if Y is not None:
        print(f"accuracy: {accuracy(Y, Y_hat):.4f}")


if __name__ == "__main__":
    run_script(main, "predict", REPO)
