"""Saved models: a network saved in one language loads in the other two with the same bits and predicts the
same labels (the model files are JSON with 17 significant digits; Octave reads their numbers with sscanf,
because its jsondecode rounds a share of 17-digit numbers to a neighbouring double)."""
import subprocess

import numpy as np
import pytest

from agreement import assert_agree, record
from bridge import REPO
from helpers import data_path
from test_scripts import COMMANDS, digits_subset, run

# A network with awkward numbers: -0, a subnormal, the largest double, a third; the classes with a quote,
# a backslash and a newline.
PARAMETERS = {"W1": np.array([[0.1, -2.0], [1 / 3, 5e-324], [-0.0, 1.7976931348623157e308]]),
              "b1": np.array([[-0.0], [1e-300], [7.0]]),
              "W2": np.array([[1.0, -1.0, 2.5], [0.25, 3e-8, -1e10]]), "b2": np.array([[0.5], [-0.5]])}
STATS = {"mean": np.array([[0.1], [-3.0]]), "sd": np.array([[1.0], [2.0 / 3]])}
CLASSES = ['say "yes"', "back\\slash\nnew line"]


def test_saved_model_files_are_the_same_bytes_and_load_with_the_same_bits(langs, tmp_path):
    texts = {}
    for name, lang in langs.items():
        path = tmp_path / f"{name}.json"
        lang.call("save_model", str(path), PARAMETERS, ["tanh", "softmax"], STATS, CLASSES, "pixels")
        texts[name] = path.read_bytes()
    for name in ("r", "octave"):
        record("save_model: the model file's bytes", f"python-{name}", None, None, "identical bytes",
               texts[name] == texts["python"])
        assert texts[name] == texts["python"], f"{name} writes another file than Python"
    for saver in langs:
        loaded = {name: lang.call("load_model", str(tmp_path / f"{saver}.json")) for name, lang in langs.items()}
        for field, value in PARAMETERS.items():
            assert_agree(f"load_model({saver}'s file).{field}",
                         dict({name: model["parameters"][field] for name, model in loaded.items()}, saved=value),
                         "exact")
        for field, value in STATS.items():
            assert_agree(f"load_model({saver}'s file).stats.{field}",
                         dict({name: model["stats"][field] for name, model in loaded.items()}, saved=value), "exact")
        for name, model in loaded.items():
            assert list(np.ravel(model["classes"])) == CLASSES, name
            assert list(np.ravel(model["activations"])) == ["tanh", "softmax"], name
            assert "".join(np.ravel(model["scaling"])) == "pixels", name


# (script, its quick options, the data file predict reads): chapter 1's standardised features, a softmax on the
# spiral, MNIST's pixels from the CSV subset.
TRAINED = [("ch1_logistic_regression", ["--iterations", "300"], data_path("cancer.csv")),
           ("ch4_softmax_spiral", ["--iterations", "300"], data_path("spiral.csv")),
           ("ch5_mnist", ["--iterations", "1", "--data", "train.csv", "--test-data", "test.csv"], "test.csv")]


@pytest.mark.parametrize("script,options,data", [pytest.param(*case, id=case[0]) for case in TRAINED])
def test_a_model_trained_in_one_language_predicts_the_same_in_the_others(langs, tmp_path, script, options, data):
    """Each language trains and saves (--save-model); each language's predict script then reads each model
    and prints the same labels and accuracy, and load_model gives each model's parameters with the same
    bits in every language."""
    digits_subset(tmp_path)
    for trainer in COMMANDS:
        model = str(tmp_path / f"{trainer}.json")
        result = run(trainer, script, options + ["--out", str(tmp_path / "out"), "--save-model", model], tmp_path)
        assert result.returncode == 0, f"{trainer} {script} failed: {result.stderr}"
        assert result.stdout.endswith(f"model saved to {model}\n")
        printed = {}
        for predictor in COMMANDS:
            result = run(predictor, "predict", ["--model", model, "--data", data], tmp_path)
            assert result.returncode == 0, f"{predictor} predict failed: {result.stderr}"
            printed[predictor] = result.stdout
        lines = printed["python"].splitlines()
        assert lines[-1].startswith("accuracy: ") and all(line.isdigit() for line in lines[:-1])
        for predictor in ("r", "octave"):
            record(f"predict with {script}'s model from {trainer}: printed lines", f"python-{predictor}", None, None,
                   "identical lines", printed[predictor] == printed["python"])
            assert printed[predictor] == printed["python"], f"{predictor} predicts otherwise than Python"
        loaded = {name: lang.call("load_model", model)["parameters"] for name, lang in langs.items()}
        for field in loaded["python"]:
            assert_agree(f"{script}: {trainer}'s saved {field}", {name: p[field] for name, p in loaded.items()},
                         "exact")


