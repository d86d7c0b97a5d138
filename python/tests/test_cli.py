import os
import subprocess
import sys

from dlfp.cli import chapter_table, option_table, parse_options, usage

DEFAULTS = {"data": "data/x.csv", "iterations": 10, "learning_rate": 0.5, "seed": 1, "out": "build"}
KINDS = {"path", "positive integer", "positive number", "seed", "text", "fraction", "flag", "sizes"}


def test_defaults_are_relative_to_the_repository(repo):
    options = parse_options([], DEFAULTS, repo)
    assert options == {"data": os.path.join(repo, "data/x.csv"), "iterations": 10, "learning_rate": 0.5, "seed": 1,
                       "out": os.path.join(repo, "build")}


def test_a_path_without_a_default_stays_none_until_given(repo):
    defaults = {"out": "build", "save_model": None}
    assert parse_options([], defaults, repo)["save_model"] is None
    assert parse_options(["--save-model", "m.json"], defaults, repo)["save_model"] == "m.json"
    assert usage("p", "d", defaults, repo).splitlines()[3] == (
        "  --save-model PATH   write the trained network to this model file (load_model, the predict script) "
        "(default: none)")


def test_both_option_forms_are_read(repo):
    options = parse_options(["--iterations", "7", "--learning-rate=0.25", "--seed=0", "--data", "d.csv"],
                            DEFAULTS, repo)
    assert (options["iterations"], options["learning_rate"], options["seed"], options["data"]) == (7, 0.25, 0, "d.csv")


def test_the_usage_text_names_every_option_and_its_default(repo):
    assert usage("prog", "What it does.", dict(DEFAULTS, learning_rate=1), repo).splitlines() == [
        "usage: prog [--data PATH] [--iterations N] [--learning-rate A] [--seed S] [--out DIR]", "What it does.",
        "  --data PATH         data file (default: data/x.csv)",
        "  --iterations N      training iterations, a positive integer (default: 10)",
        "  --learning-rate A   learning rate, a positive number (default: 1)",
        "  --seed S            seed of the portable generator, 0..2147483647 (default: 1)",
        "  --out DIR           folder for the plots (default: build)",
        "  --help              show this help"]


def test_iterations_are_epochs_with_mini_batches_and_epochs_per_trial_in_a_search(repo):
    mnist = {"test_data": "t.csv", "iterations": 20, "batch_size": 64}
    assert usage("prog", "d", mnist, repo).splitlines()[2:5] == [
        "  --test-data PATH    test data file (default: t.csv)",
        "  --iterations N      training epochs, a positive integer (default: 20)",
        "  --batch-size B      mini-batch size, a positive integer (default: 64)"]
    lines = usage("tune", "d", {"iterations": 100, "trials": 10, "workers": 4, "scheduler": None}, repo).splitlines()
    assert lines[0] == "usage: tune [--iterations N] [--trials N] [--workers W] [--scheduler ADDRESS]"
    assert lines[2:6] == ["  --iterations N      training epochs per trial, a positive integer (default: 100)",
                          "  --trials N          trials per search round, a positive integer (default: 10)",
                          "  --workers W         trials run at once in local processes, a positive integer (default: 4)",
                          "  --scheduler ADDRESS run the trials on this dask.distributed scheduler (default: none)"]


def test_the_tables_name_known_kinds_and_options(repo):
    options = option_table(repo)
    keys = [option["key"] for option in options]
    assert len(set(keys)) == len(keys) == len({option["flag"] for option in options}) == 16
    assert {option["kind"] for option in options} == KINDS
    for option in options:
        assert set(option["help_when"]) <= set(keys), option["flag"]
    chapters = chapter_table(repo)
    assert [chapter["key"] for chapter in chapters] == [f"ch{n}" for n in range(1, 9)] + ["tune"]
    for chapter in chapters:
        assert set(chapter["defaults"]) <= set(keys), chapter["key"]
        assert os.path.exists(os.path.join(repo, "python", "scripts", chapter["script"] + ".py")), chapter["key"]


def test_a_script_takes_its_name_description_and_defaults_from_the_table(repo, tmp_path):
    script = os.path.join(repo, "python", "scripts", "ch1_logistic_regression.py")
    result = subprocess.run([sys.executable, script, "--help"], cwd=tmp_path, capture_output=True, text=True)
    chapter = chapter_table(repo)[0]
    assert result.stdout == usage(chapter["script"], chapter["description"], chapter["defaults"], repo) + "\n"
    assert result.stdout.splitlines()[5] == "  --iterations N      training iterations, a positive integer (default: 4000)"


def test_a_readers_options_sizes_fraction_flag_and_label_column(repo):
    defaults = {"data": "d.csv", "label_column": "label", "test_fraction": 0.0, "standardize": False,
                "hidden": [100], "seed": 1}
    options = parse_options(["--hidden", "100,50", "--standardize", "--test-fraction=0.3", "--label-column",
                             "Species"], defaults, repo)
    assert (options["hidden"], options["standardize"], options["test_fraction"], options["label_column"]) == (
        [100, 50], True, 0.3, "Species")
    assert parse_options([], defaults, repo)["standardize"] is False
    lines = usage("prog", "d", defaults, repo).splitlines()
    assert lines[0] == ("usage: prog [--data PATH] [--label-column NAME] [--test-fraction F] [--standardize] "
                        "[--hidden H] [--seed S]")
    assert lines[5:8] == [
        "  --standardize       centre each feature and divide it by its standard deviation on the training "
        "examples (default: off)",
        "  --hidden H          hidden layer sizes, positive integers separated by commas (default: 100)",
        "  --seed S            seed of the portable generator, 0..2147483647 (default: 1)"]


def test_scripts_run_with_one_blas_thread(repo, monkeypatch):
    """run_script limits numpy's BLAS to one thread while main runs, whatever the environment says."""
    from threadpoolctl import threadpool_info, threadpool_limits
    from dlfp.cli import run_script
    seen = []
    monkeypatch.setattr(sys, "argv", ["ch4_softmax_spiral"])
    with threadpool_limits(limits=2, user_api="blas"):
        run_script(lambda options: seen.extend(i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"),
                   "ch4", repo)
        after = [i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]
    assert seen and set(seen) == {1}
    assert set(after) == {2}
