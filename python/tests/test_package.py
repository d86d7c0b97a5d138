"""The package as its users see it: import dlfp, its version, the dlfp command and the defaults of
a script installed with the package (no repository around it)."""
import importlib
import inspect
import os
import pkgutil
import shutil
import subprocess
import sys

import dlfp
from dlfp.cli import chapter_table, option_table, parse_options

DEFAULTS = {"data": "data/spiral.csv", "test_data": "data/not_shipped.csv", "iterations": 10, "out": "build"}


def test_the_package_exports_every_public_function_and_class_of_its_modules():
    expected = set()
    for info in pkgutil.iter_modules(dlfp.__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"dlfp.{info.name}")
        for name, value in vars(module).items():
            if not name.startswith("_") and (inspect.isfunction(value) or inspect.isclass(value)) \
                    and value.__module__ == module.__name__:
                assert getattr(dlfp, name) is value, name
                expected.add(name)
    assert len(dlfp.__all__) == len(set(dlfp.__all__))
    assert set(dlfp.__all__) == expected
    assert {"train", "train_config", "load_dataset", "predict_labels", "rng_seed", "TrainConfig"} <= expected
    assert dlfp.train is dlfp.training.train


def test_every_public_function_and_class_has_a_docstring():
    missing = [name for name in dlfp.__all__ if not (getattr(dlfp, name).__doc__ or "").strip()]
    assert missing == []


def test_the_version_is_the_repository_s(repo):
    with open(os.path.join(repo, "VERSION")) as f:
        assert dlfp.__version__ == f.read().strip()
    assert dlfp.__version__.count(".") == 2


def test_without_a_repository_the_tables_are_the_package_s_copies(repo):
    assert chapter_table(None) == chapter_table(repo)
    assert option_table(None) == option_table(repo)


def test_without_a_repository_defaults_are_the_package_s_data_or_the_working_folder(repo):
    options = parse_options([], DEFAULTS, None)
    with open(options["data"], "rb") as shipped, open(os.path.join(repo, "data", "spiral.csv"), "rb") as original:
        assert shipped.read() == original.read()
    assert options["test_data"] == "data/not_shipped.csv"
    assert options["out"] == "build"
    assert parse_options(["--data", "mine.csv"], DEFAULTS, None)["data"] == "mine.csv"


def dlfp_command(args, cwd):
    return subprocess.run([sys.executable, "-m", "dlfp", *args], cwd=cwd, capture_output=True, text=True)


def test_the_command_lists_the_chapters_of_the_table(repo, tmp_path):
    result = dlfp_command(["--help"], tmp_path)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines[1:]] == [chapter["key"] for chapter in chapter_table(repo)]


def test_the_command_refuses_an_unknown_or_missing_chapter_with_one_line(tmp_path):
    for args, got in ((["ch0", "--iterations", "5"], "unknown chapter 'ch0'"), ([], "a chapter is needed")):
        result = dlfp_command(args, tmp_path)
        assert (result.returncode, result.stdout) == (1, "")
        assert result.stderr == f"dlfp: {got}: one of ch1, ch2, ch3, ch4, ch5, ch6, ch7, ch8, tune\n"
    assert os.listdir(tmp_path) == []


def test_the_command_runs_a_chapter_script_with_its_options(repo, tmp_path):
    result = dlfp_command(["ch1", "--iterations", "3", "--out", "plots"], tmp_path)
    assert result.returncode == 0, result.stderr
    script = subprocess.run([sys.executable, os.path.join(repo, "python", "scripts", "ch1_logistic_regression.py"),
                             "--iterations", "3", "--out", "plots"], cwd=tmp_path, capture_output=True, text=True)
    assert result.stdout == script.stdout
    assert result.stdout.startswith("data: 'cancer.csv', ") and "\n== standardized: " in result.stdout
    assert "\niteration 0: cost 0.6931471806\n" in result.stdout
    assert os.listdir(tmp_path / "plots") == ["ch1_cost_python.png"]
    help_text = dlfp_command(["ch4", "--help"], tmp_path).stdout
    assert help_text.startswith("usage: ch4_softmax_spiral [--data PATH] ")


def test_an_installed_script_reads_the_package_s_data_and_writes_to_the_working_folder(repo, tmp_path):
    # A copy of a script outside any repository, as pip installs it into the package.
    script = tmp_path / "lib" / "dlfp" / "scripts" / "ch4_softmax_spiral.py"
    script.parent.mkdir(parents=True)
    shutil.copy(os.path.join(repo, "python", "scripts", "ch4_softmax_spiral.py"), script)
    work = tmp_path / "work"
    work.mkdir()
    result = subprocess.run([sys.executable, str(script), "--iterations", "2"], cwd=work, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stderr
    # The package's copy of the data, named as the repository's (the record shows the file's name, not its folder).
    assert result.stdout.startswith("data: 'spiral.csv', ")
    assert "\niteration 0: cost 1.0986" in result.stdout
    plots = next(chapter["plots"] for chapter in chapter_table(repo) if chapter["key"] == "ch4")
    assert sorted(os.listdir(work / "build")) == sorted(f"ch4_{plot}_python.png" for plot in plots)
