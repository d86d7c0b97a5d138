"""Chapter 8: gradient checking, and the tuner's candidates and scores."""
import numpy as np
import pytest

from agreement import assert_agree
from helpers import data_path, each
from test_network import NETWORKS, case
from tolerances import TOLERANCES

pytestmark = pytest.mark.chapter("ch8")


@pytest.mark.parametrize("lambd", [0, 0.5])
@pytest.mark.parametrize("network", NETWORKS)
def test_gradient_checks_agree_and_pass(langs, network, lambd):
    layer_dims, activations = NETWORKS[network]
    parameters, X, Y = case(langs["python"], layer_dims, activations)
    out = each(langs, "gradient_check", X, Y, parameters, activations, lambd=lambd)
    for lang, result in out.items():
        assert float(np.ravel(result["difference"])[0]) < 1e-7, f"{lang}: {network} fails its gradient check"
    assert_agree(f"{network}.gradient_check(lambd={lambd}).approx", {k: v["approx"] for k, v in out.items()},
                 "finite_difference")


def test_a_planted_bug_fails_and_is_named_in_every_language(langs):
    layer_dims, activations = NETWORKS["tanh_relu_softmax"]
    python = langs["python"]
    parameters, X, Y = case(python, layer_dims, activations)
    cache = python.call("forward_propagation", X, parameters, activations)["cache"]
    grads = python.call("backward_propagation", Y, parameters, cache, activations)
    grads["db2"] = grads["db2"] * X.shape[1]
    out = each(langs, "gradient_check", X, Y, parameters, activations, grads=grads)
    for lang, result in out.items():
        assert float(np.ravel(result["difference"])[0]) > 1e-3, lang
        assert np.ravel(result["worst"])[0] == "b2", lang


def test_a_planted_negative_error_is_named_and_the_differences_agree(langs):
    """A gradient too small by 0.1 in b3 outweighs one too large by 0.01 in W1: the worst gap is the
    largest absolute one. The difference is ||grad - approx|| / (||grad|| + ||approx||) of each
    language's own approx, and the languages' differences agree (errors this large keep the
    differences' rounding, that of approx, far below finite_difference of the difference itself)."""
    layer_dims, activations = NETWORKS["tanh_relu_softmax"]
    python = langs["python"]
    parameters, X, Y = case(python, layer_dims, activations)
    cache = python.call("forward_propagation", X, parameters, activations)["cache"]
    grads = python.call("backward_propagation", Y, parameters, cache, activations)
    grads["db3"] = grads["db3"] - np.array([[0.0], [0.1], [0.0]])
    grads["dW1"] = grads["dW1"] + 0.01 * (np.arange(grads["dW1"].size).reshape(grads["dW1"].shape) == 0)
    grad = python.call("parameters_to_vector", {name: grads[f"d{name}"] for name in parameters})
    out = each(langs, "gradient_check", X, Y, parameters, activations, grads=grads)
    for lang, result in out.items():
        assert np.ravel(result["worst"])[0] == "b3", f"{lang} names {result['worst']}"
        approx = result["approx"]
        expected = np.linalg.norm(grad - approx) / (np.linalg.norm(grad) + np.linalg.norm(approx))
        np.testing.assert_allclose(np.ravel(result["difference"]), [expected], rtol=TOLERANCES["one_pass"].value,
                                   err_msg=lang)
        assert expected > 1e-2, lang
    assert_agree("gradient_check(planted errors).difference", {k: np.ravel(v["difference"]) for k, v in out.items()},
                 "finite_difference")


RANGES = {"learning_rate": [1e-3, 1e-1], "hidden": [5, 100], "lambd": [1e-4, 1e-1], "keep_prob": [0.7, 1.0],
          "batch_size": [16, 128], "beta1": [0.8, 0.99], "beta2": [0.99, 0.9999]}


@pytest.mark.chapter("tune")
def test_tuning_candidates_are_bitwise_identical(langs):
    python = langs["python"]
    out = each(langs, "sample_candidates", RANGES, 40, python.call("rng_seed", 6))
    for name in RANGES:
        assert_agree(f"sample_candidates.{name}", {k: v["candidates"][name] for k, v in out.items()}, "exact")
    for key in ("x1", "x2"):
        assert_agree(f"sample_candidates.rng.{key}", {k: np.ravel(v["rng"][key]) for k, v in out.items()}, "exact")
    best = {name: float(np.ravel(out["python"]["candidates"][name])[3]) for name in RANGES}
    narrow = each(langs, "narrow_space", RANGES, best)
    for name in RANGES:
        assert_agree(f"narrow_space.{name}", {k: np.ravel(v[name]) for k, v in narrow.items()}, "exact")


@pytest.mark.chapter("tune")
def test_a_small_search_scores_the_same_in_every_language(langs):
    python = langs["python"]
    X, Y = (python.call("load_dataset", data_path("spiral.csv"), 3)[k] for k in ("X", "Y"))
    split = python.call("split_train_test", X, Y, 0.3, python.call("rng_seed", 1))
    candidates = python.call("sample_candidates", RANGES, 3, split["rng"])["candidates"]
    args = (split["X_train"], split["Y_train"], split["X_test"], split["Y_test"], candidates, 1, 4, 21)
    results = each(langs, "random_search", *args)
    assert_agree("random_search", results, "training")
    best = {lang: np.ravel(langs[lang].call("best_trial", results[lang])) for lang in langs}
    assert_agree("best_trial", best, "exact")
    # The best trial's network again (train_trial, which tune's --save-model saves).
    k = int(best["python"][0])
    chosen = python.call("candidate", candidates, k)
    networks = each(langs, "train_trial", split["X_train"], split["Y_train"], chosen, 1, 4, 21 + k)
    for name in ("W1", "b1", "W2", "b2"):
        assert_agree(f"train_trial.{name}", {lang: net["parameters"][name] for lang, net in networks.items()},
                     "training")
