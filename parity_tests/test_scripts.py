"""The chapter scripts as a user runs them: the same lines on stdout, the same refusals."""
import json
import os
import re
import signal
import subprocess
import time

import pytest

from agreement import record
from bridge import REPO
from dlfp.cli import chapter_table, option_table

COMMANDS = {
    "python": [os.path.join(REPO, ".venv", "bin", "python"), "python/scripts/{}.py"],
    "r": ["Rscript", "r/scripts/{}.R"],
    "octave": ["octave-cli", "--no-window-system", "octave/scripts/{}.m"],
}
# Each chapter's quick run (parity_args), plots and class count come from tables/chapters.json; the MNIST
# chapters' quick runs read the first digits of each file (written by digits_subset).
CHAPTERS = {chapter["script"]: chapter for chapter in chapter_table(REPO)}


def marked(scripts):
    """The scripts as test parameters, each test's comparisons filed under its chapter in the report."""
    return [pytest.param(script, marks=pytest.mark.chapter(CHAPTERS[script]["key"]), id=script) for script in scripts]


ALL_SCRIPTS = marked(CHAPTERS)
# Chapter 8's relative differences are rounding, different in each language's last digits: its own test below.
SCRIPTS = marked(script for script in CHAPTERS if script != "ch8_gradient_check")


def digits_subset(folder):
    """train.csv and test.csv in folder: the header and the first 600 and 200 digits of data/."""
    for name, source, count in (("train.csv", "mnist_train.csv", 600), ("test.csv", "mnist_test.csv", 200)):
        with open(os.path.join(REPO, "data", source)) as f:
            lines = [next(f) for _ in range(count + 1)]
        (folder / name).write_text("".join(lines))


def run(lang, script, args, cwd):
    program, path = COMMANDS[lang][:-1], COMMANDS[lang][-1]
    command = program + [os.path.join(REPO, path.format(script))] + args
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=600)


@pytest.mark.parametrize("script", SCRIPTS)
def test_scripts_print_the_same_lines_and_write_plots(script, tmp_path):
    digits_subset(tmp_path)
    chapter = CHAPTERS[script]
    outputs = {}
    for lang in COMMANDS:
        out = tmp_path / lang
        result = run(lang, script, chapter["parity_args"] + ["--out", str(out)], tmp_path)
        assert result.returncode == 0, f"{lang} {script} failed: {result.stderr}"
        outputs[lang] = result.stdout
        for plot in chapter["plots"]:
            assert (out / f"{chapter['key']}_{plot}_{lang}.png").stat().st_size > 1000
    assert ("best: trial " if script == "tune" else "0: cost ") in outputs["python"]
    # The run's record (format_run), which the report reads: the data file's name and the network, compared below.
    data = os.path.basename(chapter["parity_args"][chapter["parity_args"].index("--data") + 1]
                            if "--data" in chapter["parity_args"] else chapter["defaults"]["data"])
    assert re.search(rf"^data: '{re.escape(data)}', \d+ examples of \d+ features\nclasses: .+\n", outputs["python"], re.M)
    assert re.search(r"^networks?: \d+(-\d+)+, \w+(/\w+)*", outputs["python"], re.M)
    for lang in ("r", "octave"):
        record(f"{script} {' '.join(chapter['parity_args'][:2])}: printed lines", f"python-{lang}", None, None,
               "identical lines", outputs[lang] == outputs["python"])
    assert outputs["r"] == outputs["python"], "R and Python print different lines"
    assert outputs["octave"] == outputs["python"], "Octave and Python print different lines"


def script_refusals():
    """tables/bad_input.json's script cases, each filed under its script's chapter."""
    with open(os.path.join(REPO, "tables", "bad_input.json")) as f:
        cases = json.load(f)["scripts"]
    # predict (tables/programs.json) is no chapter: its refusals belong to the foundation.
    return [pytest.param(case, marks=[pytest.mark.chapter(CHAPTERS[case["script"]]["key"])]
                         if case["script"] in CHAPTERS else [], id=case["id"]) for case in cases]


