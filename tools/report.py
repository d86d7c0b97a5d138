"""Writes the parity report: every chapter in every language, side by side, in one HTML page.

Reads what `make all` leaves behind: each script's output (build/logs/<script>_<lang>.log), with the
record of what it trained (format_run's lines: data file, examples, features, classes, network), its
status and seconds (build/logs/runs.tsv), its plots (build/<chapter>_<plot>_<lang>.png) and the
parity suite's comparisons (build/report/parity.jsonl, written through DLFP_PARITY_LOG), each filed
under the chapter its record names. The chapters, their titles and plots come from tables/chapters.json.
Usage: report.py BUILD_DIR  (writes BUILD_DIR/report/index.html and its overlay plots)
"""
import collections
import html
import json
import math
import os
import re
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from chapters import CHAPTERS, claim_verdict, read_table  # noqa: E402
import concept_pages  # noqa: E402

LANGS = ("python", "r", "octave")
NAMES = {"python": "Python", "r": "R", "octave": "Octave"}
STYLES = {"python": "-", "r": "--", "octave": ":"}
COST = re.compile(r"^(?:iteration|epoch) (\d+): cost (\S+)$")
ACCURACY = re.compile(r"^(train|test) accuracy: (\S+)$")
# format_metrics' summary lines: the accuracy's 95 % interval and kappa (the per-class rows stay in the output).
METRIC = re.compile(r"^(accuracy 95 % confidence interval|kappa): (.+)$")
# The run's record (format_run): what the script trained on, and its network or networks.
RECORD = re.compile(r"^(data|classes|held out|network|networks): (.+)$")
RECORD_DATA = re.compile(r"^'(.*)', (\d+) examples of (\d+) features$")


def read_runs(logs):
    runs = {}
    path = os.path.join(logs, "runs.tsv")
    if os.path.exists(path):
        for line in open(path):
            script, lang, status, seconds = line.rstrip("\n").split("\t")[:4]
            runs[script, lang] = (status, float(seconds))
    return runs


def read_run_options(logs):
    """The options each run was given (runs.tsv's last column), by (script, language)."""
    path = os.path.join(logs, "runs.tsv")
    fields = [line.rstrip("\n").split("\t") for line in open(path)] if os.path.exists(path) else []
    return {(f[0], f[1]): f[4] if len(f) > 4 else "" for f in fields}


def parse_log(path):
    """(curves, accuracies, lines): cost curves by run name (a run starts at a line "== name"),
    the accuracy lines and format_metrics' interval and kappa lines (named with their run), and all lines."""
    curves, accuracies, run = collections.OrderedDict(), [], ""
    lines = open(path).read().splitlines() if os.path.exists(path) else []
    for line in lines:
        if line.startswith("== "):
            run = line[3:].split(":")[0]
        elif COST.match(line):
            i, cost = COST.match(line).groups()
            curves.setdefault(run, []).append((int(i), float(cost)))
        elif ACCURACY.match(line):
            accuracies.append(line)
        elif METRIC.match(line):
            name, value = METRIC.match(line).groups()
            accuracies.append(f"{name} ({run}): {value}" if run else line)
    return curves, accuracies, lines


def read_record(lines):
    """The run's record (format_run's lines) as {field: text}, the first line of each field; {} if none."""
    record = {}
    for line in lines:
        match = RECORD.match(line)
        if match and match.group(1) not in record:
            record[match.group(1)] = match.group(2)
    return record


def record_data(record):
    """(file name, examples, features) of a record's data line, or None."""
    match = RECORD_DATA.match(record.get("data", ""))
    return (match.group(1), int(match.group(2)), int(match.group(3))) if match else None


def own_data(chapter):
    """The file name of the chapter's own data (its default): a record names files without their folder."""
    return os.path.basename(chapter["defaults"]["data"])


