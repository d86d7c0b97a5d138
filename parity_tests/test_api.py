"""The three languages offer the same public functions, each in the same-named file: Python's
module dlfp/<concept>.py, R's r/R/<concept>.R and Octave's octave/<concept>/<function>.m."""
import importlib
import inspect
import os
import pkgutil
import re

from bridge import REPO

# Octave has no package constants or keyword arguments: these stand in for them.
OCTAVE_ONLY = {
    "mnist_pixels": "Python's and R's constant MNIST_PIXELS",
    "tuning_space": "Python's and R's constant SPACE",
    "optional_arguments": "Python's and R's keyword arguments, parsed by hand",
    "number_pattern": "Python's and R's NUMBER, the pattern of a number in a data file",
}


def python_functions():
    import dlfp
    found = {}
    for module in pkgutil.iter_modules(dlfp.__path__):
        loaded = importlib.import_module(f"dlfp.{module.name}")
        for name, value in vars(loaded).items():
            if inspect.isfunction(value) and not name.startswith("_") and value.__module__ == loaded.__name__:
                found[name] = module.name
    return found


def r_functions(langs):
    """Exported functions, with the file under r/R/ that defines each."""
    ro = langs["r"].ro
    exported = ro.r('Filter(function(f) is.function(get(f, asNamespace("dlfp"))), getNamespaceExports("dlfp"))')
    found = {}
    folder = os.path.join(REPO, "r", "R")
    for file in sorted(os.listdir(folder)):
        with open(os.path.join(folder, file)) as f:
            for name in re.findall(r"^([A-Za-z][\w.]*) <- function", f.read(), re.MULTILINE):
                found[name] = file.removesuffix(".R")
    return {name: found.get(name) for name in exported}


def octave_functions(langs):
    """The function files of the concept folders that add_dlfp_paths puts on the path."""
    return {file.removesuffix(".m"): os.path.basename(folder) for folder in langs["octave"].folders
            for file in os.listdir(folder) if file.endswith(".m")}


def test_every_language_offers_the_same_public_functions(langs):
    python, r = set(python_functions()), set(r_functions(langs))
    octave = set(octave_functions(langs)) - set(OCTAVE_ONLY)
    assert python == r, f"Python only: {sorted(python - r)}; R only: {sorted(r - python)}"
    assert python == octave, f"Python only: {sorted(python - octave)}; Octave only: {sorted(octave - python)}"


def test_each_function_lives_in_the_same_named_file(langs):
    python, r, octave = python_functions(), r_functions(langs), octave_functions(langs)
    misplaced = [(name, concept, r.get(name), octave.get(name)) for name, concept in python.items()
                 if not concept == r.get(name) == octave.get(name)]
    assert misplaced == [], "function, Python module, R file, Octave folder: " + repr(misplaced)
