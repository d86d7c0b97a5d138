import gzip
import os

import numpy as np
import pytest

from dlfp.data import (is_idx, load_dataset, load_digits, load_idx, load_mnist, make_moons, make_spiral, read_dataset,
                       prepare_split, read_examples, scale_to_unit_norm, standardize_apply, standardize_fit, split_train_test,
                       write_dataset)
from table_values import read_table
from dlfp.rng import rng_seed


def test_spiral_regenerates_the_committed_file_bit_for_bit(data_path):
    X, Y, _ = make_spiral(rng_seed(1), n_per_class=100, n_classes=3, noise=0.2)
    X_file, Y_file = load_dataset(data_path("spiral.csv"), n_classes=3)
    np.testing.assert_array_equal(X, X_file)
    np.testing.assert_array_equal(Y, Y_file)


def test_loaders_give_features_by_examples(data_path):
    X, Y = load_dataset(data_path("cancer.csv"), n_classes=2)
    assert X.shape == (30, 569) and Y.shape == (1, 569)
    assert (Y == 1).sum() == 357
    X, Y = load_dataset(data_path("mnist_test.csv"), n_classes=10)
    assert X.shape == (784, 1000) and set(np.unique(Y)) == set(range(10))
    assert X.min() == 0 and X.max() == 255


def test_write_then_load_is_exact(tmp_path):
    X = np.array([[0.1, -2.5e-300, 1 / 3], [np.pi, 7.0, -0.0]])
    Y = np.array([[0.0, 1.0, 1.0]])
    write_dataset(str(tmp_path / "d.csv"), X, Y)
    X2, Y2 = load_dataset(str(tmp_path / "d.csv"), n_classes=2)
    np.testing.assert_array_equal(X, X2)
    np.testing.assert_array_equal(Y, Y2)


def test_windows_line_endings_are_read(tmp_path):
    path = tmp_path / "crlf.csv"
    path.write_bytes(b"x1,label\r\n1.5,1\r\n")
    X, Y = load_dataset(str(path), n_classes=2)
    assert X.tolist() == [[1.5]] and Y.tolist() == [[1.0]]


def test_scale_to_unit_norm_gives_unit_columns_and_keeps_zero_columns():
    X = scale_to_unit_norm(np.array([[3.0, 0.0, 1.0], [4.0, 0.0, 1.0]]))
    np.testing.assert_allclose(X, [[0.6, 0, 2**-0.5], [0.8, 0, 2**-0.5]], rtol=1e-15)


def test_split_is_a_partition_of_the_columns():
    X = np.arange(20.0).reshape(2, 10)
    Y = np.arange(10.0).reshape(1, 10) % 2
    X_train, Y_train, X_test, Y_test, _ = split_train_test(X, Y, 0.25, rng_seed(4))
    assert X_train.shape == (2, 7) and X_test.shape == (2, 3)
    assert sorted(np.hstack([X_train, X_test])[0]) == list(range(10))
    np.testing.assert_array_equal(X_test[0] % 2, Y_test[0])


@pytest.mark.parametrize("name,noise", [("moons.csv", 0.2), ("moons_noisy.csv", 0.3)])
def test_moons_regenerate_the_committed_file_bit_for_bit(data_path, name, noise):
    X, Y, _ = make_moons(rng_seed(1), n_per_class=200, noise=noise)
    X_file, Y_file = load_dataset(data_path(name), n_classes=2)
    np.testing.assert_array_equal(X, X_file)
    np.testing.assert_array_equal(Y, Y_file)


def test_moons_without_noise_lie_on_two_half_circles():
    X, Y, _ = make_moons(rng_seed(1), n_per_class=50, noise=0.0)
    np.testing.assert_allclose(np.hypot(X[0, :50], X[1, :50]), 1, rtol=1e-15)
    np.testing.assert_allclose(np.hypot(1 - X[0, 50:], 0.5 - X[1, 50:]), 1, rtol=1e-15)
    assert Y[0, :50].sum() == 0 and Y[0, 50:].sum() == 50


def test_digits_are_scaled_to_the_unit_interval(data_path):
    X, Y = load_digits(data_path("mnist_test.csv"))
    assert X.shape == (784, 1000) and Y.shape == (1, 1000)
    assert X.min() == 0 and X.max() == 1
    raw, _ = load_dataset(data_path("mnist_test.csv"), n_classes=10)
    np.testing.assert_array_equal(X, raw / 255)


def test_write_dataset_refuses_before_it_writes_even_a_temporary_file(tmp_path):
    # The message is tables/bad_input.json's (write.y_columns).
    with pytest.raises(ValueError):
        write_dataset(tmp_path / "out.csv", np.ones((3, 2)), np.zeros((2, 1)))
    assert list(tmp_path.iterdir()) == []


