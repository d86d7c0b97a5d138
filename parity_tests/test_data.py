"""Shared data: every language reads the same numbers (the bad files each refuses are cases of
tables/bad_input.json)."""
import json
import os

import numpy as np
import pandas
import gzip
import os

import numpy as np
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


@pytest.mark.parametrize("test_fraction,standardize", [(0.3, True), (0.3, False), (0, True), (0, False)])
def test_prepare_split_gives_identical_examples(langs, test_fraction, standardize):
    """The split and standardisation the chapter scripts share, on R's iris (features of different
    scales): the same bits in every language, the generator's state too."""
    path = os.path.join(langs["r"].ro.r("tempdir()")[0], "iris.csv")
    _r_csv(langs, "iris", path)
    iris = langs["python"].call("read_dataset", path, "Species")
    out = each(langs, "prepare_split", iris["X"], iris["Y"], test_fraction, standardize,
               langs["python"].call("rng_seed", 2))
    # Nothing: Python's None, R's NULL, Octave's [].
    nothing = lambda value: value is None or np.size(value) == 0  # noqa: E731
    for lang, result in out.items():
        assert (nothing(result["X_test"]), nothing(result["Y_test"])) == (test_fraction == 0,) * 2, lang
        assert nothing(result["stats"]) == (not standardize), lang
        assert result["rng"] == out["python"]["rng"], lang
    for key in ("X_train", "Y_train") + (("X_test", "Y_test") if test_fraction else ()):
        assert_agree(f"prepare_split({test_fraction}, {standardize}).{key}", pick(out, key), "exact")
    for name in ("mean", "sd") if standardize else ():
        assert_agree(f"prepare_split stats.{name}", {k: v["stats"][name] for k, v in out.items()}, "exact")
    assert out["python"]["X_train"].shape == (4, 105 if test_fraction else 150)


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


def idx_bytes(code, dims, body):
    """An IDX file's bytes: magic number (two zero bytes, type code, dimension count), big-endian sizes, values."""
    return bytes([0, 0, code, len(dims)]) + b"".join(d.to_bytes(4, "big") for d in dims) + body


# Every IDX type: (code, dimensions, values as the big-endian numpy type).
IDX_CASES = [(8, [3, 2, 4], np.arange(24) * 11 % 256, ">u1"), (9, [2, 3], [-128, -1, 0, 1, 5, 127], ">i1"),
             (11, [4], [-32768, -2, 258, 32767], ">i2"), (12, [1, 3], [-2**31, 7, 2**31 - 1], ">i4"),
             (13, [3], [0.1, -2.5, 3e38], ">f4"), (14, [2, 2], [0.1, 1e-300, -0.0, 1 / 3], ">f8")]


@pytest.mark.parametrize("gzipped", [False, True], ids=["plain", "gzip"])
@pytest.mark.parametrize("code,dims,values,dtype", IDX_CASES, ids=[str(case[0]) for case in IDX_CASES])
def test_idx_files_read_as_identical_doubles(langs, tmp_path, code, dims, values, dtype, gzipped):
    data = idx_bytes(code, dims, np.array(values, dtype).tobytes())
    path = tmp_path / "made.idx"
    path.write_bytes(gzip.compress(data) if gzipped else data)
    out = each(langs, "load_idx", str(path))
    assert_agree(f"load_idx(type {code}).values", pick(out, "values"), "exact")
    assert_agree(f"load_idx(type {code}).dims", {k: np.ravel(v).astype(float) for k, v in pick(out, "dims").items()},
                 "exact")
    expected = np.array(values, dtype).astype(float).reshape(dims[0], -1).T
    np.testing.assert_array_equal(out["python"]["values"], expected)


def test_mnist_files_made_here_read_as_identical_doubles(langs, tmp_path):
    images, labels = tmp_path / "m-images-idx3-ubyte", tmp_path / "m-labels-idx1-ubyte.gz"
    images.write_bytes(idx_bytes(8, [10, 3, 2], bytes(range(0, 256, 4))[:60]))
    labels.write_bytes(gzip.compress(idx_bytes(8, [10], bytes([9, 0, 1, 2, 3, 4, 5, 6, 7, 8]))))
    out = each(langs, "load_mnist", str(images), str(labels))
    assert_agree("load_mnist(made here).X", pick(out, "X"), "exact")
    assert_agree("load_mnist(made here).Y", pick(out, "Y"), "exact")
    assert out["python"]["X"].shape == (6, 10) and out["python"]["Y"][0, 0] == 9


FASHION = "/usr/share/datasets/fashion-mnist"


@pytest.mark.skipif(not os.path.isdir(FASHION), reason="Debian's dataset-fashion-mnist is not installed (make data-full)")
def test_fashion_mnist_test_files_read_as_identical_doubles(langs):
    """The 10,000 test images (the 60,000 training images are the same code on a larger file, too large to
    send through the bridge in every run)."""
    out = each(langs, "load_mnist", os.path.join(FASHION, "t10k-images-idx3-ubyte.gz"),
               os.path.join(FASHION, "t10k-labels-idx1-ubyte.gz"))
    assert_agree("load_mnist(Fashion-MNIST t10k).X", pick(out, "X"), "exact")
    assert_agree("load_mnist(Fashion-MNIST t10k).Y", pick(out, "Y"), "exact")
