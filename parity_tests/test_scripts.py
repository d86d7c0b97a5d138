"""The chapter scripts as a user runs them: the same lines on stdout, the same refusals."""
import os
import subprocess

import pytest

from bridge import REPO

COMMANDS = {
    "python": [os.path.join(REPO, ".venv", "bin", "python"), "python/scripts/{}.py"],
    "r": ["Rscript", "r/scripts/{}.R"],
    "octave": ["octave-cli", "--no-window-system", "octave/scripts/{}.m"],
}
SCRIPTS = {name: ["--iterations", "300"] for name in
           ["ch1_logistic_regression", "ch2_one_hidden_layer", "ch3_deep_network", "ch4_softmax_spiral"]}
PLOTS = {"ch1": ["cost"], "ch2": ["cost", "boundary"], "ch3": ["cost", "boundary"], "ch4": ["cost", "boundary"]}


def run(lang, script, args, cwd):
    program, path = COMMANDS[lang][:-1], COMMANDS[lang][-1]
    command = program + [os.path.join(REPO, path.format(script))] + args
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=600)


@pytest.mark.parametrize("script", SCRIPTS)
def test_scripts_print_the_same_lines_and_write_plots(script, tmp_path):
    outputs = {}
    for lang in COMMANDS:
        out = tmp_path / lang
        result = run(lang, script, SCRIPTS[script] + ["--out", str(out)], tmp_path)
        assert result.returncode == 0, f"{lang} {script} failed: {result.stderr}"
        outputs[lang] = result.stdout
        chapter = script.split("_")[0]
        for plot in PLOTS[chapter]:
            assert (out / f"{chapter}_{plot}_{lang}.png").stat().st_size > 1000
    assert outputs["python"].startswith("iteration 0: cost ")
    assert outputs["r"] == outputs["python"], "R and Python print different lines"
    assert outputs["octave"] == outputs["python"], "Octave and Python print different lines"


REFUSALS = {
    "zero_iterations": (["--iterations", "0"], "--iterations must be a positive integer, got '0'"),
    "negative_rate": (["--learning-rate", "-0.5"], "--learning-rate must be a positive number, got '-0.5'"),
    "unknown_option": (["--epochs", "3"], "unknown option '--epochs'"),
    "missing_file": (["--data", "nope.csv"], "load_dataset: cannot read 'nope.csv': no such file"),
    "bad_file": (["--data", "bad.csv"], "load_dataset: 'bad.csv' line 3 field 2 is not a finite number: 'x'"),
}


@pytest.mark.parametrize("lang", COMMANDS)
@pytest.mark.parametrize("case", REFUSALS)
def test_scripts_refuse_bad_input_with_one_line(lang, case, tmp_path):
    (tmp_path / "bad.csv").write_text("a,b,label\n1,2,0\n3,x,1\n")
    args, message = REFUSALS[case]
    result = run(lang, "ch1_logistic_regression", args + ["--out", "out"], tmp_path)
    assert result.returncode == 1
    assert result.stderr == f"ch1_logistic_regression: {message}\n"
    assert result.stdout == ""
    assert not (tmp_path / "out").exists()
