"""docs/bad_input.md is generated from tables/bad_input.json and never stale."""
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(REPO, "tools"))

from bad_input_doc import text  # noqa: E402


def test_the_bad_input_page_is_current():
    with open(os.path.join(REPO, "docs", "bad_input.md")) as f:
        assert f.read() == text(), "docs/bad_input.md is stale: run .venv/bin/python tools/bad_input_doc.py"
