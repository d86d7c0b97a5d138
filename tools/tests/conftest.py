"""The report built once for every test of tools/tests: the chapter page and the concept pages."""
import json
import os
import subprocess
import sys

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(REPO, "tools"))

import concept_pages  # noqa: E402
import report  # noqa: E402


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """A build folder with one iteration (or epoch, or trial epoch) of every script in every language,
    a parity log with one comparison from chapter 1 and one from the first parity test of each
    concept, and the report."""
    build = tmp_path_factory.mktemp("build")
    scripts = [script for _, script, _, _, _ in report.CHAPTERS]
    env = dict(os.environ, BUILD=str(build), SCRIPT_ARGS="--iterations 1")
    run = subprocess.run(["bash", "tools/run_scripts.sh"] + scripts, cwd=REPO, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    os.makedirs(build / "report")
    records = [{"test": "parity_tests/test_ch1.py::test_the_book_experiment_agrees", "quantity": "ch1.train.costs",
                "pair": "python-r", "abs": 1e-16, "rel": 2e-16, "tolerance": "training", "passed": True}]
    records += [{"test": f"parity_tests/{concept['parity_tests'][0]}", "quantity": f"{concept['key']}.example",
                 "pair": "r-octave", "abs": 3e-17, "rel": 5e-16, "tolerance": "one_pass", "passed": True}
                for concept in concept_pages.load_concepts()]
    (build / "report" / "parity.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    subprocess.run([sys.executable, "tools/report.py", str(build)], cwd=REPO, check=True, capture_output=True)
    return build
