"""Optional arguments are passed the same way in the three languages.

Python's signatures are the reference. For every public function with optional arguments, each
language is called with them all positional (in Python's order), all by name (in reverse order),
each mix of leading positional values and the rest by name, only the last by name, and none (the
defaults). Within a language every form that gives all of them returns exactly what the positional
call returns; across languages every form agrees within the function's tolerance, or is refused with
Python's message. Too many values, an unknown name or a repeated one is refused everywhere (Octave:
"Invalid call to <function>"), with two exceptions that the languages' own rules make: see
test_too_many_values_unknown_and_repeated_names_are_invalid_calls.
"""
import importlib
import inspect
import os
from dataclasses import dataclass
from typing import Callable

import numpy as np
import pytest

from agreement import assert_agree
from test_api import python_functions
from test_network import NETWORKS, case

# Functions whose optional arguments this file does not test, and why.
NOT_TESTED = {
    "run_script": "it runs a chapter script from the command line and exits; extra_defaults is Python's alone "
                  "(the tuner's --workers and --scheduler)",
    "random_search": "workers and client are Python's alone (local processes, Dask); R and Octave run the trials "
                     "one after another",
}

CANDIDATES = {"learning_rate": [[0.01, 0.1]], "hidden": [[5, 8]], "lambd": [[0, 0.01]], "keep_prob": [[1, 0.9]],
              "batch_size": [[16, 32]], "beta1": [[0.9, 0.9]], "beta2": [[0.999, 0.999]]}


@dataclass
class Case:
    """required: (python, folder) -> the required arguments; options: (python) -> every optional
    argument with a value other than its default, in Python's order."""
    required: Callable
    options: Callable
    tolerance: str = "exact"
    writes: str = None  # the file (in folder) that every accepted call writes
    rounding: tuple = ()  # outputs that only measure rounding in the defaults call: not compared across languages


def net(python, *keys, name="tanh_relu_softmax"):
    """The items named by keys of a test network (test_network.case): X, Y, parameters, activations,
    dropout masks, the cache of a forward pass with them, and planted_bug: the gradients with L2 (lambd
    0.5) and db2 m times too large, so that gradient_check's difference and worst measure the bug."""
    layer_dims, activations = NETWORKS[name]
    parameters, X, Y = case(python, layer_dims, activations)
    items = {"X": X, "Y": Y, "parameters": parameters, "activations": activations}
    items["masks"] = python.call("dropout_masks", parameters, X.shape[1], 0.7, python.call("rng_seed", 3))["masks"]
    items["cache"] = python.call("forward_propagation", X, parameters, activations, items["masks"])["cache"]
    plain = python.call("forward_propagation", X, parameters, activations)["cache"]
    items["planted_bug"] = python.call("backward_propagation", Y, parameters, plain, activations, 0.5)
    items["planted_bug"]["db2"] = items["planted_bug"]["db2"] * X.shape[1]
    return tuple(items[key] for key in keys)


