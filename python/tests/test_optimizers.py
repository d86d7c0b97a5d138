import math

import numpy as np
import pytest

from dlfp.optimizers import decay_learning_rate, exponential_average, initialize_optimizer, update_parameters

PARAMETERS = {"W1": np.array([[1.0, -2.0]]), "b1": np.array([[0.5]])}
GRADS = {"dW1": np.array([[0.5, 0.25]]), "db1": np.array([[-1.0]])}


def test_gradient_descent_step_on_hand_made_values():
    new, state = update_parameters(PARAMETERS, GRADS, 0.1, initialize_optimizer(PARAMETERS))
    np.testing.assert_array_equal(new["W1"], [[0.95, -2.025]])
    np.testing.assert_array_equal(new["b1"], [[0.6]])
    np.testing.assert_array_equal(PARAMETERS["W1"], [[1.0, -2.0]])
    assert state["t"] == 1 and state["optimizer"] == "gd"


def test_state_starts_at_zero_with_one_average_per_parameter():
    state = initialize_optimizer(PARAMETERS, "adam", beta1=0.8, beta2=0.99, epsilon=1e-6)
    assert sorted(state) == sorted(["optimizer", "beta1", "beta2", "epsilon", "t", "vdW1", "vdb1", "sdW1", "sdb1"])
    np.testing.assert_array_equal(state["sdW1"], [[0.0, 0.0]])
    assert "sdW1" not in initialize_optimizer(PARAMETERS, "momentum")
    assert "vdW1" not in initialize_optimizer(PARAMETERS, "rmsprop")


def test_momentum_two_steps_by_hand():
    state = initialize_optimizer(PARAMETERS, "momentum", beta1=0.5)
    p1, state = update_parameters(PARAMETERS, GRADS, 0.1, state)
    # v = 0.5 g, W = W - 0.1 v
    np.testing.assert_array_equal(state["vdW1"], [[0.25, 0.125]])
    np.testing.assert_allclose(p1["W1"], [[0.975, -2.0125]], rtol=1e-15)
    p2, state = update_parameters(p1, GRADS, 0.1, state)
    # v = 0.5 (0.5 g) + 0.5 g = 0.75 g
    np.testing.assert_array_equal(state["vdb1"], [[-0.75]])
    np.testing.assert_allclose(p2["b1"], [[0.5 + 0.05 + 0.075]], rtol=1e-15)


def test_rmsprop_step_by_hand():
    state = initialize_optimizer(PARAMETERS, "rmsprop", beta2=0.9, epsilon=1e-8)
    new, state = update_parameters(PARAMETERS, GRADS, 0.01, state)
    s = 0.1 * np.array([[0.25, 0.0625]])
    np.testing.assert_allclose(state["sdW1"], s, rtol=1e-15)
    np.testing.assert_allclose(new["W1"], [[1.0 - 0.01 * 0.5 / (math.sqrt(0.025) + 1e-8),
                                            -2.0 - 0.01 * 0.25 / (math.sqrt(0.00625) + 1e-8)]], rtol=1e-15)


def test_adam_first_step_moves_each_parameter_by_the_learning_rate():
    # With bias correction the first step is lr * g / (|g| + epsilon): lr times the gradient's sign.
    state = initialize_optimizer(PARAMETERS, "adam", epsilon=1e-12)
    new, state = update_parameters(PARAMETERS, GRADS, 0.01, state)
    np.testing.assert_allclose(new["W1"], [[0.99, -2.01]], rtol=1e-12)
    np.testing.assert_allclose(new["b1"], [[0.51]], rtol=1e-12)


def test_adam_second_step_by_hand():
    state = initialize_optimizer(PARAMETERS, "adam", beta1=0.9, beta2=0.999, epsilon=1e-8)
    p1, state = update_parameters(PARAMETERS, GRADS, 0.01, state)
    grads2 = {"dW1": np.array([[-0.5, 1.0]]), "db1": np.array([[2.0]])}
    p2, state = update_parameters(p1, grads2, 0.01, state)
    g1, g2 = np.array([0.5, 0.25]), np.array([-0.5, 1.0])
    v = 0.9 * 0.1 * g1 + 0.1 * g2
    s = 0.999 * 0.001 * g1 ** 2 + 0.001 * g2 ** 2
    step = 0.01 * (v / (1 - 0.9 ** 2)) / (np.sqrt(s / (1 - 0.999 ** 2)) + 1e-8)
    np.testing.assert_allclose(p2["W1"][0], p1["W1"][0] - step, rtol=1e-14)
    assert state["t"] == 2