DIALECT = read_table("csv_dialect.json")["cases"]


@pytest.mark.parametrize("case", DIALECT, ids=[case["id"] for case in DIALECT])
def test_read_dataset_reads_every_case_of_the_dialect_table(case, tmp_path, capsys):
    path = tmp_path / "data.csv"
    path.write_bytes(case["text"].encode("utf-8"))
    X, Y, classes = read_dataset(str(path), case.get("label_column", "label"), case.get("given_classes"))
    printed = capsys.readouterr().out.replace(str(path), "FILE").splitlines()
    np.testing.assert_array_equal(X, np.array(case["X"], dtype=float))
    np.testing.assert_array_equal(Y, np.array([case["Y"]], dtype=float))
    assert (classes, printed) == (case["classes"], case["prints"])
    assert X.shape == (len(case["X"]), len(case["Y"])) and Y.shape == (1, len(case["Y"]))


def test_load_dataset_reads_the_dialect_and_keeps_number_labels_as_they_are(tmp_path):
    path = tmp_path / "data.csv"
    path.write_bytes(b'"","x","label"\r\n"a", 1.5 ,"1"\r\n"b",2,0\r\n\r\n')
    X, Y = load_dataset(str(path), n_classes=3)
    assert X.tolist() == [[1.5, 2.0]] and Y.tolist() == [[1.0, 0.0]]


def test_read_dataset_reads_a_pandas_file_with_its_index(tmp_path, capsys):
    import pandas
    frame = pandas.DataFrame({"height cm": [170.5, 1e-3, -2.0], "weight": [60, 70, 80],
                              "kind": ["b, with a comma", 'a "quoted"', "b, with a comma"]})
    path = tmp_path / "frame.csv"
    frame.to_csv(path)
    X, Y, classes = read_dataset(str(path), label_column="kind")
    np.testing.assert_array_equal(X, frame[["height cm", "weight"]].to_numpy(dtype=float).T)
    assert Y.tolist() == [[1.0, 0.0, 1.0]] and classes == ['a "quoted"', "b, with a comma"]
    assert "column 1 has no name: read as row names and left out" in capsys.readouterr().out


def test_read_dataset_reads_a_file_without_labels_only_when_asked(tmp_path, capsys):
    """New examples to predict, written by R's write.csv without the label column: every named column is a
    feature, Y is None and the classes are those given; a file with labels reads as without the option, and
    without it a missing label column is still refused."""
    unlabelled, labelled = tmp_path / "new.csv", tmp_path / "old.csv"
    unlabelled.write_text('"","a","b"\n"7",3,-2.5\n"8",5,7\n')
    labelled.write_text('"","a","label","b"\n"7",3,"no",-2.5\n"8",5,"yes",7\n')
    X, Y, classes = read_dataset(str(unlabelled), "label", ["no", "yes"], False)
    np.testing.assert_array_equal(X, [[3.0, 5.0], [-2.5, 7.0]])
    assert Y is None and classes == ["no", "yes"]
    assert read_dataset(str(unlabelled), require_labels=False)[1:] == (None, None)
    assert "column 1 has no name: read as row names and left out" in capsys.readouterr().out
    X_labelled, Y, classes = read_dataset(str(labelled), require_labels=False)
    np.testing.assert_array_equal(X_labelled, X)
    assert Y.tolist() == [[0.0, 1.0]] and classes == ["no", "yes"]
    with pytest.raises(ValueError, match="line 1 has no column 'label'$"):
        read_dataset(str(unlabelled))


def test_is_idx_tells_idx_files_plain_or_gzipped_from_csv_files(tmp_path, data_path):
    data = idx_bytes(8, [2], bytes([1, 2]))
    (tmp_path / "plain").write_bytes(data)
    (tmp_path / "packed.gz").write_bytes(gzip.compress(data))
    assert is_idx(str(tmp_path / "plain")) and is_idx(str(tmp_path / "packed.gz"))
    assert not is_idx(data_path("cancer.csv")) and not is_idx(str(tmp_path / "none")) and not is_idx(3)


