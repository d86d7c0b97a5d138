"""The command-line interface every chapter script shares, and its error handling. Each script's
name, description and defaults come from tables/chapters.json, the options from tables/options.json."""
import json
import os
import re
import sys

from threadpoolctl import threadpool_limits

from .data import NUMBER
from .validation import _is_number, value_text


class UsageError(ValueError):
    """A bad command line: run_script prints it as one line and exits with status 1."""


# The installed package's own copies of the tables, the small data files and the scripts.
_PACKAGE = os.path.dirname(os.path.abspath(__file__))


def _table(repo, name):
    with open(os.path.join(_PACKAGE if repo is None else repo, "tables", name)) as f:
        return json.load(f)


def chapter_table(repo):
    """The chapters, in order (tables/chapters.json under the repository folder repo, or the
    package's copy when repo is None): a list of dicts."""
    return _table(repo, "chapters.json")


def option_table(repo):
    """Every option a chapter script may take, in the order of the usage text (tables/options.json
    under repo, or the package's copy when repo is None): a list of dicts with flag, key, value,
    kind, help, help_when and python_only."""
    return _table(repo, "options.json")


def _default_path(path, repo):
    # Outside a checkout a default is the package's copy of the file (data/spiral.csv is
    # extdata/spiral.csv) if it ships one, else relative to the working folder (build).
    if repo is not None:
        return os.path.join(repo, path)
    shipped = os.path.join(_PACKAGE, "extdata", os.path.basename(path))
    return shipped if os.path.isfile(shipped) else path


def usage(program, description, defaults, repo):
    """The help text, listing the options that this script's defaults name."""
    options = [option for option in option_table(repo) if option["key"] in defaults]
    # A flag takes no value.
    named = [" ".join(filter(None, [o["flag"], o["value"]])) for o in options]
    lines = [f"usage: {program} " + " ".join(f"[{name}]" for name in named), description]
    for option, name in zip(options, named):
        # With mini-batches an iteration is an epoch; in a search, an epoch of each trial.
        text = next((text for key, text in option["help_when"].items() if key in defaults), option["help"])
        lines.append(f"  {name:<20}{text} (default: {_default_text(option, defaults[option['key']])})")
    return "\n".join(lines + [f"  {'--help':<20}show this help"])


def _default_text(option, default):
    """A default as the help shows it: a number as messages write it (value_text), sizes as they are
    given (100,50), a flag on or off, a path or text as it is."""
    if option["kind"] == "flag":
        return "on" if default else "off"
    if option["kind"] == "sizes":
        return ",".join(value_text(size) for size in default)
    return "none" if default is None else value_text(default) if _is_number(default) else default


def parse_options(args, defaults, repo):
    """Options as a dict, from "--name value" or "--name=value" pairs for the options that
    defaults names; UsageError on anything else. Default paths are relative to the repository
    folder repo (repo None: the package's copy of the file, else the working folder), given paths
    to the working folder."""
    table = {option["flag"]: option for option in option_table(repo)}
    options = dict(defaults)
    for option in table.values():
        if option["kind"] == "path" and defaults.get(option["key"]) is not None:
            options[option["key"]] = _default_path(defaults[option["key"]], repo)
    i = 0
    while i < len(args):
        name, equals, value = args[i].partition("=")
        option = table.get(name)
        if option is None or option["key"] not in defaults:
            raise UsageError(f"unknown option '{args[i]}'" if args[i].startswith("-") else f"unexpected argument '{args[i]}'")
        if option["kind"] == "flag":
            if equals:
                raise UsageError(f"option {name} takes no value")
            options[option["key"]] = True
            i += 1
            continue
        if not equals:
            i += 1
            if i == len(args):
                raise UsageError(f"option {name} needs a value")
            value = args[i]
        options[option["key"]] = _convert(option, value)
        i += 1
    return options


def _convert(option, value):
    flag, kind = option["flag"], option["kind"]
    if kind == "positive integer":
        if not re.fullmatch(r"[0-9]+", value) or int(value) < 1:
            raise UsageError(f"{flag} must be a positive integer, got '{value}'")
        return int(value)
    if kind == "positive number":
        if not re.fullmatch(NUMBER, value) or not 0 < float(value) < float("inf"):
            raise UsageError(f"{flag} must be a positive number, got '{value}'")
        return float(value)
    if kind == "seed":
        if not re.fullmatch(r"[0-9]+", value) or int(value) > 2147483647:
            raise UsageError(f"{flag} must be an integer in 0..2147483647, got '{value}'")
        return int(value)
    if kind == "fraction":
        if not re.fullmatch(NUMBER, value) or not 0 <= float(value) < 1:
            raise UsageError(f"{flag} must be a number in [0, 1), got '{value}'")
        return float(value)
    if kind == "sizes":
        if not re.fullmatch(r"[0-9]+(?:,[0-9]+)*", value) or min(int(size) for size in value.split(",")) < 1:
            raise UsageError(f"{flag} must be positive integers separated by commas, got '{value}'")
        return [int(size) for size in value.split(",")]
    if value == "":
        raise UsageError(f"option {flag} needs a value")
    return value


def run_script(main, key, repo, extra_defaults=None):
    """Run the script of chapter key (its name, description and defaults from tables/chapters.json, or
    tables/programs.json for the scripts that are not chapters, under the repository folder repo): parse
    sys.argv, run main(options) with one BLAS thread; --help prints the usage;
    a refusal is one line on stderr and exit status 1. extra_defaults adds options that only Python
    offers (the tuner's --workers and --scheduler). A repo without tables/chapters.json (the folder
    above a script installed with the package) counts as None: the package's tables and data."""
    if repo is not None and not os.path.isfile(os.path.join(repo, "tables", "chapters.json")):
        repo = None
    # A chapter, or a program that is not one (tables/programs.json: predict).
    chapters = chapter_table(repo) + _table(repo, "programs.json")
    chapter = next((chapter for chapter in chapters if chapter["key"] == key), None)
    if chapter is None:
        raise ValueError(f"run_script: no chapter '{key}' in tables/chapters.json")
    program, defaults = chapter["script"], dict(chapter["defaults"], **(extra_defaults or {}))
    args = sys.argv[1:]
    if "--help" in args or "-h" in args:
        print(usage(program, chapter["description"], defaults, repo))
        return
    try:
        # One BLAS thread: dlfp's matrices are small (at most 784 x 4000), and on a shared machine numpy's threads
        # only wait for each other (chapter 6 took 70 s with them and 7.4 s without; `make bench` measures it).
        with threadpool_limits(limits=1, user_api="blas"):
            main(parse_options(args, defaults, repo))
    except (ValueError, OSError) as error:
        print(f"{program}: {error}", file=sys.stderr)
        sys.exit(1)
