"""Shared fixtures' helpers: run one function in every language."""
import os

import numpy as np

from bridge import REPO


def data_path(name):
    return os.path.join(REPO, "data", name)


def each(langs, function, *args, **kwargs):
    """Call function with the same arguments in every language."""
    return {name: lang.call(function, *args, **kwargs) for name, lang in langs.items()}


def pick(results, key):
    return {name: value[key] for name, value in results.items()}


def flat(results):
    return {name: np.ravel(value) for name, value in results.items()}
