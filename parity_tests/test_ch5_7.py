"""Chapters 5-7: dropout masks, L2, the optimisers, learning-rate decay, mini-batches and a short MNIST run."""
import numpy as np
import pytest

from agreement import assert_agree
from helpers import data_path, each, flat, pick
from test_network import NETWORKS, case

OPTIMIZERS = ("gd", "momentum", "rmsprop", "adam")


def assert_same_rng(quantity, out):
    for key in ("x1", "x2"):
        assert_agree(f"{quantity}.rng.{key}", {lang: np.ravel(value["rng"][key]) for lang, value in out.items()}, "exact")


def assert_same_keys(quantity, values):
    keys = {lang: sorted(value) for lang, value in values.items()}
    assert keys["r"] == keys["python"] == keys["octave"], f"{quantity}: the languages name different entries: {keys}"


@pytest.mark.chapter("ch6")
@pytest.mark.parametrize("network", [name for name, (_, acts) in NETWORKS.items() if len(acts) > 1])
def test_dropout_masks_are_bitwise_identical(langs, network):
    layer_dims, activations = NETWORKS[network]
    parameters, X, _ = case(langs["python"], layer_dims, activations)
    out = each(langs, "dropout_masks", parameters, X.shape[1], 0.7, langs["python"].call("rng_seed", 9))
    masks = pick(out, "masks")
    assert_same_keys(f"{network}.masks", masks)
    for name in masks["python"]:
        assert_agree(f"{network}.dropout_masks.{name}", pick(masks, name), "exact")
    assert_same_rng(f"{network}.dropout_masks", out)


@pytest.mark.chapter("ch6")
@pytest.mark.parametrize("keep_prob,lambd", [(1, 0.3), (0.7, 0), (0.7, 0.3)])
@pytest.mark.parametrize("network", NETWORKS)
def test_forward_cost_and_backward_with_dropout_and_l2_agree(langs, network, keep_prob, lambd):
    layer_dims, activations = NETWORKS[network]
    python = langs["python"]
    parameters, X, Y = case(python, layer_dims, activations)
    masks = python.call("dropout_masks", parameters, X.shape[1], keep_prob, python.call("rng_seed", 2))["masks"]
    L = len(activations)
    cache = pick(each(langs, "forward_propagation", X, parameters, activations, masks=masks or None), "cache")
    for name in cache["python"]:
        assert_agree(f"{network}.forward.{name}", pick(cache, name), "one_pass")
    costs = {lang: np.ravel(langs[lang].call("compute_cost", cache[lang][f"Z{L}"], Y, activations[-1],
                                             parameters=parameters, lambd=lambd)) for lang in langs}
    assert_agree(f"{network}.cost(lambd={lambd})", costs, "one_pass")
    grads = {lang: langs[lang].call("backward_propagation", Y, parameters, cache[lang], activations, lambd=lambd)
             for lang in langs}
    assert_same_keys(f"{network}.grads", grads)
    for name in grads["python"]:
        assert_agree(f"{network}.backward.{name}", pick(grads, name), "one_pass")


@pytest.mark.chapter("ch6")
def test_bias_gradients_are_bitwise_identical(langs):
    # From one cache, dZ2 = A2 - Y and dZ1 = W2' dZ2 * (1 - A1^2) (a product of one term) are the same bits in
    # every language, so db1 and db2 are too when each adds its rows in one order: a last-bit difference there
    # grows into a different trajectory in chapter 6's dropout run (README, Why the three languages agree).
    python = langs["python"]
    parameters, _, _ = case(python, [3, 5, 1], ["tanh", "sigmoid"])
    x = python.call("rng_normal", python.call("rng_seed", 4), 3, 1000)
    Y = np.floor(2 * python.call("rng_uniform", x["rng"], 1, 1000)["values"])
    cache = python.call("forward_propagation", x["values"], parameters, ["tanh", "sigmoid"])["cache"]
    grads = each(langs, "backward_propagation", Y, parameters, cache, ["tanh", "sigmoid"])
    for name in ("dZ2", "dZ1", "db2", "db1"):
        assert_agree(f"tanh_sigmoid.m1000.backward.{name}", pick(grads, name), "exact")


def state_arrays(state):
    return {k: v for k, v in state.items() if k.startswith(("vd", "sd"))}


@pytest.mark.chapter("ch7")
@pytest.mark.parametrize("optimizer", OPTIMIZERS)
def test_optimizer_steps_and_state_agree(langs, optimizer):
    """Five steps of each optimiser from the same parameters with the same gradients."""
    python = langs["python"]
    parameters, _, _ = case(python, [4, 6, 3], ["tanh", "softmax"])
    rng, gradients = python.call("rng_seed", 11), []
    for _ in range(5):
        grads = {}
        for name, value in parameters.items():
            draw = python.call("rng_normal", rng, *value.shape)
            grads[f"d{name}"], rng = draw["values"], draw["rng"]
        gradients.append(grads)
    after = {1: {}, 5: {}}
    for lang_name, lang in langs.items():
        state = lang.call("initialize_optimizer", parameters, optimizer, beta1=0.8, beta2=0.95, epsilon=1e-7)
        p = parameters
        for step, grads in enumerate(gradients, start=1):
            out = lang.call("update_parameters", p, grads, 0.05, state)
            p, state = out["parameters"], out["state"]
            if step in after:
                after[step][lang_name] = (p, state)
    for step, results in after.items():
        for name in parameters:
            assert_agree(f"{optimizer}.step{step}.{name}", {k: v[0][name] for k, v in results.items()}, "exact")
        states = {k: state_arrays(v[1]) for k, v in results.items()}
        assert_same_keys(f"{optimizer}.step{step}.state", states)
        for name in states["python"]:
            assert_agree(f"{optimizer}.step{step}.state.{name}", pick(states, name), "exact")
        assert_agree(f"{optimizer}.step{step}.state.t", {k: np.ravel(v[1]["t"]) for k, v in results.items()}, "exact")


