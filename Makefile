# dlfp: `make all` runs every chapter in every language; `make test` proves they agree.
SHELL := /bin/bash
.DELETE_ON_ERROR:

PY := .venv/bin/python
PIP := $(PY) -m pip install -q --disable-pip-version-check
RLIB := build/rlib
R_PACKAGE := $(RLIB)/dlfp/DESCRIPTION
OCTAVE := octave-cli -H --no-window-system
# The chapters' scripts and keys (ch1 ... ch8, tune) come from tables/chapters.json.
CHAPTERS := $(shell python3 tools/chapters.py scripts)
KEYS := $(shell python3 tools/chapters.py keys)
script_of = $(shell python3 tools/chapters.py script $(1))

.PHONY: all test setup debian data data-full bench bench-full report test-python test-r test-octave test-parity test-report scripts clean \
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

debian:
	@bash tools/setup.sh

.venv/installed: requirements.txt python/pyproject.toml | debian
	@echo "setup: Python virtual environment in .venv"
	@mkdir -p build
	@test -x $(PY) || python3 -m venv .venv
	@$(PIP) -r requirements.txt > build/pip.log 2>&1 || { cat build/pip.log; exit 1; }
	@$(PIP) -e python > build/pip.log 2>&1 || { cat build/pip.log; exit 1; }
	@touch $@

$(R_PACKAGE): r/DESCRIPTION r/NAMESPACE $(wildcard r/R/*.R) | debian
	@echo "setup: R package dlfp into $(RLIB)"
	@mkdir -p $(RLIB)
	@R CMD INSTALL --no-test-load -l $(RLIB) r > build/rlib-install.log 2>&1 || { cat build/rlib-install.log; exit 1; }

scripts: setup
	@bash tools/run_scripts.sh $(CHAPTERS)

test: setup test-python test-r test-octave test-parity test-report

test-python: setup
	@echo "== Python native tests"
	@$(PY) -m pytest -q python/tests

test-r: setup
	@echo "== R native tests"
	@Rscript -e '.libPaths(c("$(RLIB)", .libPaths())); testthat::test_dir("r/tests/testthat", package = "dlfp", load_package = "installed", stop_on_failure = TRUE)'

test-octave: setup
	@echo "== Octave native tests"
	@$(OCTAVE) octave/run_tests.m

test-parity: setup
	@echo "== Parity tests (Python, R, Octave)"
	@$(PY) -m pytest -q -n auto parity_tests

test-report: setup
	@echo "== Tool tests (the chapter table in make and README; a short run of every script, the report in headless Chromium)"
	@$(PY) -m pytest -q tools/tests

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