def test_standardize_gives_mean_zero_and_unit_deviation_and_leaves_a_constant_feature_centred():
    X = np.array([[1.0, 2.0, 3.0, 6.0], [5.0, 5.0, 5.0, 5.0], [-1.0, 0.5, 0.25, 3.0]])
    stats = standardize_fit(X)
    np.testing.assert_array_equal(stats["mean"], [[3.0], [5.0], [0.6875]])
    np.testing.assert_allclose(stats["sd"], X.std(axis=1, keepdims=True), rtol=1e-15)
    assert stats["sd"][1, 0] == 0
    Z = standardize_apply(X, stats)
    assert Z[1].tolist() == [0, 0, 0, 0]
    np.testing.assert_allclose(Z[[0, 2]].mean(axis=1), 0, atol=1e-15)
    np.testing.assert_allclose(Z[[0, 2]].std(axis=1), 1, rtol=1e-15)
    # A test set is scaled by the training set's numbers.
    np.testing.assert_allclose(standardize_apply(np.array([[3.0], [7.0], [0.6875]]), stats), [[0], [2], [0]])


def test_prepare_split_without_a_split_or_standardize_passes_the_examples_through():
    X, Y, rng = np.array([[1.0, 2.0, 3.0, 4.0], [5.0, 5.0, 5.0, 5.0]]), np.array([[0.0, 1.0, 0.0, 1.0]]), rng_seed(3)
    X_train, Y_train, X_test, Y_test, stats, after = prepare_split(X, Y, 0, False, rng)
    assert X_train is X and Y_train is Y and (X_test, Y_test, stats) == (None, None, None)
    np.testing.assert_array_equal(after, rng_seed(3))


def test_prepare_split_holds_out_split_train_tests_columns_scaled_by_the_training_statistics():
    X = np.vstack([np.arange(10.0), np.arange(10.0) % 3, np.full(10, 7.0)])
    Y = (np.arange(10.0) % 2).reshape(1, -1)
    X_train, Y_train, X_test, Y_test, stats, rng = prepare_split(X, Y, 0.3, True, rng_seed(4))
    A, B, C, D, after = split_train_test(X, Y, 0.3, rng_seed(4))
    fitted = standardize_fit(A)
    np.testing.assert_array_equal(stats["mean"], fitted["mean"])
    np.testing.assert_array_equal(stats["sd"], fitted["sd"])
    np.testing.assert_array_equal(X_train, standardize_apply(A, fitted))
    np.testing.assert_array_equal(X_test, standardize_apply(C, fitted))
    for got, want in ((Y_train, B), (Y_test, D), (rng, after)):
        np.testing.assert_array_equal(got, want)
    assert X_train.shape == (3, 7) and X_test.shape == (3, 3)
    assert abs(X_train[0].mean()) < 1e-15 and X_train[2].tolist() == [0.0] * 7


def test_a_constant_feature_whose_mean_does_not_round_back_is_still_exactly_centred():
    stats = standardize_fit(np.array([[0.1, 0.1, 0.1]]))
    assert (stats["mean"].tolist(), stats["sd"].tolist()) == ([[0.1]], [[0.0]])
    assert standardize_apply(np.array([[0.1, 0.3]]), stats).tolist() == [[0.0, 0.3 - 0.1]]


def idx_bytes(code, dims, body):
    """An IDX file's bytes: magic number (two zero bytes, type code, dimension count), big-endian sizes, values."""
    return bytes([0, 0, code, len(dims)]) + b"".join(d.to_bytes(4, "big") for d in dims) + body


def test_idx_values_are_one_column_per_item_in_the_files_order(tmp_path):
    path = tmp_path / "two-images-idx3-ubyte"
    path.write_bytes(idx_bytes(8, [2, 2, 3], bytes(range(6)) + bytes(range(250, 256))))
    values, dims = load_idx(str(path))
    assert dims == [2, 2, 3]
    np.testing.assert_array_equal(values, np.array([list(range(6)), list(range(250, 256))], dtype=float).T)


def test_idx_reads_every_type_big_endian(tmp_path):
    cases = [(9, b"\xff\x7f", [-1, 127]), (11, b"\x01\x02\xff\xfe", [258, -2]),
             (12, b"\x80\x00\x00\x00\x00\x00\x01\x00", [-2**31, 256]),
             (13, np.array([0.1, -2], ">f4").tobytes(), [float(np.float32(0.1)), -2]),
             (14, np.array([0.1, 1e300], ">f8").tobytes(), [0.1, 1e300])]
    for code, body, expected in cases:
        path = tmp_path / f"type{code}.idx"
        path.write_bytes(idx_bytes(code, [2], body))
        values, dims = load_idx(str(path))
        assert dims == [2] and values.tolist() == [expected], code


def test_gzipped_idx_reads_as_the_plain_file(tmp_path):
    data = idx_bytes(8, [3, 1, 2], bytes([0, 255, 51, 102, 1, 2]))
    (tmp_path / "plain").write_bytes(data)
    (tmp_path / "packed.gz").write_bytes(gzip.compress(data))
    plain, packed = load_idx(str(tmp_path / "plain")), load_idx(str(tmp_path / "packed.gz"))
    np.testing.assert_array_equal(plain[0], packed[0])
    assert plain[1] == packed[1] == [3, 1, 2]


