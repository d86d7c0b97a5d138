"""Shared data: every language reads the same numbers (the bad files each refuses are cases of
tables/bad_input.json)."""
import pytest

from agreement import assert_agree
from helpers import data_path, each, pick

FILES = [("cancer.csv", 2), ("spiral.csv", 3), ("mnist_test.csv", 10)]


@pytest.mark.parametrize("name,n_classes", FILES)
def test_loaders_read_identical_values(langs, name, n_classes):
    out = each(langs, "load_dataset", data_path(name), n_classes)
    assert_agree(f"load_dataset({name}).X", pick(out, "X"), "exact")
    assert_agree(f"load_dataset({name}).Y", pick(out, "Y"), "exact")


def test_every_language_regenerates_the_committed_spiral(langs):
    committed = langs["python"].call("load_dataset", data_path("spiral.csv"), 3)
    state = langs["python"].call("rng_seed", 1)
    for name, out in each(langs, "make_spiral", state, 100, 3, 0.2).items():
        assert_agree(f"make_spiral (seed 1) in {name} against data/spiral.csv",
                     {name: out["X"], "file": committed["X"]}, "exact")
        assert_agree(f"spiral labels in {name}", {name: out["Y"], "file": committed["Y"]}, "exact")


def test_scaling_and_split_agree(langs):
    X = langs["python"].call("load_dataset", data_path("cancer.csv"), 2)
    scaled = each(langs, "scale_to_unit_norm", X["X"])
    assert_agree("scale_to_unit_norm(cancer)", scaled, "elementwise")
    state = langs["python"].call("rng_seed", 1)
    split = each(langs, "split_train_test", scaled["python"], X["Y"], 0.25, state)
    for key in ("X_train", "Y_train", "X_test", "Y_test"):
        assert_agree(f"split_train_test.{key}", pick(split, key), "exact")