def test_predict_prints_the_same_help(tmp_path):
    helps = {lang: run(lang, "predict", ["--help"], tmp_path) for lang in COMMANDS}
    assert all(result.returncode == 0 for result in helps.values()), helps
    assert helps["python"].stdout.startswith("usage: predict [--data PATH] [--label-column NAME] [--model PATH]\n")
    assert helps["r"].stdout == helps["python"].stdout and helps["octave"].stdout == helps["python"].stdout


def test_a_standardized_model_predicts_as_its_script_trained_it(langs, tmp_path):
    """Chapter 1 on all of the data (--test-fraction 0) saves its standardised run: the training examples'
    means and deviations and the class names; each language's predict applies them (standardize_apply) to
    the same file and so gives the script's own train accuracy, with the same lines in every language."""
    options = ["--iterations", "300", "--test-fraction", "0", "--out", str(tmp_path / "out")]
    for trainer in COMMANDS:
        model = str(tmp_path / f"{trainer}.json")
        result = run(trainer, "ch1_logistic_regression", options + ["--save-model", model], tmp_path)
        assert result.returncode == 0, f"{trainer} ch1 failed: {result.stderr}"
        trained = next(line for line in result.stdout.splitlines() if line.startswith("train accuracy: "))
        assert langs["python"].call("load_model", model)["stats"] is not None
        printed = {}
        for predictor in COMMANDS:
            result = run(predictor, "predict", ["--model", model, "--data", data_path("cancer.csv")], tmp_path)
            assert result.returncode == 0, f"{predictor} predict failed: {result.stderr}"
            printed[predictor] = result.stdout
        assert printed["python"].splitlines()[-1] == trained.replace("train accuracy", "accuracy")
        for predictor in ("r", "octave"):
            record(f"predict with ch1's standardized model from {trainer}: printed lines", f"python-{predictor}",
                   None, None, "identical lines", printed[predictor] == printed["python"])
            assert printed[predictor] == printed["python"], f"{predictor} predicts otherwise than Python"


def test_a_model_predicts_new_examples_without_labels_alike_in_every_language(tmp_path):
    """A reader's new examples, without the label column (R's write.csv of some iris flowers' four
    measurements): chapter 4 trained in each language on R's iris (--label-column Species --standardize)
    and saved; each language's predict prints one class name per example and no accuracy, the same lines
    in every language, and the labels it gives the same flowers in the labelled file."""
    rows = list(range(1, 151, 7))
    subprocess.run(["Rscript", "-e", 'write.csv(iris, "iris.csv"); '
                    f'write.csv(iris[c({", ".join(map(str, rows))}), 1:4], "new.csv")'], cwd=tmp_path, check=True)
    options = ["--data", "iris.csv", "--label-column", "Species", "--standardize", "--test-fraction", "0.3",
               "--iterations", "300", "--out", str(tmp_path / "out")]
    for trainer in COMMANDS:
        model = str(tmp_path / f"{trainer}.json")
        result = run(trainer, "ch4_softmax_spiral", options + ["--save-model", model], tmp_path)
        assert result.returncode == 0, f"{trainer} ch4 failed: {result.stderr}"
        printed = {}
        for predictor in COMMANDS:
            new = run(predictor, "predict", ["--model", model, "--data", "new.csv"], tmp_path)
            assert (new.returncode, new.stderr) == (0, ""), f"{predictor} predict failed: {new.stderr}"
            printed[predictor] = new.stdout
        lines = printed["python"].splitlines()
        assert lines[0] == "read_dataset: 'new.csv' column 1 has no name: read as row names and left out"
        assert len(lines) == 1 + len(rows) and set(lines[1:]) <= {"setosa", "versicolor", "virginica"}
        labelled = run("python", "predict", ["--model", model, "--data", "iris.csv", "--label-column", "Species"],
                       tmp_path).stdout.splitlines()
        assert labelled[-1].startswith("accuracy: ")
        assert lines[1:] == [labelled[row] for row in rows]
        for predictor in ("r", "octave"):
            record(f"predict new examples without labels with ch4's model from {trainer}: printed lines",
                   f"python-{predictor}", None, None, "identical lines", printed[predictor] == printed["python"])
            assert printed[predictor] == printed["python"], f"{predictor} predicts otherwise than Python"