@pytest.mark.parametrize("lang", COMMANDS)
@pytest.mark.parametrize("case", script_refusals())
def test_scripts_refuse_bad_input_with_one_line(lang, case, tmp_path):
    for name, text in case.get("files", {}).items():
        # Text, or {"bytes": hex}: an IDX file.
        if isinstance(text, dict):
            (tmp_path / name).write_bytes(bytes.fromhex(text["bytes"]))
        else:
            (tmp_path / name).write_text(text)
    if case.get("digits"):
        digits_subset(tmp_path)
    # A chapter writes its plots to --out; predict writes nothing and takes no --out.
    out = ["--out", "out"] if case["script"] in CHAPTERS else []
    result = run(lang, case["script"], case["args"] + out, tmp_path)
    assert (result.returncode, result.stderr, result.stdout) == (1, case["message"] + "\n", "")
    assert not (tmp_path / "out").exists()


@pytest.mark.chapter("ch6")
def test_chapter_6_prints_the_same_lines_at_its_defaults(tmp_path):
    """Chapter 6's whole default run (its quick run above is 100 iterations): longer, its dropout run amplifies
    numpy's last-bit differences from R's and Octave's BLAS (README, Why the three languages agree), so this
    checks that the defaults stop where the three still agree. The three run side by side (about a minute each
    for R and Octave), with one BLAS thread as make runs them."""
    env = dict(os.environ, OPENBLAS_NUM_THREADS="1")
    runs = {}
    for lang, (*program, path) in COMMANDS.items():
        runs[lang] = subprocess.Popen(program + [os.path.join(REPO, path.format("ch6_regularization")), "--out",
                                                 str(tmp_path / lang)], cwd=tmp_path, env=env, text=True,
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    outputs = {}
    for lang, process in runs.items():
        stdout, stderr = process.communicate(timeout=900)
        assert process.returncode == 0, f"{lang} ch6_regularization failed: {stderr}"
        outputs[lang] = stdout
    assert CHAPTERS["ch6_regularization"]["figures"][0] in outputs["python"]
    for lang in ("r", "octave"):
        record("ch6_regularization at its defaults: printed lines", f"python-{lang}", None, None, "identical lines",
               outputs[lang] == outputs["python"])
    assert outputs["r"] == outputs["python"], "R and Python print different lines"
    assert outputs["octave"] == outputs["python"], "Octave and Python print different lines"

@pytest.mark.chapter("ch8")
def test_gradient_check_scripts_give_the_same_verdicts(tmp_path):
    """The relative differences are the cost's rounding divided by epsilon, different in each
    language's last bits: the lines must agree with the numbers masked, and each number must
    be on the verdict's side of 1e-7."""
    chapter = CHAPTERS["ch8_gradient_check"]
    outputs = {}
    for lang in COMMANDS:
        result = run(lang, "ch8_gradient_check", chapter["parity_args"] + ["--out", str(tmp_path / lang)], tmp_path)
        assert result.returncode == 0, f"{lang} ch8_gradient_check failed: {result.stderr}"
        for plot in chapter["plots"]:
            assert (tmp_path / lang / f"ch8_{plot}_{lang}.png").stat().st_size > 1000
        outputs[lang] = result.stdout
        # The run's record (format_run), the heading line, then a verdict a line.
        for line in result.stdout.split(" passes\n", 1)[1].splitlines():
            value = float(re.search(r"relative difference: (\S+),", line).group(1))
            assert (value < 1e-7) == line.endswith(", pass"), f"{lang}: {line}"
    masked = {lang: re.sub(r"\d\.\d{3}e[-+]\d\d", "<number>", out) for lang, out in outputs.items()}
    assert masked["python"].count(", pass\n") == 4 and masked["python"].count(", FAIL") == 1
    for lang in ("r", "octave"):
        record("ch8_gradient_check: printed lines, relative differences masked", f"python-{lang}", None, None,
               "identical lines", masked[lang] == masked["python"])
    assert masked["r"] == masked["python"], "R and Python print different lines"
    assert masked["octave"] == masked["python"], "Octave and Python print different lines"


def complete_png(path):
    """A PNG file from its signature to its closing IEND chunk."""
    data = path.read_bytes()
    return data.startswith(b"\x89PNG\r\n\x1a\n") and data.endswith(b"IEND\xaeB`\x82")


@pytest.mark.parametrize("lang", COMMANDS)
def test_a_script_killed_while_writing_a_plot_leaves_no_half_written_file(lang, tmp_path):
    """Kill the script (SIGKILL: nothing can tidy up) the moment a plot's temporary file appears;
    every file under a final name must then be complete. Plots are written to a temporary file
    and renamed (write_atomically); a run that finishes before a temporary file is seen is
    repeated, up to five times."""
    out = tmp_path / "out"
    for attempt in range(5):
        program, path = COMMANDS[lang][:-1], COMMANDS[lang][-1]
        process = subprocess.Popen(program + [os.path.join(REPO, path.format("ch2_one_hidden_layer")), "--iterations",
                                              "50", "--out", str(out)], cwd=tmp_path, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, start_new_session=True)
        caught = False
        while process.poll() is None and not caught:
            caught = out.is_dir() and any(name.startswith(".tmp-") for name in os.listdir(out))
            time.sleep(0.001)
        if caught:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        finals = [p for p in out.iterdir() if not p.name.startswith(".tmp-")] if out.is_dir() else []
        for final in finals:
            assert complete_png(final), f"{lang}: {final.name} is half written"
        if caught:
            return
    pytest.fail(f"{lang}: five runs finished without a temporary file being seen")


@pytest.mark.parametrize("script", ALL_SCRIPTS)
def test_every_script_prints_the_same_help(script, tmp_path):
    # The Python tuner alone can run trials in processes or on Dask: its help names these options besides.
    python_only = [option for option in option_table(REPO) if option["python_only"]]
    helps = {}
    for lang in COMMANDS:
        result = run(lang, script, ["--help"], tmp_path)
        assert result.returncode == 0 and result.stdout.startswith(f"usage: {script} "), f"{lang}: {result.stderr}"
        lines = result.stdout.splitlines()
        for option in python_only:
            lines = [line.replace(f" [{option['flag']} {option['value']}]", "") for line in lines
                     if not line.startswith(f"  {option['flag']} ")]
        helps[lang] = "\n".join(lines)
    assert helps["r"] == helps["python"] and helps["octave"] == helps["python"], helps


# A reader's own data, as R writes it: the scripts print the same lines in every language.
READER_RUNS = [
    pytest.param("ch4_softmax_spiral", "iris", ["--label-column", "Species", "--standardize", "--test-fraction", "0.3",
                                                "--iterations", "1000"], marks=pytest.mark.chapter("ch4"), id="ch4-iris"),
    pytest.param("ch4_softmax_spiral", "iris", ["--label-column", "Species", "--iterations", "1000"],
                 marks=pytest.mark.chapter("ch4"), id="ch4-iris-unscaled"),
    pytest.param("ch1_logistic_regression", "mtcars", ["--label-column", "am", "--iterations", "300"],
                 marks=pytest.mark.chapter("ch1"), id="ch1-mtcars"),
    pytest.param("ch2_one_hidden_layer", "mtcars", ["--label-column", "am", "--standardize", "--hidden", "5,3",
                                                    "--iterations", "300"], marks=pytest.mark.chapter("ch2"),
                 id="ch2-mtcars"),
    pytest.param("ch6_regularization", "mtcars", ["--label-column", "am", "--standardize", "--test-fraction", "0.3",
                                                  "--hidden", "5,3", "--iterations", "300"],
                 marks=pytest.mark.chapter("ch6"), id="ch6-mtcars"),
    pytest.param("tune", "iris", ["--label-column", "Species", "--standardize", "--trials", "3", "--iterations", "5"],
                 marks=pytest.mark.chapter("tune"), id="tune-iris"),
    pytest.param("tune", "mtcars", ["--label-column", "am", "--standardize", "--test-fraction", "0.25", "--trials", "2",
                                    "--iterations", "5"], marks=pytest.mark.chapter("tune"), id="tune-mtcars"),
    pytest.param("ch5_mnist", "iris", ["--label-column", "Species", "--standardize", "--test-fraction", "0.3", "--hidden",
                                       "8", "--iterations", "30", "--batch-size", "16"],
                 marks=pytest.mark.chapter("ch5"), id="ch5-iris"),
    pytest.param("ch7_optimization", "iris", ["--label-column", "Species", "--standardize", "--test-fraction", "0.3",
                                              "--hidden", "8", "--iterations", "10", "--batch-size", "16"],
                 marks=pytest.mark.chapter("ch7"), id="ch7-iris"),
    pytest.param("ch7_optimization", "mtcars", ["--label-column", "gear", "--standardize", "--test-fraction", "0.25",
                                                "--hidden", "6,4", "--iterations", "5", "--batch-size", "8"],
                 marks=pytest.mark.chapter("ch7"), id="ch7-mtcars-three-gears"),
]
# The pictures of the data itself, which a script draws for two features (boundaries) or 784 pixels (digits).
DATA_PICTURES = ("boundary", "data", "digits")


@pytest.mark.parametrize("script,dataset,args", READER_RUNS)
def test_scripts_on_a_file_written_by_r_print_the_same_lines(script, dataset, args, tmp_path):
    subprocess.run(["Rscript", "-e", f'write.csv({dataset}, "{dataset}.csv")'], cwd=tmp_path, check=True)
    outputs = {}
    for lang in COMMANDS:
        result = run(lang, script, ["--data", f"{dataset}.csv"] + args + ["--out", lang], tmp_path)
        # The tuner's progress goes to standard error.
        stderr = re.sub(r"trial \d+/\d+ done\n", "", result.stderr) if script == "tune" else result.stderr
        assert (result.returncode, stderr) == (0, ""), f"{lang} {script} failed"
        outputs[lang] = result.stdout
        # No decision boundary for more than two features, no digits picture without 784 pixels.
        chapter = CHAPTERS[script]
        assert sorted(os.listdir(tmp_path / lang)) == sorted(
            f"{chapter['key']}_{plot}_{lang}.png" for plot in chapter["plots"] if not plot.startswith(DATA_PICTURES))
    lines = outputs["python"].splitlines()
    assert lines[0] == f"read_dataset: '{dataset}.csv' column 1 has no name: read as row names and left out"
    assert outputs["r"] == outputs["python"] and outputs["octave"] == outputs["python"]
    if script == "tune":
        # The network takes the data's features and classes (two: one sigmoid output), 8 of mtcars' 32 cars validate.
        header = {"iris": "random search for a 4-h-3 relu network: 105 training points, 45 validation points",
                  "mtcars": "random search for a 10-h-1 relu network: 24 training points, 8 validation points"}
        assert any(line.startswith(header[dataset]) for line in lines)
        # The best trial, then the record (format_run) of its network.
        assert lines[-5].startswith("best: trial ")
        network = {"iris": r"network: 4-\d+-3, relu/softmax", "mtcars": r"network: 10-\d+-1, relu/sigmoid"}
        assert re.fullmatch(network[dataset], lines[-1])
        return
    if script == "ch6_regularization":
        # The summary table: one row per variant, the test accuracy its last column; He initialisation learns.
        he = next(line for line in lines if line.startswith("he "))
        assert float(he.split()[-1]) >= 0.9
        return
    if script == "ch7_optimization":
        # The summary table: one row per optimiser, the test accuracy its fourth column.
        rows = lines[lines.index(next(line for line in lines if line.startswith("run "))) + 1:]
        assert len(rows) == 8
        if dataset == "iris":
            assert max(float(row.split()[3]) for row in rows) >= 0.9
        return
    train = float(next(line for line in lines if line.startswith("train accuracy: ")).split()[-1])
    collapsed = any(line.startswith("warning: training collapsed") for line in lines)
    if "--standardize" in args and dataset == "iris":
        assert train >= 0.95 and not collapsed
    if dataset == "iris" and "--standardize" not in args:
        # Unscaled, the network collapses to one class: the warning, and the same labels everywhere.
        assert collapsed and train == pytest.approx(1 / 3, abs=1e-4)


@pytest.mark.chapter("ch8")
def test_the_planted_bug_is_caught_where_every_relu_unit_is_dead(tmp_path):
    # Unscaled iris kills the relu units in 10 iterations: db1 is 0 there, and the book's bug (db1 not
    # divided by m) passed the check (3.7e-08); the output layer's gradients never all vanish.
    subprocess.run(["Rscript", "-e", 'd <- iris; d$label <- as.integer(d$Species) - 1; d$Species <- NULL; '
                    'write.csv(d, "iris.csv")'], cwd=tmp_path, check=True)
    for lang in COMMANDS:
        result = run(lang, "ch8_gradient_check", ["--data", "iris.csv", "--out", lang], tmp_path)
        assert (result.returncode, result.stderr) == (0, ""), f"{lang}: {result.stderr}"
        bug = next(line for line in result.stdout.splitlines() if "(a planted bug)" in line)
        assert bug.endswith(", FAIL (largest gap in b2)"), f"{lang}: {bug}"
        assert float(re.search(r"relative difference: (\S+),", bug).group(1)) > 0.5, f"{lang}: {bug}"


@pytest.mark.chapter("ch8")
@pytest.mark.parametrize("dataset,args", [("iris", ["--label-column", "Species", "--standardize"]),
                                          ("mtcars", ["--label-column", "gear", "--standardize"])])
def test_gradient_checks_on_a_file_written_by_r_give_the_same_verdicts(dataset, args, tmp_path):
    """A reader's own classes (three species, three gear counts) and features (4, 10), standardised: the
    networks take the data's shape, every check passes but the planted bug's, alike in every language."""
    subprocess.run(["Rscript", "-e", f'write.csv({dataset}, "{dataset}.csv")'], cwd=tmp_path, check=True)
    outputs = {}
    for lang in COMMANDS:
        result = run(lang, "ch8_gradient_check", ["--data", f"{dataset}.csv"] + args + ["--out", lang], tmp_path)
        assert (result.returncode, result.stderr) == (0, ""), f"{lang}: {result.stderr}"
        assert os.listdir(tmp_path / lang) == [f"ch8_differences_{lang}.png"]
        outputs[lang] = re.sub(r"\d\.\d{3}e[-+]\d\d", "<number>", result.stdout)
    lines = outputs["python"].splitlines()
    features = {"iris": 4, "mtcars": 10}[dataset]
    verdicts = [line for line in lines if ": relative difference: " in line]
    assert [line.split()[0] for line in verdicts] == [f"{features}-4-1", f"{features}-3-3", f"{features}-3-3",
                                                       f"{features}-5-4-3", f"{features}-5-4-1"]
    assert [line.endswith(", pass") for line in verdicts] == [True, True, False, True, True]
    assert outputs["r"] == outputs["python"] and outputs["octave"] == outputs["python"]


def idx_file(path, dims, values):
    """A gzipped IDX file of unsigned bytes (MNIST's format)."""
    import gzip
    header = bytes([0, 0, 8, len(dims)]) + b"".join(int(d).to_bytes(4, "big") for d in dims)
    path.write_bytes(gzip.compress(header + bytes(int(v) for v in values)))


@pytest.mark.chapter("ch5")
def test_the_mnist_chapters_read_idx_files_as_the_csv(tmp_path):
    """The quick run's digits written as MNIST's IDX files (the images' labels beside them) print what the
    CSV files print, in every language."""
    digits_subset(tmp_path)
    for name, prefix in (("train.csv", "train"), ("test.csv", "t10k")):
        rows = [line.split(",") for line in (tmp_path / name).read_text().splitlines()[1:]]
        idx_file(tmp_path / f"{prefix}-images-idx3-ubyte.gz", [len(rows), 28, 28], [v for row in rows for v in row[:-1]])
        idx_file(tmp_path / f"{prefix}-labels-idx1-ubyte.gz", [len(rows)], [row[-1] for row in rows])
    args = ["--iterations", "2"]
    for lang in COMMANDS:
        csv = run(lang, "ch5_mnist", args + ["--data", "train.csv", "--test-data", "test.csv", "--out", "csv"], tmp_path)
        idx = run(lang, "ch5_mnist", args + ["--data", "train-images-idx3-ubyte.gz", "--test-data",
                                              "t10k-images-idx3-ubyte.gz", "--out", "idx"], tmp_path)
        assert csv.returncode == 0 and idx.returncode == 0, f"{lang}: {csv.stderr}{idx.stderr}"
        # The same lines but the run's record, which names the file read.
        named = idx.stdout.replace("data: 'train-images-idx3-ubyte.gz', ", "data: 'train.csv', ", 1)
        assert named != idx.stdout
        record(f"ch5_mnist on IDX files in {lang}: printed lines", f"{lang}-csv", None, None, "identical lines",
               named == csv.stdout)
        assert named == csv.stdout, f"{lang} prints otherwise on the IDX files"
