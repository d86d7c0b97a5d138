"""The dlfp command (and python -m dlfp): `dlfp ch4 --iterations 100` runs chapter 4's script with
the scripts' own options (tables/options.json); `dlfp --help` lists the chapters of
tables/chapters.json. The scripts ship inside the package, so this works outside a checkout: the
defaults then read the package's copies of the data files, and plots go to build/ under the
working folder."""
import os
import runpy
import sys

from .cli import chapter_table


def main(args=None):
    """Run the chapter named by args[0] (default: the command line) with the rest of args as its
    options; print the list of chapters for --help, and refuse anything else with one line."""
    args = sys.argv[1:] if args is None else list(args)
    chapters = chapter_table(None)
    keys = [chapter["key"] for chapter in chapters]
    if args and args[0] in ("-h", "--help"):
        print("usage: dlfp CHAPTER [options]    (dlfp CHAPTER --help lists a chapter's options)")
        for chapter in chapters:
            print(f"  {chapter['key']:<6}{chapter['description']}")
        return 0
    if not args or args[0] not in keys:
        got = f"unknown chapter '{args[0]}'" if args else "a chapter is needed"
        print(f"dlfp: {got}: one of {', '.join(keys)}", file=sys.stderr)
        return 1
    script = chapters[keys.index(args[0])]["script"]
    # The real path: in a checkout the scripts folder is a link to python/scripts, whose
    # repository the script then finds (and writes its plots to the repository's build/).
    path = os.path.realpath(os.path.join(os.path.dirname(__file__), "scripts", script + ".py"))
    sys.argv = [path] + args[1:]
    runpy.run_path(path, run_name="__main__")
    return 0


if __name__ == "__main__":
    sys.exit(main())
