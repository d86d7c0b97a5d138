#!/usr/bin/env bash
# `make all`: regenerate missing data, run every chapter script in every language, run the parity
# suite with its comparisons logged, execute the notebooks, and write build/report/index.html. A failure anywhere is
# reported and the rest still runs; the exit status is non-zero at the end if anything failed.
set -u
cd "$(dirname "$0")/.."
status=0
for file in cancer spiral moons moons_noisy mnist_train mnist_test; do
  if [ ! -f "data/$file.csv" ]; then
    echo "== data/$file.csv is missing: regenerating data/"
    make --no-print-directory data || status=1
    break
  fi
done
bash tools/run_scripts.sh "$@" || status=1
mkdir -p build/report
rm -f build/report/parity.jsonl
echo "== parity suite"
DLFP_PARITY_LOG=build/report/parity.jsonl .venv/bin/python -m pytest -q -n auto parity_tests || status=1
echo "== notebooks (the book's settings)"
.venv/bin/python tools/notebooks.py book || status=1
.venv/bin/python tools/report.py build || status=1
[ $status -eq 0 ] || echo "make all: something failed (see above); the report shows what ran" >&2
exit $status
