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
