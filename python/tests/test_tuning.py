import math
import os

import numpy as np
import pytest

from dlfp.data import load_dataset, split_train_test
from dlfp.evaluation import accuracy, predict_labels
from dlfp.rng import rng_seed, rng_uniform
from dlfp.training import train, train_config
from dlfp.tuning import (SPACE, best_trial, candidate, format_trials, narrow_space, random_search, run_trial,
                         train_trial, sample_candidates)

from conftest import REPO

RANGES = {"learning_rate": [1e-3, 1e-1], "hidden": [5, 100], "lambd": [1e-4, 1e-1], "keep_prob": [0.7, 1.0],
          "batch_size": [16, 128], "beta1": [0.8, 0.99], "beta2": [0.99, 0.9999]}


def test_candidates_come_from_the_generator_in_order_and_respect_the_ranges():
    candidates, rng = sample_candidates(RANGES, 50, rng_seed(3))
    replay = rng_seed(3)
    draws = {}
    for name in SPACE:
        draws[name], replay = rng_uniform(replay, 1, 50)
    assert rng == replay
    u = draws["learning_rate"][0]
    np.testing.assert_array_equal(candidates["learning_rate"][0],
                                  [math.exp(math.log(1e-3) + x * (math.log(1e-1) - math.log(1e-3))) for x in u])
    np.testing.assert_array_equal(candidates["hidden"], np.floor(5 + draws["hidden"] * 96))
    assert set(np.unique(candidates["batch_size"])) <= {16, 32, 64, 128}
    for name, (low, high) in RANGES.items():
        assert candidates[name].shape == (1, 50)
        assert low <= candidates[name].min() and candidates[name].max() <= high, name
    # 1 - beta is log-uniform: about as many candidates with 1 - beta2 below 1e-3 as above.
    assert 15 < np.sum(1 - candidates["beta2"] < 1e-3) < 35


def test_a_zero_lambd_range_gives_zero():
    candidates, _ = sample_candidates(dict(RANGES, lambd=[0, 0]), 4, rng_seed(1))
    np.testing.assert_array_equal(candidates["lambd"], np.zeros((1, 4)))


def test_the_second_round_searches_around_the_best_within_the_ranges():
    best = {"learning_rate": 0.06, "hidden": 80, "lambd": 1e-3, "keep_prob": 0.95, "batch_size": 16, "beta1": 0.9,
            "beta2": 0.999}
    narrow = narrow_space(RANGES, best)
    assert narrow["learning_rate"] == [0.02, 0.1] and narrow["hidden"] == [40, 100]
    assert narrow["batch_size"] == [16, 32] and narrow["keep_prob"] == [0.85, 1.0]
    assert narrow["beta1"][0] == pytest.approx(0.8) and narrow["beta1"][1] == pytest.approx(1 - 0.1 / 3)


def test_best_trial_prefers_accuracy_then_cost_then_the_first():
    assert best_trial(np.array([[0.9, 0.95, 0.95, 0.95], [0.1, 0.3, 0.2, 0.2]])) == 2


def spiral_split():
    X, Y = load_dataset(os.path.join(REPO, "data", "spiral.csv"), n_classes=3)
    return split_train_test(X, Y, 0.3, rng_seed(1))[:4]


def test_a_trial_is_training_and_scoring_by_hand():
    X_train, Y_train, X_val, Y_val = spiral_split()
    candidates, _ = sample_candidates(RANGES, 1, rng_seed(2))
    c = candidate(candidates, 0)
    score, cost = run_trial(X_train, Y_train, X_val, Y_val, c, 1, 5, 7)
    config = train_config(learning_rate=c["learning_rate"], iterations=5, init="he", batch_size=int(c["batch_size"]),
                          optimizer="adam", beta1=c["beta1"], beta2=c["beta2"], lambd=c["lambd"],
                          keep_prob=c["keep_prob"])
    parameters, costs, _ = train(X_train, Y_train, [2, int(c["hidden"]), 3], ["relu", "softmax"], rng_seed(7), config)
    assert cost == costs[-1]
    assert score == accuracy(Y_val, predict_labels(X_val, parameters, ["relu", "softmax"]))
    # train_trial gives the trial's network itself.
    trained, activations = train_trial(X_train, Y_train, c, 1, 5, 7)
    assert activations == ["relu", "softmax"]
    assert {k: v.tobytes() for k, v in trained.items()} == {k: v.tobytes() for k, v in parameters.items()}


def test_a_trial_gives_the_same_result_serially_in_parallel_and_on_dask():
    from dask.distributed import Client, LocalCluster
    X_train, Y_train, X_val, Y_val = spiral_split()
    candidates, _ = sample_candidates(RANGES, 4, rng_seed(5))
    serial = random_search(X_train, Y_train, X_val, Y_val, candidates, 1, 3, 11)
    parallel = random_search(X_train, Y_train, X_val, Y_val, candidates, 1, 3, 11, workers=2)
    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster, Client(cluster) as client:
        on_dask = random_search(X_train, Y_train, X_val, Y_val, candidates, 1, 3, 11, client=client)
    assert serial.shape == (2, 4)
    np.testing.assert_array_equal(parallel, serial)
    np.testing.assert_array_equal(on_dask, serial)


def test_trials_are_laid_out_in_columns():
    candidates = {"learning_rate": [[0.0123]], "hidden": [[57.0]], "lambd": [[0.001]], "keep_prob": [[0.9]],
                  "batch_size": [[32.0]], "beta1": [[0.9]], "beta2": [[0.999]]}
    lines = format_trials(candidates, np.array([[0.95], [0.1234567]]), 3).splitlines()
    assert lines[1] == "    3      1.230e-02      57  1.000e-03      0.900          32  0.9000  0.99900   0.9500    0.1235"
    assert len(lines[0]) == len(lines[1])


def test_check_candidates_counts_the_candidates():
    from dlfp.tuning import check_candidates
    space = {"learning_rate": [1e-3, 1e-1], "hidden": [5, 50], "lambd": [1e-4, 1e-1], "keep_prob": [0.7, 1.0],
             "batch_size": [16, 64], "beta1": [0.8, 0.95], "beta2": [0.99, 0.999]}
    candidates, _ = sample_candidates(space, 3, rng_seed(1))
    assert check_candidates("f", "candidates", candidates) == 3
