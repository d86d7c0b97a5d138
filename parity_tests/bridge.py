"""The one place where values cross between numpy, R (rpy2) and Octave (oct2py).

Each language is an object with call(function, *args, **kwargs) and
error(function, *args, **kwargs). Arguments and results are Python values:
2-D float arrays for matrices, dicts for parameters, optimiser and generator states,
lists of strings for activations, lists of bools for R's and Octave's logical rows, lists of arrays
for mini-batches, cost curves and search rounds (R lists, Octave cell arrays), None for R's NULL
and Octave's [], a TrainConfig for R's named list and Octave's struct of the same fields (both ways).
Functions that return several values return a dict named by OUTPUTS, in every language; Octave functions
without outputs give None.
"""
import dataclasses
import importlib
import os
import pkgutil

import numpy as np

from dlfp.training import TrainConfig

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

OUTPUTS = {
    "rng_uniform": ("values", "rng"),
    "rng_normal": ("values", "rng"),
    "rng_permutation": ("values", "rng"),
    "initialize_parameters": ("parameters", "rng"),
    "forward_propagation": ("AL", "cache"),
    "train": ("parameters", "costs", "rng"),
    "dropout_masks": ("masks", "rng"),
    "update_parameters": ("parameters", "state"),
    "random_mini_batches": ("X_batches", "Y_batches", "rng"),
    "train_epoch": ("parameters", "state", "costs", "rng"),
    "gradient_check": ("difference", "worst", "approx"),
    "sample_candidates": ("candidates", "rng"),
    "load_dataset": ("X", "Y"),
    "read_dataset": ("X", "Y", "classes"),
    "read_examples": ("X", "Y", "classes"),
    "load_idx": ("values", "dims"),
    "load_mnist": ("X", "Y"),
    "load_model_data": ("X", "Y"),
    "train_trial": ("parameters", "activations"),
    "split_train_test": ("X_train", "Y_train", "X_test", "Y_test", "rng"),
    "prepare_split": ("X_train", "Y_train", "X_test", "Y_test", "stats", "rng"),
    "make_spiral": ("X", "Y", "rng"),
    "make_moons": ("X", "Y", "rng"),
    "exponential_average": ("averages", "corrected"),
    "cost_rises": ("count", "largest"),
}


def config_from(language, fields):
    """train_config's result in R or Octave (a dict of its fields) as a TrainConfig; the fields must be
    TrainConfig's, in its order."""
    names = [field.name for field in dataclasses.fields(TrainConfig)]
    if list(fields) != names:
        raise TypeError(f"bridge: {language}'s train_config gave the fields {list(fields)}, not {names}")
    return TrainConfig(**{name: _field_value(language, name, value) for name, value in fields.items()})


