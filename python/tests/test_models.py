import json

import numpy as np
import pytest

from dlfp.models import load_model, load_model_data, save_model

PARAMETERS = {"W1": np.array([[0.1, -2.0], [1 / 3, 5e-324], [-0.0, 1.7976931348623157e308]]),
              "b1": np.array([[-0.0], [1e-300], [7.0]]), "W2": np.array([[1.0, -1.0, 2.5]]), "b2": np.array([[0.5]])}


def bits(M):
    return M.tobytes()


def test_a_saved_model_loads_with_the_same_bits(tmp_path):
    path = str(tmp_path / "m.json")
    stats = {"mean": np.array([[0.1], [-3.0]]), "sd": np.array([[1.0], [2 / 3]])}
    save_model(path, PARAMETERS, ["relu", "sigmoid"], stats, ["no", 'a "quoted"\nname'], "unit_norm")
    model = load_model(path)
    assert list(model["parameters"]) == ["W1", "b1", "W2", "b2"]
    for name, value in PARAMETERS.items():
        assert bits(model["parameters"][name]) == bits(value), name
    assert {k: bits(v) for k, v in model["stats"].items()} == {k: bits(v) for k, v in stats.items()}
    assert model["activations"] == ["relu", "sigmoid"] and model["scaling"] == "unit_norm"
    assert model["classes"] == ["no", 'a "quoted"\nname']
    # Every number with 17 significant digits; -0 keeps its sign.
    numbers = json.loads(open(path).read().replace("-0.0000000000000000e+00", "null"))["parameters"]["b1"]["values"]
    assert numbers[0] is None


def test_a_model_written_by_another_json_writer_loads(tmp_path):
    """Python's json (shortest round-trip numbers, other key order and spacing), not save_model."""
    path = tmp_path / "other.json"
    matrix = lambda M: {"values": list(M.ravel(order="F")), "columns": M.shape[1], "rows": M.shape[0]}
    path.write_text(json.dumps({"parameters": {name: matrix(M) for name, M in PARAMETERS.items()},
                                "stats": None, "classes": None, "scaling": "none",
                                "activations": ["relu", "sigmoid"], "version": 1, "format": "dlfp model"}, indent=4))
    model = load_model(str(path))
    for name, value in PARAMETERS.items():
        assert bits(model["parameters"][name]) == bits(value), name


def test_load_model_data_scales_as_the_model_was_trained(tmp_path, data_path):
    parameters = {"W1": np.ones((1, 30)), "b1": np.zeros((1, 1))}
    path = str(tmp_path / "m.json")
    save_model(path, parameters, ["sigmoid"], scaling="unit_norm")
    X, Y = load_model_data(data_path("cancer.csv"), load_model(path))
    np.testing.assert_allclose(np.sqrt((X ** 2).sum(axis=0)), 1, rtol=1e-15)
    assert Y.shape == (1, 569)
    save_model(path, {"W1": np.ones((10, 784)), "b1": np.zeros((10, 1))}, ["softmax"], scaling="pixels")
    X, Y = load_model_data(data_path("mnist_test.csv"), load_model(path))
    assert X.shape == (784, 1000) and X.max() == 1


def test_load_model_data_reads_labels_by_the_model_classes_and_applies_its_stats(tmp_path):
    """The model's class names order the labels (here not the sorted order), and its stats standardize X
    (a feature with sd 0 only centred)."""
    data = tmp_path / "d.csv"
    data.write_text("a,b,label\n3,2,no\n5,7,yes\n")
    path = str(tmp_path / "m.json")
    stats = {"mean": np.array([[1.0], [2.0]]), "sd": np.array([[2.0], [0.0]])}
    save_model(path, {"W1": np.ones((1, 2)), "b1": np.zeros((1, 1))}, ["sigmoid"], stats, ["yes", "no"])
    X, Y = load_model_data(str(data), load_model(path))
    np.testing.assert_array_equal(X, [[1.0, 2.0], [0.0, 5.0]])
    np.testing.assert_array_equal(Y, [[1.0, 0.0]])


def test_load_model_data_reads_the_labels_from_the_named_column(tmp_path):
    """A reader's file whose labels are in a column of its own name (the --label-column of training)."""
    data = tmp_path / "d.csv"
    data.write_text("kind,a,b\nyes,3,2\nno,5,7\n")
    path = str(tmp_path / "m.json")
    save_model(path, {"W1": np.ones((1, 2)), "b1": np.zeros((1, 1))}, ["sigmoid"], classes=["no", "yes"])
    X, Y = load_model_data(str(data), load_model(path), "kind")
    np.testing.assert_array_equal(X, [[3.0, 5.0], [2.0, 7.0]])
    np.testing.assert_array_equal(Y, [[1.0, 0.0]])
    # Without the column's name the labels read as a feature, which the refusal says.
    with pytest.raises(ValueError, match=r"got 'yes' \(the file has no label column 'label'\)$"):
        load_model_data(str(data), load_model(path))


def test_load_model_data_reads_new_examples_without_labels(tmp_path, data_path):
    """A file without the label column gives X as the model takes it and Y None: a model with class names
    and stats, one without class names, and one of MNIST's pixels (the digits of data/ without their
    label column read as the labelled file's pixels)."""
    data = tmp_path / "new.csv"
    data.write_text("a,b\n3,2\n5,7\n")
    path = str(tmp_path / "m.json")
    stats = {"mean": np.array([[1.0], [2.0]]), "sd": np.array([[2.0], [0.0]])}
    save_model(path, {"W1": np.ones((1, 2)), "b1": np.zeros((1, 1))}, ["sigmoid"], stats, ["yes", "no"])
    X, Y = load_model_data(str(data), load_model(path))
    np.testing.assert_array_equal(X, [[1.0, 2.0], [0.0, 5.0]])
    assert Y is None
    save_model(path, {"W1": np.ones((3, 2)), "b1": np.zeros((3, 1))}, ["softmax"])
    X, Y = load_model_data(str(data), load_model(path))
    np.testing.assert_array_equal(X, [[3.0, 5.0], [2.0, 7.0]])
    assert Y is None
    with open(data_path("mnist_test.csv")) as f:
        rows = [next(f).rstrip("\n").rsplit(",", 1)[0] for _ in range(4)]
    (tmp_path / "digits.csv").write_text("\n".join(rows) + "\n")
    save_model(path, {"W1": np.ones((10, 784)), "b1": np.zeros((10, 1))}, ["softmax"], scaling="pixels")
    X, Y = load_model_data(str(tmp_path / "digits.csv"), load_model(path))
    assert Y is None
    np.testing.assert_array_equal(X, load_model_data(data_path("mnist_test.csv"), load_model(path))[0][:, :3])


def test_a_refused_model_writes_no_file(tmp_path):
    with pytest.raises(ValueError):
        save_model(str(tmp_path / "m.json"), PARAMETERS, ["relu", "softmax"], classes=["a", "b"])
    assert list(tmp_path.iterdir()) == []
