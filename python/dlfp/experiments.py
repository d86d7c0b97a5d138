"""The full-batch experiment that chapters 2-4 share: train on a data set, report, plot."""
import os

from .data import check_classes, prepare_split, read_dataset
from .evaluation import (accuracy, classification_metrics, collapse_warning, confusion_matrix,
                         format_confusion_matrix, format_metrics, format_run, predict_labels)
from .models import save_model
from .plots import plot_costs, plot_data, plot_decision_boundary
from .rng import rng_seed
from .training import train


def run_experiment(options, network, config):
    """Train network (a dict: chapter, the chapter's key for the plot files; title, with {shape} where the
    layer sizes go; activations, the hidden layers' and the output's) with config (train_config) on
    options["data"] (its labels in column options["label_column"]), from rng_seed(options["seed"]), with
    options["hidden"] hidden layer sizes. With options["test_fraction"] > 0 that share of the examples is
    held out (prepare_split, from the same generator) and tested; options["standardize"] scales the
    features by the training examples' means and deviations. Prints the run's record (format_run), the
    cost lines, the accuracies, a collapse warning if training collapsed, and the confusion matrix and metrics
    (of the test examples
    when held out); writes <chapter>_cost_python.png and, for two features, <chapter>_boundary_python.png
    and <chapter>_data_python.png (the raw data) into options["out"] (for more, one line says that no
    boundary is drawn); with options["save_model"], saves the network there (save_model) with the class
    names and the standardisation statistics. Every check runs before anything is written."""
    hidden_activation, output = network["activations"]
    X, Y, classes = read_dataset(options["data"], options["label_column"])
    check_classes(options["data"], classes, output)
    hidden = [int(size) for size in options["hidden"]]
    activations = [hidden_activation] * len(hidden) + [output]
    layer_dims = [X.shape[0]] + hidden + [1 if output == "sigmoid" else len(classes)]
    X, Y, X_test, Y_test, stats, rng = prepare_split(X, Y, options["test_fraction"], options["standardize"],
                                                     rng_seed(options["seed"]))
    print(format_run(options["data"], X, classes, 0 if X_test is None else X_test.shape[1], layer_dims, activations))
    parameters, costs, _ = train(X, Y, layer_dims, activations, rng, config)
    Y_hat = predict_labels(X, parameters, activations)
    print(f"train accuracy: {accuracy(Y, Y_hat):.4f}")
    warning = collapse_warning(costs, Y_hat, len(classes))
    Y_shown, Y_shown_hat = Y, Y_hat
    if X_test is not None:
        Y_shown, Y_shown_hat = Y_test, predict_labels(X_test, parameters, activations)
        print(f"test accuracy: {accuracy(Y_shown, Y_shown_hat):.4f}")
    if warning:
        print(warning)
    counts = confusion_matrix(Y_shown, Y_shown_hat, len(classes))
    print(format_confusion_matrix(counts))
    print(format_metrics(classification_metrics(counts)))
    title = network["title"].replace("{shape}", "-".join(map(str, layer_dims))) + " (Python)"
    chapter = network["chapter"]
    plot_costs(costs, os.path.join(options["out"], f"{chapter}_cost_python.png"), title)
    if X.shape[0] == 2:
        plot_decision_boundary(X, Y, parameters, activations,
                               os.path.join(options["out"], f"{chapter}_boundary_python.png"), title)
        plot_data(X, Y, os.path.join(options["out"], f"{chapter}_data_python.png"),
                  f"The data: {os.path.basename(options['data'])} (Python)")
    else:
        print(f"no decision boundary: the data has {X.shape[0]} features and the picture draws 2")
    if options.get("save_model") is not None:
        save_model(options["save_model"], parameters, activations, stats=stats, classes=classes, scaling="none")
        print(f"model saved to {options['save_model']}")
