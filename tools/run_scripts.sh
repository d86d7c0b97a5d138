#!/usr/bin/env bash
# Runs every chapter script in every language, timing each; a failure is reported and the
# rest still run; the exit status is non-zero if any failed.
set -u
cd "$(dirname "$0")/.."
failed=()
for script in "$@"; do
  for lang in python r octave; do
    case $lang in
      python) command=(.venv/bin/python "python/scripts/$script.py") ;;
      r) command=(Rscript "r/scripts/$script.R") ;;
      octave) command=(octave-cli -H --no-window-system "octave/scripts/$script.m") ;;
    esac
    echo "== $script ($lang)"
    start=$(date +%s%N)
    if "${command[@]}"; then status=ok; else status=FAILED; failed+=("$script ($lang)"); fi
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    printf '== %s (%s): %s in %d.%d s\n' "$script" "$lang" "$status" $((ms / 1000)) $((ms % 1000 / 100))
  done
done
if [ ${#failed[@]} -gt 0 ]; then
  printf 'failed: %s\n' "${failed[@]}" >&2
  exit 1
fi
echo "all $(( $# * 3 )) chapter runs succeeded"
