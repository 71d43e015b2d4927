#!/usr/bin/env bash
# The whole test suite built with clang under AddressSanitizer, LeakSanitizer and
# UndefinedBehaviorSanitizer (any report fails its test), then every libFuzzer target on its
# corpus for a bounded time (scripts/fuzz.sh). Builds into build-sanitize/; the GCC Release
# build in build/ is left alone.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
dir=build-sanitize
jobs="$(nproc 2>/dev/null || echo 2)"
CC=clang-14 CXX=clang++-14 cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
  -DDIJKGRAAF_SANITIZE=ON -DDIJKGRAAF_FUZZ=ON -DDIJKGRAAF_BUILD_BENCHMARKS=OFF
cmake --build "$dir" --parallel "$jobs"
source scripts/sanitizer-env.sh
ctest --test-dir "$dir" --output-on-failure -j "$jobs"
./scripts/fuzz.sh "$dir" "${DIJKGRAAF_FUZZ_SECONDS:-60}"
