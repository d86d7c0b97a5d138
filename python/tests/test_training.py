import dataclasses
import os

import numpy as np
import pytest

from dlfp.backward import backward_propagation
from dlfp.cost import compute_cost
from dlfp.data import load_dataset
from dlfp.forward import forward_propagation
from dlfp.initialization import initialize_parameters
from dlfp.optimizers import initialize_optimizer, update_parameters
from dlfp.regularization import dropout_masks
from dlfp.rng import rng_permutation, rng_seed
from dlfp.training import TrainConfig, random_mini_batches, train, train_config, train_epoch

from conftest import REPO


def test_training_lowers_the_cost_and_prints_progress(data_path, capsys):
    X, Y = load_dataset(data_path("spiral.csv"), n_classes=3)
    config = train_config(learning_rate=1.0, iterations=300, init="he", print_every=100)
    _, costs, _ = train(X, Y, [2, 20, 3], ["relu", "softmax"], rng_seed(1), config)
    assert len(costs) == 300 and costs[-1] < 0.8 * costs[0]
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines] == ["iteration 0", "iteration 100", "iteration 200", "iteration 299"]
    assert lines[0] == f"iteration 0: cost {costs[0]:.10g}"


def test_zero_initialised_logistic_regression_starts_at_log_two(data_path):
    X, Y = load_dataset(data_path("cancer.csv"), n_classes=2)
    config = train_config(learning_rate=0.5, iterations=2, init="zeros")
    _, costs, _ = train(X / 1000, Y, [30, 1], ["sigmoid"], rng_seed(1), config)
    assert costs[0] == pytest.approx(np.log(2), abs=1e-15)


def test_train_config_holds_the_defaults_and_the_fields_given():
    assert [field.name for field in dataclasses.fields(TrainConfig)] == [
        "learning_rate", "iterations", "init", "print_every", "batch_size", "optimizer", "beta1", "beta2", "epsilon",
        "lambd", "keep_prob", "decay", "decay_rate"]
    assert train_config() == TrainConfig(0.1, 1000, "default", 0, None, "gd", 0.9, 0.999, 1e-8, 0, 1, "none", 0)
    config = train_config(optimizer="adam", batch_size=64)
    assert (config.optimizer, config.batch_size, config.lambd) == ("adam", 64, 0)
    assert dataclasses.replace(config, lambd=0.5) == train_config(optimizer="adam", batch_size=64, lambd=0.5)


def test_train_config_refuses_a_bad_variant():
    with pytest.raises(ValueError, match="^train_config: lambd must be a non-negative number, got -0.1$"):
        dataclasses.replace(train_config(), lambd=-0.1)


def test_mini_batches_are_the_shuffled_columns_cut_in_order():
    X = np.arange(14.0).reshape(2, 7)
    Y = np.arange(7.0).reshape(1, 7)
    X_batches, Y_batches, rng = random_mini_batches(X, Y, 3, rng_seed(4))
    order, after = rng_permutation(rng_seed(4), 7)
    assert [b.shape for b in X_batches] == [(2, 3), (2, 3), (2, 1)]
    np.testing.assert_array_equal(np.hstack(Y_batches)[0], order)
    np.testing.assert_array_equal(np.hstack(X_batches), X[:, order])
    assert rng == after


def test_an_epoch_takes_one_step_per_batch():
    X, Y = load_dataset(os.path.join(REPO, "data", "spiral.csv"), n_classes=3)
    parameters, rng = initialize_parameters([2, 8, 3], rng_seed(1), "he")
    state = initialize_optimizer(parameters, "momentum")
    new, state, costs, after = train_epoch(X, Y, parameters, ["relu", "softmax"], state, rng, 0.5, batch_size=64,
                                           keep_prob=0.9)
    assert len(costs) == 5 and state["t"] == 5
    # Replaying the epoch by hand: shuffle, then masks, forward, cost, backward, step per batch.
    X_batches, Y_batches, replay = random_mini_batches(X, Y, 64, rng)
    p, s = parameters, initialize_optimizer(parameters, "momentum")
    for k, (Xb, Yb) in enumerate(zip(X_batches, Y_batches)):
        masks, replay = dropout_masks(p, Xb.shape[1], 0.9, replay)
        _, cache = forward_propagation(Xb, p, ["relu", "softmax"], masks)
        assert costs[k] == compute_cost(cache["Z2"], Yb, "softmax")
        p, s = update_parameters(p, backward_propagation(Yb, p, cache, ["relu", "softmax"]), 0.5, s)
    np.testing.assert_array_equal(new["W1"], p["W1"])
    assert after == replay


def test_epoch_cost_weighs_each_batch_by_its_size(capsys):
    X, Y = load_dataset(os.path.join(REPO, "data", "spiral.csv"), n_classes=3)
    config = train_config(learning_rate=0.5, iterations=2, init="he", batch_size=128, optimizer="adam", print_every=1)
    parameters, costs, rng = train(X, Y, [2, 8, 3], ["relu", "softmax"], rng_seed(1), config)
    p, r = initialize_parameters([2, 8, 3], rng_seed(1), "he")
    state = initialize_optimizer(p, "adam")
    for i in range(2):
        p, state, batch_costs, r = train_epoch(X, Y, p, ["relu", "softmax"], state, r, 0.5, 128)
        assert costs[i] == 128 / 300 * batch_costs[0] + 128 / 300 * batch_costs[1] + 44 / 300 * batch_costs[2]
    np.testing.assert_array_equal(parameters["W2"], p["W2"])
    assert rng == r
    assert capsys.readouterr().out.splitlines() == [f"epoch 0: cost {costs[0]:.10g}", f"epoch 1: cost {costs[1]:.10g}"]


def test_learning_rate_decays_once_per_epoch():
    X, Y = load_dataset(os.path.join(REPO, "data", "spiral.csv"), n_classes=3)
    config = train_config(learning_rate=0.5, iterations=3, decay="inverse", decay_rate=1)
    decayed, _, _ = train(X, Y, [2, 8, 3], ["relu", "softmax"], rng_seed(1), config)
    p, _ = initialize_parameters([2, 8, 3], rng_seed(1))
    state = initialize_optimizer(p)
    for rate in (0.5, 0.25, 0.5 / 3):
        p, state, _, _ = train_epoch(X, Y, p, ["relu", "softmax"], state, None, rate)
    np.testing.assert_array_equal(decayed["W1"], p["W1"])


def test_train_without_a_config_takes_the_defaults():
    X, Y = np.array([[1.0, -2.0, 0.5], [0.3, 0.8, -1.0]]), np.array([[1.0, 0.0, 1.0]])
    parameters, costs, _ = train(X, Y, [2, 3, 1], ["tanh", "sigmoid"], rng_seed(1))
    same, same_costs, _ = train(X, Y, [2, 3, 1], ["tanh", "sigmoid"], rng_seed(1), train_config())
    assert len(costs) == 1000 and costs == same_costs
    np.testing.assert_array_equal(parameters["W2"], same["W2"])


def test_zeros_full_batches_and_no_dropout_draw_nothing():
    _, costs, rng = train(np.ones((2, 3)), np.zeros((1, 3)), [2, 1], ["sigmoid"], None,
                          train_config(init="zeros", iterations=2))
    assert rng is None and len(costs) == 2
