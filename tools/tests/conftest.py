"""The report built once for every test of tools/tests: the chapter page and the concept pages."""
import json
import os
import subprocess
import sys

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(REPO, "tools"))

import concept_pages  # noqa: E402
from chapters import CHAPTERS  # noqa: E402


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """A build folder with a quick run (report_args: one iteration, epoch or trial epoch) of every script
    in every language, a parity log with the RECORDS of test_report.py and one comparison from the first
    parity test of each concept, and the report."""
    from test_report import RECORDS
    build = tmp_path_factory.mktemp("build")
    quick_runs = {}
    for chapter in CHAPTERS:
        quick_runs.setdefault(" ".join(chapter["report_args"]), []).append(chapter["script"])
    for args, scripts in quick_runs.items():
        env = dict(os.environ, BUILD=str(build), SCRIPT_ARGS=args)
        run = subprocess.run(["bash", "tools/run_scripts.sh"] + scripts, cwd=REPO, env=env, capture_output=True,
                             text=True)
        assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    os.makedirs(build / "report")
    records = RECORDS + [{"test": f"parity_tests/{concept['parity_tests'][0]}", "chapter": "foundation",
                          "quantity": f"{concept['key']}.example", "pair": "r-octave", "abs": 3e-17, "rel": 5e-16,
                          "tolerance": "one_pass", "passed": True} for concept in concept_pages.load_concepts()]
    (build / "report" / "parity.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    subprocess.run([sys.executable, "tools/report.py", str(build)], cwd=REPO, check=True, capture_output=True)
    return build