@pytest.mark.chapter("ch7")
@pytest.mark.parametrize("decay,rate", [("none", 0), ("inverse", 0.3), ("exponential", 0.95)])
def test_learning_rate_schedules_agree(langs, decay, rate):
    rates = {lang: np.ravel([langs[lang].call("decay_learning_rate", 0.2, epoch, decay, rate) for epoch in range(25)])
             for lang in langs}
    assert_agree(f"decay_learning_rate({decay})", rates, "exact")


@pytest.mark.chapter("ch7")
@pytest.mark.parametrize("beta", [0, 0.5, 0.9, 0.98])
def test_exponential_averages_agree(langs, beta):
    python = langs["python"]
    series = 10 + 3 * python.call("rng_normal", python.call("rng_seed", 5), 1, 200)["values"]
    out = each(langs, "exponential_average", series, beta)
    for key in ("averages", "corrected"):
        values = pick(out, key)
        assert all(value.shape == (1, 200) for value in values.values())
        assert_agree(f"exponential_average({beta}).{key}", values, "exact")


@pytest.mark.chapter("ch7")
@pytest.mark.parametrize("form", ["list", "row"])
def test_cost_rises_agree(langs, form):
    """A wobbling curve (200 costs about 2, from the portable generator), as train's list of costs and as a
    1 x 200 matrix: the same count and the same largest relative rise, bit for bit."""
    python = langs["python"]
    series = 2 + 0.3 * python.call("rng_normal", python.call("rng_seed", 7), 1, 200)["values"]
    out = each(langs, "cost_rises", list(series[0]) if form == "list" else series)
    counts, largest = flat(pick(out, "count")), flat(pick(out, "largest"))
    assert 50 < counts["python"][0] < 150 and largest["python"][0] > 0
    assert_agree(f"cost_rises({form}).count", counts, "exact")
    assert_agree(f"cost_rises({form}).largest", largest, "exact")


@pytest.mark.chapter("ch5")
def test_mini_batches_are_identical(langs):
    python = langs["python"]
    X = python.call("rng_normal", python.call("rng_seed", 4), 3, 100)["values"]
    Y = np.arange(100.0).reshape(1, 100) % 7
    out = each(langs, "random_mini_batches", X, Y, 32, python.call("rng_seed", 8))
    for key in ("X_batches", "Y_batches"):
        batches = pick(out, key)
        assert [b.shape for b in batches["r"]] == [b.shape for b in batches["octave"]] == [(X.shape[0] if key[0] == "X" else 1, n) for n in (32, 32, 32, 4)]
        for k in range(4):
            assert_agree(f"random_mini_batches.{key}[{k}]", {lang: b[k] for lang, b in batches.items()}, "exact")
    assert_same_rng("random_mini_batches", out)


@pytest.mark.chapter("ch6")
@pytest.mark.parametrize("optimizer", OPTIMIZERS)
def test_a_mini_batch_epoch_with_dropout_and_l2_agrees(langs, optimizer):
    python = langs["python"]
    X, Y = (python.call("load_dataset", data_path("spiral.csv"), 3)[k] for k in ("X", "Y"))
    init = python.call("initialize_parameters", [2, 9, 3], python.call("rng_seed", 1), "he")
    state = python.call("initialize_optimizer", init["parameters"], optimizer)
    out = each(langs, "train_epoch", X, Y, init["parameters"], ["relu", "softmax"], state, init["rng"], 0.05,
               batch_size=64, lambd=0.1, keep_prob=0.8)
    assert_agree(f"train_epoch({optimizer}).costs", {k: np.ravel(v["costs"]) for k, v in out.items()}, "training")
    for name in init["parameters"]:
        assert_agree(f"train_epoch({optimizer}).{name}", {k: v["parameters"][name] for k, v in out.items()}, "training")
    states = {k: state_arrays(v["state"]) for k, v in out.items()}
    for name in states["python"]:
        assert_agree(f"train_epoch({optimizer}).state.{name}", pick(states, name), "training")
    assert_same_rng(f"train_epoch({optimizer})", out)


@pytest.mark.chapter("ch5")
def test_short_mnist_run_agrees(langs):
    """500 digits, 784-32-10, 3 epochs of Adam with dropout, L2 and decay: costs, parameters, predictions."""
    python = langs["python"]
    digits = python.call("load_digits", data_path("mnist_train.csv"))
    X, Y = digits[0][:, :500], digits[1][:, :500]
    X_test = python.call("load_digits", data_path("mnist_test.csv"))[0][:, :200]
    activations = ["relu", "softmax"]
    config = python.call("train_config", learning_rate=0.01, iterations=3, init="he", batch_size=100, optimizer="adam",
                         lambd=0.05, keep_prob=0.9, decay="exponential", decay_rate=0.9)
    out = each(langs, "train", X, Y, [784, 32, 10], activations, python.call("rng_seed", 3), config)
    assert_agree("mnist.costs", {k: np.ravel(v["costs"]) for k, v in out.items()}, "training")
    for name in ("W1", "b1", "W2", "b2"):
        assert_agree(f"mnist.{name}", {k: v["parameters"][name] for k, v in out.items()}, "training")
    labels = {k: langs[k].call("predict_labels", X_test, v["parameters"], activations) for k, v in out.items()}
    assert_agree("mnist.predict_labels", labels, "exact")
