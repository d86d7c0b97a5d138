import os

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@pytest.fixture
def repo():
    return REPO


@pytest.fixture
def data_path():
    return lambda name: os.path.join(REPO, "data", name)
