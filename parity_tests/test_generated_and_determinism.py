"""The Python side's generated cases (python/tests/test_properties.py) replayed through R and Octave,
and determinism: the same seed gives the same bits on a repeated run, in the harness and in a script."""
import os
import subprocess
import sys

import numpy as np
from hypothesis import given, settings

from agreement import assert_agree
from bridge import REPO
from helpers import data_path, each, pick

sys.path.insert(0, os.path.join(REPO, "python", "tests"))
from strategies import build, networks  # noqa: E402


@settings(max_examples=10, deadline=None)
@given(networks())
def test_generated_networks_agree_across_languages(langs, case):
    parameters, X, Y = build(case)
    activations = case[1]
    L = len(activations)
    cache = pick(each(langs, "forward_propagation", X, parameters, activations), "cache")
    for name in cache["python"]:
        assert_agree(f"{case}.forward.{name}", pick(cache, name), "one_pass")
    grads = {lang: langs[lang].call("backward_propagation", Y, parameters, cache[lang], activations, lambd=0.1)
             for lang in langs}
    for name in parameters:
        # Inputs x 30 saturate the output: see the saturated_output tolerance.
        assert_agree(f"{case}.backward.d{name}", {k: v[f"d{name}"] for k, v in grads.items()}, "saturated_output")
        assert all(np.isfinite(v[f"d{name}"]).all() for v in grads.values())
    costs = {lang: np.ravel(langs[lang].call("compute_cost", cache[lang][f"Z{L}"], Y, activations[-1],
                                             parameters=parameters, lambd=0.1)) for lang in langs}
    assert_agree(f"{case}.cost", costs, "one_pass")


def test_a_repeated_run_gives_the_same_bits_in_each_language(langs):
    python = langs["python"]
    X, Y = (python.call("load_dataset", data_path("spiral.csv"), 3)[k] for k in ("X", "Y"))
    config = python.call("train_config", learning_rate=0.05, iterations=3, init="he", batch_size=64, optimizer="adam",
                         lambd=0.01, keep_prob=0.8)
    for name, lang in langs.items():
        runs = [lang.call("train", X, Y, [2, 7, 3], ["relu", "softmax"], python.call("rng_seed", 9), config)
                for _ in range(2)]
        assert_agree(f"{name}: train twice, costs", {"first": np.ravel(runs[0]["costs"]),
                                                     "second": np.ravel(runs[1]["costs"])}, "exact")
        for key in ("W1", "b1", "W2", "b2"):
            assert_agree(f"{name}: train twice, {key}", {"first": runs[0]["parameters"][key],
                                                         "second": runs[1]["parameters"][key]}, "exact")


COMMANDS = {"python": [os.path.join(REPO, ".venv", "bin", "python"), "python/scripts/ch3_deep_network.py"],
            "r": ["Rscript", "r/scripts/ch3_deep_network.R"],
            "octave": ["octave-cli", "--no-window-system", "octave/scripts/ch3_deep_network.m"]}


def test_the_script_prints_what_the_harness_computes(langs, tmp_path):
    """ch3's printed costs are the costs of the same train call made through the harness."""
    python = langs["python"]
    X, Y = (python.call("load_dataset", data_path("moons.csv"), 2)[k] for k in ("X", "Y"))
    config = python.call("train_config", learning_rate=0.3, iterations=300, init="he")
    for name, lang in langs.items():
        costs = np.ravel(lang.call("train", X, Y, [2, 9, 9, 1], ["relu", "relu", "sigmoid"], python.call("rng_seed", 1),
                                   config)["costs"])
        *program, script = COMMANDS[name]
        out = subprocess.run(program + [os.path.join(REPO, script), "--iterations", "300", "--out", str(tmp_path)],
                             capture_output=True, text=True, cwd=tmp_path).stdout
        expected = [f"iteration {i}: cost {costs[i]:.10g}" for i in (0, 250, 299)]
        lines = out.splitlines()
        # The run's record names the network the harness trained, then the cost lines follow.
        assert "network: 2-9-9-1, relu/relu/sigmoid" in lines[:lines.index(expected[0])], name
        assert [line for line in lines if line.startswith("iteration ")] == expected, name
