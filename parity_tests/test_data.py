"""Shared data: every language reads the same numbers and refuses the same bad files the same way."""
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


BAD_FILES = {
    "empty": "",
    "no_header": "x1,x2\n1,0\n",
    "no_rows": "x1,label\n",
    "ragged_short": "x1,label\n1,0\n2\n",
    "ragged_long": "x1,label\n1,0,3\n",
    "text": "x1,label\nabc,0\n",
    "nan": "x1,label\nNaN,0\n",
    "inf_label": "x1,label\n1,Inf\n",
    "overflow": "x1,label\n1e999,1\n",
    "fraction_label": "x1,label\n1,0.5\n",
    "label_too_big": "x1,label\n1,2\n",
    "negative_label": "x1,label\n1,-1\n",
    "missing": None,
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_files_give_the_same_message(langs, tmp_path, case):
    path = tmp_path / f"{case}.csv"
    if BAD_FILES[case] is not None:
        path.write_text(BAD_FILES[case])
    messages = {name: lang.error("load_dataset", str(path), 2) for name, lang in langs.items()}
    assert len(set(messages.values())) == 1, messages
    assert messages["python"].startswith(f"load_dataset: ")


def test_scaling_and_split_agree(langs):
    X = langs["python"].call("load_dataset", data_path("cancer.csv"), 2)
    scaled = each(langs, "scale_to_unit_norm", X["X"])
    assert_agree("scale_to_unit_norm(cancer)", scaled, "elementwise")
    state = langs["python"].call("rng_seed", 1)
    split = each(langs, "split_train_test", scaled["python"], X["Y"], 0.25, state)
    for key in ("X_train", "Y_train", "X_test", "Y_test"):
        assert_agree(f"split_train_test.{key}", pick(split, key), "exact")
