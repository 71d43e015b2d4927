#!/usr/bin/env bash
# Runs each libFuzzer target of a sanitizer build on its seed corpus for SECONDS (default 60).
# New inputs go to a scratch corpus, never into the repository's. A crash, a sanitizer report,
# a leak or a timeout fails the run and leaves the input as DIR/fuzz/crash-* (or leak-*,
# timeout-*): turn it into a regression test.
# Usage: scripts/fuzz.sh [BUILD_DIR] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-build-sanitize}"
seconds="${2:-60}"
source scripts/sanitizer-env.sh
out="$dir/fuzz"
mkdir -p "$out"
status=0
for target in fuzz_csv fuzz_hierarchy fuzz_project fuzz_config fuzz_release; do
  scratch="$out/corpus-$target"
  mkdir -p "$scratch"
  echo "fuzz: $target for ${seconds}s"
  if ! "$dir/tests/fuzz/$target" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 \
      -print_final_stats=1 -artifact_prefix="$out/$target-" "$scratch" "tests/fuzz/corpus/$target" \
      > "$out/$target.log" 2>&1; then
    tail -n 60 "$out/$target.log"
    echo "fuzz: $target FAILED (log: $out/$target.log)"
    status=1
  else
    grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb" "$out/$target.log" | tr '\n' ' '
    echo
  fi
done
exit $status
