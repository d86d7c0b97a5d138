"""Saved models: a trained network in one portable JSON file that Python's json, R's jsonlite and Octave's
jsondecode read, so that a network trained in one language predicts in another with the same bits.

The file holds, in this order: format ("dlfp model"), version (1), activations (one name per layer),
scaling (how the data file's numbers became the network's input: "none", "pixels" for 0..255 to [0, 1],
"unit_norm" for scale_to_unit_norm), classes (the class names, or null), stats (standardisation
statistics, a structure of matrices, or null) and parameters (W1, b1, ..., WL, bL). A matrix is
{"rows": r, "columns": c, "values": [...]}, its values column by column, each written with 17
significant digits ("%.16e"), which read back as the same double.
"""
import json
import os
import re

import numpy as np

from .data import is_idx, load_digits, read_dataset, scale_to_unit_norm, standardize_apply, write_atomically
from .forward import check_layers, layer_count
from .validation import check_matrix, output_classes, value_text

FORMAT = "dlfp model"
VERSION = 1
SCALINGS = ("none", "pixels", "unit_norm")


def _json_text(text):
    """A JSON string, written the same way in every language: quote, backslash and control characters
    as \\u escapes, everything else as it is."""
    return '"' + re.sub(r'["\\\x00-\x1f]', lambda m: "\\u%04x" % ord(m.group()), text) + '"'


def _matrix_text(M):
    values = ", ".join("%.16e" % v for v in M.ravel(order="F"))
    return f'{{"rows": {M.shape[0]}, "columns": {M.shape[1]}, "values": [{values}]}}'


def _check_model(caller, parameters, activations, stats, classes, scaling):
    """The network's checks (check_layers, on an example of W1's width) and those of stats, classes and
    scaling."""
    layer_count(parameters, caller)
    check_matrix(caller, "W1", parameters["W1"])
    check_layers(caller, np.zeros((parameters["W1"].shape[1], 1)), parameters, activations)
    if stats is not None:
        if not isinstance(stats, dict):
            raise ValueError(f"{caller}: stats must be a structure of matrices or nothing, got {value_text(stats)}")
        for name, value in stats.items():
            check_matrix(caller, f"stats {name}", value)
    K = output_classes(parameters, activations)
    if classes is not None and not (isinstance(classes, (list, tuple)) and len(classes) == K
                                    and all(isinstance(c, str) for c in classes)):
        raise ValueError(f"{caller}: classes must be {K} names, one per class of the output layer, "
                         f"got {value_text(classes)}")
    if scaling not in SCALINGS:
        raise ValueError(f"{caller}: scaling must be one of {', '.join(SCALINGS)}, got {value_text(scaling)}")


def save_model(path, parameters, activations, stats=None, classes=None, scaling="none"):
    """Write a trained network (parameters W1, b1, ..., activations one per layer), its standardisation
    statistics stats (a dict of matrices, or None), its class names classes (one per output class, or
    None) and its input scaling ("none", "pixels", "unit_norm") to the model file path, atomically."""
    _check_model("save_model", parameters, activations, stats, classes, scaling)
    L = len(activations)
    lines = [f'{{"format": {_json_text(FORMAT)}, "version": {VERSION},',
             f' "activations": [{", ".join(_json_text(a) for a in activations)}],',
             f' "scaling": {_json_text(scaling)},',
             f' "classes": {"null" if classes is None else "[" + ", ".join(_json_text(c) for c in classes) + "]"},']
    if stats is None:
        lines.append(' "stats": null,')
    else:
        fields = [f"  {_json_text(name)}: {_matrix_text(value)}" for name, value in stats.items()]
        lines.append(' "stats": {\n' + ",\n".join(fields) + "},")
    fields = [f"  {_json_text(name)}: {_matrix_text(parameters[name])}"
              for l in range(1, L + 1) for name in (f"W{l}", f"b{l}")]
    lines.append(' "parameters": {\n' + ",\n".join(fields) + "}}")
    text = "\n".join(lines) + "\n"
    write_atomically(path, lambda tmp: open(tmp, "w", encoding="utf-8").write(text))


def _refuse(path, problem):
    raise ValueError(f"load_model: '{path}' {problem}")


