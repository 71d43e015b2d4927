#!/usr/bin/env bash
# Installs the dependencies (Debian 12 packages), then configures and builds into build/.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build --parallel "$(nproc 2>/dev/null || echo 2)"
