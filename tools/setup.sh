#!/usr/bin/env bash
# Installs the Debian packages dlfp needs, and those named as arguments (make data-full's); quiet when they
# are all there.
set -euo pipefail
packages=(r-base-core r-base-dev octave gnuplot-nox fonts-freefont-otf ghostscript
          r-cran-ggplot2 r-cran-testthat r-cran-jsonlite r-cran-roxygen2
          libopenblas0-pthread python3 python3-venv python3-dev chromium "$@")
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "setup: missing Debian packages; as root run:" >&2
  echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
