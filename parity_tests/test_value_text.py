"""Messages write values the same way in every language (docs/messages.md): tables/value_text.json,
whose entries each native suite also checks on its own, through value_text in Python, R and Octave."""
import os
import sys

import pytest

from agreement import record
from bridge import REPO

sys.path.append(os.path.join(REPO, "python", "tests"))
from table_values import Decoder, read_table  # noqa: E402

ENTRIES = read_table("value_text.json")["entries"]


@pytest.mark.parametrize("entry", ENTRIES, ids=[entry["id"] for entry in ENTRIES])
def test_every_language_writes_a_value_as_the_table_does(langs, entry):
    value, shape = Decoder().decode(entry["value"]), entry.get("shape", False)
    texts = {name: lang.call("value_text", value, shape) for name, lang in langs.items()}
    texts = {name: text[0] if isinstance(text, list) else text for name, text in texts.items()}
    for name in ("r", "octave"):
        record("value_text", f"python-{name}", None, None, "identical text", texts[name] == texts["python"])
    assert texts == {name: entry["text"] for name in langs}, texts
