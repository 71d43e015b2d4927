# Sourced by scripts/sanitize.sh and scripts/fuzz.sh: every sanitizer report stops the
# program with an error; leaks inside system libraries are suppressed with the reasons in
# tests/sanitizers/lsan.supp.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1"
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$root/tests/sanitizers/ubsan.supp"
if [ -x /usr/bin/llvm-symbolizer-14 ]; then
  export ASAN_SYMBOLIZER_PATH=/usr/bin/llvm-symbolizer-14
fi
# Qt Test stops a test function after 5 minutes; under the sanitizers the red team's largest
# attacks take longer
export QTEST_FUNCTION_TIMEOUT=2400000
