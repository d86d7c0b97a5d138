"""The three packages as their users get them (make test-packages): each is built, installed
outside the checkout and run there, and chapter 4's quick run prints the lines the checkout's
scripts print. R's source package passes R CMD check."""
import json
import os
import re
import subprocess
import sys
import venv

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(REPO, "tools"))
import packages  # noqa: E402

with open(os.path.join(REPO, "tables", "chapters.json")) as _file:
    CH4_PLOTS = next(chapter["plots"] for chapter in json.load(_file) if chapter["key"] == "ch4")

ARGS = ["--iterations", "5"]
OCTAVE = ["octave-cli", "-H", "--no-window-system"]


def run(command, cwd, env=None):
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def expected(tmp_path_factory):
    """Chapter 4's lines from the checkout's Python script (the parity suite proves R and Octave print them too)."""
    folder = tmp_path_factory.mktemp("checkout-run")
    return run([sys.executable, os.path.join(REPO, "python", "scripts", "ch4_softmax_spiral.py"), *ARGS], folder)


def plots(folder, language):
    return sorted(os.listdir(os.path.join(folder, "build"))) == sorted(f"ch4_{plot}_{language}.png" for plot in CH4_PLOTS)


def test_the_r_package_passes_r_cmd_check_and_its_installed_script_runs(tmp_path, expected):
    tarball = packages.dist_r(str(tmp_path))
    log = run(["R", "CMD", "check", "--no-manual", "-o", str(tmp_path), tarball], tmp_path)
    assert re.search(r"^Status: OK$", log, re.MULTILINE), log[-3000:]
    library = tmp_path / "dlfp.Rcheck"
    work = tmp_path / "work"
    work.mkdir()
    env = dict(os.environ, R_LIBS=str(library))
    assert run(["Rscript", str(library / "dlfp" / "scripts" / "ch4_softmax_spiral.R"), *ARGS], work, env) == expected
    assert plots(work, "r")


def test_the_wheel_installs_into_a_fresh_environment_and_its_command_runs_outside_the_checkout(tmp_path, expected):
    wheel = packages.dist_python(str(tmp_path / "dist"))
    venv.create(tmp_path / "venv", with_pip=True)
    python = str(tmp_path / "venv" / "bin" / "python")
    # The pinned versions (pip's cache has them): the wheel's own lower bounds admit them.
    run([python, "-m", "pip", "install", "-q", "--disable-pip-version-check", "-c",
         os.path.join(REPO, "requirements.txt"), wheel], tmp_path)
    work = tmp_path / "work"
    work.mkdir()
    assert run([str(tmp_path / "venv" / "bin" / "dlfp"), "ch4", *ARGS], work) == expected
    assert plots(work, "python")
    assert run([python, "-c", "import dlfp; print(dlfp.__version__, dlfp.train.__module__)"], work) == \
        f"{packages.version()} dlfp.training\n"


def test_the_octave_package_installs_into_a_prefix_and_gives_every_function_and_its_help(tmp_path, expected):
    tarball = packages.dist_octave(str(tmp_path / "dist"))
    prefix, listing, work = tmp_path / "prefix", tmp_path / "packages.list", tmp_path / "work"
    prefix.mkdir()
    work.mkdir()
    # -local with a list of its own: nothing outside tmp_path learns of the package.
    setup = f'pkg prefix {prefix} {prefix}; pkg local_list {listing};'
    run([*OCTAVE, "--eval", f"{setup} pkg install -local {tarball}"], work)
    index = open(os.path.join(REPO, "build", "pkg", "octave", "dlfp", "INDEX")).read()
    functions = [line.strip() for line in index.splitlines()[1:] if line.startswith(" ")]
    check = (f"{setup} pkg load dlfp; bad = {{}};"
             f"for name = {{{', '.join(repr(f) for f in functions)}}};"
             "  [text, format] = get_help_text (name{1});"
             "  first = strtrim (strsplit (text, \"\\n\"){1});"
             "  if (exist (name{1}) != 2 || ! strcmp (format, \"plain text\") || isempty (strfind (first, name{1})));"
             "    bad{end + 1} = name{1};"
             "  endif;"
             "endfor;"
             "printf (\"%d functions, bad: %s\\n\", numel ({" + ", ".join(repr(f) for f in functions) + "}),"
             " strjoin (bad, \" \"));")
    assert run([*OCTAVE, "--eval", check], work).strip().endswith(f"{len(functions)} functions, bad:")
    assert len(functions) > 80
    cited = run([*OCTAVE, "--eval", f"{setup} citation dlfp"], work)
    assert f"Octave package version {packages.version()}" in cited and packages.citation()["references"][0]["title"] in cited
    script = prefix / f"dlfp-{packages.version()}" / "scripts" / "ch4_softmax_spiral.m"
    assert run([*OCTAVE, str(script), *ARGS], work) == expected
    assert plots(work, "octave")
