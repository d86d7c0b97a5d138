"""The general network: every layer's Z and A, the cost and every gradient, for several architectures."""
import numpy as np
import pytest

from agreement import assert_agree
from helpers import each, pick

pytestmark = pytest.mark.chapter("ch3")
# Distinct, non-square sizes so that a transposed matrix never fits by accident.
NETWORKS = {
    "logistic": ([5, 1], ["sigmoid"]),
    "tanh_sigmoid": ([3, 4, 1], ["tanh", "sigmoid"]),
    "relu_relu_sigmoid": ([4, 6, 5, 1], ["relu", "relu", "sigmoid"]),
    "sigmoid_tanh_relu_sigmoid": ([3, 7, 5, 4, 1], ["sigmoid", "tanh", "relu", "sigmoid"]),
    "softmax": ([3, 4], ["softmax"]),
    "relu_softmax": ([2, 9, 3], ["relu", "softmax"]),
    "tanh_relu_softmax": ([4, 6, 5, 3], ["tanh", "relu", "softmax"]),
}
M = 11


def case(python, layer_dims, activations):
    """He-scaled weights, non-zero biases, inputs and labels from the portable generator;
    the first and the last class both appear."""
    rng = python.call("rng_seed", 7)
    out = python.call("initialize_parameters", layer_dims, rng, init="he")
    parameters, rng = out["parameters"], out["rng"]
    for l in range(1, len(layer_dims)):
        b = python.call("rng_normal", rng, layer_dims[l], 1)
        parameters[f"b{l}"], rng = 0.1 * b["values"], b["rng"]
    x = python.call("rng_normal", rng, layer_dims[0], M)
    n_classes = 2 if activations[-1] == "sigmoid" else layer_dims[-1]
    u = python.call("rng_uniform", x["rng"], 1, M)
    Y = np.floor(u["values"] * n_classes)
    Y[0, 0], Y[0, -1] = 0, n_classes - 1
    return parameters, x["values"], Y


@pytest.mark.parametrize("network", NETWORKS)
def test_initialisation_is_bitwise_identical(langs, network):
    layer_dims, _ = NETWORKS[network]
    for init in ("default", "he", "xavier", "zeros"):
        state = langs["python"].call("rng_seed", 5)
        out = pick(each(langs, "initialize_parameters", layer_dims, state, init=init), "parameters")
        for name in out["python"]:
            assert_agree(f"{network}.initialize_parameters({init}).{name}", pick(out, name), "exact")


@pytest.mark.parametrize("network", NETWORKS)
def test_forward_cost_and_backward_agree(langs, network):
    layer_dims, activations = NETWORKS[network]
    parameters, X, Y = case(langs["python"], layer_dims, activations)
    L = len(activations)
    forward = each(langs, "forward_propagation", X, parameters, activations)
    cache = pick(forward, "cache")
    for name in cache["python"]:
        assert_agree(f"{network}.forward.{name}", pick(cache, name), "one_pass")
    costs = {lang: np.ravel(langs[lang].call("compute_cost", cache[lang][f"Z{L}"], Y, activations[-1])) for lang in langs}
    assert_agree(f"{network}.cost", costs, "one_pass")
    grads = {lang: langs[lang].call("backward_propagation", Y, parameters, cache[lang], activations) for lang in langs}
    assert set(grads["r"]) == set(grads["octave"]) == set(grads["python"]), "the languages return different gradients"
    for name in grads["python"]:
        assert_agree(f"{network}.backward.{name}", pick(grads, name), "one_pass")


@pytest.mark.parametrize("network", ["tanh_sigmoid", "relu_softmax"])
def test_training_run_agrees(langs, network):
    layer_dims, activations = NETWORKS[network]
    _, X, Y = case(langs["python"], layer_dims, activations)
    state = langs["python"].call("rng_seed", 2)
    config = langs["python"].call("train_config", learning_rate=0.5, iterations=200, init="he")
    out = each(langs, "train", X, Y, layer_dims, activations, state, config)
    assert_agree(f"{network}.train.costs", {k: np.ravel(v) for k, v in pick(out, "costs").items()}, "training")
    parameters = pick(out, "parameters")
    for name in parameters["python"]:
        assert_agree(f"{network}.train.{name}", pick(parameters, name), "training")
    labels = {lang: langs[lang].call("predict_labels", X, parameters["python"], activations) for lang in langs}
    assert_agree(f"{network}.predict_labels", labels, "exact")


# (case, parameters, activations, X, labels): exact ties. A zero network's sigmoid output is exactly 0.5
# (label 0: only a > 0.5 gives 1) and its softmax output uniform (the first class wins a tie).
TIES = [
    ("zero_sigmoid", {"W1": np.zeros((1, 2)), "b1": np.zeros((1, 1))}, ["sigmoid"], [0, 0, 0, 0]),
    ("zero_softmax", {"W1": np.zeros((3, 2)), "b1": np.zeros((3, 1))}, ["softmax"], [0, 0, 0, 0]),
    ("zero_tanh_softmax", {"W1": np.zeros((4, 2)), "b1": np.zeros((4, 1)), "W2": np.zeros((3, 4)),
                           "b2": np.zeros((3, 1))}, ["tanh", "softmax"], [0, 0, 0, 0]),
    # z = x1 + 2 x2 is exactly 0 in the first column only.
    ("sigmoid_at_zero", {"W1": np.array([[1.0, 2.0]]), "b1": np.zeros((1, 1))}, ["sigmoid"], [0, 1, 0, 1]),
    # Classes 1 and 2 tie in every column (z = x1 for both); class 0 (z = 0.5) wins only where x1 < 0.5.
    ("classes_1_and_2", {"W1": np.array([[0.0, 0.0], [1.0, 0.0], [1.0, 0.0]]), "b1": np.array([[0.5], [0.0], [0.0]])},
     ["softmax"], [1, 1, 0, 1]),
]
TIE_X = np.array([[2.0, 4.0, -2.0, 3.0], [-1.0, 0.0, 0.5, 0.0]])


@pytest.mark.parametrize("tie", TIES, ids=[t[0] for t in TIES])
def test_predictions_at_exact_ties_agree(langs, tie):
    name, parameters, activations, labels = tie
    predicted = {lang: langs[lang].call("predict_labels", TIE_X, parameters, activations) for lang in langs}
    for lang, value in predicted.items():
        assert np.array_equal(np.ravel(value), labels), f"{lang}: {name} predicts {np.ravel(value)}, not {labels}"
    assert_agree(f"{name}.predict_labels", predicted, "exact")
