"""`make notebooks`: execute every chapter's notebook (notebooks/<script>.py, jupytext percent format)
with nbclient and write executed HTML pages to build/report/notebooks/.

Usage: notebooks.py quick|book [KEY ...]
  quick  the chapter table's notebook_args over its defaults (make notebooks, make test)
  book   the chapter table's defaults, the book's settings (make all)
       notebooks.py serve
  Jupyter Notebook on notebooks/ with the settings below (make jupyter)
A notebook's cell tagged "parameters" is replaced by the settings, as one JSON literal."""
import json
import os
import re
import sys
import tempfile

import jupytext
from jupyter_client import KernelManager
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from latex2mathml.converter import convert
from nbconvert import HTMLExporter

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOTEBOOKS = os.path.join(REPO, "notebooks")
OUT = os.path.join(REPO, "build", "report", "notebooks")
CELL_SECONDS = 1800
# What R (a warning message), Octave (warning: ...) and Python (...Warning:) print when they warn.
WARNING = re.compile(r"Warning message|^warning:|\w+Warning:", re.M)
# oct2py's %%octave starts this Octave: without -H (no history file) Octave 7.3 prints "error: ignoring
# const execution_exception&" at exit, and octave-cli has no GUI to warn about.
os.environ.setdefault("OCTAVE_EXECUTABLE", "octave-cli -H")
# rpy2 lists every R library when %load_ext loads grDevices, and R warns that Debian's site library
# /usr/local/lib/R/site-library is empty; the libraries that hold packages are the rest.
os.environ.setdefault("R_LIBS_SITE", "/usr/lib/R/site-library")


def table(name):
    with open(os.path.join(REPO, "tables", name)) as f:
        return json.load(f)


def settings(chapter, mode):
    """The chapter's defaults, with its notebook_args applied in quick mode (flags from options.json)."""
    values = dict(chapter["defaults"])
    if mode == "quick":
        options = {o["flag"]: o for o in table("options.json")}
        args = chapter["notebook_args"]
        for flag, value in zip(args[::2], args[1::2]):
            numeric = options[flag]["kind"] in ("positive integer", "seed")
            values[options[flag]["key"]] = int(value) if numeric else value
    return values


def with_mathml(markdown):
    """Markdown with its $$display$$ and $inline$ LaTeX as MathML, which browsers draw without scripts."""
    markdown = re.sub(r"\$\$(.+?)\$\$", lambda m: convert(m.group(1), display="block"), markdown, flags=re.S)
    return re.sub(r"\$(.+?)\$", lambda m: convert(m.group(1)), markdown)


def notebook_path(chapter):
    return os.path.join(NOTEBOOKS, chapter["script"] + ".py")


def execute(chapter, mode):
    """Run one notebook in notebooks/ and write its HTML page; returns the page's path."""
    notebook = jupytext.read(notebook_path(chapter))
    cells = [i for i, cell in enumerate(notebook.cells) if "parameters" in cell.metadata.get("tags", [])]
    if len(cells) != 1:
        raise SystemExit(f"notebooks: {chapter['script']} needs one cell tagged parameters, found {len(cells)}")
    notebook.cells[cells[0]].source = ("# The chapter's settings, written by tools/notebooks.py "
                                       f"({mode}).\nsettings = {settings(chapter, mode)!r}")
    # A local socket (ipc) instead of TCP: the kernel is this machine's, and TCP makes it warn.
    kernel = KernelManager(kernel_name="python3", transport="ipc",
                           connection_file=os.path.join(tempfile.mkdtemp(), "kernel.json"))
    client = NotebookClient(notebook, km=kernel, timeout=CELL_SECONDS, resources={"metadata": {"path": NOTEBOOKS}})
    try:
        client.execute()
    except CellExecutionError as error:
        raise SystemExit(f"notebooks: {chapter['script']} failed:\n{error}")
    finally:
        if kernel.has_kernel:
            kernel.shutdown_kernel()
    errors = [output.text for cell in notebook.cells for output in cell.get("outputs", [])
              if output.output_type == "stream" and (output.name == "stderr" or WARNING.search(output.text))]
    if errors:
        raise SystemExit(f"notebooks: {chapter['script']} wrote to stderr:\n" + "".join(errors))
    os.makedirs(OUT, exist_ok=True)
    page = os.path.join(OUT, chapter["key"] + ".html")
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            cell.source = with_mathml(cell.source)
    exporter = HTMLExporter(extra_template_paths=[os.path.join(REPO, "tools", "notebook_page")],
                            template_file="page.html.j2")
    body, _ = exporter.from_notebook_node(notebook)
    with open(page, "w") as f:
        f.write(body)
    return page


def main(args):
    if args == ["serve"]:
        os.execv(os.path.join(os.path.dirname(sys.executable), "jupyter"),
                 ["jupyter", "notebook", f"--notebook-dir={NOTEBOOKS}", "--ip=127.0.0.1"])
    if not args or args[0] not in ("quick", "book"):
        sys.exit(__doc__)
    chapters = [c for c in table("chapters.json") if not args[1:] or c["key"] in args[1:]]
    for chapter in chapters:
        print(f"notebooks: {chapter['script']} ({args[0]}) ...", flush=True)
        print(f"notebooks: wrote {os.path.relpath(execute(chapter, args[0]), REPO)}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
