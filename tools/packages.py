"""Builds the R and Octave packages' source trees from the repository, writing what each derives
from the one place of each fact: the version (VERSION), the authors and the citation
(CITATION.cff), the licence (LICENSE), the tables and the small data files.

    python3 tools/packages.py r FOLDER       the R source package in FOLDER/dlfp (R CMD build/INSTALL it)
    python3 tools/packages.py octave FOLDER  the Octave package tree in FOLDER/dlfp (tar it for pkg install)
    python3 tools/packages.py dist FOLDER    all three packages: FOLDER/r, FOLDER/python, FOLDER/octave (make dist)
    python3 tools/packages.py man            r/man from the roxygen comments of r/R (roxygen2)
    python3 tools/packages.py man FOLDER     the same pages into FOLDER/man, r/ untouched (the staleness test)
"""
import datetime
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile

import yaml

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The data files the chapters' defaults name that every package ships (MNIST stays in the
# repository: 9 MB); R's tests read the MNIST test digits too.
DATA = ["spiral.csv", "moons.csv", "moons_noisy.csv", "cancer.csv", "README.md"]
R_TEST_DATA = ["mnist_test.csv"]
# The tables the scripts read (programs.json: predict); R's tests replay the refusal and value tables as well.
TABLES = ["chapters.json", "options.json", "programs.json"]
R_TEST_TABLES = ["bad_input.json", "value_text.json", "csv_dialect.json"]


def read(*path):
    with open(os.path.join(REPO, *path), encoding="utf-8") as f:
        return f.read()


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def version():
    return read("VERSION").strip()


def citation():
    return yaml.safe_load(read("CITATION.cff"))


def copyright_line():
    """(year, holder) from LICENSE's "Copyright (c) YEAR HOLDER" line."""
    year, holder = re.search(r"^Copyright \(c\) (\d{4}) (.+)$", read("LICENSE"), re.MULTILINE).groups()
    return year, holder


def r_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def r_person(author, roles=None):
    """An R person() call from a CITATION.cff author (a person or an entity's name)."""
    if "name" in author:
        args = [r_string(author["name"])]
    else:
        args = [r_string(author["given-names"]), r_string(author["family-names"])]
    if "email" in author:
        args.append(f"email = {r_string(author['email'])}")
    if roles:
        args.append("role = c(" + ", ".join(r_string(role) for role in roles) + ")")
    return "person(" + ", ".join(args) + ")"


def r_description():
    """r/DESCRIPTION with the version, the authors and the licence added."""
    authors = citation()["authors"]
    people = [r_person(author, ["aut", "cre", "cph"] if i == 0 else ["aut"]) for i, author in enumerate(authors)]
    fields = read("r", "DESCRIPTION").rstrip("\n")
    return (fields + f"\nVersion: {version()}\nAuthors@R: c({', '.join(people)})\nLicense: MIT + file LICENSE\n")


def r_citation():
    """inst/CITATION: the software (its version from the installed package's DESCRIPTION) and the book."""
    cff = citation()
    year, _ = copyright_line()
    book = cff["references"][0]
    software_authors = ", ".join(r_person(author) for author in cff["authors"])
    book_authors = ", ".join(r_person(author) for author in book["authors"])
    return f"""# Written by tools/packages.py from CITATION.cff: edit that file, not this one.
citHeader({r_string(cff["message"])})

bibentry(bibtype = "Manual",
         title = {r_string(cff["title"])},
         author = c({software_authors}),
         year = {r_string(year)},
         note = paste("R package version", meta$Version))

bibentry(bibtype = "Misc",
         title = {r_string(book["title"])},
         author = c({book_authors}),
         howpublished = {r_string("code: " + book["repository-code"])})
"""


def copy_files(source, names, target):
    os.makedirs(target, exist_ok=True)
    for name in names:
        shutil.copyfile(os.path.join(REPO, source, name), os.path.join(target, name))


def stage_r(folder):
    """The R source package in folder/dlfp: r/ with the derived DESCRIPTION fields, the two-line LICENSE
    that R's MIT + file LICENSE means, and inst/ (the scripts, tables, data and CITATION)."""
    package = os.path.join(folder, "dlfp")
    shutil.rmtree(package, ignore_errors=True)
    shutil.copytree(os.path.join(REPO, "r"), package, ignore=shutil.ignore_patterns("scripts"))
    write(os.path.join(package, "DESCRIPTION"), r_description())
    year, holder = copyright_line()
    write(os.path.join(package, "LICENSE"), f"YEAR: {year}\nCOPYRIGHT HOLDER: {holder}\n")
    inst = os.path.join(package, "inst")
    shutil.copytree(os.path.join(REPO, "r", "scripts"), os.path.join(inst, "scripts"))
    copy_files("tables", TABLES + R_TEST_TABLES, os.path.join(inst, "tables"))
    copy_files("data", DATA + R_TEST_DATA, os.path.join(inst, "extdata"))
    write(os.path.join(inst, "CITATION"), r_citation())
    return package


def man(target=None):
    """Run roxygen2's Rd roclet on a staged copy (it needs the DESCRIPTION's derived fields) and put
    the pages in target/man (default: r/man, which is replaced)."""
    with tempfile.TemporaryDirectory() as scratch:
        package = stage_r(scratch)
        shutil.rmtree(os.path.join(package, "man"), ignore_errors=True)
        subprocess.run(["Rscript", "-e", 'roxygen2::roxygenise(".", roclets = "rd", load_code = "source")'],
                       cwd=package, check=True, capture_output=True)
        destination = os.path.join(target, "man") if target else os.path.join(REPO, "r", "man")
        shutil.rmtree(destination, ignore_errors=True)
        shutil.copytree(os.path.join(package, "man"), destination)


