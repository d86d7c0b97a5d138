import numpy as np

from dlfp.forward import forward_propagation

from helpers import network_case


def test_cache_holds_every_layer_in_order():
    parameters, X, _ = network_case([4, 6, 5, 3], ["relu", "tanh", "softmax"])
    AL, cache = forward_propagation(X, parameters, ["relu", "tanh", "softmax"])
    np.testing.assert_array_equal(cache["Z1"], parameters["W1"] @ X + parameters["b1"])
    np.testing.assert_array_equal(cache["A1"], np.maximum(cache["Z1"], 0))
    np.testing.assert_array_equal(cache["A2"], np.tanh(cache["Z2"]))
    assert AL is cache["A3"] and AL.shape == (3, 7)


def test_forward_pass_is_forward_propagation_without_the_checks():
    from dlfp.forward import forward_pass
    from dlfp.regularization import dropout_masks
    from dlfp.rng import rng_seed
    parameters, X, _ = network_case([4, 6, 5, 3], ["relu", "tanh", "softmax"])
    masks, _ = dropout_masks(parameters, X.shape[1], 0.6, rng_seed(2))
    AL, cache = forward_pass(X, parameters, ["relu", "tanh", "softmax"], masks)
    AL_checked, cache_checked = forward_propagation(X, parameters, ["relu", "tanh", "softmax"], masks)
    assert np.array_equal(AL, AL_checked) and all(np.array_equal(cache[k], cache_checked[k]) for k in cache_checked)


def test_each_hidden_layers_output_is_multiplied_by_its_mask():
    from dlfp.regularization import dropout_masks
    from dlfp.rng import rng_seed
    parameters, X, _ = network_case([4, 6, 5, 3], ["relu", "tanh", "softmax"])
    masks, _ = dropout_masks(parameters, X.shape[1], 0.6, rng_seed(2))
    _, cache = forward_propagation(X, parameters, ["relu", "tanh", "softmax"], masks)
    assert cache["D1"] is masks["D1"] and cache["D2"] is masks["D2"]
    np.testing.assert_array_equal(cache["Z1"], parameters["W1"] @ X + parameters["b1"])
    np.testing.assert_array_equal(cache["Z2"], parameters["W2"] @ (cache["A1"] * masks["D1"]) + parameters["b2"])
    np.testing.assert_array_equal(cache["Z3"], parameters["W3"] @ (cache["A2"] * masks["D2"]) + parameters["b3"])
