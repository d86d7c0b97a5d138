"""The chapter notebooks, executed at their quick settings and opened in headless Chromium."""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import urllib.parse

import pytest

import notebooks
from chapters import CHAPTERS

# Loads every executed page in a frame and writes what it found into #out as JSON.
HARNESS = """<!DOCTYPE html><html><body><iframe id="frame" style="width: 1280px; height: 900px"></iframe>
<pre id="out"></pre><script>
var pages = PAGES, frame = document.getElementById("frame");
function load(url) {
  return new Promise(function (resolve) { frame.onload = function () { resolve(frame.contentDocument); }; frame.src = url; });
}
function all(doc, selector) { return Array.prototype.slice.call(doc.querySelectorAll(selector)); }
async function run() {
  var results = [];
  for (var k = 0; k < pages.length; k++) {
    var doc = await load(pages[k]);
    results.push({
      url: pages[k],
      images: all(doc, "img").map(function (i) { return {src: i.src.slice(0, 40), ok: i.complete && i.naturalWidth > 0}; }),
      scripts: all(doc, "script[src]").map(function (s) { return s.src; }),
      errors: all(doc, '[data-mime-type="application/vnd.jupyter.stderr"], .jp-OutputArea-output.jp-RenderedText[data-mime-type="application/vnd.jupyter.error"]').length,
      maths: all(doc, "math").map(function (m) { return m.getBoundingClientRect().height; }),
      cells: all(doc, ".jp-CodeCell").map(function (c) { return c.textContent.indexOf("%%R") >= 0 ? "r" : c.textContent.indexOf("%%octave") >= 0 ? "octave" : "python"; })
    });
  }
  document.getElementById("out").textContent = JSON.stringify(results);
}
run().catch(function (e) { document.getElementById("out").textContent = "error: " + e; });
</script></body></html>
"""


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    """Every chapter's notebook executed at its quick settings, and what the harness saw on its page."""
    run = subprocess.run([sys.executable, "tools/notebooks.py", "quick"], cwd=notebooks.REPO, capture_output=True,
                         text=True)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-5000:]
    browser = shutil.which("chromium")
    assert browser, "chromium is missing: make setup installs it"
    paths = [os.path.join(notebooks.OUT, f"{chapter['key']}.html") for chapter in CHAPTERS]
    harness = tmp_path_factory.mktemp("harness") / "harness.html"
    harness.write_text(HARNESS.replace("PAGES", json.dumps([f"file://{path}" for path in paths])))
    dom = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
                          "--virtual-time-budget=120000", "--dump-dom", harness.as_uri()],
                         capture_output=True, text=True, timeout=600).stdout
    match = re.search(r'<pre id="out">(.*?)</pre>', dom, re.DOTALL)
    assert match and match.group(1).startswith("["), f"the harness did not finish: {dom[-1000:]!r}"
    return {os.path.basename(urllib.parse.urlparse(page["url"]).path)[:-len(".html")]: page
            for page in json.loads(html.unescape(match.group(1)))}


def test_every_chapter_has_a_notebook_in_three_languages(pages):
    assert set(pages) == {chapter["key"] for chapter in CHAPTERS}
    for key, page in pages.items():
        assert {"python", "r", "octave"} <= set(page["cells"]), key


def test_pages_open_offline_with_their_images_formulas_and_no_error_output(pages):
    for key, page in pages.items():
        assert page["errors"] == 0, key
        assert page["scripts"] == [], f"{key} loads scripts: {page['scripts']}"
        assert len(page["images"]) >= 3 and all(image["ok"] for image in page["images"]), (key, page["images"])
        # Laid out as MathML (a formula the browser cannot draw has no height).
        assert page["maths"] and all(height > 5 for height in page["maths"]), (key, page["maths"])


def test_quick_settings_are_the_chapter_table_defaults_with_its_notebook_args():
    options = {o["flag"]: o["key"] for o in notebooks.table("options.json")}
    for chapter in CHAPTERS:
        quick, book = notebooks.settings(chapter, "quick"), notebooks.settings(chapter, "book")
        assert book == chapter["defaults"]
        changed = {key for key in quick if quick[key] != book.get(key)}
        assert changed == {options[flag] for flag in chapter["notebook_args"][::2]}, chapter["key"]