@pytest.mark.parametrize("decay,rate,epoch,expected", [
    ("none", 0, 7, 0.5), ("inverse", 0.5, 0, 0.5), ("inverse", 0.5, 2, 0.25), ("exponential", 0.5, 3, 0.0625),
])
def test_learning_rate_decay(decay, rate, epoch, expected):
    assert decay_learning_rate(0.5, epoch, decay, rate) == expected


@pytest.mark.parametrize("optimizer", ["gd", "momentum", "rmsprop", "adam"])
def test_update_step_is_update_parameters_without_the_checks(optimizer):
    from dlfp.optimizers import update_step
    state = initialize_optimizer(PARAMETERS, optimizer)
    new, after = update_step(PARAMETERS, GRADS, 0.1, state)
    checked, after_checked = update_parameters(PARAMETERS, GRADS, 0.1, state)
    assert all(np.array_equal(new[k], checked[k]) for k in checked) and after.keys() == after_checked.keys()


def test_check_grads_takes_the_backward_pass_grads_with_their_extras():
    from dlfp.optimizers import check_grads
    parameters = {"W1": np.ones((1, 2)), "b1": np.zeros((1, 1))}
    check_grads("f", parameters, {"dW1": np.ones((1, 2)), "db1": np.zeros((1, 1)), "dZ1": np.ones((1, 5))})


@pytest.mark.parametrize("decay,rate", [("none", 0), ("inverse", 0.5), ("exponential", 0.9)])
def test_decayed_rate_is_decay_learning_rate_without_the_checks(decay, rate):
    from dlfp.optimizers import decayed_rate
    assert [decayed_rate(0.3, epoch, decay, rate) for epoch in range(4)] == \
        [decay_learning_rate(0.3, epoch, decay, rate) for epoch in range(4)]


def test_exponential_average_by_hand():
    averages, corrected = exponential_average(np.array([[2.0, 4.0, 8.0]]), 0.5)
    # v1 = 0.5 * 2, v2 = 0.5 v1 + 0.5 * 4, v3 = 0.5 v2 + 0.5 * 8; divided by 1 - 0.5^t.
    np.testing.assert_array_equal(averages, [[1.0, 2.5, 5.25]])
    np.testing.assert_allclose(corrected, [[2.0, 2.5 / 0.75, 6.0]], rtol=1e-15)
    averages, corrected = exponential_average(np.array([[3.0, -1.0]]), 0)
    np.testing.assert_array_equal(averages, [[3.0, -1.0]])
    np.testing.assert_array_equal(corrected, [[3.0, -1.0]])


def test_bias_correction_removes_the_pull_of_the_zero_start():
    averages, corrected = exponential_average(np.full((1, 50), 7.0), 0.9)
    np.testing.assert_allclose(corrected, 7.0, rtol=1e-14)
    assert averages[0, 0] == pytest.approx(0.7) and averages[0, 49] == pytest.approx(7 * (1 - 0.9 ** 50))


def test_momentum_and_adam_keep_the_exponential_average_of_the_gradient():
    gradients = [0.5, -1.5, 2.0, 0.25]
    series = np.array([gradients])
    averages, corrected = exponential_average(series, 0.8)
    _, squares_corrected = exponential_average(series ** 2, 0.95)
    parameters = {"W1": np.array([[1.0]]), "b1": np.array([[0.0]])}
    momentum = initialize_optimizer(parameters, "momentum", beta1=0.8)
    adam = initialize_optimizer(parameters, "adam", beta1=0.8, beta2=0.95, epsilon=1e-8)
    p_momentum, p_adam = parameters, parameters
    for t, g in enumerate(gradients):
        grads = {"dW1": np.array([[g]]), "db1": np.array([[0.0]])}
        before = p_adam["W1"][0, 0]
        p_momentum, momentum = update_parameters(p_momentum, grads, 0.1, momentum)
        p_adam, adam = update_parameters(p_adam, grads, 0.1, adam)
        assert momentum["vdW1"][0, 0] == averages[0, t]
        step = 0.1 * corrected[0, t] / (math.sqrt(squares_corrected[0, t]) + 1e-8)
        assert before - p_adam["W1"][0, 0] == pytest.approx(step, rel=1e-12)
