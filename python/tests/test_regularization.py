import numpy as np
import pytest

from dlfp.backward import backward_propagation
from dlfp.cost import compute_cost
from dlfp.forward import forward_propagation
from dlfp.regularization import dropout_masks, l2_penalty
from dlfp.rng import rng_seed, rng_uniform

from helpers import assert_matches_centred_differences, network_case

ARCH = ([4, 6, 5, 3], ["relu", "tanh", "softmax"])


def test_masks_come_from_the_generator_layer_by_layer():
    parameters, _, _ = network_case(*ARCH)
    masks, rng = dropout_masks(parameters, 7, 0.8, rng_seed(5))
    assert sorted(masks) == ["D1", "D2"]
    U1, after = rng_uniform(rng_seed(5), 6, 7)
    U2, after = rng_uniform(after, 5, 7)
    np.testing.assert_array_equal(masks["D1"], (U1 < 0.8) / 0.8)
    np.testing.assert_array_equal(masks["D2"], (U2 < 0.8) / 0.8)
    assert rng == after


def test_keeping_every_unit_draws_nothing():
    parameters, _, _ = network_case(*ARCH)
    masks, rng = dropout_masks(parameters, 7, 1, rng_seed(5))
    assert masks == {} and rng == rng_seed(5)


def test_about_keep_prob_of_the_units_are_kept():
    parameters = {"W1": np.zeros((100, 2)), "b1": np.zeros((100, 1)), "W2": np.zeros((1, 100)), "b2": np.zeros((1, 1))}
    masks, _ = dropout_masks(parameters, 1000, 0.7, rng_seed(1))
    assert abs(np.mean(masks["D1"] > 0) - 0.7) < 0.01
    assert set(np.unique(masks["D1"])) == {0.0, 1 / 0.7}


def cost_with(parameters, X, Y, activations, masks, lambd):
    _, cache = forward_propagation(X, parameters, activations, masks)
    return compute_cost(cache[f"Z{len(activations)}"], Y, activations[-1], parameters, lambd)


@pytest.mark.parametrize("keep_prob,lambd", [(1, 0.7), (0.6, 0), (0.6, 0.7)])
def test_gradients_with_dropout_and_l2_match_centred_differences(keep_prob, lambd):
    layer_dims, activations = ARCH
    parameters, X, Y = network_case(layer_dims, activations)
    masks, _ = dropout_masks(parameters, X.shape[1], keep_prob, rng_seed(2))
    _, cache = forward_propagation(X, parameters, activations, masks)
    grads = backward_propagation(Y, parameters, cache, activations, lambd)
    assert_matches_centred_differences(grads, parameters, lambda p: cost_with(p, X, Y, activations, masks, lambd))


def test_dropped_units_pass_nothing_on():
    layer_dims, activations = ARCH
    parameters, X, _ = network_case(layer_dims, activations)
    masks, _ = dropout_masks(parameters, X.shape[1], 0.5, rng_seed(4))
    _, cache = forward_propagation(X, parameters, activations, masks)
    assert cache["D1"] is masks["D1"]
    np.testing.assert_array_equal(cache["Z2"], parameters["W2"] @ (cache["A1"] * masks["D1"]) + parameters["b2"])


def test_l2_penalty_sums_the_weights_only():
    parameters = {"W1": np.array([[1.0, 2.0]]), "b1": np.array([[100.0]]), "W2": np.array([[3.0]]), "b2": np.array([[5.0]])}
    assert l2_penalty(parameters, 0.5, 4) == 0.5 / 8 * 14
    assert compute_cost(np.zeros((1, 4)), np.zeros((1, 4)), "sigmoid", parameters, 0.5) == np.log(2) + 0.5 / 8 * 14


def test_keeping_every_unit_needs_no_generator():
    parameters, _, _ = network_case([4, 6, 1], ["relu", "sigmoid"])
    assert dropout_masks(parameters, 3, 1, None) == ({}, None), "keep_prob 1 draws nothing, so needs no generator"


@pytest.mark.parametrize("keep_prob", [0.6, 1])
def test_draw_masks_is_dropout_masks_without_the_checks(keep_prob):
    from dlfp.regularization import draw_masks
    parameters, _, _ = network_case(*ARCH)
    masks, after = draw_masks(parameters, 3, 7, keep_prob, rng_seed(5))
    checked, after_checked = dropout_masks(parameters, 7, keep_prob, rng_seed(5))
    assert sorted(masks) == sorted(checked) == (["D1", "D2"] if keep_prob < 1 else [])
    assert all(np.array_equal(masks[k], checked[k]) for k in checked) and after == after_checked


def test_l2_term_is_l2_penalty_without_the_checks():
    from dlfp.regularization import l2_term
    parameters, _, _ = network_case(*ARCH)
    assert l2_term(parameters, 3, 0.7, 9) == l2_penalty(parameters, 0.7, 9) > 0
