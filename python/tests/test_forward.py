import numpy as np
import pytest

from dlfp.forward import forward_propagation

from helpers import network_case


def test_cache_holds_every_layer_in_order():
    parameters, X, _ = network_case([4, 6, 5, 3], ["relu", "tanh", "softmax"])
    AL, cache = forward_propagation(X, parameters, ["relu", "tanh", "softmax"])
    np.testing.assert_array_equal(cache["Z1"], parameters["W1"] @ X + parameters["b1"])
    np.testing.assert_array_equal(cache["A1"], np.maximum(cache["Z1"], 0))
    np.testing.assert_array_equal(cache["A2"], np.tanh(cache["Z2"]))
    assert AL is cache["A3"] and AL.shape == (3, 7)


def test_bad_shapes_and_layers_are_refused():
    parameters, X, _ = network_case([4, 6, 1], ["relu", "sigmoid"])
    with pytest.raises(ValueError, match="forward_propagation: X must have 4 rows to match W1, got 3"):
        forward_propagation(X[:3], parameters, ["relu", "sigmoid"])
    with pytest.raises(ValueError, match="forward_propagation: softmax is only allowed as the output layer"):
        forward_propagation(X, parameters, ["softmax", "sigmoid"])
    with pytest.raises(ValueError, match="forward_propagation: activations must name 2 layers, got 1"):
        forward_propagation(X, parameters, ["sigmoid"])
    with pytest.raises(ValueError, match="forward_propagation: b1 must be 6 x 1 to match W1"):
        forward_propagation(X, dict(parameters, b1=parameters["b1"].T), ["relu", "sigmoid"])
    del parameters["b2"]
    with pytest.raises(ValueError, match="forward_propagation: parameters must hold W1, b1"):
        forward_propagation(X, parameters, ["relu", "sigmoid"])


def test_forward_pass_is_forward_propagation_without_the_checks():
    from dlfp.forward import forward_pass
    from dlfp.regularization import dropout_masks
    from dlfp.rng import rng_seed
    parameters, X, _ = network_case([4, 6, 5, 3], ["relu", "tanh", "softmax"])
    masks, _ = dropout_masks(parameters, X.shape[1], 0.6, rng_seed(2))
    AL, cache = forward_pass(X, parameters, ["relu", "tanh", "softmax"], masks)
    AL_checked, cache_checked = forward_propagation(X, parameters, ["relu", "tanh", "softmax"], masks)
    assert np.array_equal(AL, AL_checked) and all(np.array_equal(cache[k], cache_checked[k]) for k in cache_checked)


def test_non_finite_values_and_unchained_weights_are_refused():
    parameters, X, _ = network_case([4, 6, 1], ["relu", "sigmoid"])
    X_nan = X.copy()
    X_nan[0, 0] = np.nan
    with pytest.raises(ValueError, match="^forward_propagation: X must hold only finite numbers$"):
        forward_propagation(X_nan, parameters, ["relu", "sigmoid"])
    with pytest.raises(ValueError, match="^forward_propagation: W2 must hold only finite numbers$"):
        forward_propagation(X, dict(parameters, W2=parameters["W2"] * np.inf), ["relu", "sigmoid"])
    with pytest.raises(ValueError, match="^forward_propagation: W2 must have 6 columns to match the rows of W1, got 5$"):
        forward_propagation(X, dict(parameters, W2=np.ones((1, 5))), ["relu", "sigmoid"])
    with pytest.raises(ValueError, match="^forward_propagation: parameters must hold at least W1 and b1$"):
        forward_propagation(X, {}, [])
