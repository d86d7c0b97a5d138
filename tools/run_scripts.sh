#!/usr/bin/env bash
# Runs every chapter script named in the arguments in every language (or in the languages of
# LANGS), timing each; a failure is reported and the rest still run; the exit status is non-zero
# if any failed. Each run's output goes to $BUILD/logs/<script>_<lang>.log and its status, seconds
# and options to $BUILD/logs/runs.tsv, for the report; BUILD (default build) also receives the plots.
# SCRIPT_ARGS adds options to every run (e.g. "--iterations 2" for a quick pass).
set -u
cd "$(dirname "$0")/.."
build=${BUILD:-build}
logs="$build/logs"
mkdir -p "$logs"
failed=()
for script in "$@"; do
  for lang in ${LANGS:-python r octave}; do
    case $lang in
      python) command=(.venv/bin/python "python/scripts/$script.py") ;;
      r) command=(Rscript "r/scripts/$script.R") ;;
      octave) command=(octave-cli -H --no-window-system "octave/scripts/$script.m") ;;
    esac
    echo "== $script ($lang)"
    log="$logs/${script}_$lang.log"
    start=$(date +%s%N)
    if "${command[@]}" ${SCRIPT_ARGS:-} --out "$build" 2>&1 | tee "$log"; [ "${PIPESTATUS[0]}" -eq 0 ]; then
      status=ok
    else
      status=FAILED
      failed+=("$script ($lang)")
    fi
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    seconds=$(printf '%d.%d' $((ms / 1000)) $((ms % 1000 / 100)))
    printf '== %s (%s): %s in %s s\n' "$script" "$lang" "$status" "$seconds"
    touch "$logs/runs.tsv"
    grep -v -P "^$script\t$lang\t" "$logs/runs.tsv" > "$logs/runs.tsv.new" || true
    printf '%s\t%s\t%s\t%s\t%s\n' "$script" "$lang" "$status" "$seconds" "${SCRIPT_ARGS:-}" >> "$logs/runs.tsv.new"
    mv "$logs/runs.tsv.new" "$logs/runs.tsv"
  done
done
if [ ${#failed[@]} -gt 0 ]; then
  printf 'failed: %s\n' "${failed[@]}" >&2
  exit 1
fi
echo "all $(( $# * $(echo ${LANGS:-python r octave} | wc -w) )) chapter runs succeeded"
