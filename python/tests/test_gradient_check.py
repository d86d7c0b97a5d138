import numpy as np
import pytest

from dlfp.backward import backward_propagation
from dlfp.forward import forward_propagation
from dlfp.gradient_check import gradient_check, parameters_to_vector, vector_to_parameters

from helpers import NETWORKS, network_case


def test_vector_order_is_w1_b1_w2_b2_column_by_column():
    parameters = {"W1": np.array([[1.0, 2.0], [3.0, 4.0]]), "b1": np.array([[5.0], [6.0]]),
                  "W2": np.array([[7.0, 8.0]]), "b2": np.array([[9.0]])}
    theta = parameters_to_vector(parameters)
    np.testing.assert_array_equal(theta, [[1], [3], [2], [4], [5], [6], [7], [8], [9]])
    back = vector_to_parameters(theta, parameters)
    assert all(np.array_equal(back[k], parameters[k]) for k in parameters)


@pytest.mark.parametrize("lambd", [0, 0.7])
@pytest.mark.parametrize("layer_dims,activations", NETWORKS)
def test_backpropagation_passes(layer_dims, activations, lambd):
    parameters, X, Y = network_case(layer_dims, activations)
    difference, _, approx = gradient_check(X, Y, parameters, activations, lambd=lambd)
    assert difference < 1e-7
    assert approx.shape == (sum(v.size for v in parameters.values()), 1)


def gradients(parameters, X, Y, activations):
    _, cache = forward_propagation(X, parameters, activations)
    return backward_propagation(Y, parameters, cache, activations)


@pytest.mark.parametrize("layer_dims,activations", NETWORKS)
def test_one_wrong_element_fails_and_is_named(layer_dims, activations):
    parameters, X, Y = network_case(layer_dims, activations)
    grads = gradients(parameters, X, Y, activations)
    name = f"W{len(activations)}"
    grads[f"d{name}"] = grads[f"d{name}"].copy()
    grads[f"d{name}"][0, 0] += 1e-3
    difference, worst, _ = gradient_check(X, Y, parameters, activations, grads=grads)
    assert difference > 1e-5 and worst == name


def test_a_negative_error_is_named_by_the_largest_absolute_gap():
    # Too small by 0.1 in b3 outweighs too large by 0.01 in W1; the difference is its formula.
    layer_dims, activations = NETWORKS[-1]
    parameters, X, Y = network_case(layer_dims, activations)
    grads = gradients(parameters, X, Y, activations)
    grads["db3"] = grads["db3"] - np.array([[0.0], [0.1], [0.0]])
    grads["dW1"] = grads["dW1"].copy()
    grads["dW1"][0, 0] += 0.01
    difference, worst, approx = gradient_check(X, Y, parameters, activations, grads=grads)
    grad = parameters_to_vector({name: grads[f"d{name}"] for name in parameters})
    assert worst == "b3"
    assert difference == pytest.approx(np.linalg.norm(grad - approx) / (np.linalg.norm(grad) + np.linalg.norm(approx)),
                                       rel=1e-14)
    assert difference > 1e-2


def test_a_bias_gradient_missing_its_one_over_m_fails():
    layer_dims, activations = NETWORKS[-1]
    parameters, X, Y = network_case(layer_dims, activations)
    grads = gradients(parameters, X, Y, activations)
    grads["db1"] = grads["db1"] * X.shape[1]
    difference, worst, _ = gradient_check(X, Y, parameters, activations, grads=grads)
    assert difference > 1e-3 and worst == "b1"


def test_gradients_of_zero_agree_with_zero_differences():
    parameters = {"W1": np.zeros((1, 2)), "b1": np.zeros((1, 1))}
    difference, _, approx = gradient_check(np.zeros((2, 4)), np.array([[0.0, 1.0, 0.0, 1.0]]), parameters, ["sigmoid"])
    assert difference == 0 and not approx.any()
