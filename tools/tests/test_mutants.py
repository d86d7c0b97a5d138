"""tables/mutants.json, make mutation's bugs: each one's text is in its file exactly once, so the table
cannot go stale without a word, and every language plants bugs in every concept the issue names."""
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(REPO, "tools"))

import mutation  # noqa: E402

CONCEPTS = {"activations", "forward", "cost", "backward", "regularization", "optimizers", "training",
            "gradient_check", "evaluation", "data"}
FOLDERS = {"python": "python/dlfp/", "r": "r/R/", "octave": "octave/"}


def test_every_mutant_text_occurs_exactly_once_in_its_file():
    assert mutation.stale_mutants(mutation.load_mutants()) == []


def test_a_text_that_is_gone_or_doubled_is_reported(tmp_path):
    (tmp_path / "f.py").write_text("a = b / m\nc = d / m\n")
    mutants = [{"id": "gone", "file": "f.py", "find": "x / m"}, {"id": "doubled", "file": "f.py", "find": " / m"},
               {"id": "once", "file": "f.py", "find": "a = b / m"}]
    assert mutation.stale_mutants(mutants, repo=str(tmp_path)) == [("gone", 0), ("doubled", 2)]


def test_each_language_has_a_plausible_bug_in_every_concept():
    mutants = mutation.load_mutants()
    parity_tests = mutation.concept_parity_tests()
    assert len({m["id"] for m in mutants}) == len(mutants)
    for language, folder in FOLDERS.items():
        own = [m for m in mutants if m["language"] == language]
        assert len(own) >= 10
        assert {m["concept"] for m in own} >= CONCEPTS
        for m in own:
            assert m["file"].startswith(folder) and m["concept"] in parity_tests and m["why"], m["id"]
            assert m["find"] != m["replace"], m["id"]
            native = {"python": f"python/tests/test_{m['concept']}.py",
                      "r": f"r/tests/testthat/test-{m['concept']}.R", "octave": f"octave/{m['concept']}"}[language]
            assert os.path.exists(os.path.join(REPO, native)), f"{m['id']}: make mutation runs {native}"
            if language == "octave":
                assert m["file"].startswith(f"octave/{m['concept']}/"), m["id"]
            else:
                assert os.path.basename(m["file"]).split(".")[0] == m["concept"], m["id"]


def test_the_issues_bugs_are_in_the_table():
    ids = {m["id"] for m in mutation.load_mutants()}
    for bug in ("gradcheck-signed-worst", "softmax-global-max", "predict-exact-half", "argmax-last-on-tie",
                "gradcheck-no-square-root", "mini-batch-off-by-one", "missing-1-over-m", "adam-wrong-bias-correction",
                "state-not-stored"):
        assert {language for language in ("py", "r", "octave") if any(i.startswith(language + "-") and bug in i
                                                                      for i in ids)} == {"py", "r", "octave"}, bug
