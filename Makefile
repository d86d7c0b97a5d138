# dlfp: `make all` runs every chapter in every language; `make test` proves they agree.
SHELL := /bin/bash
.DELETE_ON_ERROR:

PY := .venv/bin/python
PIP := $(PY) -m pip install -q --disable-pip-version-check
RLIB := build/rlib
R_PACKAGE := $(RLIB)/dlfp/DESCRIPTION
OCTAVE := octave-cli -H --no-window-system
# One BLAS thread for everything make runs: dlfp's matrices are too small for BLAS threads to pay, and on a shared
# machine they wait for each other (README, Performance). R and Octave read this when they start; Python's scripts
# also limit numpy's BLAS themselves (run_script, through threadpoolctl). `make bench` measures both ways.
export OPENBLAS_NUM_THREADS := 1
# The chapters' scripts and keys (ch1 ... ch8, tune) come from tables/chapters.json.
CHAPTERS := $(shell python3 tools/chapters.py scripts)
KEYS := $(shell python3 tools/chapters.py keys)
script_of = $(shell python3 tools/chapters.py script $(1))

.PHONY: all test setup debian data data-full bench bench-full report man dist notebooks jupyter mutation test-python test-r test-octave \
        test-parity test-report test-notebooks test-packages scripts clean \
        $(KEYS) $(foreach key,$(KEYS),$(key)-python $(key)-r $(key)-octave)

all: setup
	@bash tools/make_all.sh $(CHAPTERS)

# One chapter in every language (make ch4), or in one (make ch4-r); tune is a chapter here.
$(KEYS): setup
	@bash tools/run_scripts.sh $(call script_of,$@)
$(foreach key,$(KEYS),$(key)-python $(key)-r $(key)-octave): setup
	@LANGS=$(lastword $(subst -, ,$@)) bash tools/run_scripts.sh $(call script_of,$(firstword $(subst -, ,$@)))

report: setup
	@.venv/bin/python tools/report.py build

setup: debian .venv/installed $(R_PACKAGE)

# Every chapter's notebook executed at its quick settings into build/report/notebooks/ (make all: the book's).
notebooks: setup
	@$(PY) tools/notebooks.py quick

# Jupyter on notebooks/, for reading and re-running the notebooks cell by cell (installed on first use).
jupyter: setup
	@$(PIP) -r requirements-jupyter.txt > build/pip.log 2>&1 || { cat build/pip.log; exit 1; }
	@$(PY) tools/notebooks.py serve

debian:
	@bash tools/setup.sh

.venv/installed: requirements.txt python/pyproject.toml VERSION | debian
	@echo "setup: Python virtual environment in .venv"
	@mkdir -p build
	@test -x $(PY) || python3 -m venv .venv
	@$(PIP) -r requirements.txt > build/pip.log 2>&1 || { cat build/pip.log; exit 1; }
	@$(PIP) -e python > build/pip.log 2>&1 || { cat build/pip.log; exit 1; }
	@touch $@

# The R package is built from r/ by tools/packages.py (DESCRIPTION's version, authors and licence, inst/'s
# scripts, tables, data and CITATION come from the repository's one place of each) into build/pkg/r/dlfp.
R_SOURCES := r/DESCRIPTION r/NAMESPACE $(wildcard r/R/*.R r/man/*.Rd r/scripts/*.R r/tests/*.R r/tests/testthat/*.R) VERSION LICENSE \
             CITATION.cff data/spiral.csv data/moons.csv data/moons_noisy.csv data/cancer.csv data/mnist_test.csv \
             tables/chapters.json tables/options.json tables/programs.json tables/bad_input.json tables/value_text.json \
             tables/csv_dialect.json tools/packages.py
$(R_PACKAGE): $(R_SOURCES) | debian .venv/installed
	@echo "setup: R package dlfp into $(RLIB)"
	@mkdir -p $(RLIB)
	@$(PY) tools/packages.py r build/pkg/r > /dev/null
	@R CMD INSTALL --no-test-load -l $(RLIB) build/pkg/r/dlfp > build/rlib-install.log 2>&1 || { cat build/rlib-install.log; exit 1; }

# The three packages: build/dist/r (R source package), build/dist/python (wheel, sdist), build/dist/octave.
dist: setup
	@$(PY) tools/packages.py dist build/dist

# R's help pages from the roxygen comments of r/R (never edited by hand; a test fails while they are stale).
man: setup
	@$(PY) tools/packages.py man

scripts: setup
	@bash tools/run_scripts.sh $(CHAPTERS)

test: setup test-python test-r test-octave test-parity test-report test-packages

test-python: setup
	@echo "== Python native tests"
	@$(PY) -m pytest -q python/tests

test-r: setup
	@echo "== R native tests"
	@Rscript -e '.libPaths(c("$(RLIB)", .libPaths())); testthat::test_dir("r/tests/testthat", package = "dlfp", load_package = "installed", stop_on_failure = TRUE)'

test-octave: setup
	@echo "== Octave native tests"
	@cd "$$(mktemp -d)" && $(OCTAVE) $(CURDIR)/octave/run_tests.m  # from another folder: the tests find their files

test-parity: setup
	@echo "== Parity tests (Python, R, Octave)"
	@$(PY) -m pytest -q -n auto parity_tests

test-notebooks: setup
	@$(PY) -m pytest -q tools/tests/test_notebooks.py

test-report: setup
	@echo "== Tool tests (the chapter table in make and README; a short run of every script, the report and the executed notebooks in headless Chromium)"
	@$(PY) -m pytest -q tools/tests --ignore tools/tests/test_dist.py

test-packages: setup
	@echo "== Packaging tests (R CMD check; the wheel, the R and the Octave package installed and run outside the checkout)"
	@$(PY) -m pytest -q -n 3 tools/tests/test_dist.py

# Not part of test: it takes about half an hour (tools/mutation.py --full for whole suites).
mutation: setup
	@$(PY) tools/mutation.py

bench: setup
	@$(PY) tools/bench/run.py

# Debian's dataset-fashion-mnist (the full 70,000 Fashion-MNIST images as IDX files, data/README.md) and
# /usr/bin/time for bench-full; not part of make test.
data-full: setup
	@bash tools/setup.sh dataset-fashion-mnist time
	@dpkg -L dataset-fashion-mnist | grep -- '-ubyte.gz$$'

# Chapter 5 on the full 60,000 images in each language, one after another (tools/bench/full_size.py).
bench-full: data-full
	@$(PY) tools/bench/full_size.py

data: setup
	@$(PIP) -r requirements-data.txt > build/pip.log 2>&1 || { cat build/pip.log; exit 1; }
	@$(PY) tools/make_data.py

clean:
	rm -rf build
