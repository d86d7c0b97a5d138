"""The chapter table, tables/chapters.json, for make and the tools, and README's chapter table,
which is generated from it. Runs with the system python3: make reads it before setup.
Usage: chapters.py keys          the chapter keys, in order (ch1 ... ch8 tune)
       chapters.py scripts       the script names, in order
       chapters.py script KEY    the script of chapter KEY
       chapters.py readme        rewrite README.md's chapter table (a test fails while it is stale)"""
import json
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BEGIN = "<!-- chapters: generated from tables/chapters.json by tools/chapters.py readme -->"
END = "<!-- end of chapters -->"

with open(os.path.join(REPO, "tables", "chapters.json")) as f:
    CHAPTERS = json.load(f)


def readme_table():
    lines = ["| book chapter | scripts | what it shows |", "|---|---|---|"]
    lines += [f"| {c['title']} | `{c['script']}` | {c['shows']} |" for c in CHAPTERS]
    return "\n".join(lines)


def readme_text(text):
    """README's text with the chapter table between its markers regenerated."""
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    return text[:start] + "\n" + readme_table() + "\n" + text[end:]


def main(args):
    if args == ["keys"]:
        print(" ".join(c["key"] for c in CHAPTERS))
    elif args == ["scripts"]:
        print(" ".join(c["script"] for c in CHAPTERS))
    elif len(args) == 2 and args[0] == "script" and args[1] in [c["key"] for c in CHAPTERS]:
        print(next(c["script"] for c in CHAPTERS if c["key"] == args[1]))
    elif args == ["readme"]:
        path = os.path.join(REPO, "README.md")
        with open(path) as f:
            text = readme_text(f.read())
        with open(path, "w") as f:
            f.write(text)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
