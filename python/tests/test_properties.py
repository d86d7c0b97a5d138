"""Property-based tests over random architectures: shapes, finiteness, and the softmax gradient identity."""
import numpy as np
from hypothesis import given, settings

from dlfp.backward import backward_propagation
from dlfp.cost import compute_cost, one_hot
from dlfp.forward import forward_propagation

from strategies import build, networks

@settings(max_examples=150, deadline=None)
@given(networks())
def test_shapes_and_finiteness(case):
    dims, activations, m = case[:3]
    parameters, X, Y = build(case)
    AL, cache = forward_propagation(X, parameters, activations)
    assert AL.shape == (dims[-1], m) and np.isfinite(AL).all()
    cost = compute_cost(cache[f"Z{len(activations)}"], Y, activations[-1], parameters, 0.1)
    assert np.isfinite(cost) and cost >= 0
    grads = backward_propagation(Y, parameters, cache, activations, 0.1)
    for name, value in parameters.items():
        assert grads[f"d{name}"].shape == value.shape and np.isfinite(grads[f"d{name}"]).all()


@settings(max_examples=100, deadline=None)
@given(networks().filter(lambda case: case[1][-1] == "softmax"))
def test_softmax_output_gradient_is_a_minus_one_hot(case):
    parameters, X, Y = build(case)
    activations = case[1]
    AL, cache = forward_propagation(X, parameters, activations)
    grads = backward_propagation(Y, parameters, cache, activations)
    np.testing.assert_array_equal(grads[f"dZ{len(activations)}"], AL - one_hot(Y, AL.shape[0]))
    np.testing.assert_allclose(AL.sum(axis=0), 1, rtol=1e-14)