def concept_folders():
    """octave/'s concept folders, as add_dlfp_paths finds them: every folder but scripts/ and tests/."""
    root = os.path.join(REPO, "octave")
    return sorted(name for name in os.listdir(root)
                  if os.path.isdir(os.path.join(root, name)) and name not in ("scripts", "tests"))


def octave_description():
    author = citation()["authors"][0]
    person = f"{author['name']} <{author['email']}>"
    # The last commit's date (today's outside a git checkout).
    date = subprocess.run(["git", "log", "-1", "--format=%cs"], cwd=REPO, capture_output=True,
                          text=True).stdout.strip() or datetime.date.today().isoformat()
    return f"""Name: dlfp
Version: {version()}
Date: {date}
Author: {person}
Maintainer: {person}
Title: Deep Learning from first principles, the Octave version
Description: The Octave version of dlfp, the reference suite for the book
 Deep Learning from first principles in vectorized Python, R and Octave: the
 same functions, arguments and numbers as the Python and R versions, with a
 portable random generator that is bit for bit identical in all three.
Depends: octave (>= 7.3.0)
License: MIT
Url: https://github.com/tvganesh/DeepLearningFromFirstPrinciples
"""


def octave_index(folders):
    """INDEX: each concept folder's function files (not private/), under the concept's name."""
    lines = ["dlfp >> Deep Learning from first principles"]
    for folder in folders:
        names = sorted(f[:-2] for f in os.listdir(os.path.join(REPO, "octave", folder)) if f.endswith(".m"))
        lines += [folder] + [f" {name}" for name in names]
    return "\n".join(lines) + "\n"


def octave_citation():
    """The text Octave's citation dlfp prints, from CITATION.cff."""
    cff = citation()
    year, _ = copyright_line()
    book = cff["references"][0]
    people = ", ".join(a.get("name") or f"{a['given-names']} {a['family-names']}" for a in book["authors"])
    return (f"{cff['message']}\n\n"
            f"  {cff['authors'][0]['name']} ({year}). {cff['title']}. Octave package version {version()}.\n\n"
            f"  {people}. {book['title']}. Code: {book['repository-code']}\n")


def stage_octave(folder):
    """The Octave package tree in folder/dlfp (tar it as dlfp-VERSION.tar.gz for pkg install):
    DESCRIPTION, COPYING (LICENSE), INDEX, NEWS, CITATION and inst/ with the concept folders, a PKG_ADD
    that puts them on the path (PKG_DEL takes them off), the scripts, tables and small data."""
    package = os.path.join(folder, "dlfp")
    shutil.rmtree(package, ignore_errors=True)
    folders = concept_folders()
    inst = os.path.join(package, "inst")
    for name in folders + ["scripts"]:
        shutil.copytree(os.path.join(REPO, "octave", name), os.path.join(inst, name))
    write(os.path.join(package, "DESCRIPTION"), octave_description())
    write(os.path.join(package, "COPYING"), read("LICENSE"))
    write(os.path.join(package, "NEWS"), read("NEWS.md"))
    write(os.path.join(package, "CITATION"), octave_citation())
    write(os.path.join(package, "INDEX"), octave_index(folders))
    cell = "{" + ", ".join(f'"{name}"' for name in folders) + "}"
    for file, verb in (("PKG_ADD", "addpath"), ("PKG_DEL", "rmpath")):
        write(os.path.join(inst, file),
              f"## Written by tools/packages.py: pkg load dlfp puts the concept folders on the path.\n"
              f"{verb} (strjoin (fullfile (fileparts (mfilename (\"fullpath\")), {cell}), pathsep ()));\n")
    copy_files("tables", TABLES, os.path.join(inst, "tables"))
    copy_files("data", DATA, os.path.join(inst, "extdata"))
    return package


def dist_r(folder):
    """R CMD build's source package of the staged R package, in folder; its path."""
    os.makedirs(folder, exist_ok=True)
    package = stage_r(os.path.join(REPO, "build", "pkg", "r"))
    subprocess.run(["R", "CMD", "build", "--no-manual", package], cwd=folder, check=True, stdout=subprocess.DEVNULL)
    return os.path.join(folder, f"dlfp_{version()}.tar.gz")


def dist_python(folder):
    """The wheel and sdist in folder, built with the virtual environment's pinned setuptools; the wheel's path."""
    subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--outdir", folder, os.path.join(REPO, "python")],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(folder, f"dlfp-{version()}-py3-none-any.whl")


def dist_octave(folder):
    """The Octave package tarball dlfp-VERSION.tar.gz in folder (one top folder, dlfp/); its path."""
    os.makedirs(folder, exist_ok=True)
    package = stage_octave(os.path.join(REPO, "build", "pkg", "octave"))
    path = os.path.join(folder, f"dlfp-{version()}.tar.gz")
    with tarfile.open(path, "w:gz") as tar:
        tar.add(package, arcname="dlfp")
    return path


def dist(folder):
    """The three packages under folder: r/, python/ and octave/, each emptied first."""
    for language, build in (("r", dist_r), ("python", dist_python), ("octave", dist_octave)):
        shutil.rmtree(os.path.join(folder, language), ignore_errors=True)
        build(os.path.join(folder, language))
        for name in sorted(os.listdir(os.path.join(folder, language))):
            print(os.path.join(folder, language, name))

def main(args):
    if args[:1] == ["r"] and len(args) == 2:
        print(stage_r(args[1]))
    elif args[:1] == ["dist"] and len(args) == 2:
        dist(args[1])
    elif args[:1] == ["octave"] and len(args) == 2:
        print(stage_octave(args[1]))
    elif args[:1] == ["man"] and len(args) <= 2:
        man(args[1] if len(args) == 2 else None)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
