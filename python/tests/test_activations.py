import numpy as np
import pytest

from dlfp.activations import activation_backward, activation_forward

Z = np.array([[-1000.0, -3.0, -0.5, 0.0], [0.25, 2.0, 40.0, 1000.0]])


@pytest.mark.parametrize("activation", ["sigmoid", "tanh", "relu"])
def test_derivative_matches_centred_differences(activation):
    Z = np.array([[-1.3, -0.2, 0.4], [0.7, 1.9, -2.4]])
    dA = np.array([[0.5, -1.0, 2.0], [1.5, 0.3, -0.7]])
    h = 1e-6
    numeric = dA * (activation_forward(Z + h, activation) - activation_forward(Z - h, activation)) / (2 * h)
    analytic = activation_backward(dA, Z, activation_forward(Z, activation), activation)
    np.testing.assert_allclose(analytic, numeric, rtol=1e-8, atol=1e-10)


def test_sigmoid_is_finite_and_exact_at_the_extremes():
    A = activation_forward(Z, "sigmoid")
    assert np.all(np.isfinite(A))
    assert A[0, 0] == 0 and A[1, 3] == 1 and A[0, 3] == 0.5
    moderate = np.abs(Z) < 700
    np.testing.assert_allclose(A[moderate], 1 / (1 + np.exp(-Z[moderate])), rtol=1e-14)


def test_relu_derivative_at_zero_is_zero():
    assert activation_backward(np.ones((1, 1)), np.zeros((1, 1)), np.zeros((1, 1)), "relu")[0, 0] == 0


def test_softmax_columns_sum_to_one_even_for_huge_logits():
    A = activation_forward(Z, "softmax")
    assert np.all(np.isfinite(A))
    np.testing.assert_allclose(A.sum(axis=0), 1, rtol=1e-15)
    np.testing.assert_allclose(A[:, 1], np.exp([-3, 2]) / np.exp([-3, 2]).sum(), rtol=1e-15)


def test_a_1d_array_is_not_a_matrix():
    # numpy's 1-D arrays, which R and Octave do not have (the refusals all share: tables/bad_input.json).
    with pytest.raises(ValueError, match="^activation_forward: Z must be a 2-D matrix$"):
        activation_forward(np.zeros(3), "relu")


@pytest.mark.parametrize("activation", ["sigmoid", "tanh", "relu", "softmax"])
def test_activate_and_activate_backward_are_the_activations_without_the_checks(activation):
    from dlfp.activations import activate, activate_backward
    assert np.array_equal(activate(Z, activation), activation_forward(Z, activation))
    if activation != "softmax":
        dA = np.array([[1.0, -2.0, 3.0, 0.5], [-1.0, 2.0, 0.25, 4.0]])
        A = activation_forward(Z, activation)
        assert np.array_equal(activate_backward(dA, Z, A, activation), activation_backward(dA, Z, A, activation))
