import numpy as np

from dlfp.optimizers import update_parameters


def test_gradient_descent_step_on_hand_made_values():
    parameters = {"W1": np.array([[1.0, -2.0]]), "b1": np.array([[0.5]])}
    grads = {"dW1": np.array([[0.5, 0.25]]), "db1": np.array([[-1.0]])}
    new = update_parameters(parameters, grads, 0.1)
    np.testing.assert_array_equal(new["W1"], [[0.95, -2.025]])
    np.testing.assert_array_equal(new["b1"], [[0.6]])
    np.testing.assert_array_equal(parameters["W1"], [[1.0, -2.0]])
