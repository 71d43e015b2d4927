#!/usr/bin/env bash
# Installs every package needed to build, test and run Dijkgraaf on Debian 12 (bookworm).
# strace is for the tests only (they kill the CLI at each rename to check what it leaves);
# clang with its runtimes (sanitizers, libFuzzer) and llvm's symbolizer build and run the
# sanitizer suite and the fuzz targets (scripts/sanitize.sh), never the product.
# Safe to run again: apt-get skips what is already installed.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6svg6 libqt6opengl6-dev
  libgl-dev libsqlite3-dev sqlite3 libglpk-dev coinor-libcbc-dev coinor-libclp-dev
  xvfb xauth fonts-dejavu-core
  strace clang-14 libclang-rt-14-dev llvm-14
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

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
