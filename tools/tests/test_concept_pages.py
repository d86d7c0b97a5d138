"""The concept pages: opened in headless Chromium, and the table and code cuts they are built from."""
import ast
import html
import importlib
import inspect
import json
import os
import re
import shutil
import subprocess
import sys
import urllib.parse

import pytest
from latex2mathml.converter import convert

import concept_pages
from chapters import CHAPTERS

REPO = concept_pages.REPO
CONCEPTS = concept_pages.load_concepts()

# Loads every page of the report in a frame, 1280 px wide and (the concept pages) 800 px wide,
# and writes what it measured into #out as JSON.
HARNESS = """<!DOCTYPE html><html><body><iframe id="frame" style="height: 900px"></iframe><pre id="out"></pre><script>
var pages = PAGES, frame = document.getElementById("frame");
function load(url, width) {
  return new Promise(function (resolve) {
    frame.style.width = width + "px";
    frame.onload = function () { resolve(frame.contentDocument); };
    frame.src = url;
  });
}
function all(doc, selector) { return Array.prototype.slice.call(doc.querySelectorAll(selector)); }
function cells(doc) {
  var out = {};
  ["python", "r", "octave"].forEach(function (lang) {
    out[lang] = all(doc, '.function .code[data-lang="' + lang + '"]').map(function (cell) {
      var box = cell.getBoundingClientRect(), pre = cell.querySelector("pre");
      return {name: cell.getAttribute("data-function"), chars: pre ? pre.textContent.trim().length : 0,
              left: box.left, top: box.top};
    });
  });
  return out;
}
async function run() {
  var results = [];
  for (var k = 0; k < pages.length; k++) {
    var doc = await load(pages[k], 1280), view = frame.contentWindow;
    var result = {
      url: pages[k],
      ids: all(doc, "[id]").map(function (e) { return e.id; }),
      links: all(doc, "a[href]").map(function (a) { return a.href; }),
      styles: all(doc, "link[rel=stylesheet]").map(function (l) { return {href: l.href, ok: l.sheet !== null}; }),
      images: all(doc, "img").map(function (i) { return {src: i.src, ok: i.complete && i.naturalWidth > 0}; }),
      maths: all(doc, "math").map(function (m) {
        return {display: view.getComputedStyle(m).display, height: m.getBoundingClientRect().height,
                chars: m.textContent.trim().length}; }),
      parity_rows: all(doc, "section.parity tr.comparison").length,
      wide: cells(doc)
    };
    if (doc.querySelector(".function")) result.narrow = cells(await load(pages[k], 800));
    results.push(result);
  }
  document.getElementById("out").textContent = JSON.stringify(results);
}
run().catch(function (e) { document.getElementById("out").textContent = "error: " + e; });
</script></body></html>
"""


@pytest.fixture(scope="module")
def pages(built, tmp_path_factory):
    """What the harness measured on every page of the report, by path relative to the report."""
    browser = shutil.which("chromium")
    assert browser, "chromium is missing: make setup installs it"
    root = built / "report"
    pages = [root / "index.html"] + sorted((root / "concepts").glob("*.html"))
    harness = tmp_path_factory.mktemp("harness") / "harness.html"
    harness.write_text(HARNESS.replace("PAGES", json.dumps([p.as_uri() for p in pages])))
    dom = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
                          "--virtual-time-budget=120000", "--dump-dom", harness.as_uri()],
                         capture_output=True, text=True, timeout=600).stdout
    match = re.search(r'<pre id="out">(.*?)</pre>', dom, re.DOTALL)
    assert match and match.group(1).startswith("["), f"the harness did not finish: {dom[-1000:]!r}"
    out = html.unescape(match.group(1))
    return {os.path.relpath(urllib.parse.unquote(urllib.parse.urlparse(page["url"]).path), root): page
            for page in json.loads(out)}


def public_functions(key):
    module = importlib.import_module(f"dlfp.{key}")
    return {name for name, value in vars(module).items()
            if inspect.isfunction(value) and value.__module__ == module.__name__ and not name.startswith("_")}


