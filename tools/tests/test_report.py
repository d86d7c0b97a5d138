"""The report from a short run of every script, opened in headless Chromium: every chapter's
section is there and every image loads."""
import html
import os
import re
import shutil
import subprocess

import report
from chapters import CHAPTERS

SCRIPTS = [chapter["script"] for chapter in CHAPTERS]
# Comparisons as the parity suite records them, each with its test's chapter mark.
RECORDS = [
    {"test": "parity_tests/test_ch1.py::test_the_book_experiment_agrees", "chapter": "ch1",
     "quantity": "ch1.train.costs", "pair": "python-r", "abs": 1e-16, "rel": 2e-16, "tolerance": "training",
     "passed": True},
    {"test": "parity_tests/test_scripts.py::test_scripts_print_the_same_lines_and_write_plots[tune]", "chapter": "tune",
     "quantity": "tune --trials 3: printed lines", "pair": "python-octave", "abs": None, "rel": None,
     "tolerance": "identical lines", "passed": True},
    {"test": "parity_tests/test_rng.py::test_seeding[1]", "chapter": "foundation", "quantity": "rng_seed(1)",
     "pair": "python-r", "abs": 0, "rel": 0, "tolerance": "exact", "passed": True},
]


def test_every_run_is_recorded(built):
    runs = report.read_runs(str(built / "logs"))
    assert set(runs) == {(script, lang) for script in SCRIPTS for lang in report.LANGS}
    assert all(status == "ok" for status, _ in runs.values())


def test_the_report_renders_in_chromium_with_every_section_and_image(built):
    browser = shutil.which("chromium")
    assert browser, "chromium is missing: make setup installs it"
    page = (built / "report" / "index.html").as_uri()
    dom = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=10000",
                          "--dump-dom", page], capture_output=True, text=True, timeout=120).stdout
    loaded = re.search(r'data-images-loaded="(\d+)/(\d+)"', dom)
    assert loaded, "the page's load script did not run"
    images = len(re.findall(r"<img ", dom))
    assert int(loaded.group(2)) == images and images >= 3 * sum(len(chapter["plots"]) for chapter in CHAPTERS)
    assert loaded.group(1) == loaded.group(2), f"only {loaded.group(1)} of {loaded.group(2)} images loaded"
    sections = dict(re.findall(r'<section id="(\w+)">(.*?)</section>', dom, re.DOTALL))
    assert list(sections) == [chapter["key"] for chapter in CHAPTERS] + ["foundation"]
    # Each comparison appears in the section of the chapter its record names, and only there.
    for record in RECORDS:
        name = html.escape(record["test"].split("::")[-1])
        assert [key for key, text in sections.items() if name in text] == [record["chapter"]], name


def test_cost_lines_are_read_per_run(tmp_path):
    log = tmp_path / "log"
    log.write_text("== gd\nepoch 0: cost 2.5\nepoch 4: cost 1.25\n== adam\nepoch 0: cost 0.5\ntest accuracy: 0.9000\n"
                   "accuracy 95 % confidence interval: 0.8200 to 0.9500\nkappa: 0.8800\n")
    curves, accuracies, _ = report.parse_log(str(log))
    assert curves == {"gd": [(0, 2.5), (4, 1.25)], "adam": [(0, 0.5)]}
    assert accuracies == ["test accuracy: 0.9000", "accuracy 95 % confidence interval (adam): 0.8200 to 0.9500",
                          "kappa (adam): 0.8800"]
