"""Side-by-side pages: each concept's public functions in Python, R and Octave, its formulas and its
parity evidence, written into build/report/concepts/ by tools/report.py.

The code is cut from the source files at build time (Python with ast, R from `name <- function` to
its closing brace with its roxygen comment, Octave's whole function file without its tests); the
formulas, chapters and parity tests of each concept come from tables/concepts.json, the comparisons
from the parity suite's log.
"""
import ast
import collections
import html
import json
import os
import re

from latex2mathml.converter import convert
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import OctaveLexer, PythonLexer, SLexer

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TABLE = os.path.join(REPO, "tables", "concepts.json")
LANGS = ("python", "r", "octave")
NAMES = {"python": "Python", "r": "R", "octave": "Octave"}
LEXERS = {"python": PythonLexer, "r": SLexer, "octave": OctaveLexer}
FORMATTER = HtmlFormatter(cssclass="highlight")


def load_concepts():
    with open(TABLE) as f:
        return json.load(f)["concepts"]


def python_functions(key):
    """{name: (first line, source)} of the module's public top-level functions, in file order."""
    path = os.path.join(REPO, "python", "dlfp", f"{key}.py")
    with open(path) as f:
        text = f.read()
    lines = text.splitlines()
    return {node.name: (node.lineno, "\n".join(lines[node.lineno - 1:node.end_lineno]))
            for node in ast.parse(text).body if isinstance(node, ast.FunctionDef) and not node.name.startswith("_")}


def r_exports():
    with open(os.path.join(REPO, "r", "NAMESPACE")) as f:
        text = f.read()
    return {name for group in re.findall(r"^export\(([^)]*)\)", text, re.MULTILINE)
            for name in re.split(r"[\s,]+", group) if name}


def r_function_end(text, start):
    """The offset just past the brace that closes the first brace after start, skipping R's strings
    and comments (a "#" or a brace inside a string is text, not code)."""
    depth, i, quote = 0, start, None
    while i < len(text):
        c = text[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = None
        elif c in "\"'`":
            quote = c
        elif c == "#":
            i = text.find("\n", i)
            if i < 0:
                break
        elif c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError(f"no closing brace for the function at offset {start}")


def r_functions(key):
    """{name: (first line, source)} of the file's exported functions with their roxygen comments."""
    path = os.path.join(REPO, "r", "R", f"{key}.R")
    with open(path) as f:
        text = f.read()
    exported = r_exports()
    found = {}
    for match in re.finditer(r"^([A-Za-z][\w.]*) <- function", text, re.MULTILINE):
        if match.group(1) not in exported:
            continue
        start = match.start()
        # Back over the roxygen lines (#') right above the definition.
        while start > 0:
            previous = text.rfind("\n", 0, start - 1) + 1
            if not text[previous:start].startswith("#'"):
                break
            start = previous
        found[match.group(1)] = (text.count("\n", 0, start) + 1, text[start:r_function_end(text, match.start())])
    return found


def octave_functions(key):
    """{name: (1, source)}: each function file of octave/<key>/, without its %!test and %!error blocks
    and the comments that introduce them."""
    folder = os.path.join(REPO, "octave", key)
    found = {}
    for file in sorted(os.listdir(folder)):
        if not file.endswith(".m"):
            continue
        with open(os.path.join(folder, file)) as f:
            lines = f.read().splitlines()
        tests = next((k for k, line in enumerate(lines) if line.startswith("%!")), len(lines))
        code = lines[:tests]
        while code and (not code[-1].strip() or code[-1].lstrip().startswith(("#", "%"))):
            code.pop()
        found[file.removesuffix(".m")] = (1, "\n".join(code))
    return found


def octave_only():
    """The Octave stand-ins and why each exists, from the API parity test that allows them."""
    with open(os.path.join(REPO, "parity_tests", "test_api.py")) as f:
        tree = ast.parse(f.read())
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "OCTAVE_ONLY" for t in node.targets):
            return ast.literal_eval(node.value)
    raise ValueError("parity_tests/test_api.py defines no OCTAVE_ONLY")


def sources(key):
    """{lang: {name: (first line, source)}} for one concept."""
    return {"python": python_functions(key), "r": r_functions(key), "octave": octave_functions(key)}