CASES = {
    "forward_propagation": Case(lambda p, _: net(p, "X", "parameters", "activations"),
                                lambda p: {"masks": net(p, "masks")[0]}, "one_pass"),
    "backward_propagation": Case(lambda p, _: net(p, "Y", "parameters", "cache", "activations"),
                                 lambda p: {"lambd": 0.7}, "one_pass"),
    "compute_cost": Case(lambda p, _: (net(p, "cache")[0]["Z3"], *net(p, "Y"), "softmax"),
                         lambda p: {"parameters": net(p, "parameters")[0], "lambd": 0.5}, "one_pass"),
    "initialize_parameters": Case(lambda p, _: ([4, 6, 3], p.call("rng_seed", 5)), lambda p: {"init": "he"}),
    "initialize_optimizer": Case(lambda p, _: net(p, "parameters"),
                                 lambda p: {"optimizer": "adam", "beta1": 0.8, "beta2": 0.99, "epsilon": 1e-6}),
    "decay_learning_rate": Case(lambda p, _: (0.1, 3), lambda p: {"decay": "exponential", "decay_rate": 0.9}),
    "make_spiral": Case(lambda p, _: (p.call("rng_seed", 4),),
                        lambda p: {"n_per_class": 7, "n_classes": 4, "noise": 0.3}),
    "make_moons": Case(lambda p, _: (p.call("rng_seed", 4),), lambda p: {"n_per_class": 9, "noise": 0.1}),
    "gradient_check": Case(lambda p, _: net(p, "X", "Y", "parameters", "activations", name="tanh_sigmoid"),
                           lambda p: {"lambd": 0.5, "epsilon": 1e-6,
                                      "grads": net(p, "planted_bug", name="tanh_sigmoid")[0]},
                           "finite_difference", rounding=("difference", "worst")),
    "train_epoch": Case(lambda p, _: (*net(p, "X", "Y", "parameters", "activations"),
                                      p.call("initialize_optimizer", net(p, "parameters")[0], "adam"),
                                      p.call("rng_seed", 8), 0.1),
                        lambda p: {"batch_size": 4, "lambd": 0.1, "keep_prob": 0.8}, "training"),
    "train": Case(lambda p, _: (*net(p, "X", "Y"), NETWORKS["tanh_relu_softmax"][0], NETWORKS["tanh_relu_softmax"][1],
                                p.call("rng_seed", 9)),
                  lambda p: {"config": p.call("train_config", learning_rate=0.5, iterations=3, batch_size=4,
                                              optimizer="adam", lambd=0.1, keep_prob=0.8)}, "training"),
    "plot_costs": Case(lambda p, folder: (np.array([[3.0, 2.0, 1.5]]), os.path.join(folder, "costs.png"), "t"),
                       lambda p: {"xlabel": "epoch"}, writes="costs.png"),
    "plot_cost_curves": Case(lambda p, folder: ([np.array([[3.0, 2.0]]), np.array([[2.5, 0.1]])], ["gd", "adam"],
                                                os.path.join(folder, "curves.png"), "t"),
                             lambda p: {"xlabel": "epoch"}, writes="curves.png"),
    "save_model": Case(lambda p, folder: (os.path.join(folder, "model.json"),
                                          *net(p, "parameters", "activations")),
                       lambda p: {"stats": {"mean": np.array([[0.5], [-1.0]])}, "classes": ["a", "b", "c"],
                                  "scaling": "pixels"}, writes="model.json"),
    # The options' only visible effect here is a refusal: two candidates are not one, 2.5 no integer.
    "check_candidates": Case(lambda p, _: ("f", "candidates", {k: np.array(v, dtype=float) for k, v in
                                                               CANDIDATES.items()}),
                             lambda p: {"single": True}),
    "check_positive": Case(lambda p, _: ("f", "x", 2.5), lambda p: {"integer": True}),
    "value_text": Case(lambda p, _: (np.array([[1.0, 2.0, 3.0]]),), lambda p: {"shape": True}),
    # label is a feature when kind holds the labels; the classes given hold one that no row has; the file has
    # its labels, so require_labels changes nothing.
    "read_dataset": Case(lambda p, folder: (labelled_file(folder),),
                         lambda p: {"label_column": "kind", "classes": ["cat", "dog", "eel"], "require_labels": False}),
    # read_dataset's case, and the file's two features (x and label) as a test file must have them.
    "read_examples": Case(lambda p, folder: (labelled_file(folder),),
                          lambda p: {"label_column": "kind", "classes": ["cat", "dog", "eel"], "features": 2}),
    # A model of the classes cat and dog reads kind's labels (label is a feature then); label's 0 and 1
    # are no class names.
    "load_model_data": Case(lambda p, folder: (labelled_file(folder), {
        "parameters": {"W1": np.array([[1.0, 2.0]]), "b1": np.array([[0.0]])}, "activations": ["sigmoid"],
        "stats": None, "classes": ["cat", "dog"], "scaling": "none"}), lambda p: {"label_column": "kind"}),
}


def labelled_file(folder):
    path = os.path.join(folder, "labelled.csv")
    with open(path, "w") as f:
        f.write("x,label,kind\n1.5,0,dog\n2,1,cat\n-3,0,dog\n")
    return path


def signature(function):
    module = importlib.import_module(f"dlfp.{python_functions()[function]}")
    return inspect.signature(getattr(module, function)).parameters


def optional_names(function):
    return [name for name, parameter in signature(function).items() if parameter.default is not inspect.Parameter.empty]


def forms(options):
    """(name, positional values, keyword values, gives all options) for every form of passing them."""
    names, values = list(options), list(options.values())
    k = len(names)
    by_name = lambda first: {n: options[n] for n in reversed(names[first:])}  # noqa: E731
    yield "positional", values, {}, True
    yield "by name", [], by_name(0), True
    for j in range(1, k):
        yield f"{j} positional, the rest by name", values[:j], by_name(j), True
    if k > 1:
        yield f"only {names[-1]} by name", [], {names[-1]: values[-1]}, False
    yield "defaults", [], {}, False


def canonical(value):
    """A value's exact form, so that two results compare bit for bit (within one language)."""
    if isinstance(value, dict):
        return tuple(sorted((k, canonical(v)) for k, v in value.items()))
    if isinstance(value, str) or value is None:
        return value
    if isinstance(value, list):
        return tuple(canonical(v) for v in value)
    array = np.asarray(value, dtype=float)
    return array.shape, array.tobytes()


def text(value):
    """A string result as Python gives it (R gives a one-element character vector)."""
    if isinstance(value, list) and len(value) == 1 and isinstance(value[0], str):
        return value[0]
    return value if isinstance(value, str) else None


