#!/usr/bin/env bash
# Builds the test suite with ASan+UBSan and runs it with every report fatal. The preset is
# $MCPC_ASAN_PRESET: `asan` (default, build-asan: everything, GUI included) or `asan-ci`
# (build-asan-ci: core, the CLI and the headless unit tests; what .ci/run uses). Extra
# arguments go to ctest; the default is the unit tests (-L unit). Every sanitizer report
# is also written under <build>/sanitizer-reports/ (a test may hide a child's stderr), and
# the run fails when there is one, whatever ctest said. Examples:
#   tests/support/run-sanitized.sh                 # unit tests
#   tests/support/run-sanitized.sh -L e2e          # the e2e scripts, sanitized binaries
#   MCPC_ASAN_TARGETS="tst_sseparser" tests/support/run-sanitized.sh -R unit.sseparser
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
preset="${MCPC_ASAN_PRESET:-asan}"
build="$root/build-$preset"
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}" CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
cmake --preset "$preset" >/dev/null
# shellcheck disable=SC2086 # a space-separated target list
nice -n 10 ninja -C "$build" -j"${MCPC_ASAN_JOBS:-1}" ${MCPC_ASAN_TARGETS:-}

reports="$build/sanitizer-reports"
rm -rf "$reports"
mkdir -p "$reports"
# halt_on_error: the first report fails the test. Leak reports are on (LeakSanitizer);
# known third-party false positives live in lsan.supp, each with its reason.
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:log_path=$reports/asan"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:log_path=$reports/ubsan"
export LSAN_OPTIONS="suppressions=$root/tests/support/lsan.supp:print_suppressions=0"
[[ $# -gt 0 ]] || set -- -L unit
status=0
"$root/tests/support/test-env.sh" ctest --test-dir "$build" --output-on-failure -j"${MCPC_ASAN_JOBS:-1}" "$@" || status=$?
count=$(find "$reports" -type f | wc -l)
for f in $(find "$reports" -type f | head -5); do echo "--- $f"; head -40 "$f"; done
echo "sanitizer reports: $count"
[ "$count" -eq 0 ] || status=1
exit "$status"