def test_every_page_renders_with_three_aligned_columns_a_formula_and_parity_rows(pages):
    assert set(pages) == {"index.html", "concepts/index.html"} | {f"concepts/{c['key']}.html" for c in CONCEPTS}
    for concept in CONCEPTS:
        page = pages[f"concepts/{concept['key']}.html"]
        wide = page["wide"]
        names = [cell["name"] for cell in wide["python"]]
        assert set(names) == public_functions(concept["key"]), concept["key"]
        for lang in concept_pages.LANGS:
            assert [cell["name"] for cell in wide[lang]] == names, f"{concept['key']}: {lang} differs"
            assert all(cell["chars"] > 0 for cell in wide[lang]), f"{concept['key']}: an empty {lang} cell"
        # Wide, each function's three cells share a row; narrow, they stack.
        for k in range(len(names)):
            python, r, octave = (page["wide"][lang][k] for lang in concept_pages.LANGS)
            assert python["top"] == r["top"] == octave["top"] and python["left"] < r["left"] < octave["left"]
            python, r, octave = (page["narrow"][lang][k] for lang in concept_pages.LANGS)
            assert python["left"] == r["left"] == octave["left"] and python["top"] < r["top"] < octave["top"]
        assert len(page["maths"]) == len(concept["formulas"])
        for math in page["maths"]:
            assert "math" in math["display"] and math["height"] > 10 and math["chars"] > 0, (concept["key"], math)
        assert page["parity_rows"] >= 1, concept["key"]


def test_no_link_image_or_stylesheet_is_broken(built, pages):
    root = built / "report"
    for name, page in pages.items():
        assert all(image["ok"] for image in page["images"]), (name, [i for i in page["images"] if not i["ok"]])
        assert all(style["ok"] for style in page["styles"]), (name, page["styles"])
        for link in page["links"] + [style["href"] for style in page["styles"]]:
            url = urllib.parse.urlparse(link)
            assert url.scheme == "file", f"{name} links outside the report: {link}"
            target = os.path.relpath(urllib.parse.unquote(url.path), root)
            assert os.path.exists(root / target), f"{name}: broken link {link}"
            if url.fragment:
                assert url.fragment in pages[target]["ids"], f"{name}: {link} has no #{url.fragment}"
    links = pages["index.html"]["links"]
    for concept in CONCEPTS:
        page = pages[f"concepts/{concept['key']}.html"]
        assert [link.rsplit("#", 1)[1] for link in page["links"] if "/report/index.html#" in link] == \
            concept["chapters"], concept["key"]
        assert any(link.endswith(f"/concepts/{concept['key']}.html") for link in links), concept["key"]


def test_the_table_has_one_concept_per_source_module_in_every_language():
    keys = [c["key"] for c in CONCEPTS]
    modules = sorted(f.removesuffix(".py") for f in os.listdir(os.path.join(REPO, "python", "dlfp"))
                     if f.endswith(".py") and not f.startswith("__"))
    assert sorted(keys) == modules
    assert sorted(f.removesuffix(".R") for f in os.listdir(os.path.join(REPO, "r", "R"))) == modules
    # Not the chapter scripts, nor tests/ (the test support).
    assert sorted(d for d in os.listdir(os.path.join(REPO, "octave"))
                  if os.path.isdir(os.path.join(REPO, "octave", d)) and d not in ("scripts", "tests")) == modules


def test_every_formula_converts_to_mathml():
    for concept in CONCEPTS:
        assert concept["formulas"], concept["key"]
        for formula in concept["formulas"]:
            mathml = convert(formula["latex"], display="block")
            # latex2mathml passes an unknown command through as text.
            assert "\\" not in re.sub(r"<[^>]+>", "", mathml), (concept["key"], formula["latex"])
            assert formula["caption"]


def test_python_functions_are_cut_whole():
    for concept in CONCEPTS:
        module = importlib.import_module(f"dlfp.{concept['key']}")
        for name, (line, code) in concept_pages.python_functions(concept["key"]).items():
            source, first = inspect.getsourcelines(getattr(module, name))
            assert (line, code) == (first, "".join(source).rstrip("\n")), name


def test_r_functions_are_cut_at_their_closing_brace():
    text = 'f <- function(x = "{") {\n  y <- "}"  # a } and a " in a comment\n  if (x) { `}` }\n}\ng <- 1\n'
    assert text[:concept_pages.r_function_end(text, 0)].endswith("`}` }\n}")
    # Each cut parses in R as exactly one expression: not cut short, not running into the next function.
    cuts = {name: code for c in CONCEPTS for name, (_, code) in concept_pages.r_functions(c["key"]).items()}
    assert set(cuts) == {name for c in CONCEPTS for name in concept_pages.python_functions(c["key"])}
    script = ("cuts <- jsonlite::fromJSON(file('stdin'));"
              "for (name in names(cuts)) cat(name, length(parse(text = cuts[[name]])), "
              "identical(as.character(parse(text = cuts[[name]])[[1]][[2]]), name), '\\n')")
    out = subprocess.run(["Rscript", "-e", script], input=json.dumps(cuts), capture_output=True, text=True, check=True)
    assert sorted(out.stdout.split("\n")[:-1]) == sorted(f"{name} 1 TRUE " for name in cuts)
    for name, code in cuts.items():
        assert code.startswith(("#'", f"{name} <- function")), name


