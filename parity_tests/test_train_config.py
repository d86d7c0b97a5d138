"""train's one options object: train_config has the same fields and defaults in every language, and
the same config trains the same network in every language."""
import numpy as np
import pytest

from agreement import assert_agree
from helpers import data_path, each, pick

# Every field away from its default: mini-batches, Adam, dropout, L2 and exponential decay.
EVERY_FEATURE = dict(learning_rate=0.01, iterations=20, init="he", print_every=0, batch_size=64, optimizer="adam",
                     beta1=0.85, beta2=0.995, epsilon=1e-7, lambd=0.05, keep_prob=0.8, decay="exponential",
                     decay_rate=0.9)


def test_train_config_has_the_same_fields_and_defaults_everywhere(langs):
    # The bridge refuses a config whose fields are not TrainConfig's, in its order.
    configs = each(langs, "train_config")
    assert configs["r"] == configs["python"] and configs["octave"] == configs["python"], configs


def test_train_config_keeps_the_fields_given_everywhere(langs):
    configs = each(langs, "train_config", **EVERY_FEATURE)
    assert configs["r"] == configs["python"] and configs["octave"] == configs["python"], configs
    assert configs["python"] != langs["python"].call("train_config")


@pytest.mark.parametrize("fields", [None, EVERY_FEATURE], ids=["default", "every_feature"])
def test_the_same_config_trains_the_same_everywhere(langs, fields):
    """None: train without a config, each language's own defaults (1000 full-batch iterations)."""
    python = langs["python"]
    X, Y = (python.call("load_dataset", data_path("spiral.csv"), 3)[k] for k in ("X", "Y"))
    config = () if fields is None else (python.call("train_config", **fields),)
    out = each(langs, "train", X, Y, [2, 9, 3], ["relu", "softmax"], python.call("rng_seed", 4), *config)
    costs = {k: np.ravel(v) for k, v in pick(out, "costs").items()}
    assert len(costs["python"]) == (1000 if fields is None else fields["iterations"])
    assert_agree("train_config.costs", costs, "training")
    parameters = pick(out, "parameters")
    for name in ("W1", "b1", "W2", "b2"):
        assert_agree(f"train_config.{name}", pick(parameters, name), "training")
    rngs = pick(out, "rng")
    for key in ("x1", "x2"):
        assert_agree(f"train_config.rng.{key}", {k: np.ravel(v[key]) for k, v in rngs.items()}, "exact")
