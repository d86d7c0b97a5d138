"""One Python, one embedded R and one Octave session for the whole run.

A missing R or Octave (or dlfp's R package) makes every test fail, never skip."""
import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from bridge import Octave, Python, R  # noqa: E402


@pytest.fixture(scope="session")
def langs():
    return {"python": Python(), "r": R(), "octave": Octave()}

