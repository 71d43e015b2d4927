#!/usr/bin/env bash
# Installs every package needed to build, test and run Dijkgraaf on Debian 12 (bookworm).
# poppler-utils (pdftotext) reads the PDF report back in the tests; desktop-file-utils checks the
# Linux desktop entry; strace is for the tests only (they kill the CLI at each rename to check what it leaves);
# clang with its runtimes (sanitizers, libFuzzer) and llvm's symbolizer build and run the
# sanitizer suite and the fuzz targets (scripts/sanitize.sh), never the product.
# libpq reads data that lives in PostgreSQL; the server (postgresql-15) runs only in the tests,
# which start servers of their own in temporary folders (initdb, pg_ctl) and stop them after.
# Node.js with npm runs the metadata validators of the tests (tests/metadata: a SHACL validator
# for DCAT-AP, the Frictionless Data Package library), installed from the npm registry at the
# versions of tests/metadata/package-lock.json; the product never needs them.
# Safe to run again: apt-get skips what is already installed, npm ci only reinstalls.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6svg6 libqt6opengl6-dev
  libgl-dev libsqlite3-dev sqlite3 libglpk-dev coinor-libcbc-dev coinor-libclp-dev
  xvfb xauth fonts-dejavu-core
  strace clang-14 libclang-rt-14-dev llvm-14 poppler-utils desktop-file-utils
  libpq-dev postgresql-15 postgresql-client-15
)

if [ "$(id -u)" -eq 0 ]; then
  sudo_cmd=()
elif command -v sudo >/dev/null 2>&1; then
  sudo_cmd=(sudo)
else
  echo "install-deps: run as root or install sudo" >&2
  exit 1
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

# Node.js: the machine's own where there is one (with npm), else Debian's
if ! command -v npm >/dev/null 2>&1; then
  for p in nodejs npm; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
fi

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
else
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# the test-only metadata validators, into tests/metadata/node_modules
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ ! -f "$here/tests/metadata/node_modules/.package-lock.json" ] ||
   ! cmp -s "$here/tests/metadata/package-lock.json" "$here/tests/metadata/node_modules/.lock-installed"; then
  (cd "$here/tests/metadata" && npm ci --no-audit --no-fund --loglevel=error &&
   cp package-lock.json node_modules/.lock-installed)
  echo "install-deps: metadata validators installed in tests/metadata"
fi
