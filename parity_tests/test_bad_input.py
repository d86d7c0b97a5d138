"""Every public function refuses bad input with the same one-line message in every language.

CASES is the table that docs/bad_input.md shows; a test keeps the two in step."""
import os
import sys
import tempfile

import numpy as np
import pytest

from agreement import record
from bridge import REPO
from dlfp.training import train_config

X = np.arange(8.0).reshape(2, 4) / 8
Y = np.array([[0.0, 1.0, 1.0, 0.0]])
LABELS = np.array([[0.0, 2.0, 1.0, 2.0]])


def net(dims=(2, 4, 1)):
    """Parameters for layer sizes dims, made by hand (ones and zeros): the same in every language."""
    p = {}
    for l in range(1, len(dims)):
        p[f"W{l}"] = np.full((dims[l], dims[l - 1]), 0.1 * l)
        p[f"b{l}"] = np.zeros((dims[l], 1))
    return p


P = net()
GRADS = {f"d{k}": v for k, v in P.items()}
RNG = {"x1": 12345.0, "x2": 67890.0}
STATE = {"optimizer": "gd", "beta1": 0.9, "beta2": 0.999, "epsilon": 1e-8, "t": 0.0}
# Where the plotting and writing cases would write, had they not refused.
PNG = os.path.join(tempfile.gettempdir(), "dlfp-refused.png")
CSV = os.path.join(tempfile.gettempdir(), "dlfp-refused.csv")
CANDIDATES = {"learning_rate": [0.01, 0.1], "hidden": [5.0, 8.0], "lambd": [0.0, 0.01], "keep_prob": [1.0, 0.9],
              "batch_size": [16.0, 32.0], "beta1": [0.9, 0.9], "beta2": [0.999, 0.999]}
BEST = {name: values[0] for name, values in CANDIDATES.items()}
SPACE = {"learning_rate": [1e-3, 1e-1], "hidden": [5, 100], "lambd": [1e-4, 1e-1], "keep_prob": [0.7, 1.0],
         "batch_size": [16, 128], "beta1": [0.8, 0.99], "beta2": [0.99, 0.9999]}

