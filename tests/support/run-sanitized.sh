#!/usr/bin/env bash
# Builds the test suite with ASan+UBSan (the `asan` preset in CMakePresets.json, build
# directory build-asan) and runs it with every report fatal. Extra arguments go to ctest;
# the default is the unit tests (-L unit). Examples:
#   tests/support/run-sanitized.sh                 # unit tests
#   tests/support/run-sanitized.sh -L e2e          # the e2e scripts, sanitized binaries
#   MCPC_ASAN_TARGETS="tst_sseparser" tests/support/run-sanitized.sh -R unit.sseparser
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}" CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
cmake --preset asan >/dev/null
# shellcheck disable=SC2086 # a space-separated target list
nice -n 10 ninja -C build-asan -j"${MCPC_ASAN_JOBS:-1}" ${MCPC_ASAN_TARGETS:-}

# halt_on_error: the first report fails the test. Leak reports are on (LeakSanitizer);
# known third-party false positives live in lsan.supp, each with its reason.
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$root/tests/support/lsan.supp:print_suppressions=0"
[[ $# -gt 0 ]] || set -- -L unit
exec "$root/tests/support/test-env.sh" ctest --test-dir build-asan --output-on-failure -j"${MCPC_ASAN_JOBS:-1}" "$@"
