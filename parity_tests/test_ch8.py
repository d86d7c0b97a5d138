"""Chapter 8: gradient checking, and the tuner's candidates and scores."""
import numpy as np
import pytest

from agreement import assert_agree
from helpers import each
from test_network import NETWORKS, case


@pytest.mark.parametrize("lambd", [0, 0.5])
@pytest.mark.parametrize("network", NETWORKS)
def test_gradient_checks_agree_and_pass(langs, network, lambd):
    layer_dims, activations = NETWORKS[network]
    parameters, X, Y = case(langs["python"], layer_dims, activations)
    out = each(langs, "gradient_check", X, Y, parameters, activations, lambd=lambd)
    for lang, result in out.items():
        assert float(np.ravel(result["difference"])[0]) < 1e-7, f"{lang}: {network} fails its gradient check"
    assert_agree(f"{network}.gradient_check(lambd={lambd}).approx", {k: v["approx"] for k, v in out.items()},
                 "finite_difference")


def test_a_planted_bug_fails_and_is_named_in_every_language(langs):
    layer_dims, activations = NETWORKS["tanh_relu_softmax"]
    python = langs["python"]
    parameters, X, Y = case(python, layer_dims, activations)
    cache = python.call("forward_propagation", X, parameters, activations)["cache"]
    grads = python.call("backward_propagation", Y, parameters, cache, activations)
    grads["db2"] = grads["db2"] * X.shape[1]
    out = each(langs, "gradient_check", X, Y, parameters, activations, grads=grads)
    for lang, result in out.items():
        assert float(np.ravel(result["difference"])[0]) > 1e-3, lang
        assert np.ravel(result["worst"])[0] == "b2", lang