# (case id, function, positional arguments, keyword arguments, the message in every language)
CASES = [
    ("forward.x_rows", "forward_propagation", (np.ones((3, 4)), P, ["relu", "sigmoid"]), {},
     "forward_propagation: X must have 2 rows to match W1, got 3"),
    ("forward.activation_name", "forward_propagation", (X, P, ["elu", "sigmoid"]), {},
     "forward_propagation: activation must be one of sigmoid, tanh, relu, softmax, got 'elu'"),
    ("forward.softmax_hidden", "forward_propagation", (X, P, ["softmax", "sigmoid"]), {},
     "forward_propagation: softmax is only allowed as the output layer"),
    ("forward.activation_count", "forward_propagation", (X, P, ["sigmoid"]), {},
     "forward_propagation: activations must name 2 layers, got 1"),
    ("forward.missing_b", "forward_propagation", (X, {"W1": P["W1"], "W2": P["W2"], "b2": P["b2"]}, ["relu", "sigmoid"]),
     {}, "forward_propagation: parameters must hold W1, b1, ..., W2, b2; missing W1 or b1"),
    ("forward.bias_shape", "forward_propagation", (X, dict(P, b1=np.zeros((1, 4))), ["relu", "sigmoid"]), {},
     "forward_propagation: b1 must be 4 x 1 to match W1"),
    ("forward.mask_shape", "forward_propagation", (X, P, ["relu", "sigmoid"]), {"masks": {"D1": np.ones((4, 3))}},
     "forward_propagation: masks must hold D1, 4 x 4"),
    ("forward.nan", "forward_propagation", (np.array([[0.0, np.nan, 1.0, 2.0], [1.0, 2.0, 3.0, 4.0]]), P,
                                            ["relu", "sigmoid"]), {}, "forward_propagation: X must hold only finite numbers"),
    ("forward.weights_nan", "forward_propagation", (X, dict(P, W2=np.full((1, 4), np.inf)), ["relu", "sigmoid"]), {},
     "forward_propagation: W2 must hold only finite numbers"),
    ("forward.weights_chain", "forward_propagation", (X, dict(P, W2=np.zeros((1, 3))), ["relu", "sigmoid"]), {},
     "forward_propagation: W2 must have 4 columns to match the rows of W1, got 3"),
    ("cost.output", "compute_cost", (np.zeros((1, 4)), Y, "relu"), {},
     "compute_cost: output activation must be sigmoid or softmax, got 'relu'"),
    ("cost.lambd", "compute_cost", (np.zeros((1, 4)), Y, "sigmoid"), {"parameters": P, "lambd": -1},
     "compute_cost: lambd must be a non-negative number, got -1"),
    ("cost.lambd_without_parameters", "compute_cost", (np.zeros((1, 4)), Y, "sigmoid"), {"lambd": 0.5},
     "compute_cost: parameters are needed when lambd > 0"),
    ("cost.y_columns", "compute_cost", (np.zeros((1, 4)), np.zeros((1, 3)), "sigmoid"), {},
     "compute_cost: Y must be a 1 x 4 matrix, got (1, 3)"),
    ("cost.labels", "compute_cost", (np.zeros((3, 4)), np.array([[0.0, 5.0, 1.0, 1.0]]), "softmax"), {},
     "compute_cost: Y must hold integer labels in 0..2"),
    ("cost.sigmoid_labels", "compute_cost", (np.zeros((1, 4)), LABELS, "sigmoid"), {},
     "compute_cost: Y must hold integer labels in 0..1"),
    ("cost.sigmoid_rows", "compute_cost", (np.zeros((2, 4)), Y, "sigmoid"), {},
     "compute_cost: ZL must have 1 row for a sigmoid output, got 2"),
    ("cost.nan", "compute_cost", (np.full((1, 4), np.nan), Y, "sigmoid"), {},
     "compute_cost: ZL must hold only finite numbers"),
    ("example_costs.labels", "example_costs", (np.zeros((3, 4)), np.array([[0.0, 0.5, 1.0, 1.0]]), "softmax"), {},
     "example_costs: Y must hold integer labels in 0..2"),
    ("one_hot.labels", "one_hot", (np.array([[0.0, 3.0]]), 3), {}, "one_hot: Y must hold integer labels in 0..2"),
    ("one_hot.shape", "one_hot", (np.array([[0.0], [1.0]]), 3), {}, "one_hot: Y must be a 1 x 2 matrix, got (2, 1)"),
    ("one_hot.classes", "one_hot", (np.array([[0.0, 1.0]]), 0), {},
     "one_hot: n_classes must be a positive integer, got 0"),
    ("l2.missing_w", "l2_penalty", ({"b1": P["b1"]}, 0.5, 4), {},
     "l2_penalty: parameters must hold at least W1 and b1"),
    ("backward.activation_count", "backward_propagation", (Y, P, {"A0": X}, ["sigmoid"]), {},
     "backward_propagation: activations must name 2 layers, got 1"),
    ("backward.output", "backward_propagation", (Y, P, {"A0": X}, ["relu", "tanh"]), {},
     "backward_propagation: output activation must be sigmoid or softmax, got 'tanh'"),
    ("backward.cache", "backward_propagation", (Y, P, {"A0": X, "Z1": np.zeros((4, 4))}, ["relu", "sigmoid"]), {},
     "backward_propagation: cache must come from forward_propagation with these parameters"),
    ("backward.cache_a0", "backward_propagation", (Y, P, {"A0": np.ones((3, 4))}, ["relu", "sigmoid"]), {},
     "backward_propagation: cache must come from forward_propagation with these parameters"),
    ("backward.labels", "backward_propagation", (LABELS, P, {"A0": X, "Z1": np.zeros((4, 4)), "A1": np.zeros((4, 4)),
                                                          "Z2": np.zeros((1, 4)), "A2": np.zeros((1, 4))},
                                                 ["relu", "sigmoid"]), {},
     "backward_propagation: Y must hold integer labels in 0..1"),
    ("init.name", "initialize_parameters", ([2, 4, 1], RNG), {"init": "glorot"},
     "initialize_parameters: init must be one of zeros, default, he, xavier, got 'glorot'"),
    ("init.dims", "initialize_parameters", ([2, 0, 1], RNG), {},
     "initialize_parameters: layer_dims must hold at least two positive integers, got [2, 0, 1]"),
    ("init.rng", "initialize_parameters", ([2, 4, 1], {"x1": 0.0, "x2": 1.0}), {},
     "initialize_parameters: rng must be a generator state from rng_seed"),
    ("optimizer.name", "initialize_optimizer", (P, "sgd"), {},
     "initialize_optimizer: optimizer must be one of gd, momentum, rmsprop, adam, got 'sgd'"),
    ("optimizer.beta1", "initialize_optimizer", (P, "adam"), {"beta1": 1},
     "initialize_optimizer: beta1 must be in [0, 1), got 1"),
    ("optimizer.epsilon", "initialize_optimizer", (P, "adam"), {"epsilon": 0},
     "initialize_optimizer: epsilon must be a positive number, got 0"),
    ("update.state", "update_parameters", (P, GRADS, 0.1, {"t": 0.0}), {},
     "update_parameters: state must come from initialize_optimizer"),
    ("update.grads", "update_parameters", (P, {"dW1": P["W1"]}, 0.1, STATE), {},
     "update_parameters: grads must hold db1, dW2, db2"),
    ("update.learning_rate", "update_parameters", (P, GRADS, -0.1, STATE), {},
     "update_parameters: learning_rate must be a positive number, got -0.1"),
    ("update.grad_shape", "update_parameters", (P, dict(GRADS, dW1=np.zeros((3, 3))), 0.1, STATE), {},
     "update_parameters: dW1 must be 4 x 2 to match W1"),
    ("dropout.m", "dropout_masks", (P, 2.5, 0.5, RNG), {}, "dropout_masks: m must be a positive integer, got 2.5"),
    ("dropout.rng", "dropout_masks", (P, 4, 0.5, {"x1": 1.0}), {},
     "dropout_masks: rng must be a generator state from rng_seed"),
    ("dropout.keep_prob_zero", "dropout_masks", (P, 4, 0, RNG), {}, "dropout_masks: keep_prob must be in (0, 1], got 0"),
    ("dropout.keep_prob_big", "dropout_masks", (P, 4, 1.5, RNG), {},
     "dropout_masks: keep_prob must be in (0, 1], got 1.5"),
    ("decay.learning_rate", "decay_learning_rate", (0, 3, "none"), {},
     "decay_learning_rate: learning_rate must be a positive number, got 0"),
    ("decay.epoch", "decay_learning_rate", (0.1, -3, "inverse", 0.5), {},
     "decay_learning_rate: epoch must be a non-negative integer, got -3"),
    ("decay.name", "decay_learning_rate", (0.1, 3, "step"), {},
     "decay_learning_rate: decay must be one of none, inverse, exponential, got 'step'"),
    ("decay.rate", "decay_learning_rate", (0.1, 3, "exponential", 2), {},
     "decay_learning_rate: decay_rate must be in (0, 1] for exponential decay, got 2"),
    ("train_config.unknown", "train_config", (), {"epochs": 3}, "train_config: unknown field 'epochs'"),
    ("train_config.learning_rate", "train_config", (), {"learning_rate": 0},
     "train_config: learning_rate must be a positive number, got 0"),
    ("train_config.learning_rate_inf", "train_config", (), {"learning_rate": np.inf},
     "train_config: learning_rate must be a positive number, got inf"),
    ("train_config.iterations", "train_config", (), {"iterations": 2.5},
     "train_config: iterations must be a positive integer, got 2.5"),
    ("train_config.init", "train_config", (), {"init": "glorot"},
     "train_config: init must be one of zeros, default, he, xavier, got 'glorot'"),
    ("train_config.print_every", "train_config", (), {"print_every": -1},
     "train_config: print_every must be a non-negative integer, got -1"),
    ("train_config.batch_size", "train_config", (), {"batch_size": 0},
     "train_config: batch_size must be a positive integer, got 0"),
    ("train_config.optimizer", "train_config", (), {"optimizer": "sgd"},
     "train_config: optimizer must be one of gd, momentum, rmsprop, adam, got 'sgd'"),
    ("train_config.beta1", "train_config", (), {"optimizer": "adam", "beta1": 1},
     "train_config: beta1 must be in [0, 1), got 1"),
    ("train_config.beta2", "train_config", (), {"beta2": 1.5}, "train_config: beta2 must be in [0, 1), got 1.5"),
    ("train_config.epsilon", "train_config", (), {"epsilon": 0},
     "train_config: epsilon must be a positive number, got 0"),
    ("train_config.lambd", "train_config", (), {"lambd": -0.1},
     "train_config: lambd must be a non-negative number, got -0.1"),
    ("train_config.keep_prob", "train_config", (), {"keep_prob": 0}, "train_config: keep_prob must be in (0, 1], got 0"),
    ("train_config.decay", "train_config", (), {"decay": "step"},
     "train_config: decay must be one of none, inverse, exponential, got 'step'"),
    ("train_config.decay_rate", "train_config", (), {"decay": "exponential"},
     "train_config: decay_rate must be in (0, 1] for exponential decay, got 0"),
    ("train.config", "train", (X, Y, [2, 4, 1], ["relu", "sigmoid"], RNG, 0.5), {},
     "train: config must come from train_config"),
    ("train.rng", "train", (X, Y, [2, 4, 1], ["relu", "sigmoid"], {"x1": 5.0, "x2": 0.0}), {},
     "train: rng must be a generator state from rng_seed"),
    ("train.rng_dropout", "train", (X, Y, [2, 4, 1], ["relu", "sigmoid"], None,
                                    train_config(init="zeros", keep_prob=0.5)), {},
     "train: rng must be a generator state from rng_seed"),
    ("train.layer_dims_nan", "train", (X, Y, [2, np.nan, 1], ["relu", "sigmoid"], RNG), {},
     "train: layer_dims must hold at least two positive integers, got [2, nan, 1]"),
    ("train.nan", "train", (np.array([[0.0, np.nan, 1.0, 2.0], [1.0, 2.0, 3.0, 4.0]]), Y, [2, 4, 1],
                            ["relu", "sigmoid"], RNG), {}, "train: X must hold only finite numbers"),
    ("train.label_range", "train", (X, LABELS, [2, 4, 1], ["relu", "sigmoid"], RNG), {},
     "train: Y must hold integer labels in 0..1"),
    ("train.label_fraction", "train", (X, np.array([[0.0, 0.5, 1.0, 2.0]]), [2, 4, 3], ["relu", "softmax"], RNG), {},
     "train: Y must hold integer labels in 0..2"),
    ("train.y_shape", "train", (X, Y.T, [2, 4, 1], ["relu", "sigmoid"], RNG), {},
     "train: Y must be a 1 x 4 matrix, got (4, 1)"),
    ("train.layer_dims", "train", (X, Y, [3, 4, 1], ["relu", "sigmoid"], RNG), {},
     "train: layer_dims[0] must equal the 2 rows of X, got 3"),
    ("train.activation_count", "train", (X, Y, [2, 4, 1], ["sigmoid"], RNG), {},
     "train: activations must name 2 layers, got 1"),
    ("train_epoch.learning_rate", "train_epoch", (X, Y, P, ["relu", "sigmoid"], STATE, RNG, 0), {},
     "train_epoch: learning_rate must be a positive number, got 0"),
    ("train_epoch.state", "train_epoch", (X, Y, P, ["relu", "sigmoid"], {"t": 0.0}, RNG, 0.1), {},
     "train_epoch: state must come from initialize_optimizer"),
    ("train_epoch.labels", "train_epoch", (X, LABELS, P, ["relu", "sigmoid"], STATE, RNG, 0.1), {},
     "train_epoch: Y must hold integer labels in 0..1"),
    ("mini_batches.size", "random_mini_batches", (X, Y, 0, RNG), {},
     "random_mini_batches: batch_size must be a positive integer, got 0"),
    ("mini_batches.y_columns", "random_mini_batches", (X, np.zeros((1, 3)), 2, RNG), {},
     "random_mini_batches: Y must be a 1 x 4 matrix, got (1, 3)"),
    ("gradient_check.x_rows", "gradient_check", (np.ones((3, 4)), Y, P, ["relu", "sigmoid"]), {},
     "gradient_check: X must have 2 rows to match W1, got 3"),
    ("gradient_check.output", "gradient_check", (X, Y, P, ["relu", "relu"]), {},
     "gradient_check: output activation must be sigmoid or softmax, got 'relu'"),
    ("gradient_check.grad_shape", "gradient_check", (X, Y, P, ["relu", "sigmoid"]),
     {"grads": dict(GRADS, db2=np.zeros((2, 1)))}, "gradient_check: db2 must be 1 x 1 to match b2"),
    ("gradient_check.epsilon", "gradient_check", (X, Y, P, ["relu", "sigmoid"]), {"epsilon": 0},
     "gradient_check: epsilon must be a positive number, got 0"),
    ("gradient_check.grads", "gradient_check", (X, Y, P, ["relu", "sigmoid"]), {"grads": {"dW1": P["W1"]}},
     "gradient_check: grads must hold db1, dW2, db2"),
    ("rng.seed", "rng_seed", (-1,), {}, "rng_seed: seed must be an integer in 0..2147483647, got -1"),
    ("rng.count", "rng_uniform", (RNG, -1, 3), {}, "rng_uniform: n_rows must be a non-negative integer, got -1"),
    ("rng.state_uniform", "rng_uniform", ({"x1": 0.0, "x2": 1.0}, 1, 3), {},
     "rng_uniform: rng must be a generator state from rng_seed"),
    ("rng.state_normal", "rng_normal", ({"x1": 1.5, "x2": 1.0}, 1, 3), {},
     "rng_normal: rng must be a generator state from rng_seed"),
    ("rng.state_permutation", "rng_permutation", ({"x1": 1.0, "x2": 2147483399.0}, 3), {},
     "rng_permutation: rng must be a generator state from rng_seed"),
    ("split.fraction", "split_train_test", (X, Y, 0, RNG), {},
     "split_train_test: test_fraction must be in (0, 1), got 0"),
    ("split.y_columns", "split_train_test", (X, np.zeros((1, 3)), 0.25, RNG), {},
     "split_train_test: Y must be a 1 x 4 matrix, got (1, 3)"),
    ("spiral.points", "make_spiral", (RNG, 1), {}, "make_spiral: n_per_class must be an integer >= 2, got 1"),
    ("spiral.points_inf", "make_spiral", (RNG, np.inf), {}, "make_spiral: n_per_class must be an integer >= 2, got inf"),
    ("spiral.classes", "make_spiral", (RNG, 10, 0), {}, "make_spiral: n_classes must be a positive integer, got 0"),
    ("moons.noise", "make_moons", (RNG, 10, -0.2), {}, "make_moons: noise must be a non-negative number, got -0.2"),
    ("moons.rng", "make_moons", ({"x1": 1.0}, 10), {},
     "make_moons: rng must be a generator state from rng_seed"),
    ("scale.nan", "scale_to_unit_norm", (np.array([[1.0, np.nan]]),), {},
     "scale_to_unit_norm: X must hold only finite numbers"),
    ("write.y_columns", "write_dataset", (CSV, X, np.zeros((1, 3))), {},
     "write_dataset: Y must be a 1 x 4 matrix, got (1, 3)"),
    ("activation.z", "activation_forward", ("relu", "relu"), {}, "activation_forward: Z must be a 2-D matrix"),
    ("activation.shapes", "activation_backward", (X, X, np.ones((2, 3)), "relu"), {},
     "activation_backward: dA, Z and A must be 2-D matrices of the same shape"),
    ("activation.name", "activation_forward", (X, "elu"), {},
     "activation_forward: activation must be one of sigmoid, tanh, relu, softmax, got 'elu'"),
    ("activation.softmax_hidden", "activation_backward", (X, X, X, "softmax"), {},
     "activation_backward: softmax is only allowed as the output layer"),
    ("predict.x_rows", "predict_labels", (np.ones((3, 4)), P, ["relu", "sigmoid"]), {},
     "predict_labels: X must have 2 rows to match W1, got 3"),
    ("predict.activation_name", "predict_labels", (X, P, ["relu", "elu"]), {},
     "predict_labels: activation must be one of sigmoid, tanh, relu, softmax, got 'elu'"),
    ("accuracy.shapes", "accuracy", (Y, np.zeros((1, 3))), {},
     "accuracy: Y and Y_hat must have the same shape, got (1, 4) and (1, 3)"),
    ("accuracy.nan", "accuracy", (np.array([[0.0, np.nan]]), np.zeros((1, 2))), {},
     "accuracy: Y must hold only finite numbers"),
    ("confusion.classes", "confusion_matrix", (Y, Y, 0), {},
     "confusion_matrix: n_classes must be a positive integer, got 0"),
    ("confusion.shapes", "confusion_matrix", (Y, np.zeros((1, 3)), 2), {},
     "confusion_matrix: Y and Y_hat must be 1 x m matrices of the same shape, got (1, 4) and (1, 3)"),
    ("confusion.labels", "confusion_matrix", (LABELS, Y, 2), {}, "confusion_matrix: labels must be integers in 0..1"),
    ("confusion.format", "format_confusion_matrix", (np.zeros((2, 3)),), {},
     "format_confusion_matrix: counts must be a square matrix"),
    ("plot.costs_empty", "plot_costs", (np.zeros((1, 0)), PNG, "t"), {}, "plot_costs: costs must hold at least one number"),
    ("plot.curves_labels", "plot_cost_curves", ([np.array([[1.0, 0.5]]), np.array([[1.0, 0.4]])], ["gd"], PNG, "t"), {},
     "plot_cost_curves: labels must name the 2 curves, got 1"),
    ("plot.curves_empty", "plot_cost_curves", ([np.array([[1.0, 0.5]]), np.zeros((1, 0))], ["gd", "adam"], PNG, "t"), {},
     "plot_cost_curves: every curve must hold at least one number"),
    ("plot.differences_labels", "plot_differences", (["a", "b"], np.array([[1e-9]]), 1e-7, PNG, "t"), {},
     "plot_differences: labels must name the 1 differences, got 2"),
    ("plot.threshold", "plot_differences", (["a"], np.array([[1e-9]]), 0, PNG, "t"), {},
     "plot_differences: threshold must be a positive number, got 0"),
    ("plot.search_rounds", "plot_search", ([np.array([[0.1, 0.2]]), np.array([[0.3]])], [np.array([[0.5, 0.6]])],
                                           ["first", "second"], PNG, "t"), {},
     "plot_search: accuracies must hold the 2 rounds, got 1"),
    ("plot.search_rates", "plot_search", ([np.array([[0.1, -0.2]])], [np.array([[0.5, 0.6]])], ["first"], PNG, "t"), {},
     "plot_search: learning_rates must be positive numbers"),
    ("plot.digits_rows", "plot_digits", (np.zeros((3, 2)), np.zeros((1, 2)), np.zeros((1, 2)), PNG, "t"), {},
     "plot_digits: X must have 784 rows (28 x 28 pixels)"),
    ("plot.digits_predictions", "plot_digits", (np.zeros((784, 2)), np.zeros((1, 2)), np.zeros((1, 3)), PNG, "t"), {},
     "plot_digits: Y and Y_hat must have the same shape, got (1, 2) and (1, 3)"),
    ("plot.boundary_rows", "plot_decision_boundary", (np.ones((3, 4)), Y, net((3, 4, 1)), ["relu", "sigmoid"], PNG, "t"),
     {}, "plot_decision_boundary: X must have 2 rows, the two features drawn, got 3"),
    ("plot.boundary_labels", "plot_decision_boundary", (X, LABELS, P, ["relu", "sigmoid"], PNG, "t"), {},
     "plot_decision_boundary: Y must hold integer labels in 0..1"),
    ("vector.missing", "parameters_to_vector", ({"W1": P["W1"]},), {},
     "parameters_to_vector: parameters must hold W1, b1, ..., W1, b1; missing W1 or b1"),
    ("vector.size", "vector_to_parameters", (np.zeros((3, 1)), P), {},
     "vector_to_parameters: theta must be 17 x 1 to match the parameters, got 3 x 1"),
    ("tuning.best_empty", "best_trial", (np.zeros((2, 0)),), {},
     "best_trial: results must be a 2 x n matrix of accuracies and costs, n >= 1"),
    ("tuning.candidate_k", "candidate", (CANDIDATES, 2), {}, "candidate: k must be an integer in 0..1, got 2"),
    ("tuning.candidates", "candidate", (dict(CANDIDATES, hidden=[5.0]), 0), {},
     "candidate: candidates must hold learning_rate, hidden, lambd, keep_prob, batch_size, beta1 and beta2, the same "
     "number of numbers each"),
    ("tuning.best", "narrow_space", (SPACE, CANDIDATES), {},
     "narrow_space: best must hold learning_rate, hidden, lambd, keep_prob, batch_size, beta1 and beta2, one number "
     "each"),
    ("tuning.trial_candidate", "run_trial", (X, Y, X, Y, {"learning_rate": 0.1}, 1, 2, 1), {},
     "run_trial: candidate must hold learning_rate, hidden, lambd, keep_prob, batch_size, beta1 and beta2, one "
     "number each"),
    ("tuning.trial_epochs", "run_trial", (X, Y, X, Y, BEST, 1, 0, 1), {},
     "run_trial: epochs must be a positive integer, got 0"),
    ("tuning.search_layers", "random_search", (X, Y, X, Y, CANDIDATES, -1, 2, 1), {},
     "random_search: hidden_layers must be a non-negative integer, got -1"),
    ("tuning.format_results", "format_trials", (CANDIDATES, np.zeros((2, 3)), 0), {},
     "format_trials: results must be a 2 x 2 matrix, one column per candidate"),
    ("tuning.space", "sample_candidates", (dict(SPACE, batch_size=[10, 64]), 3, RNG), {},
     "sample_candidates: the batch_size range must be powers of two, got [10, 64]"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_bad_input_gets_the_same_message_everywhere(langs, case):
    _, function, args, kwargs, message = case
    messages = {name: lang.error(function, *args, **kwargs) for name, lang in langs.items()}
    assert not os.path.exists(PNG) and not os.path.exists(CSV), "a refusal wrote a file"
    for name, text in messages.items():
        assert text.startswith(message), f"{name}: {text!r}"
    for name in ("r", "octave"):
        record(f"{function}: refusal message", f"python-{name}", None, None, "identical message",
               messages[name] == messages["python"])
    assert messages["r"] == messages["python"] and messages["octave"] == messages["python"], messages


def test_the_docs_table_is_current():
    sys.path.insert(0, os.path.join(REPO, "tools"))
    from bad_input_doc import text
    with open(os.path.join(REPO, "docs", "bad_input.md")) as f:
        assert f.read() == text(), "docs/bad_input.md is stale: run .venv/bin/python tools/bad_input_doc.py"
