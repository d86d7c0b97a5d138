"""The packages: R's help pages are current, and the facts each package derives (version, authors,
licence, citation) come from the repository's one place of each."""
import filecmp
import os
import re
import subprocess
import sys

import yaml

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(REPO, "tools"))
import packages  # noqa: E402


def r(code):
    result = subprocess.run(["Rscript", "-e", code], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_r_help_pages_are_roxygen2_s_output_of_the_roxygen_comments(tmp_path):
    packages.man(str(tmp_path))
    generated, committed = tmp_path / "man", os.path.join(REPO, "r", "man")
    comparison = filecmp.dircmp(generated, committed)
    stale = comparison.left_only + comparison.right_only + filecmp.cmpfiles(
        generated, committed, sorted(os.listdir(generated)), shallow=False)[1]
    assert stale == [], "r/man is stale: run make man"


def test_every_r_export_has_a_help_page():
    missing = r('db <- tools::Rd_db("dlfp", lib.loc = "build/rlib"); '
                'documented <- unlist(lapply(db, tools:::.Rd_get_metadata, "alias")); '
                'cat(setdiff(getNamespaceExports(loadNamespace("dlfp", lib.loc = "build/rlib")), documented))')
    assert missing == ""
    page = r('tools::Rd2txt(utils:::.getHelpFile(help("train", package = "dlfp", lib.loc = "build/rlib")))')
    page = re.sub(".\x08", "", page)  # Rd2txt's overstruck titles
    assert "train_config" in page and "Arguments:" in page


def test_each_package_states_the_version_licence_and_authors_of_the_one_place():
    version = packages.version()
    assert r('cat(as.character(packageVersion("dlfp", lib.loc = "build/rlib")))') == version
    description = r('cat(unlist(packageDescription("dlfp", lib.loc = "build/rlib")[c("License", "Authors@R")]), '
                    'sep = "\\n")')
    cff = yaml.safe_load(open(os.path.join(REPO, "CITATION.cff")))
    assert description.startswith("MIT + file LICENSE\n")
    assert cff["authors"][0]["name"] in description and cff["license"] == "MIT"
    with open(os.path.join(REPO, "LICENSE")) as f:
        assert f.readline() == "MIT License\n"
    cited = r('print(citation("dlfp", lib.loc = "build/rlib"), style = "text")')
    assert f"R package version {version}" in cited
    assert cff["references"][0]["title"] in " ".join(cited.split())