def test_mnist_pixels_are_scaled_and_the_first_and_last_labels_read(tmp_path):
    images, labels = tmp_path / "t-images-idx3-ubyte", tmp_path / "t-labels-idx1-ubyte.gz"
    images.write_bytes(idx_bytes(8, [3, 1, 2], bytes([0, 255, 51, 102, 1, 2])))
    labels.write_bytes(gzip.compress(idx_bytes(8, [3], bytes([0, 9, 4]))))
    X, Y = load_mnist(str(images), str(labels))
    np.testing.assert_array_equal(X, [[0, 0.2, 1 / 255], [1, 0.4, 2 / 255]])
    np.testing.assert_array_equal(Y, [[0, 9, 4]])


def test_load_digits_reads_idx_images_with_the_labels_beside_them(tmp_path, data_path):
    """The first 5 test digits written as MNIST's IDX files read back as the CSV does."""
    X_csv, Y_csv = load_digits(data_path("mnist_test.csv"))
    pixels = np.rint(X_csv[:, :5] * 255).astype(np.uint8)
    images = tmp_path / "t10k-images-idx3-ubyte.gz"
    images.write_bytes(gzip.compress(idx_bytes(8, [5, 28, 28], pixels.T.tobytes())))
    (tmp_path / "t10k-labels-idx1-ubyte.gz").write_bytes(gzip.compress(idx_bytes(8, [5], Y_csv[0, :5].astype(np.uint8).tobytes())))
    X, Y = load_digits(str(images))
    np.testing.assert_array_equal(X, X_csv[:, :5])
    np.testing.assert_array_equal(Y, Y_csv[:, :5])


def test_read_examples_reads_mnist_as_load_digits_and_any_other_csv_as_read_dataset(tmp_path, data_path, capsys):
    X, Y, classes = read_examples(data_path("mnist_test.csv"))
    X_digits, Y_digits = load_digits(data_path("mnist_test.csv"))
    np.testing.assert_array_equal(X, X_digits)
    np.testing.assert_array_equal(Y, Y_digits)
    assert classes == [str(d) for d in range(10)]
    path = tmp_path / "d.csv"
    path.write_text("a,b,kind\n300,2,dog\n4,5,cat\n")
    X, Y, classes = read_examples(str(path), "kind")
    assert (X.tolist(), Y.tolist(), classes) == ([[300, 4], [2, 5]], [[1, 0]], ["cat", "dog"])
    assert capsys.readouterr().out == "read_dataset: classes of 'kind': 0 = 'cat', 1 = 'dog'\n"
    X, Y, classes = read_examples(str(path), "kind", ["dog", "cat"], features=2)
    assert (Y.tolist(), classes) == ([[0, 1]], ["dog", "cat"])
    with pytest.raises(ValueError, match=f"^read_examples: '{path}' must have 3 features, as the training data, got 2$"):
        read_examples(str(path), "kind", ["dog", "cat"], features=3)


def test_read_examples_gives_idx_digits_the_ten_digits_as_classes(tmp_path):
    images = tmp_path / "t-images-idx3-ubyte"
    images.write_bytes(idx_bytes(8, [2, 28, 28], bytes(range(256)) * 6 + bytes(32)))
    (tmp_path / "t-labels-idx1-ubyte").write_bytes(idx_bytes(8, [2], bytes([9, 0])))
    X, Y, classes = read_examples(str(images), "ignored", features=784)
    assert X.shape == (784, 2) and X.max() == 1 and Y.tolist() == [[9, 0]]
    assert classes == [str(d) for d in range(10)]
    with pytest.raises(ValueError, match="holds the digits .* which must be the classes \\['a', 'b'\\]$"):
        read_examples(str(images), classes=["a", "b"])


FASHION = "/usr/share/datasets/fashion-mnist"


@pytest.mark.skipif(not os.path.isdir(FASHION), reason="Debian's dataset-fashion-mnist is not installed (make data-full)")
def test_fashion_mnist_test_files_read_as_ten_balanced_classes():
    X, Y = load_digits(os.path.join(FASHION, "t10k-images-idx3-ubyte.gz"))
    assert X.shape == (784, 10000) and X.min() == 0 and X.max() == 1
    np.testing.assert_array_equal(np.bincount(Y[0].astype(int)), [1000] * 10)
    np.testing.assert_array_equal(X * 255, np.rint(X * 255))
