"""What the chapters' experiments show: README states each variant's figures and the claims made on
them (tables/chapters.json's figures and claims) and quotes the lines the other chapters print (prints);
the Python script at its defaults must print exactly those figures and lines, and every claim must hold
on them. The report judges the claims on each language's run."""
import os
import re
import subprocess
import sys

import report
from chapters import CHAPTERS, claim_verdict, figures_text, prints_text, read_table

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WITH_FIGURES = [chapter for chapter in CHAPTERS if "figures" in chapter]
WITH_PRINTS = [chapter for chapter in CHAPTERS if "prints" in chapter]


def columns(chapter):
    return re.split(r"\s{2,}", chapter["figures"][0].strip())[1:]


def test_every_claim_compares_printed_rows_in_a_printed_column():
    assert {chapter["key"] for chapter in WITH_FIGURES} >= {"ch6", "ch7"}
    for chapter in WITH_FIGURES:
        rows = read_table(chapter["figures"], chapter["figures"][0])
        assert list(rows) == [line.split()[0] for line in chapter["figures"][1:]], chapter["key"]
        assert chapter["claims"], chapter["key"]
        for claim in chapter["claims"]:
            assert claim["column"] in columns(chapter) and claim["is"] in ("lower", "higher"), claim
            assert {claim["run"], *claim["than"]} <= set(rows) and claim["run"] not in claim["than"], claim


def test_every_claim_holds_on_the_stated_figures():
    for chapter in WITH_FIGURES:
        rows = read_table(chapter["figures"], chapter["figures"][0])
        for claim in chapter["claims"]:
            holds, evidence = claim_verdict(claim, rows)
            assert holds, f"{chapter['key']}: {claim['says']}: {evidence}"


def test_a_claim_that_the_numbers_contradict_fails():
    rows = {"he": {"test": 0.9}, "l2": {"test": 0.85}, "dropout": {"test": 0.95}}
    claim = {"says": "x", "column": "test", "run": "l2", "is": "higher", "than": ["he"]}
    assert claim_verdict(claim, rows) == (False, "test: l2 0.85 against he 0.9")
    assert claim_verdict(dict(claim, run="dropout"), rows) == (True, "test: dropout 0.95 against he 0.9")
    assert claim_verdict(dict(claim, run="dropout", than=["he", "l2"], **{"is": "lower"}), rows)[0] is False
    assert claim_verdict(dict(claim, column="train"), rows) == (False, "no train for l2, he")


def test_readme_states_every_variants_figures():
    with open(os.path.join(REPO, "README.md")) as f:
        text = f.read()
    for chapter in WITH_FIGURES:
        assert figures_text(chapter) in text
        for line in chapter["figures"][1:]:
            name, first = line.split()[:2]
            assert f"{name}: {columns(chapter)[0]} {first}" in figures_text(chapter)


def test_readme_quotes_the_printed_lines():
    with open(os.path.join(REPO, "README.md")) as f:
        text = f.read()
    assert {chapter["key"] for chapter in WITH_PRINTS} >= {"ch2", "ch3", "ch4", "ch5", "ch8"}
    for chapter in WITH_PRINTS:
        # Each line is quoted whole in one table cell: no pipe, no backtick, no line of blanks.
        assert all(line.strip() and not {"|", "`"} & set(line) for line in chapter["prints"]), chapter["key"]
        assert prints_text(chapter) in text
        # No percentage in the prose: an accuracy comes from the run, in prints.
        assert not re.search(r"\d %", chapter["shows"] + chapter["teaches"]), chapter["key"]


def test_readme_examples_quote_chapter_5s_printed_accuracy():
    with open(os.path.join(REPO, "README.md")) as f:
        text = f.read()
    test_line = next(line for line in next(c for c in CHAPTERS if c["key"] == "ch5")["prints"]
                     if line.startswith("test accuracy: "))
    # The sentence on chapter 5's saved model and predict on its test file.
    example = text[text.index("r/scripts/ch5_mnist.R --save-model"):]
    example = example[:example.index("Fashion-MNIST")]
    quoted = re.findall(r"\baccuracy: \d\.\d+", example)
    assert quoted == [test_line.removeprefix("test ")], quoted


def test_the_defaults_print_the_stated_figures(tmp_path):
    """The Python scripts at their defaults, side by side (one BLAS thread each), print the tables of
    tables/chapters.json line for line, and the lines of its prints in their order."""
    env = dict(os.environ, OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1")
    chapters = [chapter for chapter in CHAPTERS if chapter in WITH_FIGURES or chapter in WITH_PRINTS]
    runs = {chapter["key"]: subprocess.Popen(
        [sys.executable, os.path.join(REPO, "python", "scripts", chapter["script"] + ".py"), "--out",
         str(tmp_path / chapter["key"])], cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True) for chapter in chapters}
    for chapter in chapters:
        stdout, stderr = runs[chapter["key"]].communicate(timeout=900)
        assert runs[chapter["key"]].returncode == 0, stderr
        lines = stdout.splitlines()
        if "figures" in chapter:
            start = lines.index(chapter["figures"][0])
            assert lines[start:start + len(chapter["figures"])] == chapter["figures"], chapter["key"]
        # The cited lines, in order: each found after the one before.
        found = iter(lines)
        missing = [line for line in chapter.get("prints", []) if line not in found]
        assert not missing, f"{chapter['key']} did not print {missing}"


def test_the_report_judges_each_claim_on_each_languages_run(built):
    page = (built / "report" / "index.html").read_text()
    for chapter in WITH_FIGURES:
        section = page[page.index(f'<section id="{chapter["key"]}">'):]
        section = section[:section.index("</section>")]
        # The quick run's numbers decide: each claim is listed with its verdict on those numbers.
        logs = {lang: (built / "logs" / f"{chapter['script']}_{lang}.log").read_text().splitlines()
                for lang in report.LANGS}
        for claim in chapter["claims"]:
            holds = all(claim_verdict(claim, read_table(logs[lang], chapter["figures"][0]))[0]
                        for lang in report.LANGS)
            assert (f'<li class="{"ok" if holds else "bad"}">' + report.html.escape(claim["says"])) in section
