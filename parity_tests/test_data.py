"""Shared data: every language reads the same numbers (the bad files each refuses are cases of
tables/bad_input.json)."""
import json
import os

import numpy as np
import pandas
import pytest

from agreement import assert_agree
from bridge import REPO
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


DIALECT = json.load(open(os.path.join(REPO, "tables", "csv_dialect.json")))["cases"]


@pytest.mark.parametrize("case", DIALECT, ids=[case["id"] for case in DIALECT])
def test_read_dataset_gives_one_result_for_every_case_of_the_dialect(langs, case, tmp_path):
    path = tmp_path / "data.csv"
    path.write_bytes(case["text"].encode("utf-8"))
    named = {"label_column": case.get("label_column", "label")}
    if "given_classes" in case:
        named["classes"] = case["given_classes"]
    out = each(langs, "read_dataset", str(path), **named)
    assert_agree(f"read_dataset({case['id']}).X", pick(out, "X"), "exact")
    assert_agree(f"read_dataset({case['id']}).Y", pick(out, "Y"), "exact")
    assert {name: list(value) for name, value in pick(out, "classes").items()} == {
        name: case["classes"] for name in langs}


def _r_csv(langs, dataset, path):
    """R's own write.csv of one of its data sets (quoted names, row names in an unnamed first column)."""
    langs["r"].ro.r(f'write.csv({dataset}, "{path}")')


@pytest.mark.parametrize("dataset,label,features", [("iris", "Species", 4), ("mtcars", "am", 10)])
def test_files_written_by_r_are_read_alike_and_as_r_holds_them(langs, tmp_path, dataset, label, features):
    path = str(tmp_path / f"{dataset}.csv")
    _r_csv(langs, dataset, path)
    out = each(langs, "read_dataset", path, label_column=label)
    assert_agree(f"read_dataset({dataset}).X", pick(out, "X"), "exact")
    assert_agree(f"read_dataset({dataset}).Y", pick(out, "Y"), "exact")
    ro = langs["r"].ro
    frame = ro.r[dataset]
    X = np.array(ro.r(f"t(data.matrix({dataset}[setdiff(names({dataset}), '{label}')]))"))
    Y = np.array(ro.r(f"matrix(as.integer(factor({dataset}${label})) - 1, 1)"), dtype=float)
    classes = list(ro.r(f"levels(factor({dataset}${label}))"))
    assert X.shape == (features, ro.r["nrow"](frame)[0])
    for name, result in out.items():
        np.testing.assert_array_equal(result["X"], X, err_msg=name)
        np.testing.assert_array_equal(result["Y"], Y, err_msg=name)
        assert list(result["classes"]) == classes, name


def test_a_pandas_file_with_its_index_is_read_alike(langs, tmp_path):
    cancer = langs["python"].call("load_dataset", data_path("cancer.csv"), 2)
    frame = pandas.DataFrame(cancer["X"].T, columns=[f"feature {k}" for k in range(1, 31)])
    frame["diagnosis"] = np.where(cancer["Y"][0] == 1, "benign", "malignant")
    path = str(tmp_path / "cancer_pandas.csv")
    frame.to_csv(path)
    out = each(langs, "read_dataset", path, label_column="diagnosis")
    for name, result in out.items():
        np.testing.assert_array_equal(result["X"], cancer["X"], err_msg=name)
        np.testing.assert_array_equal(result["Y"], 1 - cancer["Y"], err_msg=name)
        assert list(result["classes"]) == ["benign", "malignant"], name