def run_description(chapter, records):
    """What this run trained, from the records the three languages printed: a table of its data file,
    examples, features, classes, held-out examples and network, and a note when the data is not the
    chapter's own (so that the chapter's text about its data is not taken to describe this run)."""
    shown = [records[lang] for lang in LANGS if records[lang]]
    if not shown:
        return "", None
    record = shown[0]
    data = record_data(record)
    rows = []
    if data:
        rows += [("data file", f"<code>{html.escape(data[0])}</code>"), ("examples", str(data[1])),
                 ("features", str(data[2]))]
    rows += [(name, html.escape(record[field])) for name, field in
             (("classes", "classes"), ("held out", "held out"), ("network", "network"), ("networks", "networks"))
             if field in record]
    out = ['<table class="record">' + "".join(f"<tr><th>{name}</th><td>{value}</td></tr>" for name, value in rows)
           + "</table>"]
    fields = dict.fromkeys(field for lang in LANGS for field in records[lang])
    differ = [field for field in fields if len({records[lang].get(field) for lang in LANGS}) > 1]
    if differ:
        out.append('<p class="bad">The three languages printed different records of this run: ' + "; ".join(
            f"{field}: " + ", ".join(f"{NAMES[lang]} {html.escape(records[lang].get(field, 'none'))}" for lang in LANGS)
            for field in differ) + "</p>")
    name = data[0] if data else None
    if name is not None and name != own_data(chapter):
        out.append(f'<p class="note">This run trained on <code>{html.escape(name)}</code>, not the chapter\'s own data '
                   f"(<code>{html.escape(own_data(chapter))}</code>): the sentence above says what the chapter teaches "
                   "on its own data; this table, the plots and the numbers below are this run's.</p>")
    return "\n".join(out), name


def from_this_run(build, logs, runs, script, lang, path):
    """Whether a plot file exists and was written by the run the log records, not left by an earlier run
    (a run on other data may not draw it): not older than the run's start, its log's last write less its
    seconds (and a second of rounding)."""
    if not os.path.exists(path):
        return False
    log = os.path.join(logs, f"{script}_{lang}.log")
    if (script, lang) not in runs or not os.path.exists(log):
        return True
    return os.path.getmtime(path) >= os.path.getmtime(log) - runs[script, lang][1] - 1


def overlay(curves, path, title):
    """The three languages' printed cost curves on one axis: they should coincide."""
    fig, ax = plt.subplots(figsize=(6.5, 4))
    colours = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    runs = list(dict.fromkeys(run for lang in LANGS for run in curves[lang]))
    for k, run in enumerate(runs):
        for lang in LANGS:
            points = curves[lang].get(run)
            if points:
                label = f"{run} ({NAMES[lang]})" if run else NAMES[lang]
                ax.plot(*zip(*points), STYLES[lang], marker=".", color=colours[k % len(colours)], label=label)
    if all(c > 0 for lang in LANGS for run in curves[lang].values() for _, c in run):
        ax.set_yscale("log")
    ax.set_xlabel("iteration or epoch")
    ax.set_ylabel("cost")
    ax.set_title(title)
    ax.legend(fontsize=7, ncol=2 if len(runs) > 1 else 1)
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)


def number(value):
    if value is None:
        return ""
    return "0" if value == 0 else f"{value:.2e}" if math.isfinite(value) else str(value)


def parity_rows(records):
    """One row per test, language pair and tolerance: how many quantities, the worst gaps, pass or fail."""
    rows = collections.OrderedDict()
    for r in records:
        key = (r["test"].split("::")[-1], r["pair"], r["tolerance"])
        row = rows.setdefault(key, {"count": 0, "abs": None, "rel": None, "passed": True})
        row["count"] += 1
        for gap in ("abs", "rel"):
            if r[gap] is not None:
                row[gap] = r[gap] if row[gap] is None else max(row[gap], r[gap])
        row["passed"] = row["passed"] and r["passed"]
    return rows


