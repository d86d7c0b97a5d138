"""Every public function refuses bad input with the same one-line message in every language.

The cases are tables/bad_input.json's, which docs/bad_input.md shows and each language's native suite
replays on its own; here the values are decoded once (python/tests/table_values.py) and passed to R
and Octave through the bridge."""
import os
import sys

import pytest

from agreement import record
from bridge import REPO

sys.path.append(os.path.join(REPO, "python", "tests"))
from table_values import Decoder, bad_input_table  # noqa: E402

FIXTURES, CASES = bad_input_table()


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_bad_input_gets_the_same_message_everywhere(langs, case):
    decoder = Decoder(FIXTURES)
    try:
        args, named = decoder.arguments(case)
        messages = {name: decoder.message(lang.error(case["function"], *args, **named)) for name, lang in langs.items()}
        written = [path for path in decoder.outputs if os.path.exists(path)]
    finally:
        decoder.close()
    assert written == [], "a refusal wrote a file"
    for name in ("r", "octave"):
        record(f"{case['function']}: refusal message", f"python-{name}", None, None, "identical message",
               messages[name] == messages["python"])
    assert messages == {name: case["message"] for name in langs}, messages

