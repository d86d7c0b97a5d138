"""The report from a short run of every script, opened in headless Chromium: every chapter's
section is there and every image loads."""
import re
import shutil
import subprocess

import report

SCRIPTS = [script for _, script, _, _, _ in report.CHAPTERS]


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
    assert int(loaded.group(2)) == images and images >= 3 * sum(len(plots) for *_, plots in report.CHAPTERS)
    assert loaded.group(1) == loaded.group(2), f"only {loaded.group(1)} of {loaded.group(2)} images loaded"
    for key, *_ in report.CHAPTERS:
        assert f'<section id="{key}">' in dom, f"section {key} is missing"
    assert "test_the_book_experiment_agrees" in dom


def test_parity_comparisons_are_filed_under_their_chapter():
    assert report.chapter_of("parity_tests/test_ch5_7.py::test_optimizer_steps_and_state_agree[adam]") == "ch7"
    assert report.chapter_of("parity_tests/test_ch5_7.py::test_dropout_masks_are_bitwise_identical[x]") == "ch6"
    assert report.chapter_of("parity_tests/test_ch5_7.py::test_short_mnist_run_agrees") == "ch5"
    assert report.chapter_of("parity_tests/test_scripts.py::test_scripts_print_the_same_lines_and_write_plots"
                             "[ch4_softmax_spiral]") == "ch4"
    assert report.chapter_of("parity_tests/test_ch8.py::test_tuning_candidates_are_bitwise_identical") == "tune"
    assert report.chapter_of("parity_tests/test_rng.py::test_seeding[1]") == "foundation"


def test_cost_lines_are_read_per_run(tmp_path):
    log = tmp_path / "log"
    log.write_text("== gd\nepoch 0: cost 2.5\nepoch 4: cost 1.25\n== adam\nepoch 0: cost 0.5\ntest accuracy: 0.9000\n")
    curves, accuracies, _ = report.parse_log(str(log))
    assert curves == {"gd": [(0, 2.5), (4, 1.25)], "adam": [(0, 0.5)]}
    assert accuracies == ["test accuracy: 0.9000"]