def _field_value(language, name, value):
    """A config field's one string or number; None for R's NULL and Octave's []."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and len(value) == 1 and isinstance(value[0], str):
        return value[0]
    if value is None or np.size(value) == 0:
        return None
    if np.size(value) != 1:
        raise TypeError(f"bridge: {language}'s train_config gave {name} = {value!r}, not one value")
    return float(np.ravel(value)[0])


class Python:
    name = "python"

    def __init__(self):
        import dlfp
        self.functions = {}
        for module in (module for module in pkgutil.iter_modules(dlfp.__path__) if not module.name.startswith("_")):
            loaded = importlib.import_module(f"dlfp.{module.name}")
            self.functions.update({k: v for k, v in vars(loaded).items() if callable(v) and not k.startswith("_")})

    def call(self, function, *args, **kwargs):
        result = self.functions[function](*args, **kwargs)
        return dict(zip(OUTPUTS[function], result)) if function in OUTPUTS else result

    def error(self, function, *args, **kwargs):
        try:
            self.functions[function](*args, **kwargs)
        except ValueError as error:
            return str(error)
        raise AssertionError(f"python: {function} accepted bad input")


def newer_r_sources(repo=REPO):
    """The R package's sources changed since build/rlib's dlfp was installed (all of them if it is
    not): the parity suite refuses to test a stale package."""
    installed = os.path.join(repo, "build", "rlib", "dlfp", "DESCRIPTION")
    built = os.path.getmtime(installed) if os.path.exists(installed) else float("-inf")
    r = os.path.join(repo, "r")
    sources = [os.path.join(r, "DESCRIPTION"), os.path.join(r, "NAMESPACE")]
    sources += sorted(os.path.join(r, "R", name) for name in os.listdir(os.path.join(r, "R")) if name.endswith(".R"))
    return [os.path.relpath(path, repo) for path in sources if os.path.getmtime(path) > built]


class R:
    name = "r"

    def __init__(self):
        newer = newer_r_sources()
        if newer:
            raise RuntimeError(f"bridge: build/rlib's dlfp is older than {', '.join(newer[:3])}: run make setup")
        import rpy2.robjects as ro
        from rpy2.rinterface_lib import callbacks
        self.ro = ro
        callbacks.consolewrite_warnerror = lambda text: None
        ro.r(f'.libPaths(c("{REPO}/build/rlib", .libPaths())); suppressPackageStartupMessages(library(dlfp))')

    def to_r(self, value):
        ro = self.ro
        if value is None:
            return ro.NULL
        if dataclasses.is_dataclass(value):
            # A TrainConfig: a named list, its None batch_size a NULL element.
            return self.to_r(dataclasses.asdict(value))
        if isinstance(value, np.ndarray):
            if value.ndim == 1:
                # An R vector on its way back (from_r gives vectors as 1-D arrays).
                return ro.FloatVector(value.astype(float))
            if value.ndim != 2:
                raise TypeError("bridge: pass R only 1-D or 2-D arrays")
            return ro.r.matrix(ro.FloatVector(value.astype(float).ravel(order="F")),
                               nrow=value.shape[0], ncol=value.shape[1])
        if isinstance(value, dict):
            return ro.r["list"](**{k: self.to_r(v) for k, v in value.items()})
        if isinstance(value, (list, tuple)):
            if all(isinstance(v, str) for v in value):
                return ro.StrVector(value)
            if value and all(isinstance(v, bool) for v in value):
                return ro.BoolVector(value)
            if any(isinstance(v, np.ndarray) for v in value):
                return ro.r["list"](*[self.to_r(v) for v in value])
            return ro.FloatVector([float(v) for v in value])
        if isinstance(value, str):
            return ro.StrVector([value])
        if isinstance(value, bool):
            return ro.BoolVector([value])
        return ro.FloatVector([float(value)])

    def from_r(self, value):
        ro = self.ro
        if value is ro.NULL:
            return None
        if isinstance(value, ro.vectors.ListVector):
            names = list(value.names) if value.names is not ro.NULL else None
            items = [self.from_r(v) for v in value]
            return dict(zip(names, items)) if names else items
        if isinstance(value, ro.vectors.StrVector):
            return list(value)
        return np.array(value, dtype=float)

    def _call(self, function, args, kwargs):
        f = self.ro.r(f"dlfp::{function}")
        return f(*[self.to_r(a) for a in args], **{k: self.to_r(v) for k, v in kwargs.items()})

    def call(self, function, *args, **kwargs):
        result = self.from_r(self._call(function, args, kwargs))
        if function == "train_config":
            return config_from(self.name, result)
        return {k: result[k] for k in OUTPUTS[function]} if function in OUTPUTS else result

    def error(self, function, *args, **kwargs):
        from rpy2.rinterface_lib.embedded import RRuntimeError
        try:
            self._call(function, args, kwargs)
        except RRuntimeError as error:
            return str(error).removeprefix("Error: ").strip()
        raise AssertionError(f"r: {function} accepted bad input")


class Octave:
    name = "octave"

    def __init__(self):
        from oct2py import Oct2Py
        self.session = Oct2Py()
        self.declared_outputs = {}
        # add_dlfp_paths knows the concept folders; scripts/ (the chapter scripts) stays off the path.
        scripts = os.path.join(REPO, "octave", "scripts")
        self.session.addpath(scripts)
        _, folders = self.session.feval("add_dlfp_paths", nout=2)
        self.session.rmpath(scripts)
        self.folders = [str(folder) for folder in np.ravel(folders)]

    def to_octave(self, value):
        if value is None:
            return np.zeros((0, 0))
        if dataclasses.is_dataclass(value):
            # A TrainConfig: a struct, its None batch_size [].
            return self.to_octave(dataclasses.asdict(value))
        if isinstance(value, dict):
            return {k: self.to_octave(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)) and any(isinstance(v, np.ndarray) for v in value):
            # A cell array, as the Octave functions take curves and rounds.
            cell = np.empty((1, len(value)), dtype=object)
            cell[0, :] = [self.to_octave(v) for v in value]
            return cell
        if isinstance(value, (list, tuple)) and value and all(isinstance(v, bool) for v in value):
            return np.array([value], dtype=bool)
        if isinstance(value, (list, tuple)) and not all(isinstance(v, str) for v in value):
            return np.array([value], dtype=float)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        return value

    def from_octave(self, value):
        if isinstance(value, dict):
            return {k: self.from_octave(v) for k, v in value.items()}
        if isinstance(value, np.ndarray) and value.dtype == object:
            return [self.from_octave(v) for v in value.ravel(order="F")]
        if isinstance(value, (float, int)):
            return np.array([[float(value)]])
        return value

    def _call(self, function, args, kwargs, nout):
        flat = [self.to_octave(a) for a in args]
        for k, v in kwargs.items():
            flat += [k, self.to_octave(v)]
        return self.session.feval(function, *flat, nout=nout)

    def nargout(self, function):
        """How many results to ask for: OUTPUTS's count, else one, none from a function without outputs
        (asking one of them fails in Octave)."""
        if function in OUTPUTS:
            return len(OUTPUTS[function])
        if function not in self.declared_outputs:
            self.declared_outputs[function] = int(self.session.feval("nargout", function))
        return min(1, abs(self.declared_outputs[function]))

    def call(self, function, *args, **kwargs):
        result = self._call(function, args, kwargs, self.nargout(function))
        if function in OUTPUTS:
            return {k: self.from_octave(v) for k, v in zip(OUTPUTS[function], result)}
        if function == "train_config":
            return config_from(self.name, self.from_octave(result))
        return self.from_octave(result)

    def error(self, function, *args, **kwargs):
        from oct2py import Oct2PyError
        try:
            self._call(function, args, kwargs, 0)
        except Oct2PyError as error:
            text = str(error)
            return text[text.index("error: ") + len("error: "):].split("\n")[0].strip()
        raise AssertionError(f"octave: {function} accepted bad input")
