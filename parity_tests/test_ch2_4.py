"""Chapters 2-4: the moons data and the spiral experiment in all three languages."""
import numpy as np
import pytest

from agreement import assert_agree
from bridge import REPO
from dlfp.cli import chapter_table
from helpers import data_path, each, pick


@pytest.mark.chapter("ch2")
def test_every_language_regenerates_the_committed_moons(langs):
    committed = langs["python"].call("load_dataset", data_path("moons.csv"), 2)
    state = langs["python"].call("rng_seed", 1)
    for name, out in each(langs, "make_moons", state, 200, 0.2).items():
        assert_agree(f"make_moons (seed 1) in {name} against data/moons.csv",
                     {name: out["X"], "file": committed["X"]}, "exact")
        assert_agree(f"moons labels in {name}", {name: out["Y"], "file": committed["Y"]}, "exact")


@pytest.mark.chapter("ch4")
def test_spiral_softmax_reaches_97_percent_in_every_language(langs):
    """The chapter's whole default run (tables/chapters.json): every cost, the trained parameters, the accuracy."""
    defaults = next(c for c in chapter_table(REPO) if c["key"] == "ch4")["defaults"]
    spiral = langs["python"].call("load_dataset", data_path("spiral.csv"), 3)
    state = langs["python"].call("rng_seed", defaults["seed"])
    activations = ["relu", "softmax"]
    config = langs["python"].call("train_config", learning_rate=defaults["learning_rate"],
                                  iterations=defaults["iterations"], init="default")
    out = each(langs, "train", spiral["X"], spiral["Y"], [2, 100, 3], activations, state, config)
    costs = {k: np.ravel(v) for k, v in pick(out, "costs").items()}
    assert_agree("ch4.train.costs", costs, "training")
    parameters = pick(out, "parameters")
    for name in parameters["python"]:
        assert_agree(f"ch4.train.{name}", pick(parameters, name), "long_training")
    for lang in langs:
        labels = langs[lang].call("predict_labels", spiral["X"], parameters[lang], activations)
        accuracy = langs[lang].call("accuracy", spiral["Y"], labels)
        assert float(np.ravel(accuracy)[0]) >= 0.97, f"{lang}: spiral accuracy {accuracy}"


@pytest.mark.chapter("ch4")
def test_a_collapsed_network_gets_the_same_labels_in_every_language(langs, tmp_path):
    # Unscaled iris collapses the book's 4-100-3 network: its three probabilities agree to the last bits,
    # where the languages' rounding differs, and the near-tie rule gives every language class 0.
    path = str(tmp_path / "iris.csv")
    langs["r"].ro.r(f'write.csv(iris, "{path}")')
    iris = langs["python"].call("read_dataset", path, "Species")
    activations = ["relu", "softmax"]
    config = langs["python"].call("train_config", learning_rate=1.0, iterations=1000)
    trained = langs["python"].call("train", iris["X"], iris["Y"], [4, 100, 3], activations,
                                   langs["python"].call("rng_seed", 1), config)
    probabilities = {lang: langs[lang].call("forward_propagation", iris["X"], trained["parameters"],
                                            activations)["AL"] for lang in langs}
    spread = probabilities["python"].max(axis=0) / probabilities["python"].min(axis=0) - 1
    assert spread.max() < 1e-12, "the network did not collapse"
    labels = each(langs, "predict_labels", iris["X"], trained["parameters"], activations)
    assert_agree("ch4.collapsed.predict_labels", labels, "exact")
    assert not labels["python"].any()
