"""The command-line interface every chapter script shares, and its error handling."""
import os
import re
import sys

from .data import NUMBER

OPTIONS = {"--data": "data", "--test-data": "test_data", "--iterations": "iterations",
           "--learning-rate": "learning_rate", "--batch-size": "batch_size", "--trials": "trials",
           "--workers": "workers", "--scheduler": "scheduler", "--seed": "seed", "--out": "out"}
PATHS = ("data", "test_data", "out")


class UsageError(ValueError):
    pass


HELP = {"data": ("PATH", "data file"), "test_data": ("PATH", "test data file"),
        "iterations": ("N", "training iterations, a positive integer"),
        "learning_rate": ("A", "learning rate, a positive number"),
        "batch_size": ("B", "mini-batch size, a positive integer"),
        "trials": ("N", "trials per search round, a positive integer"),
        "workers": ("W", "trials run at once in local processes, a positive integer"),
        "scheduler": ("ADDRESS", "run the trials on this dask.distributed scheduler"),
        "seed": ("S", "seed of the portable generator, 0..2147483647"), "out": ("DIR", "folder for the plots")}


def usage(program, description, defaults):
    """The help text, listing the options that this script's defaults name."""
    options = [(option, key) for option, key in OPTIONS.items() if key in defaults]
    lines = [f"usage: {program} " + " ".join(f"[{option} {HELP[key][0]}]" for option, key in options), description]
    for option, key in options:
        value, text = HELP[key]
        if key == "iterations" and "batch_size" in defaults:
            text = "training epochs, a positive integer"
        if key == "iterations" and "trials" in defaults:
            text = "training epochs per trial, a positive integer"
        default = "none" if defaults[key] is None else defaults[key]
        lines.append(f"  {option + ' ' + value:<20}{text} (default: {default})")
    return "\n".join(lines + [f"  {'--help':<20}show this help"])


def parse_options(args, defaults, repo):
    """Options as a dict, from "--name value" or "--name=value" pairs for the options that
    defaults names; UsageError on anything else. Default paths are relative to the repository
    folder repo, given paths to the working folder."""
    options = dict(defaults)
    for key in PATHS:
        if key in defaults:
            options[key] = os.path.join(repo, defaults[key])
    i = 0
    while i < len(args):
        name, equals, value = args[i].partition("=")
        if OPTIONS.get(name) not in defaults:
            raise UsageError(f"unknown option '{args[i]}'" if args[i].startswith("-") else f"unexpected argument '{args[i]}'")
        if not equals:
            i += 1
            if i == len(args):
                raise UsageError(f"option {name} needs a value")
            value = args[i]
        options[OPTIONS[name]] = _convert(name, value)
        i += 1
    return options


def _convert(name, value):
    if name in ("--iterations", "--batch-size", "--trials", "--workers"):
        if not re.fullmatch(r"[0-9]+", value) or int(value) < 1:
            raise UsageError(f"{name} must be a positive integer, got '{value}'")
        return int(value)
    if name == "--learning-rate":
        if not re.fullmatch(NUMBER, value) or not 0 < float(value) < float("inf"):
            raise UsageError(f"--learning-rate must be a positive number, got '{value}'")
        return float(value)
    if name == "--seed":
        if not re.fullmatch(r"[0-9]+", value) or int(value) > 2147483647:
            raise UsageError(f"--seed must be an integer in 0..2147483647, got '{value}'")
        return int(value)
    if value == "":
        raise UsageError(f"option {name} needs a value")
    return value


def run_script(main, program, description, defaults, repo):
    """Parse sys.argv, run main(options); a refusal is one line on stderr and exit status 1."""
    args = sys.argv[1:]
    if "--help" in args or "-h" in args:
        print(usage(program, description, defaults))
        return
    try:
        main(parse_options(args, defaults, repo))
    except (ValueError, OSError) as error:
        print(f"{program}: {error}", file=sys.stderr)
        sys.exit(1)
