"""The command-line interface every chapter script shares, and its error handling."""
import os
import re
import sys

from .data import NUMBER

OPTIONS = {"--data": "data", "--iterations": "iterations", "--learning-rate": "learning_rate",
           "--seed": "seed", "--out": "out"}


class UsageError(ValueError):
    pass


def usage(program, description, defaults):
    return "\n".join([
        f"usage: {program} [--data PATH] [--iterations N] [--learning-rate A] [--seed S] [--out DIR]",
        description,
        f"  --data PATH         data file (default: {defaults['data']})",
        f"  --iterations N      training iterations, a positive integer (default: {defaults['iterations']})",
        f"  --learning-rate A   learning rate, a positive number (default: {defaults['learning_rate']})",
        f"  --seed S            seed of the portable generator, 0..2147483647 (default: {defaults['seed']})",
        f"  --out DIR           folder for the plots (default: {defaults['out']})",
        "  --help              show this help"])


def parse_options(args, defaults, repo):
    """Options as a dict, from "--name value" or "--name=value" pairs; UsageError on anything else.
    Default paths are relative to the repository folder repo, given paths to the working folder."""
    options = dict(defaults)
    options["data"] = os.path.join(repo, defaults["data"])
    options["out"] = os.path.join(repo, defaults["out"])
    i = 0
    while i < len(args):
        name, equals, value = args[i].partition("=")
        if name not in OPTIONS:
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
    if name == "--iterations":
        if not re.fullmatch(r"[0-9]+", value) or int(value) < 1:
            raise UsageError(f"--iterations must be a positive integer, got '{value}'")
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
