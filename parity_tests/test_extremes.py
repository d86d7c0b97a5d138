"""Numerical extremes: costs and gradients stay finite and agree across languages."""
import numpy as np
import pytest

from agreement import assert_agree
from helpers import each, pick
from tolerances import TOLERANCES


@pytest.mark.parametrize("output", ["sigmoid", "softmax"])
def test_logits_of_a_thousand_give_finite_costs(langs, output):
    ZL = np.array([[1000.0, -1000.0, 0.0, 1000.0]]) if output == "sigmoid" else \
        np.array([[1000.0, -1000.0, 0.0, 1000.0], [-1000.0, 1000.0, 1e-300, 999.0], [0.0, 0.0, -5.0, -1000.0]])
    Y = np.array([[1.0, 0.0, 1.0, 0.0]]) if output == "sigmoid" else np.array([[0.0, 1.0, 2.0, 2.0]])
    costs = {lang: np.ravel(langs[lang].call("compute_cost", ZL, Y, output)) for lang in langs}
    assert all(np.isfinite(c).all() for c in costs.values())
    assert_agree(f"compute_cost({output}, logits of 1000)", costs, "one_pass")
    # The wrong answer at 1000 costs 1000 over 4 examples (plus a little where the classes tie).
    assert 250 <= costs["python"][0] < 1000


# (case, layer sizes, activations, X, Y, weight scale)
CASES = [
    ("saturated_sigmoid", [2, 3, 1], ["tanh", "sigmoid"], np.array([[50.0, -50.0, 20.0], [-30.0, 40.0, 10.0]]),
     np.array([[1.0, 0.0, 0.0]]), 100.0),
    ("zero_inputs", [3, 4, 2], ["relu", "softmax"], np.zeros((3, 5)), np.array([[0.0, 1.0, 1.0, 0.0, 1.0]]), 1.0),
    ("one_example", [2, 4, 3], ["sigmoid", "softmax"], np.array([[0.5], [-1.5]]), np.array([[2.0]]), 1.0),
    ("one_feature", [1, 3, 1], ["relu", "sigmoid"], np.array([[0.1, -2.0, 3.0, 0.0]]), np.array([[0.0, 1.0, 1.0, 0.0]]), 1.0),
    ("absent_class", [2, 5, 4], ["tanh", "softmax"], np.array([[0.1, -2.0, 3.0], [1.0, 0.5, -1.0]]),
     np.array([[0.0, 0.0, 2.0]]), 1.0),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_extreme_networks_stay_finite_and_agree(langs, case):
    name, dims, activations, X, Y, scale = case
    python = langs["python"]
    parameters = python.call("initialize_parameters", dims, python.call("rng_seed", 4), init="xavier")["parameters"]
    parameters = {k: v * scale for k, v in parameters.items()}
    forward = each(langs, "forward_propagation", X, parameters, activations)
    cache = pick(forward, "cache")
    L = len(activations)
    costs = {lang: np.ravel(langs[lang].call("compute_cost", cache[lang][f"Z{L}"], Y, activations[-1],
                                             parameters=parameters, lambd=0.1)) for lang in langs}
    grads = {lang: langs[lang].call("backward_propagation", Y, parameters, cache[lang], activations, lambd=0.1)
             for lang in langs}
    for lang in langs:
        assert np.isfinite(costs[lang]).all(), f"{lang}: {name} cost"
        for key, value in grads[lang].items():
            assert np.isfinite(value).all(), f"{lang}: {name} {key}"
    assert_agree(f"{name}.cost", costs, "one_pass")
    for key in grads["python"]:
        assert_agree(f"{name}.{key}", pick(grads, key), "one_pass")


# Columns whose logits lie ~1000 apart (the last a three-way tie): a softmax shifted by the matrix's
# maximum instead of each column's underflows every column but the largest to 0/0.
SPREAD = np.array([[0.0, 1000.0, -1000.0, 2.0], [1.0, 999.0, -1001.0, 2.0], [-2.0, 1000.5, -999.0, 2.0]])


def test_softmax_normalises_each_column_by_its_own_maximum(langs):
    shifted = np.exp(SPREAD - SPREAD.max(axis=0, keepdims=True))
    expected = shifted / shifted.sum(axis=0, keepdims=True)
    direct = each(langs, "activation_forward", SPREAD, "softmax")
    # An identity layer: Z1 = SPREAD exactly.
    parameters = {"W1": np.eye(3), "b1": np.zeros((3, 1))}
    through = pick(each(langs, "forward_propagation", SPREAD, parameters, ["softmax"]), "AL")
    for lang in langs:
        for value in (direct[lang], through[lang]):
            np.testing.assert_allclose(value, expected, rtol=TOLERANCES["one_pass"].value, atol=0, err_msg=lang)
    assert_agree("activation_forward(softmax, columns 1000 apart)", direct, "one_pass")
    assert_agree("forward_propagation(softmax, columns 1000 apart).AL", through, "one_pass")