def source_path(lang, key, name):
    return {"python": f"python/dlfp/{key}.py", "r": f"r/R/{key}.R", "octave": f"octave/{key}/{name}.m"}[lang]


def test_key(test):
    """A log record's test (pytest's node id) as the table writes it: file::function[case]."""
    path, _, name = test.partition("::")
    return f"{os.path.basename(path)}::{name}"


def concepts_of_records(concepts, records):
    """{concept key: its records}: a record belongs to every concept whose parity_tests name its test,
    either as file::function (every case) or as file::function[case] (that case)."""
    owners = collections.defaultdict(set)
    for concept in concepts:
        for test in concept["parity_tests"]:
            owners[test].add(concept["key"])
    found = collections.defaultdict(list)
    for r in records:
        node = test_key(r["test"])
        for key in owners.get(node, set()) | owners.get(node.split("[")[0], set()):
            found[key].append(r)
    return found


def number(value):
    return "" if value is None else "0" if value == 0 else f"{value:.2e}"


def parity_section(concept, records, tolerances):
    """Rows per test function, language pair and tolerance, in the table's order: cases, quantities,
    the worst gaps (and where the relative one is), pass or fail; then the table's tests that this
    build's log lacks."""
    rows = {}
    for r in records:
        node = test_key(r["test"])
        row = rows.setdefault((node.split("[")[0], r["pair"], r["tolerance"]),
                              {"cases": set(), "count": 0, "abs": None, "rel": None, "where": "", "passed": True})
        row["cases"].add(node)
        row["count"] += 1
        if r["abs"] is not None and (row["abs"] is None or r["abs"] > row["abs"]):
            row["abs"] = r["abs"]
        if r["rel"] is not None and (row["rel"] is None or r["rel"] > row["rel"]):
            row["rel"], row["where"] = r["rel"], r["quantity"]
        row["passed"] = row["passed"] and r["passed"]
    out = ['<section class="parity"><h2>Parity evidence</h2>']
    if concept.get("parity_note"):
        out.append(f"<p>{html.escape(concept['parity_note'])}</p>")
    if not rows:
        out.append('<p class="bad">No comparison of this concept is in this build\'s parity log.</p>')
    else:
        failed = sum(not r["passed"] for r in records)
        out.append(f'<p class="{"bad" if failed else "ok"}">{len(records)} comparisons in this build, '
                   f'{f"{failed} FAIL" if failed else "all pass"}.</p>')
        out.append('<div class="scroll"><table><tr><th>parity test</th><th>languages</th><th>cases</th>'
                   "<th>quantities</th><th>worst absolute</th><th>worst relative</th><th>where</th><th>tolerance</th>"
                   "<th></th></tr>")
        tests = [t.split("[")[0] for t in concept["parity_tests"]]
        pairs = ["python-r", "python-octave", "r-octave"]
        for test, pair, tolerance in sorted(rows, key=lambda k: (tests.index(k[0]), pairs.index(k[1])
                                                                 if k[1] in pairs else len(pairs), k)):
            row = rows[test, pair, tolerance]
            allowed = tolerances.get(tolerance)
            file, name = (html.escape(part) for part in test.split("::"))
            numbers = (html.escape(pair), len(row["cases"]), row["count"], number(row["abs"]), number(row["rel"]))
            where = html.escape(row["where"]) if row["rel"] else ""
            tol = html.escape(f"{tolerance} ({allowed:g})" if allowed is not None else tolerance)
            verdict = '<td class="ok">pass</td>' if row["passed"] else '<td class="bad">FAIL</td>'
            # The test's and the quantity's long names may break; the numbers may not.
            out.append(f'<tr class="comparison"><td class="wrap"><code>{file}::<wbr>{name}</code></td>' +
                       "".join(f"<td>{c}</td>" for c in numbers) +
                       f'<td class="wrap">{where}</td><td>{tol}</td>{verdict}</tr>')
        out.append("</table></div>")
    seen = {test for test, _, _ in rows} | {node for row in rows.values() for node in row["cases"]}
    missing = [t for t in concept["parity_tests"] if t not in seen]
    if missing:
        out.append("<p>Not in this build's log: " + ", ".join(f"<code>{html.escape(t)}</code>" for t in missing) +
                   "</p>")
    return "\n".join(out) + "</section>"


