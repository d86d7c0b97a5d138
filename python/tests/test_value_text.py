"""tables/value_text.json: how messages write values (docs/messages.md), in Python alone (the parity
suite proves R and Octave write the same)."""
import pytest

from dlfp.validation import value_text

from table_values import Decoder, read_table

ENTRIES = read_table("value_text.json")["entries"]


@pytest.mark.parametrize("entry", ENTRIES, ids=[entry["id"] for entry in ENTRIES])
def test_values_are_written_as_the_table_writes_them(entry):
    assert value_text(Decoder().decode(entry["value"]), shape=entry.get("shape", False)) == entry["text"]
