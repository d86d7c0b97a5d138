"""One Python, one embedded R and one Octave session for the whole run.

A missing R or Octave (or dlfp's R package) makes every test fail, never skip. A test's
comparisons are filed in the report under its chapter mark, @pytest.mark.chapter(key) with a key
of tables/chapters.json; unmarked tests belong to the foundation (generator, data, the API)."""
import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from bridge import REPO, Octave, Python, R  # noqa: E402
from dlfp.cli import chapter_table  # noqa: E402


def pytest_configure(config):
    config.addinivalue_line("markers", "chapter(key): the chapter (a key of tables/chapters.json) of the test's "
                                       "comparisons in the report")


def pytest_collection_modifyitems(items):
    keys = {chapter["key"] for chapter in chapter_table(REPO)}
    for item in items:
        for marker in item.iter_markers("chapter"):
            if len(marker.args) != 1 or marker.args[0] not in keys:
                raise pytest.UsageError(f"{item.nodeid}: chapter{marker.args} is not one key of tables/chapters.json")


@pytest.fixture(autouse=True)
def _chapter(request, monkeypatch):
    """The test's chapter, for agreement.record (the report reads it from each comparison)."""
    marker = request.node.get_closest_marker("chapter")
    monkeypatch.setenv("DLFP_CHAPTER", marker.args[0] if marker else "foundation")


@pytest.fixture(scope="session")
def langs():
    return {"python": Python(), "r": R(), "octave": Octave()}