def formula_section(concept):
    out = ['<section class="formulas">']
    for formula in concept["formulas"]:
        out.append(f'<figure class="formula">{convert(formula["latex"], display="block")}'
                   f'<figcaption>{html.escape(formula["caption"])}</figcaption></figure>')
    return "\n".join(out) + "</section>"


def code_cell(lang, key, name, found):
    if name not in found:
        return f'<div class="code missing" data-lang="{lang}"><div class="lang">{NAMES[lang]}: missing</div></div>'
    line, code = found[name]
    return (f'<div class="code" data-lang="{lang}" data-function="{name}"><div class="lang">{NAMES[lang]} '
            f'<span class="where">{source_path(lang, key, name)}:{line}</span></div>'
            f"{highlight(code, LEXERS[lang](), FORMATTER)}</div>")


def function_rows(key, code):
    """One row per function, Python's order first; Octave's stand-ins (no Python or R function of
    that name, by design) below, with the reason."""
    stand_ins = octave_only()
    names = list(dict.fromkeys(name for lang in LANGS for name in code[lang]
                               if not (lang == "octave" and name in stand_ins)))
    out = ['<section class="functions"><h2>The functions</h2><div class="heading">' +
           "".join(f"<div>{NAMES[lang]}</div>" for lang in LANGS) + "</div>"]
    for name in names:
        out.append(f'<article class="function" id="{name}"><h3><a href="#{name}">{name}</a></h3><div class="columns">' +
                   "".join(code_cell(lang, key, name, code[lang]) for lang in LANGS) + "</div></article>")
    for name in (name for name in code["octave"] if name in stand_ins):
        out.append(f'<article class="octave-only" id="{name}"><h3>{name} (Octave only)</h3>'
                   f"<p>Stands in for {html.escape(stand_ins[name])}.</p>"
                   f'{code_cell("octave", key, name, code["octave"])}</article>')
    return "\n".join(out) + "</section>", names


def line_count(found):
    return sum(code.count("\n") + 1 for _, code in found.values())


def concept_page(concept, neighbours, chapters, records, tolerances):
    key = concept["key"]
    code = sources(key)
    rows, names = function_rows(key, code)
    titles = dict(chapters)
    used = ", ".join(f'<a href="../index.html#{c}">{html.escape(titles[c])}</a>' for c in concept["chapters"])
    nav = " · ".join(f'<a href="{k}.html">{label} {html.escape(k)}</a>' for label, k in neighbours if k)
    body = (f'<nav><a href="index.html">all concepts</a> · <a href="../index.html">the report</a> · {nav}</nav>'
            f'<h1>{html.escape(concept["title"])} <code>{key}</code></h1><p>{html.escape(concept["summary"])}</p>'
            f'<p class="chapters">Used in: {used}</p>'
            f'<p class="toc">Functions: ' + ", ".join(f'<a href="#{n}"><code>{n}</code></a>' for n in names) + "</p>"
            f"{formula_section(concept)}\n{rows}\n{parity_section(concept, records, tolerances)}")
    return PAGE.format(title=f"dlfp: {html.escape(concept['title'])}", body=body), code


def index_page(concepts, counts, records_of):
    out = ['<nav><a href="../index.html">the report</a></nav><h1>dlfp: every concept in Python, R and Octave</h1>'
           "<p>Each page shows a concept's formulas, its public functions side by side in the three languages (cut "
           "from the source files when the report was built: Python from <code>python/dlfp/</code>, R from "
           "<code>r/R/</code> with its roxygen comments, Octave from <code>octave/</code> with its help text and "
           "without its tests) and the parity suite's comparisons of them in this build. The lines are those of "
           "the functions shown, comments and help text included (Octave's with its stand-ins).</p>",
           "<table><tr><th>concept</th><th></th><th>functions</th><th>Python lines</th><th>R lines</th>"
           "<th>Octave lines</th><th>parity comparisons</th></tr>"]
    for concept in concepts:
        key = concept["key"]
        records = records_of[key]
        passed = sum(r["passed"] for r in records)
        n, lines = counts[key]
        out.append(f'<tr><td><a href="{key}.html"><code>{key}</code></a></td><td>{html.escape(concept["title"])}</td>'
                   f"<td>{n}</td>" + "".join(f'<td class="lines">{lines[lang]}</td>' for lang in LANGS) +
                   f'<td class="{"ok" if records and passed == len(records) else "bad"}">{passed} of {len(records)} '
                   "pass</td></tr>")
    out.append(f'<tr><th colspan="2">all concepts</th><th>{sum(n for n, _ in counts.values())}</th>' +
               "".join(f'<th class="lines">{sum(lines[lang] for _, lines in counts.values())}</th>' for lang in LANGS) +
               "<th></th></tr></table>")
    return PAGE.format(title="dlfp: the concepts side by side", body="\n".join(out))


