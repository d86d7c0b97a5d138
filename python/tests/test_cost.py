import math

import numpy as np
import pytest

from dlfp.cost import compute_cost, example_costs, one_hot


def test_zero_logits_cost_log_two_and_log_k():
    Y = np.array([[0.0, 1.0, 1.0]])
    assert abs(compute_cost(np.zeros((1, 3)), Y, "sigmoid") - math.log(2)) < 1e-15
    assert abs(compute_cost(np.zeros((4, 3)), np.array([[0.0, 3.0, 2.0]]), "softmax") - math.log(4)) < 1e-15


def test_sigmoid_cost_matches_the_book_formula_where_it_is_finite():
    Z = np.array([[-2.0, 0.3, 4.0, -0.7]])
    Y = np.array([[0.0, 1.0, 1.0, 1.0]])
    A = 1 / (1 + np.exp(-Z))
    book = -np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A))
    assert abs(compute_cost(Z, Y, "sigmoid") - book) < 1e-15


def test_costs_stay_finite_for_huge_logits():
    Z = np.array([[1000.0, -1000.0]])
    assert compute_cost(Z, np.array([[0.0, 1.0]]), "sigmoid") == 1000.0
    Z = np.array([[1000.0, -1000.0], [-1000.0, 1000.0]])
    assert compute_cost(Z, np.array([[1.0, 0.0]]), "softmax") == 2000.0


def test_one_hot_marks_first_and_last_class():
    np.testing.assert_array_equal(one_hot(np.array([[2.0, 0.0]]), 3), [[0, 1], [0, 0], [1, 0]])


def test_example_costs_are_each_columns_cross_entropy_and_average_to_the_cost():
    ZL = np.array([[0.0, 2.0, -1.0], [1.0, -3.0, 0.5]])
    Y = np.array([[1.0, 0.0, 1.0]])
    a = np.exp(ZL) / np.exp(ZL).sum(axis=0)
    np.testing.assert_allclose(example_costs(ZL, Y, "softmax"), -np.log([[a[1, 0], a[0, 1], a[1, 2]]]),
                               rtol=0, atol=4e-15)
    s = 1 / (1 + np.exp(-ZL[:1]))
    np.testing.assert_allclose(example_costs(ZL[:1], Y, "sigmoid"), -(Y * np.log(s) + (1 - Y) * np.log(1 - s)), rtol=0,
                               atol=4e-15)
    assert compute_cost(ZL, Y, "softmax") == np.sum(example_costs(ZL, Y, "softmax")) / 3


def test_a_diverged_output_costs_nan_inside_training_rather_than_stopping_it():
    """example_costs, which train calls on every batch, does not refuse non-finite logits."""
    assert np.isnan(example_costs(np.array([[np.nan, 0.0]]), np.zeros((1, 2)), "sigmoid")[0, 0])


@pytest.mark.parametrize("ZL,Y,activation", [
    (np.array([[-2.0, 0.3, 40.0]]), np.array([[0.0, 1.0, 1.0]]), "sigmoid"),
    (np.array([[1.0, -3.0], [0.5, 700.0], [-2.0, 0.0]]), np.array([[2.0, 1.0]]), "softmax"),
])
def test_cross_entropy_is_example_costs_without_the_checks(ZL, Y, activation):
    from dlfp.cost import cross_entropy
    assert np.array_equal(cross_entropy(ZL, Y, activation), example_costs(ZL, Y, activation))
