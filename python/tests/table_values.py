"""The tables' value encoding (tables/README.md) decoded into Python values: the Python reading of
tables/bad_input.json and tables/value_text.json. R's helper-tables.R and Octave's
octave/tests/decode_value.m decode the same encoding; the parity suite decodes here and passes the
values on through its bridge."""
import importlib
import json
import math
import os
import pkgutil
import shutil
import tempfile

import numpy as np

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
NUMBERS = {"nan": math.nan, "inf": math.inf, "-inf": -math.inf}


def read_table(name):
    with open(os.path.join(REPO, "tables", name)) as f:
        return json.load(f)


def function_named(name):
    """dlfp's public function of that name, from whichever module defines it."""
    import dlfp
    for module in pkgutil.iter_modules(dlfp.__path__):
        function = getattr(importlib.import_module(f"dlfp.{module.name}"), name, None)
        if callable(function) and not name.startswith("_"):
            return function
    raise KeyError(f"dlfp has no function {name}")


class Decoder:
    """Decodes one case's values. files: the paths of the files its {"file": ...} and {"bytes": ...} values wrote (the
    message names each as FILE); outputs: the paths of its {"temp": ...} values, which a refusal
    must leave unwritten. close() deletes the files."""

    def __init__(self, fixtures=None):
        self.fixtures = fixtures or {}
        self.files = []
        self.outputs = []
        self._folders = []

    def decode(self, value):
        if value is None or isinstance(value, (bool, str)):
            return value
        if isinstance(value, (int, float)):
            return value
        if isinstance(value, list):
            items = [self.decode(v) for v in value]
            if not all(isinstance(v, (bool, str, int, float)) for v in items):
                raise ValueError(f"a plain list holds numbers or strings only (else use list): {value!r}")
            return items
        (tag, body), = [(k, v) for k, v in value.items() if k not in ("with", "without")]
        return getattr(self, f"_{tag}")(body, value)

    def _number(self, body, _):
        return NUMBERS[body]

    def _matrix(self, rows, _):
        return np.array([[self.decode(v) for v in row] for row in rows], dtype=float).reshape(len(rows), -1)

    def _fill(self, body, _):
        rows, cols, v = body
        return np.full((rows, cols), float(self.decode(v)))

    def _struct(self, fields, _):
        return {name: self.decode(v) for name, v in fields.items()}

    def _list(self, items, _):
        items = [self.decode(v) for v in items]
        # Python has one list for both: numbers or strings alone are a plain list.
        if items and all(isinstance(v, (bool, str, int, float)) for v in items):
            raise ValueError(f"a list of numbers or strings is a plain list, not {{'list': ...}}: {items!r}")
        return items

    def _fixture(self, name, value):
        fixture = self.decode(self.fixtures[name])
        if "with" in value or "without" in value:
            fixture = {field: v for field, v in fixture.items() if field not in value.get("without", [])}
            fixture.update({field: self.decode(v) for field, v in value.get("with", {}).items()})
        return fixture

    def _config(self, fields, _):
        return function_named("train_config")(**self._struct(fields, None))

    def _temp(self, name, _):
        path = os.path.join(tempfile.gettempdir(), name)
        if os.path.exists(path):
            os.remove(path)
        self.outputs.append(path)
        return path

    def _file(self, text, _):
        folder = tempfile.mkdtemp(prefix="dlfp-")
        self._folders.append(folder)
        path = os.path.join(folder, "data.csv")
        if text is not None:
            with open(path, "w") as f:
                f.write(text)
        self.files.append(path)
        return path

    def _bytes(self, hex_text, _):
        folder = tempfile.mkdtemp(prefix="dlfp-")
        self._folders.append(folder)
        path = os.path.join(folder, "data.idx")
        with open(path, "wb") as f:
            f.write(bytes.fromhex(hex_text))
        self.files.append(path)
        return path

    def arguments(self, case):
        """A case's positional and named arguments."""
        return [self.decode(v) for v in case["args"]], {k: self.decode(v) for k, v in case.get("named", {}).items()}

    def message(self, text):
        """A refusal's text with each file's path written FILE, as the table writes it."""
        for path in self.files:
            text = text.replace(path, "FILE")
        return text

    def close(self):
        for folder in self._folders:
            shutil.rmtree(folder, ignore_errors=True)


def bad_input_table():
    """tables/bad_input.json: its fixtures (for Decoder), with REPO, the repository's folder, and its cases."""
    table = read_table("bad_input.json")
    return dict(table["fixtures"], REPO=REPO), table["cases"]
