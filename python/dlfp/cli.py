"""The command-line interface every chapter script shares, and its error handling. Each script's
name, description and defaults come from tables/chapters.json, the options from tables/options.json."""
import json
import os
import re
import sys

from .data import NUMBER
from .validation import _is_number, value_text


class UsageError(ValueError):
    pass


def _table(repo, name):
    with open(os.path.join(repo, "tables", name)) as f:
        return json.load(f)


def chapter_table(repo):
    """The chapters, in order (tables/chapters.json under the repository folder repo): a list of dicts."""
    return _table(repo, "chapters.json")


def option_table(repo):
    """Every option a chapter script may take, in the order of the usage text (tables/options.json):
    a list of dicts with flag, key, value, kind, help, help_when and python_only."""
    return _table(repo, "options.json")


def usage(program, description, defaults, repo):
    """The help text, listing the options that this script's defaults name."""
    options = [option for option in option_table(repo) if option["key"] in defaults]
    lines = [f"usage: {program} " + " ".join(f"[{o['flag']} {o['value']}]" for o in options), description]
    for option in options:
        # With mini-batches an iteration is an epoch; in a search, an epoch of each trial.
        text = next((text for key, text in option["help_when"].items() if key in defaults), option["help"])
        default = defaults[option["key"]]
        # A number as messages write it (value_text), a path as it is.
        default = "none" if default is None else value_text(default) if _is_number(default) else default
        lines.append(f"  {option['flag'] + ' ' + option['value']:<20}{text} (default: {default})")
    return "\n".join(lines + [f"  {'--help':<20}show this help"])


def parse_options(args, defaults, repo):
    """Options as a dict, from "--name value" or "--name=value" pairs for the options that
    defaults names; UsageError on anything else. Default paths are relative to the repository
    folder repo, given paths to the working folder."""
    table = {option["flag"]: option for option in option_table(repo)}
    options = dict(defaults)
    for option in table.values():
        if option["kind"] == "path" and defaults.get(option["key"]) is not None:
            options[option["key"]] = os.path.join(repo, defaults[option["key"]])
    i = 0
    while i < len(args):
        name, equals, value = args[i].partition("=")
        option = table.get(name)
        if option is None or option["key"] not in defaults:
            raise UsageError(f"unknown option '{args[i]}'" if args[i].startswith("-") else f"unexpected argument '{args[i]}'")
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
    if value == "":
        raise UsageError(f"option {flag} needs a value")
    return value


def run_script(main, key, repo, extra_defaults=None):
    """Run the script of chapter key (its name, description and defaults from tables/chapters.json, or
    tables/programs.json for the scripts that are not chapters, under the repository folder repo): parse sys.argv, run main(options); --help prints the usage;
    a refusal is one line on stderr and exit status 1. extra_defaults adds options that only Python
    offers (the tuner's --workers and --scheduler)."""
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
        main(parse_options(args, defaults, repo))
    except (ValueError, OSError) as error:
        print(f"{program}: {error}", file=sys.stderr)
        sys.exit(1)