def chapter_links(chapter):
    """The report's line for a chapter section: the concepts its scripts use, linked to their pages."""
    links = [f'<a href="concepts/{c["key"]}.html" title="{html.escape(c["title"])}"><code>{c["key"]}</code></a>'
             for c in load_concepts() if chapter in c["chapters"]]
    return f'<p class="concepts">Concepts: {" · ".join(links)}</p>'


def write(report, chapters, records, tolerances):
    """Write report/concepts/: index.html, one page per concept and their stylesheet.
    chapters: (key, title) of the report's chapter sections."""
    concepts = load_concepts()
    unknown = sorted({c for concept in concepts for c in concept["chapters"]} - {key for key, _ in chapters})
    if unknown:
        raise ValueError(f"tables/concepts.json names chapters the report does not have: {unknown}")
    folder = os.path.join(report, "concepts")
    os.makedirs(folder, exist_ok=True)
    records_of = concepts_of_records(concepts, records)
    keys = [c["key"] for c in concepts]
    counts = {}
    for k, concept in enumerate(concepts):
        neighbours = [("previous:", keys[k - 1] if k else None), ("next:", keys[k + 1] if k + 1 < len(keys) else None)]
        page, code = concept_page(concept, neighbours, chapters, records_of[concept["key"]], tolerances)
        counts[concept["key"]] = (len(code["python"]), {lang: line_count(code[lang]) for lang in LANGS})
        save(os.path.join(folder, f"{concept['key']}.html"), page)
    save(os.path.join(folder, "index.html"), index_page(concepts, counts, records_of))
    save(os.path.join(folder, "concepts.css"), CSS + FORMATTER.get_style_defs(".highlight"))


def save(path, text):
    with open(path + ".tmp", "w") as f:
        f.write(text)
    os.replace(path + ".tmp", path)


PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title><link rel="stylesheet" href="concepts.css"></head>
<body>
{body}
</body></html>
"""

CSS = """body { font-family: sans-serif; margin: 1.5em auto; padding: 0 1em; color: #222; max-width: 1800px; }
nav { font-size: 0.9em; }
table { border-collapse: collapse; margin: 0.8em 0; font-size: 0.9em; }
td, th { border: 1px solid #ccc; padding: 0.2em 0.5em; text-align: left; }
.lines { text-align: right; }
.scroll { overflow-x: auto; }
.parity td { white-space: nowrap; } .parity td.wrap { white-space: normal; overflow-wrap: anywhere; }
.ok { color: #1a7f37; } .bad { color: #c62828; font-weight: bold; }
section { border-top: 2px solid #ddd; margin-top: 1.5em; }
figure.formula { margin: 0.8em 0; }
figure.formula figcaption { font-size: 0.85em; color: #555; text-align: center; }
math { font-family: "DejaVu Math TeX Gyre", "STIX Two Math", "Latin Modern Math", math; font-size: 1.15em; }
.heading, .columns { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 0.6em; }
.heading div { font-weight: bold; font-size: 1.1em; }
article h3 { margin: 1.2em 0 0.3em; }
article h3 a { color: inherit; text-decoration: none; font-family: monospace; }
.code { min-width: 0; border: 1px solid #ddd; border-radius: 4px; background: #f8f8f8; }
.code .lang { font-size: 0.8em; color: #555; padding: 0.2em 0.5em; border-bottom: 1px solid #ddd; }
.code .where { font-family: monospace; float: right; }
.code.missing { background: #fdecea; }
.highlight pre { margin: 0; padding: 0.5em; font-size: 12px; line-height: 1.35; overflow-x: auto; }
/* Below about 900 px the three languages stack, each still labelled. */
@media (max-width: 900px) {
  .heading { display: none; }
  .columns { grid-template-columns: minmax(0, 1fr); }
}
"""