def test_octave_functions_keep_their_help_and_drop_their_tests():
    for concept in CONCEPTS:
        for name, (_, code) in concept_pages.octave_functions(concept["key"]).items():
            with open(os.path.join(REPO, "octave", concept["key"], f"{name}.m")) as f:
                text = f.read()
            assert text.startswith(code) and code.startswith("##") and code.endswith("endfunction"), name
            assert re.search(rf"^function .*\b{name} \(", code, re.MULTILINE), name
            # Only tests and the comments between them are left out.
            assert "%!" not in code and all(line.startswith(("%!", "#")) or not line.strip()
                                            for line in text[len(code):].splitlines()), name


def recording_tests():
    """{file::function} of the parity tests that log comparisons: they call assert_agree or record,
    directly or through a helper function of their module."""
    folder = os.path.join(REPO, "parity_tests")
    found = set()
    for file in sorted(os.listdir(folder)):
        if not (file.startswith("test_") and file.endswith(".py")):
            continue
        with open(os.path.join(folder, file)) as f:
            functions = {n.name: n for n in ast.parse(f.read()).body if isinstance(n, ast.FunctionDef)}
        calls = {name: {c.func.id for c in ast.walk(node) if isinstance(c, ast.Call) and isinstance(c.func, ast.Name)}
                 for name, node in functions.items()}
        records = {"assert_agree", "record"}
        while True:
            more = {name for name, called in calls.items() if called & records} - records
            if not more:
                break
            records |= more
        found |= {f"{file}::{name}" for name in records if name.startswith("test_")}
    return found


def test_every_recording_parity_test_is_filed_under_a_concept_and_every_entry_exists():
    filed = {test for c in CONCEPTS for test in c["parity_tests"]}
    recording = recording_tests()
    assert len(recording) > 20
    assert recording - {test.split("[")[0] for test in filed} == set()
    collected = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "parity_tests"], cwd=REPO,
                               capture_output=True, text=True).stdout
    nodes = {concept_pages.test_key(line) for line in collected.splitlines() if line.startswith("parity_tests/")}
    assert len(nodes) > 100, collected[-2000:]
    for test in filed:
        if "[" in test:
            assert test in nodes, test
        else:
            assert any(node.split("[")[0] == test for node in nodes), test
        assert test.split("[")[0] in recording, f"{test} logs no comparison"


def test_records_are_filed_by_their_test_not_by_their_name():
    def record(test):
        return {"test": test, "quantity": "q", "pair": "python-r", "abs": 0.0, "rel": 0.0, "tolerance": "exact",
                "passed": True}
    scripts = "parity_tests/test_scripts.py::test_scripts_print_the_same_lines_and_write_plots"
    records = [record(f"{scripts}[ch2_one_hidden_layer]"), record(f"{scripts}[ch5_mnist]"),
               record("test_rng.py::test_streams[uniform-1]"), record("parity_tests/test_api.py::test_each_function")]
    found = concept_pages.concepts_of_records(CONCEPTS, records)
    assert found["experiments"] == records[:1]
    assert found["cli"] == found["plots"] == records[:2]
    assert found["rng"] == records[2:3]
    assert all(records[3] not in filed for filed in found.values())


def test_a_chapter_uses_every_concept_the_table_lists_for_it():
    """The table's chapters for a concept are a subset of the concepts that the chapter's Python
    script reaches through the package's calls (read from the source, not run)."""
    package = os.path.join(REPO, "python", "dlfp")

    def names(tree, module):
        """What each name in a module's namespace is: (module, function)."""
        out = {}
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                out[node.name] = (module, node.name)
            elif isinstance(node, ast.ImportFrom) and node.module:
                out.update({a.asname or a.name: (node.module.split(".")[-1], a.name) for a in node.names})
        return out

    calls = {}
    for concept in CONCEPTS:
        with open(os.path.join(package, f"{concept['key']}.py")) as f:
            tree = ast.parse(f.read())
        namespace = names(tree, concept["key"])
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                calls[concept["key"], node.name] = {namespace[n.id] for n in ast.walk(node)
                                                    if isinstance(n, ast.Name) and n.id in namespace}
    for key, script in ((c["key"], c["script"]) for c in CHAPTERS):
        with open(os.path.join(REPO, "python", "scripts", f"{script}.py")) as f:
            todo = list(names(ast.parse(f.read()), None).values())
        reached = set()
        while todo:
            function = todo.pop()
            if function in calls and function not in reached:
                reached.add(function)
                todo.extend(calls[function])
        listed = {c["key"] for c in CONCEPTS if key in c["chapters"]}
        assert listed <= {module for module, _ in reached}, key
        assert listed, key
