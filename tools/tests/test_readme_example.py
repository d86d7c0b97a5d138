"""README's worked example on R's write.csv(iris) runs as written and prints the lines it shows, in
every language."""
import os
import re
import subprocess

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def example():
    """The commands of the worked example's sh block, and the printed lines shown after it."""
    with open(os.path.join(REPO, "README.md")) as f:
        text = f.read()
    part = text[text.index("A worked example, on R's own `iris`"):]
    blocks = re.findall(r"```(?:sh)?\n(.*?)```", part, re.DOTALL)
    return blocks[0].strip().splitlines(), blocks[1].rstrip("\n").splitlines()


def matches(lines, expected):
    """lines as expected shows them, where a line "..." stands for any lines in between."""
    chunks = [[]]
    for line in expected:
        if line == "...":
            chunks.append([])
        else:
            chunks[-1].append(line)
    first, last = chunks[0], chunks[-1]
    if lines[:len(first)] != first or (len(chunks) > 1 and lines[len(lines) - len(last):] != last):
        return False
    return len(chunks) > 1 or lines == first


def test_the_worked_example_runs_as_written(tmp_path):
    commands, expected = example()
    assert commands[0] == """Rscript -e 'write.csv(iris, "iris.csv")'""" and len(commands) == 4
    subprocess.run(["bash", "-c", commands[0]], cwd=tmp_path, check=True)
    outputs = {}
    for command in commands[1:]:
        # The repository's paths, run from the folder of iris.csv.
        for path in (".venv/bin/python", "python/scripts/", "r/scripts/", "octave/scripts/"):
            command = command.replace(path, f"{REPO}/{path}", 1)
        result = subprocess.run(["bash", "-c", command + " --out out"], cwd=tmp_path, capture_output=True, text=True,
                                timeout=900)
        assert (result.returncode, result.stderr) == (0, ""), command
        outputs[command] = result.stdout.splitlines()
    first = next(iter(outputs.values()))
    assert all(lines == first for lines in outputs.values()), "the languages print different lines"
    assert matches(first, expected), "\n".join(first)


def saved_model_example():
    """The commands of "Saved models and predict"'s sh block, the lines predict prints after it, and the
    accuracy it quotes for the labelled file."""
    with open(os.path.join(REPO, "README.md")) as f:
        text = f.read()
    part = text[text.index("## Saved models and predict"):]
    blocks = re.findall(r"```(?:sh)?\n(.*?)```", part, re.DOTALL)
    accuracy = re.search(r"`predict --model iris\.json --data iris\.csv --label-column Species` ends in\s+`(accuracy: \S+)`",
                         part).group(1)
    return blocks[0].strip().splitlines(), blocks[1].rstrip("\n").splitlines(), accuracy


def in_repository(command):
    """A README command with the repository's paths, to run from another folder."""
    for path in (".venv/bin/python", "python/scripts/", "r/scripts/", "octave/scripts/"):
        command = command.replace(path, f"{REPO}/{path}", 1)
    return command


def run_shell(command, folder):
    result = subprocess.run(["bash", "-c", command], cwd=folder, capture_output=True, text=True, timeout=900)
    assert (result.returncode, result.stderr) == (0, ""), command
    return result.stdout.splitlines()


def test_the_saved_model_example_on_a_readers_csv_runs_as_written(tmp_path):
    """R writes iris and three new flowers without their species; chapter 4 trains on iris and saves its
    model; each language's predict prints the new flowers' species as README shows them, and the
    labelled file's accuracy as README quotes it."""
    commands, expected, accuracy = saved_model_example()
    assert [command.split()[0] for command in commands] == ["Rscript", "Rscript", ".venv/bin/python", "Rscript",
                                                            "octave-cli", ".venv/bin/python"]
    for command in commands[:2]:
        run_shell(command, tmp_path)
    assert "Species" not in (tmp_path / "new.csv").read_text()
    run_shell(in_repository(commands[2]) + " --out out", tmp_path)
    for command in commands[3:]:
        assert run_shell(in_repository(command), tmp_path) == expected, command
    labelled = run_shell(in_repository(f"{commands[-1]} --data iris.csv --label-column Species".replace(
        " --data new.csv", "", 1)), tmp_path)
    assert labelled[-1] == accuracy


def own_data_examples():
    """README's library examples on a reader's CSV (a block after each <!-- own data example: LANGUAGE -->),
    and the lines README shows they print."""
    with open(os.path.join(REPO, "README.md")) as f:
        text = f.read()
    examples = dict(re.findall(r"<!-- own data example: (\w+) -->\n```\w+\n(.*?)```", text, re.DOTALL))
    after = text[text.rindex("<!-- own data example: "):]
    printed = re.search(r"Each prints:\n\n```\n(.*?)```", after, re.DOTALL).group(1)
    return examples, printed.rstrip("\n").splitlines()


def test_the_library_examples_on_a_readers_csv_run_as_written(tmp_path):
    """The files of "Saved models and predict" (R's iris and three new flowers), then each language's example
    in their folder: the same lines, as README shows them."""
    examples, expected = own_data_examples()
    assert sorted(examples) == ["octave", "python", "r"]
    for command in saved_model_example()[0][:2]:
        run_shell(command, tmp_path)
    (tmp_path / "example.py").write_text(examples["python"])
    (tmp_path / "example.R").write_text(examples["r"])
    # From a checkout, Octave's example adds the checkout's octave/scripts: here by its whole path.
    (tmp_path / "example.m").write_text(examples["octave"].replace('addpath ("octave/scripts")',
                                                                   f'addpath ("{REPO}/octave/scripts")', 1))
    env = dict(os.environ, R_LIBS=os.path.join(REPO, "build", "rlib"), OPENBLAS_NUM_THREADS="1")
    printed = {language: subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, env=env,
                                        timeout=900).stdout.splitlines()
               for language, command in (
                   ("python", [os.path.join(REPO, ".venv", "bin", "python"), "example.py"]),
                   ("r", ["Rscript", "example.R"]),
                   ("octave", ["octave-cli", "-H", "--no-window-system", "example.m"]))}
    assert printed["python"] == expected
    assert printed["r"] == expected and printed["octave"] == expected