def agree(quantity, values, tolerance, skip=()):
    """values maps language to a result: arrays, numbers, strings, and dicts and lists of them."""
    first = values["python"]
    if isinstance(first, dict):
        for lang, value in values.items():
            assert set(value) == set(first), f"{quantity}: {lang} gives {sorted(value)}, python {sorted(first)}"
        for key in first:
            if key not in skip:
                agree(f"{quantity}.{key}", {lang: value[key] for lang, value in values.items()}, tolerance)
    elif text(first) is not None:
        texts = {lang: text(value) for lang, value in values.items()}
        assert len(set(texts.values())) == 1, f"{quantity}: {texts}"
    elif isinstance(first, list) and first and all(isinstance(v, str) for v in first):
        assert all(list(value) == first for value in values.values()), f"{quantity}: {values}"
    elif isinstance(first, list) and any(isinstance(v, (dict, list, np.ndarray)) for v in first):
        for lang, value in values.items():
            assert len(value) == len(first), f"{quantity}: {lang} gives {len(value)} items, python {len(first)}"
        for i in range(len(first)):
            agree(f"{quantity}[{i}]", {lang: value[i] for lang, value in values.items()}, tolerance)
    else:
        assert_agree(quantity, {lang: np.ravel(np.asarray(value, dtype=float)) for lang, value in values.items()},
                     tolerance)


def test_every_function_with_optional_arguments_is_tested():
    with_options = {name for name in python_functions() if optional_names(name)}
    assert with_options == set(CASES) | set(NOT_TESTED), (
        f"untested: {sorted(with_options - set(CASES) - set(NOT_TESTED))}; "
        f"without optional arguments: {sorted((set(CASES) | set(NOT_TESTED)) - with_options)}")


@pytest.mark.parametrize("function", CASES)
def test_the_cases_give_every_optional_argument_in_pythons_order(langs, function):
    assert list(CASES[function].options(langs["python"])) == optional_names(function)


def test_r_takes_pythons_arguments_in_pythons_order(langs):
    ro = langs["r"].ro
    differ = {}
    for function in python_functions():
        python = list(signature(function))
        r = list(ro.r(f"as.character(names(formals(dlfp::{function})))"))
        if function in ("random_search", "run_script"):
            python = python[:len(r)]  # Python's alone: see NOT_TESTED
        # Python's **fields is R's ...
        python = ["..." if p.kind is inspect.Parameter.VAR_KEYWORD else p.name for p in signature(function).values()][
            :len(python)]
        if python != r:
            differ[function] = (python, r)
    assert differ == {}, "function: (Python's arguments, R's)"


@pytest.mark.parametrize("function", CASES)
def test_every_form_is_accepted_and_agrees(langs, function, tmp_path):
    spec = CASES[function]
    python = langs["python"]
    required, options = spec.required(python, str(tmp_path)), spec.options(python)
    positional = None
    for form, values, keywords, gives_all in forms(options):
        quantity = f"{function} ({form})"
        try:
            python.call(function, *required, *values, **keywords)
        except ValueError as refusal:
            messages = {name: lang.error(function, *required, *values, **keywords) for name, lang in langs.items()}
            assert set(messages.values()) == {str(refusal)}, f"{quantity}: {messages}"
            if gives_all:
                positional = positional or messages
                assert messages == positional, f"{quantity}: refused unlike with every option positional"
            continue
        results = {}
        for name, lang in langs.items():
            if spec.writes:
                path = tmp_path / spec.writes
                path.unlink(missing_ok=True)
            results[name] = lang.call(function, *required, *values, **keywords)
            if spec.writes:
                assert path.stat().st_size > 0, f"{quantity}: {name} wrote no {spec.writes}"
        if results["python"] is None:
            continue  # nothing returned: being accepted (and the file written) is the result
        if gives_all:
            positional = positional or results
            for name in langs:
                assert canonical(results[name]) == canonical(positional[name]), (
                    f"{quantity}: {name} gives a different result than with every option positional")
        if form == "positional" or not gives_all:
            agree(quantity, results, spec.tolerance, skip=spec.rounding if form == "defaults" else ())


@pytest.mark.parametrize("function", CASES)
def test_too_many_values_unknown_and_repeated_names_are_invalid_calls(langs, function, tmp_path):
    spec = CASES[function]
    python = langs["python"]
    required, options = spec.required(python, str(tmp_path)), spec.options(python)
    (first, value), (last, last_value) = next(iter(options.items())), list(options.items())[-1]
    # R matches names first and gives positional values to the arguments left, so f(x, v, a = v) sets the
    # argument after a to v: only with one option is nothing left. Octave knows a string for a name only
    # among the name/value pairs: before them an unknown name is a positional value, which the function's
    # own checks refuse. (problem: values, keywords, refused by R, an invalid call in Octave)
    single = len(options) == 1
    calls = {"too many values": ([*options.values(), 1], {}, True, True),
             "a repeated name": ([value], {first: value}, single, True),
             "an unknown name after a known one": ([], {last: last_value, "no_such_option": 1}, True, True),
             "an unknown name first": ([], {"no_such_option": 1}, True, single)}
    for problem, (values, keywords, refused_by_r, invalid_in_octave) in calls.items():
        with pytest.raises(TypeError):
            python.call(function, *required, *values, **keywords)
        if refused_by_r:
            assert langs["r"].error(function, *required, *values, **keywords), f"{function}, {problem}: R"
        message = langs["octave"].error(function, *required, *values, **keywords)
        if invalid_in_octave:
            assert message == f"Invalid call to {function}", f"{function}, {problem}: Octave says {message!r}"
    if spec.writes:
        assert not (tmp_path / spec.writes).exists(), f"{function}: an invalid call wrote {spec.writes}"