def claims_list(chapter, lines):
    """What the chapter's variants show, each claim judged on each language's own printed table."""
    if "claims" not in chapter:
        return ""
    tables = {lang: read_table(lines[lang], chapter["figures"][0]) for lang in LANGS}
    items = []
    for claim in chapter["claims"]:
        verdicts = {lang: claim_verdict(claim, tables[lang]) if tables[lang] else (False, "no table printed")
                    for lang in LANGS}
        holds = [NAMES[lang] for lang in LANGS if verdicts[lang][0]]
        fails = [NAMES[lang] for lang in LANGS if not verdicts[lang][0]]
        verdict = "holds in " + ", ".join(holds) if not fails else "does not hold in " + ", ".join(fails)
        items.append(f'<li class="{"ok" if not fails else "bad"}">{html.escape(claim["says"])}: '
                     f'{verdict} ({html.escape(verdicts["python"][1])})</li>')
    return ("<p>What this run's numbers show (each claim of tables/chapters.json judged on each language's printed "
            "table):</p><ul class=\"claims\">" + "".join(items) + "</ul>")


def section(build, report, chapter, runs, records, tolerances):
    """The chapter's section and the name of the data file its run trained on (None: no record)."""
    key, script, title = chapter["key"], chapter["script"], chapter["title"]
    logs = os.path.join(build, "logs")
    parsed = {lang: parse_log(os.path.join(logs, f"{script}_{lang}.log")) for lang in LANGS}
    description, data = run_description(chapter, {lang: read_record(parsed[lang][2]) for lang in LANGS})
    teaches = html.escape(chapter["teaches"])
    if data is not None and data != own_data(chapter):
        teaches = (f"<strong>What the chapter teaches</strong>, on its own data "
                   f"(<code>{html.escape(own_data(chapter))}</code>): {teaches}")
    out = [f'<section id="{key}"><h2>{html.escape(title)}</h2><p>{teaches}</p>', description,
           claims_list(chapter, {lang: parsed[lang][2] for lang in LANGS}), concept_pages.chapter_links(key)]
    if os.path.exists(os.path.join(report, "notebooks", f"{key}.html")):
        out.append(f'<p><a href="notebooks/{key}.html">The notebook</a>: the same steps in Python, R and Octave, '
                   "one after another, executed by this build.</p>")
    # What this build ran: its options and what the loader printed of its data (row names, classes).
    options = read_run_options(logs)
    args = {options.get((script, lang), "") for lang in LANGS}
    notes = [line for line in parsed["python"][2] if line.startswith(("read_dataset: ", "no decision boundary"))]
    if args != {""} or notes:
        out.append("<p>This build ran it with " + html.escape(" ".join(sorted(args)) or "the chapter's defaults")
                   + "</p>" + "".join(f"<p><code>{html.escape(line)}</code></p>" for line in notes))
    out.append("<table><tr><th></th>" + "".join(f"<th>{NAMES[l]}</th>" for l in LANGS) + "</tr>")
    status = {lang: runs.get((script, lang), ("not run", None)) for lang in LANGS}
    out.append("<tr><td>run</td>" + "".join(
        f'<td class="{"ok" if s == "ok" else "bad"}">{s}' + (f" in {t:.1f} s" if t is not None else "") + "</td>"
        for s, t in status.values()) + "</tr>")
    runs_named = list(dict.fromkeys(run for lang in LANGS for run in parsed[lang][0]))
    for run in runs_named:
        cells = []
        for lang in LANGS:
            points = parsed[lang][0].get(run)
            cells.append(f"<td>{points[-1][1]:.10g}</td>" if points else "<td></td>")
        label = f"final cost ({html.escape(run)})" if run else "final cost"
        out.append(f"<tr><td>{label}</td>{''.join(cells)}</tr>")
    for k, line in enumerate(parsed["python"][1]):
        name = line.split(":")[0]
        cells = [f"<td>{html.escape(parsed[l][1][k].split(': ')[1]) if k < len(parsed[l][1]) else ''}</td>" for l in LANGS]
        out.append(f"<tr><td>{html.escape(name)}</td>{''.join(cells)}</tr>")
    out.append("</table>")
    if any(parsed[lang][0] for lang in LANGS):
        name = f"{key}_overlay.png"
        overlay({lang: parsed[lang][0] for lang in LANGS}, os.path.join(report, name),
                f"{title}: the three languages' cost lines")
        out.append(f'<figure class="overlay"><img src="{name}" alt="{key} overlay"><figcaption>Python solid, R dashed, '
                   "Octave dotted: the printed costs of the three languages</figcaption></figure>")
    for plot in chapter["plots"]:
        # A run on other data may not draw a plot (no decision boundary beyond two features): no broken image,
        # and no plot that an earlier run left.
        figures = [f'<figure><img src="../{key}_{plot}_{lang}.png" alt="{key} {plot} {lang}"><figcaption>{NAMES[lang]}'
                   "</figcaption></figure>"
                   if from_this_run(build, logs, runs, script, lang, os.path.join(build, f"{key}_{plot}_{lang}.png"))
                   else f"<figure><figcaption>{NAMES[lang]}: no {plot} plot written by this run</figcaption></figure>"
                   for lang in LANGS]
        out.append('<div class="row">' + "".join(figures) + "</div>")
    output = {lang: "\n".join(parsed[lang][2]) for lang in LANGS}
    out.append("<details><summary>printed output</summary>" + "".join(
        f"<h4>{NAMES[lang]}</h4><pre>{html.escape(output[lang])}</pre>" for lang in LANGS) + "</details>")
    if records and data is not None and data != own_data(chapter):
        out.append(f"<p>No parity comparison for this data (<code>{html.escape(data)}</code>): the parity suite's "
                   "comparisons below were made on the chapter's own data.</p>")
    out.append(parity_table(records, tolerances))
    out.append("</section>")
    return "\n".join(out), data


