"""The three languages offer the same functions in three tiers, each function in the same-named file:
Python's module dlfp/<concept>.py, R's r/R/<concept>.R and Octave's octave/<concept>/<function>.m.

- public: what the book's reader calls; each checks its arguments;
- checks: the argument checks the public functions share (check_*, output_classes);
- kernels: the arithmetic of a checked public function without its checks, which that function
  calls too, so that the training loop checks once and then runs unchecked."""
import ast
import importlib
import inspect
import os
import pkgutil
import re

import pytest

from bridge import REPO

# Octave has no package constants or keyword arguments: these stand in for them.
OCTAVE_ONLY = {
    "mnist_pixels": "Python's and R's constant MNIST_PIXELS",
    "tuning_space": "Python's and R's constant SPACE",
    "optional_arguments": "Python's and R's keyword arguments, parsed by hand",
    "number_pattern": "Python's and R's NUMBER, the pattern of a number in a data file",
    "layer_numbers": "the kernels' layer numbers as text, cached: Octave's struct fields are named by text, and a "
                     "sprintf per layer costs more than the field access (Python and R name fields inline)",
}

# Each kernel and the checked public function whose arithmetic it is.
KERNELS = {
    "activate": "activation_forward",
    "activate_backward": "activation_backward",
    "forward_pass": "forward_propagation",
    "backward_pass": "backward_propagation",
    "update_step": "update_parameters",
    "draw_uniform": "rng_uniform",
    "draw_masks": "dropout_masks",
    "l2_term": "l2_penalty",
    "cross_entropy": "example_costs",
    "decayed_rate": "decay_learning_rate",
}
TIERS = ("public", "checks", "kernels")
# The kernels that train and its epoch call themselves (the others, through these).
LOOP_KERNELS = {"draw_masks", "forward_pass", "cross_entropy", "l2_term", "backward_pass", "update_step", "decayed_rate"}


def tier(name):
    if name in KERNELS:
        return "kernels"
    if name.startswith("check_") or name == "output_classes":
        return "checks"
    return "public"


def python_functions():
    import dlfp
    found = {}
    # Not __main__, the dlfp command.
    for module in (module for module in pkgutil.iter_modules(dlfp.__path__) if not module.name.startswith("_")):
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


def python_calls(function):
    """The names of the functions that a Python function calls."""
    tree = ast.parse(inspect.getsource(function))
    return {node.func.id for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}


def r_calls(langs, name):
    """Every name in an R function's body (calls among them; strings are not names)."""
    return set(langs["r"].ro.r(f'all.names(body(get("{name}", asNamespace("dlfp"))))'))


def octave_calls(path):
    """The names followed by "(" in an Octave file's code (comments, help text and tests dropped)."""
    with open(path) as f:
        code = "\n".join(line for line in f.read().splitlines() if not line.lstrip().startswith(("#", "%")))
    return set(re.findall(r"\b([A-Za-z]\w*)\s*\(", code))


@pytest.mark.parametrize("tier_name", TIERS)
def test_every_language_offers_the_same_functions_in_each_tier(langs, tier_name):
    python = {name for name in python_functions() if tier(name) == tier_name}
    r = {name for name in r_functions(langs) if tier(name) == tier_name}
    octave = {name for name in set(octave_functions(langs)) - set(OCTAVE_ONLY) if tier(name) == tier_name}
    assert python == r, f"{tier_name}: Python only: {sorted(python - r)}; R only: {sorted(r - python)}"
    assert python == octave, f"{tier_name}: Python only: {sorted(python - octave)}; Octave only: {sorted(octave - python)}"
    if tier_name == "kernels":
        assert python == set(KERNELS)


def test_each_function_lives_in_the_same_named_file(langs):
    python, r, octave = python_functions(), r_functions(langs), octave_functions(langs)
    misplaced = [(tier(name), name, concept, r.get(name), octave.get(name)) for name, concept in python.items()
                 if not concept == r.get(name) == octave.get(name)]
    assert misplaced == [], "tier, function, Python module, R file, Octave folder: " + repr(misplaced)


def test_each_checked_function_calls_its_kernel(langs):
    """One implementation of the arithmetic: the checked function does its checks, then calls the kernel."""
    python, octave = python_functions(), octave_functions(langs)
    for kernel, checked in KERNELS.items():
        module = importlib.import_module(f"dlfp.{python[checked]}")
        assert kernel in python_calls(getattr(module, checked)), f"Python {checked} does not call {kernel}"
        assert kernel in r_calls(langs, checked), f"R {checked} does not call {kernel}"
        path = os.path.join(REPO, "octave", octave[checked], f"{checked}.m")
        assert kernel in octave_calls(path), f"Octave {checked} does not call {kernel}"


def test_the_training_loop_calls_kernels_not_the_checked_functions(langs):
    """train and train_epoch check once; their loop must not check on every batch or epoch."""
    from dlfp import training
    folder = os.path.join(REPO, "octave", "training")
    calls = {"python": python_calls(training._run_epoch) | python_calls(training.train),
             "r": r_calls(langs, ".run_epoch") | r_calls(langs, "train"),
             "octave": octave_calls(os.path.join(folder, "private", "run_epoch.m"))
             | octave_calls(os.path.join(folder, "train.m"))}
    for lang, called in calls.items():
        assert called & set(KERNELS.values()) == set(), f"{lang}: the loop calls {sorted(called & set(KERNELS.values()))}"
        assert LOOP_KERNELS <= called, f"{lang}: the loop does not call {sorted(LOOP_KERNELS - called)}"