def _read_matrix(path, name, value):
    """A matrix object of the file: {"rows": r, "columns": c, "values": r c numbers, column by column}."""
    ok = (isinstance(value, dict) and set(value) == {"rows", "columns", "values"}
          and all(isinstance(value[k], (int, float)) and not isinstance(value[k], bool) and value[k] >= 0
                  and value[k] == int(value[k]) for k in ("rows", "columns"))
          and isinstance(value["values"], list) and len(value["values"]) == value["rows"] * value["columns"]
          and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value["values"]))
    if not ok:
        _refuse(path, f"{name} must be a matrix: rows, columns and rows x columns numbers")
    return np.array(value["values"], dtype=float).reshape(int(value["rows"]), int(value["columns"]), order="F")


def _not_json(constant):
    """NaN and Infinity, which Python's json alone accepts."""
    raise ValueError(f"{constant} is not JSON")


def load_model(path):
    """Read a model file written by save_model (in any language). Returns a dict with parameters,
    activations (a list of names), stats (a dict of matrices, or None), classes (a list of names, or
    None) and scaling; refuses a file that is not such a model, or whose network does not fit together."""
    if not os.path.isfile(path):
        raise ValueError(f"load_model: cannot read '{path}': no such file")
    try:
        with open(path, encoding="utf-8") as f:
            # Whole numbers as doubles, so that -0 keeps its sign as in R and Octave.
            model = json.load(f, parse_int=float, parse_constant=_not_json)
    except (ValueError, UnicodeDecodeError):
        model = None
    if not isinstance(model, dict):
        _refuse(path, "is not a JSON object")
    if model.get("format") != FORMAT:
        _refuse(path, f"is not a dlfp model: its format must be '{FORMAT}'")
    if model.get("version") != VERSION:
        _refuse(path, f"has model version {value_text(model.get('version'))}, expected {VERSION}")
    for field in ("activations", "scaling", "classes", "stats", "parameters"):
        if field not in model:
            _refuse(path, f"has no field {field}")
    activations = model["activations"]
    if not (isinstance(activations, list) and activations and all(isinstance(a, str) for a in activations)):
        _refuse(path, "activations must be a list of names")
    parameters = model["parameters"]
    if not isinstance(parameters, dict):
        _refuse(path, "parameters must be a structure of matrices")
    parameters = {name: _read_matrix(path, name, value) for name, value in parameters.items()}
    stats = model["stats"]
    if stats is not None:
        if not isinstance(stats, dict):
            _refuse(path, "stats must be a structure of matrices or null")
        stats = {name: _read_matrix(path, f"stats {name}", value) for name, value in stats.items()}
    _check_model(f"load_model: '{path}'", parameters, activations, stats, model["classes"], model["scaling"])
    return {"parameters": parameters, "activations": activations, "stats": stats, "classes": model["classes"],
            "scaling": model["scaling"]}


def load_model_data(path, model, label_column="label"):
    """The data file path as the network of model (load_model's) takes it: X and Y, its labels, or None
    when the file has no column label_column (new examples to predict; R: NULL, Octave: []). A CSV file is
    read by read_dataset, the labels in column label_column as the model's class names, or as the
    network's class numbers 0..K-1 when it has none; an IDX file of MNIST digits by load_digits, with its
    labels file. X is scaled as the model says (pixels: 0..255 to [0, 1]; unit_norm: scale_to_unit_norm),
    then standardized with the model's stats when it has them (standardize_apply)."""
    parameters, activations = model["parameters"], model["activations"]
    if model["scaling"] == "pixels" and is_idx(path):
        X, Y = load_digits(path)
    else:
        classes = model["classes"]
        if classes is None:
            classes = [value_text(k) for k in range(output_classes(parameters, activations))]
        X, Y, _ = read_dataset(path, label_column, list(classes), require_labels=False)
        if model["scaling"] == "pixels":
            X = X / 255
        elif model["scaling"] == "unit_norm":
            X = scale_to_unit_norm(X)
    n_inputs = parameters["W1"].shape[1]
    if X.shape[0] != n_inputs:
        raise ValueError(f"load_model_data: '{path}' has {X.shape[0]} features, the model's network takes {n_inputs}")
    if model["stats"] is not None:
        X = standardize_apply(X, model["stats"])
    return X, Y
