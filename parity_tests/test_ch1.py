"""Chapter 1, logistic regression on the breast-cancer data: the book's experiment in all three languages."""
import numpy as np
import pytest

from agreement import assert_agree
from helpers import data_path, each, pick

pytestmark = pytest.mark.chapter("ch1")
ACTIVATIONS = ["sigmoid"]


@pytest.fixture(scope="module")
def cancer(langs):
    python = langs["python"]
    data = python.call("load_dataset", data_path("cancer.csv"), 2)
    X = python.call("scale_to_unit_norm", data["X"])
    return python.call("split_train_test", X, data["Y"], 0.25, python.call("rng_seed", 1))


def test_cost_and_gradients_for_given_parameters(langs, cancer):
    python = langs["python"]
    draw = python.call("rng_normal", python.call("rng_seed", 4), 1, 30)
    parameters = {"W1": draw["values"], "b1": np.array([[0.3]])}
    X, Y = cancer["X_train"], cancer["Y_train"]
    cache = pick(each(langs, "forward_propagation", X, parameters, ACTIVATIONS), "cache")
    for name in ("Z1", "A1"):
        assert_agree(f"ch1.forward.{name}", pick(cache, name), "one_pass")
    costs = {lang: np.ravel(langs[lang].call("compute_cost", cache[lang]["Z1"], Y, "sigmoid")) for lang in langs}
    assert_agree("ch1.cost", costs, "one_pass")
    grads = {lang: langs[lang].call("backward_propagation", Y, parameters, cache[lang], ACTIVATIONS) for lang in langs}
    for name in ("dW1", "db1", "dZ1"):
        assert_agree(f"ch1.backward.{name}", pick(grads, name), "one_pass")


def test_the_book_experiment_agrees(langs, cancer):
    state = langs["python"].call("rng_seed", 1)
    config = langs["python"].call("train_config", learning_rate=0.75, iterations=4000, init="zeros")
    out = each(langs, "train", cancer["X_train"], cancer["Y_train"], [30, 1], ACTIVATIONS, state, config)
    costs = {k: np.ravel(v) for k, v in pick(out, "costs").items()}
    assert len(costs["python"]) == 4000 and costs["python"][0] == pytest.approx(np.log(2), abs=1e-15)
    assert_agree("ch1.train.costs", costs, "training")
    parameters = pick(out, "parameters")
    for name in ("W1", "b1"):
        assert_agree(f"ch1.train.{name}", pick(parameters, name), "training")
    for split in ("train", "test"):
        X = cancer[f"X_{split}"]
        labels = {lang: langs[lang].call("predict_labels", X, parameters[lang], ACTIVATIONS) for lang in langs}
        assert_agree(f"ch1.predict_labels({split})", labels, "exact")
    accuracy = langs["python"].call("accuracy", cancer["Y_test"], labels["python"])
    assert accuracy > 0.85
