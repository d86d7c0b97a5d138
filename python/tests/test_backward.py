import numpy as np
import pytest

from dlfp.backward import backward_propagation
from dlfp.cost import compute_cost, one_hot
from dlfp.forward import forward_propagation

from helpers import NETWORKS, assert_matches_centred_differences, network_case


def cost_of(parameters, X, Y, activations):
    _, cache = forward_propagation(X, parameters, activations)
    return compute_cost(cache[f"Z{len(activations)}"], Y, activations[-1])


@pytest.mark.parametrize("layer_dims,activations", NETWORKS)
def test_gradients_match_centred_differences(layer_dims, activations):
    parameters, X, Y = network_case(layer_dims, activations)
    _, cache = forward_propagation(X, parameters, activations)
    grads = backward_propagation(Y, parameters, cache, activations)
    assert_matches_centred_differences(grads, parameters, lambda p: cost_of(p, X, Y, activations))


def test_softmax_output_gradient_is_a_minus_one_hot_for_first_and_last_class():
    parameters, X, Y = network_case([3, 4], ["softmax"], m=5)
    Y[0] = [0, 3, 3, 0, 2]
    AL, cache = forward_propagation(X, parameters, ["softmax"])
    grads = backward_propagation(Y, parameters, cache, ["softmax"])
    np.testing.assert_array_equal(grads["dZ1"], AL - one_hot(Y, 4))
    assert one_hot(Y, 4)[0, 0] == 1 and one_hot(Y, 4)[3, 1] == 1
    np.testing.assert_allclose(grads["db1"], (AL - one_hot(Y, 4)).mean(axis=1, keepdims=True), rtol=1e-14)


def test_hidden_layers_get_da():
    parameters, X, Y = network_case([4, 6, 5, 3], ["relu", "tanh", "softmax"])
    _, cache = forward_propagation(X, parameters, ["relu", "tanh", "softmax"])
    grads = backward_propagation(Y, parameters, cache, ["relu", "tanh", "softmax"])
    assert grads["dA2"].shape == (5, 7) and grads["dA1"].shape == (6, 7) and "dA0" not in grads


def test_backward_pass_is_backward_propagation_without_the_checks():
    from dlfp.backward import backward_pass
    parameters, X, Y = network_case([4, 6, 5, 3], ["relu", "tanh", "softmax"])
    _, cache = forward_propagation(X, parameters, ["relu", "tanh", "softmax"])
    grads = backward_pass(Y, parameters, cache, ["relu", "tanh", "softmax"], 0.3)
    checked = backward_propagation(Y, parameters, cache, ["relu", "tanh", "softmax"], 0.3)
    assert all(np.array_equal(grads[k], checked[k]) for k in checked)
    with pytest.raises(ValueError, match="^backward_propagation: activations must name 3 layers, got 2$"):
        backward_propagation(Y, parameters, cache, ["relu", "softmax"])


def test_a_cache_from_other_parameters_is_refused():
    parameters, X, Y = network_case([4, 6, 1], ["relu", "sigmoid"])
    other, _, _ = network_case([4, 5, 1], ["relu", "sigmoid"])
    _, cache = forward_propagation(X, other, ["relu", "sigmoid"])
    with pytest.raises(ValueError, match="^backward_propagation: cache must come from forward_propagation with these "
                                         "parameters$"):
        backward_propagation(Y, parameters, cache, ["relu", "sigmoid"])


def test_bias_gradients_add_each_row_column_after_column():
    # As R and Octave add them; numpy's own sum adds pairwise, which differs in the last bits for this many columns.
    parameters, X, Y = network_case([3, 5, 1], ["tanh", "sigmoid"], m=1000)
    _, cache = forward_propagation(X, parameters, ["tanh", "sigmoid"])
    grads = backward_propagation(Y, parameters, cache, ["tanh", "sigmoid"])
    for l in (1, 2):
        dZ = grads[f"dZ{l}"]
        total = np.zeros((dZ.shape[0], 1))
        for j in range(dZ.shape[1]):
            total = total + dZ[:, j:j + 1]
        np.testing.assert_array_equal(grads[f"db{l}"], total / 1000)
    assert not np.array_equal(grads["dZ1"].sum(axis=1, keepdims=True), np.cumsum(grads["dZ1"], axis=1)[:, -1:])
