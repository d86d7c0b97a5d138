import pytest

from dlfp.cli import UsageError, parse_options

DEFAULTS = {"data": "data/x.csv", "iterations": 10, "learning_rate": 0.5, "seed": 1, "out": "build"}


def test_defaults_are_relative_to_the_repository():
    options = parse_options([], DEFAULTS, "/repo")
    assert options == {"data": "/repo/data/x.csv", "iterations": 10, "learning_rate": 0.5, "seed": 1,
                       "out": "/repo/build"}


def test_both_option_forms_are_read():
    options = parse_options(["--iterations", "7", "--learning-rate=0.25", "--seed=0", "--data", "d.csv"],
                            DEFAULTS, "/repo")
    assert (options["iterations"], options["learning_rate"], options["seed"], options["data"]) == (7, 0.25, 0, "d.csv")


@pytest.mark.parametrize("args,message", [
    (["--iterations", "0"], "--iterations must be a positive integer, got '0'"),
    (["--iterations", "1.5"], "--iterations must be a positive integer, got '1.5'"),
    (["--learning-rate", "-1"], "--learning-rate must be a positive number, got '-1'"),
    (["--learning-rate", "nan"], "--learning-rate must be a positive number, got 'nan'"),
    (["--seed", "2147483648"], "--seed must be an integer in 0..2147483647, got '2147483648'"),
    (["--bogus", "1"], "unknown option '--bogus'"),
    (["extra"], "unexpected argument 'extra'"),
    (["--data"], "option --data needs a value"),
    (["--out="], "option --out needs a value"),
])
def test_bad_options_are_refused(args, message):
    with pytest.raises(UsageError) as error:
        parse_options(args, DEFAULTS, "/repo")
    assert str(error.value) == message
