"""The chapter table in make and in README: generated from tables/chapters.json, never stale."""
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(REPO, "tools"))

import chapters  # noqa: E402


def test_readme_chapter_table_is_current():
    with open(os.path.join(REPO, "README.md")) as f:
        text = f.read()
    assert "| 4 Softmax on the spiral | `ch4_softmax_spiral` | 2-100-3, relu hidden units" in text
    assert text == chapters.readme_text(text), "README's chapter table is stale: run python3 tools/chapters.py readme"


def test_make_runs_each_chapter_by_its_key():
    commands = subprocess.run(["make", "-n", "ch4", "tune-octave", "scripts"], cwd=REPO, capture_output=True,
                              text=True, check=True).stdout.splitlines()
    assert "bash tools/run_scripts.sh ch4_softmax_spiral" in commands
    assert "LANGS=octave bash tools/run_scripts.sh tune" in commands
    assert "bash tools/run_scripts.sh " + " ".join(c["script"] for c in chapters.CHAPTERS) in commands


def test_an_unknown_key_is_refused_with_the_usage():
    result = subprocess.run([sys.executable, "tools/chapters.py", "script", "ch9"], cwd=REPO, capture_output=True,
                            text=True)
    assert (result.returncode, result.stdout, result.stderr) == (1, "", chapters.__doc__ + "\n")
