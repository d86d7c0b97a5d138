"""The chapter table, tables/chapters.json, for make and the tools, and README's chapter table,
which is generated from it. Runs with the system python3: make reads it before setup.
Usage: chapters.py keys          the chapter keys, in order (ch1 ... ch8 tune)
       chapters.py scripts       the script names, in order
       chapters.py script KEY    the script of chapter KEY
       chapters.py readme        rewrite README.md's chapter table (a test fails while it is stale)

A chapter whose variants each make a point carries `figures`, its script's summary table at the defaults
(header line first, as printed), and `claims`, each comparing one column between named rows. README states
the figures and the claims; a tool test runs the script at its defaults and requires the same table with
every claim holding, and the report evaluates the claims on each language's own run.

A chapter whose text cites what its run prints carries `prints`: those lines, exactly as the script prints them at
its defaults and in that order (a result, never written into `shows` by hand). README quotes them after the
chapter's `shows`; the same tool test runs the script at its defaults and requires them."""
import json
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BEGIN = "<!-- chapters: generated from tables/chapters.json by tools/chapters.py readme -->"
END = "<!-- end of chapters -->"

with open(os.path.join(REPO, "tables", "chapters.json")) as f:
    CHAPTERS = json.load(f)


def read_table(lines, header):
    """The rows of the summary table whose header line is header, among a run's printed lines:
    {row name: {column: number}}, or None if the run printed no such table. Columns are separated by
    two or more spaces in the header (a column's name may hold one space); a row is its name and
    one number per column."""
    lines = [line.rstrip() for line in lines]
    if header.rstrip() not in lines:
        return None
    start = lines.index(header.rstrip()) + 1
    columns = re.split(r"\s{2,}", header.strip())[1:]
    rows = {}
    for line in lines[start:]:
        fields = line.split()
        if len(fields) != len(columns) + 1:
            break
        try:
            rows[fields[0]] = dict(zip(columns, map(float, fields[1:])))
        except ValueError:
            break
    return rows


def claim_verdict(claim, rows):
    """(holds, evidence) for one claim on a table from read_table: the run's value in the column
    is lower (or higher) than each of the others'; evidence names the numbers compared."""
    column, run = claim["column"], claim["run"]
    missing = [name for name in [run] + claim["than"] if name not in rows or column not in rows[name]]
    if missing:
        return False, f"no {column} for {', '.join(missing)}"
    value = rows[run][column]
    others = [rows[name][column] for name in claim["than"]]
    holds = all(value < other if claim["is"] == "lower" else value > other for other in others)
    evidence = f"{column}: {run} {value:g} against " + ", ".join(
        f"{name} {other:g}" for name, other in zip(claim["than"], others))
    return holds, evidence


def figures_text(chapter):
    """README's statement of a chapter's figures and claims, from its figures and claims."""
    header = chapter["figures"][0]
    rows = read_table(chapter["figures"], header)
    runs = "; ".join(name + ": " + ", ".join(f"{column} {text}" for column, text in
                                             zip(re.split(r"\s{2,}", header.strip())[1:], line.split()[1:]))
                     for name, line in zip(rows, chapter["figures"][1:]))
    claims = "; ".join(claim["says"] for claim in chapter["claims"])
    return f"At the defaults ({runs}): {claims} (a tool test runs the defaults and checks these)"


def prints_text(chapter):
    """README's quotation of the lines a chapter prints at its defaults (its prints)."""
    quoted = ", ".join(f"`{line.strip()}`" for line in chapter["prints"])
    return f"At the defaults it prints {quoted} (a tool test runs the defaults and checks these)"


def readme_table():
    lines = ["| book chapter | scripts | what it shows |", "|---|---|---|"]
    lines += [f"| {c['title']} | `{c['script']}` | {c['shows']}" + (f". {figures_text(c)}" if "figures" in c else "")
              + (f". {prints_text(c)}" if "prints" in c else "") + " |" for c in CHAPTERS]
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
