"""The report from a short run of every script, opened in headless Chromium: every chapter's
section is there and every image loads; and the report of runs on a reader's own data."""
import csv
import html
import os
import re
import shutil
import subprocess
import sys

import report
from chapters import CHAPTERS

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

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


def test_a_run_on_data_the_project_did_not_make_is_described_by_its_record(tmp_path):
    """Chapter 1 on R's mtcars and chapter 4 on R's iris (write.csv), chapter 4 after a run on its own data
    (whose boundary plots stay in the build folder): each section names the run's file, classes and network
    from the run's record, says the data is not the chapter's own, no parity comparison is claimed for it,
    and no image or link of any page of the report is broken, nor shows an earlier run's plot."""
    subprocess.run(["Rscript", "-e", 'write.csv(mtcars, "mtcars.csv"); write.csv(iris, "iris.csv")'], cwd=tmp_path,
                   check=True)
    build = tmp_path / "build"
    for script, args in (("ch4_softmax_spiral", ""),
                         ("ch1_logistic_regression", f"--data {tmp_path}/mtcars.csv --label-column am"),
                         ("ch4_softmax_spiral", f"--data {tmp_path}/iris.csv --label-column Species")):
        env = dict(os.environ, BUILD=str(build), SCRIPT_ARGS=f"{args} --iterations 1")
        run = subprocess.run(["bash", "tools/run_scripts.sh", script], cwd=REPO, env=env, capture_output=True,
                             text=True)
        assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    subprocess.run([sys.executable, "tools/report.py", str(build)], cwd=REPO, check=True, capture_output=True)
    page = (build / "report" / "index.html").read_text()
    sections = dict(re.findall(r'<section id="(\w+)">(.*?)</section>', page, re.DOTALL))
    chapters = {chapter["key"]: chapter for chapter in CHAPTERS}
    for key, name, label in (("ch1", "mtcars", "am"), ("ch4", "iris", "Species")):
        with open(tmp_path / f"{name}.csv") as f:
            rows = list(csv.reader(f))
        # R's row names come first and the label column is no feature.
        features = len(rows[0]) - 2
        names = sorted(set(row[rows[0].index(label)] for row in rows[1:]))
        defaults = chapters[key]["defaults"]
        shape = "-".join(str(n) for n in [features] + defaults.get("hidden", []) + [1 if len(names) == 2 else len(names)])
        text = html.unescape(re.sub(r"<[^>]+>", " ", sections[key]))
        text = re.sub(r"\s+", " ", text)
        assert f"data file {name}.csv examples {len(rows) - 1} features {features} " in text, text
        assert "classes " + ", ".join(str(k) if n == str(k) else f"{k} = '{n}'" for k, n in enumerate(names)) in text
        assert f"{shape}, " in text and ("sigmoid" if len(names) == 2 else "relu/softmax") in text
        own = os.path.basename(defaults["data"])
        assert f"This run trained on {name}.csv , not the chapter's own data ( {own} )" in text
        assert f"What the chapter teaches , on its own data ( {own} ): {chapters[key]['teaches']}" in text
        assert "No parity comparison for this data" in text
    summary = page[:page.index("<section")]
    assert " of 0 pass" not in page and summary.count("no parity comparison for this data") == len(CHAPTERS)
    # The first run's decision boundary is in the build folder, but not this run's: not shown.
    assert (build / "ch4_boundary_python.png").exists() and "ch4_boundary_python.png" not in page
    report_folder = build / "report"
    for path in [report_folder / "index.html"] + sorted((report_folder / "concepts").glob("*.html")):
        text = path.read_text()
        images = re.findall(r'<img[^>]* src="([^"]+)"', text)
        assert images or path.parent != report_folder, "the chapter page shows no plot"
        for target in images + re.findall(r'<a[^>]* href="([^"#]+)', text):
            if "://" not in target:
                assert (path.parent / target).exists(), f"{path.name}: broken {target}"


def test_the_record_is_read_from_the_log_and_a_difference_between_languages_is_named():
    lines = ["read_dataset: classes of 'kind': 0 = 'no', 1 = 'yes'", "data: 'd.csv', 20 examples of 3 features",
             "classes: 0 = 'no', 1 = 'yes'", "network: 3-4-1, tanh/sigmoid", "iteration 0: cost 0.69",
             "data: 'later.csv', 1 examples of 1 features"]
    record = report.read_record(lines)
    assert record == {"data": "'d.csv', 20 examples of 3 features", "classes": "0 = 'no', 1 = 'yes'",
                      "network": "3-4-1, tanh/sigmoid"}
    assert report.record_data(record) == ("d.csv", 20, 3)
    chapter = next(chapter for chapter in CHAPTERS if chapter["key"] == "ch2")
    other = dict(record, network="3-5-1, tanh/sigmoid")
    text, name = report.run_description(chapter, {"python": record, "r": record, "octave": other})
    assert name == "d.csv" and "not the chapter's own data" in text
    assert "different records of this run: network: Python 3-4-1, tanh/sigmoid, R 3-4-1, tanh/sigmoid, Octave " \
           "3-5-1, tanh/sigmoid</p>" in text
    text, name = report.run_description(chapter, {"python": {}, "r": {}, "octave": {}})
    assert (text, name) == ("", None)