def parity_table(records, tolerances):
    rows = parity_rows(records)
    if not rows:
        return "<p>No parity comparison for this data: the parity suite recorded none for this part.</p>"
    out = ["<table class='parity'><tr><th>comparison</th><th>languages</th><th>quantities</th>"
           "<th>worst absolute</th><th>worst relative</th><th>tolerance</th><th></th></tr>"]
    for (test, pair, tolerance), row in rows.items():
        allowed = tolerances.get(tolerance)
        tol = f"{tolerance} ({allowed:g})" if allowed is not None else tolerance
        out.append(f"<tr><td>{html.escape(test)}</td><td>{pair}</td><td>{row['count']}</td><td>{number(row['abs'])}</td>"
                   f"<td>{number(row['rel'])}</td><td>{html.escape(tol)}</td>"
                   f"<td class='{'ok' if row['passed'] else 'bad'}'>{'pass' if row['passed'] else 'FAIL'}</td></tr>")
    return "\n".join(out) + "</table>"


def main(build):
    report = os.path.join(build, "report")
    os.makedirs(report, exist_ok=True)
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "parity_tests"))
    from tolerances import TOLERANCES
    tolerances = {t.name: t.value for t in TOLERANCES.values()}
    parity_log = os.path.join(report, "parity.jsonl")
    records = [json.loads(line) for line in open(parity_log)] if os.path.exists(parity_log) else []
    by_part = collections.defaultdict(list)
    for r in records:
        by_part[r["chapter"]].append(r)
    runs = read_runs(os.path.join(build, "logs"))
    summary = ["<table><tr><th>chapter</th>" + "".join(f"<th>{NAMES[l]}</th>" for l in LANGS) +
               "<th>parity comparisons</th><th>worst relative gap</th></tr>"]
    sections = []
    for chapter in CHAPTERS:
        key, script, title = chapter["key"], chapter["script"], chapter["title"]
        part = by_part[key]
        passed = sum(r["passed"] for r in part)
        rels = [r["rel"] for r in part if r["rel"] is not None]
        cells = "".join(
            f'<td class="{"ok" if runs.get((script, l), ("",))[0] == "ok" else "bad"}">'
            f'{runs.get((script, l), ("not run",))[0]}</td>' for l in LANGS)
        text, data = section(build, report, chapter, runs, part, tolerances)
        sections.append(text)
        # The suite's comparisons are of the chapter's own data: a run on other data has none.
        other = data is not None and data != own_data(chapter)
        summary.append(f'<tr><td><a href="#{key}">{html.escape(title)}</a></td>{cells}'
                       + (f'<td class="{"ok" if passed == len(part) else "bad"}">{passed} of {len(part)} pass'
                          + (" (on the chapter's own data; none for this run's)" if other else "") + "</td>"
                          if part else "<td>no parity comparison for this data</td>") +
                       f"<td>{number(max(rels)) if rels else ''}</td></tr>")
    foundation = by_part["foundation"]
    summary.append(f'<tr><td><a href="#foundation">The foundation: generator and data</a></td><td colspan="3"></td>'
                   + (f'<td class="{"ok" if all(r["passed"] for r in foundation) else "bad"}">'
                      f'{sum(r["passed"] for r in foundation)} of {len(foundation)} pass</td>' if foundation else
                      "<td>no parity comparison recorded</td>") + "<td></td></tr></table>")
    sections.append('<section id="foundation"><h2>The foundation: generator and data</h2><p>The portable random '
                    "generator and the data loaders, compared bit for bit.</p>" + parity_table(foundation, tolerances) +
                    "</section>")
    concept_pages.write(report, [(c["key"], c["title"]) for c in CHAPTERS], records, tolerances)
    page = PAGE.format(summary="\n".join(summary), sections="\n".join(sections))
    with open(os.path.join(report, "index.html.tmp"), "w") as f:
        f.write(page)
    os.replace(os.path.join(report, "index.html.tmp"), os.path.join(report, "index.html"))
    print(f"report: {os.path.join(report, 'index.html')}")


PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>dlfp: the three languages side by side</title>
<style>
body {{ font-family: sans-serif; max-width: 1250px; margin: 2em auto; padding: 0 1em; color: #222; }}
table {{ border-collapse: collapse; margin: 0.8em 0; font-size: 0.9em; }}
td, th {{ border: 1px solid #ccc; padding: 0.2em 0.5em; text-align: left; }}
.ok {{ color: #1a7f37; }} .bad {{ color: #c62828; font-weight: bold; }}
.row {{ display: flex; gap: 0.5em; }} .row figure {{ flex: 1; margin: 0; }}
img {{ max-width: 100%; }} figure.overlay img {{ max-width: 650px; }}
figcaption {{ text-align: center; font-size: 0.85em; color: #555; }}
section {{ border-top: 2px solid #ddd; margin-top: 2em; }}
pre {{ font-size: 0.8em; background: #f6f6f6; padding: 0.5em; overflow-x: auto; }}
.note {{ background: #fff8e1; padding: 0.4em 0.6em; }}
</style></head>
<body>
<h1>dlfp: every chapter in Python, R and Octave</h1>
<p>Each chapter's scripts ran in all three languages; the parity suite compared their numbers. A comparison passes
when the worst difference, relative to the quantity's scale, is within the tolerance that
<code>parity_tests/tolerances.py</code> gives with its reason (0 means bit for bit).</p>
<p><a href="concepts/index.html">Every concept side by side</a>: its formulas, its functions in Python, R and Octave,
and the comparisons that prove them equal.</p>
{summary}
{sections}
<script>
window.addEventListener("load", function () {{
  var images = document.images, loaded = 0;
  for (var i = 0; i < images.length; i++) if (images[i].complete && images[i].naturalWidth > 0) loaded++;
  document.body.setAttribute("data-images-loaded", loaded + "/" + images.length);
}});
</script>
</body></html>
"""

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "build")
