"""tables/bad_input.json replayed in Python alone: every case is refused with its exact message and
writes nothing (the parity suite proves R and Octave give the same)."""
import os

import pytest

from table_values import Decoder, bad_input_table, function_named

FIXTURES, CASES = bad_input_table()


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_bad_input_is_refused_with_the_tables_message(case):
    decoder = Decoder(FIXTURES)
    try:
        args, named = decoder.arguments(case)
        with pytest.raises(ValueError) as error:
            function_named(case["function"])(*args, **named)
        assert decoder.message(str(error.value)) == case["message"]
        assert [path for path in decoder.outputs if os.path.exists(path)] == [], "a refusal wrote a file"
    finally:
        decoder.close()
