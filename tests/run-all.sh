#!/usr/bin/env bash
# Command 2 of the README: set everything up, build with tests, and run every test in
# the environment the tests need (Xvfb for the GUI and WebEngine, a D-Bus session with
# an unlocked gnome-keyring for the keychain tests), then every fuzz target briefly, and
# the unit tests and the CLI e2e tests again under ASan+UBSan (MCPC_ASAN=0 skips that).
# Extra arguments go to ctest (and skip the fuzzing).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${MCPC_BUILD_DIR:-$root/build}"
"$root/installer/setup.sh" --tests --build-dir "$build"
echo
echo "==> Running the tests"
"$root/tests/support/test-env.sh" ctest --test-dir "$build" --output-on-failure -j2 "$@"
# Every fuzz target for a short fixed number of executions (its own clang build, build-fuzz/),
# unless ctest was asked for a subset.
if [ $# -eq 0 ]; then
  echo
  echo "==> Fuzzing every parser target (20,000 executions each)"
  "$root/tests/fuzz/run.sh" 20000 </dev/null
  # The unit tests and the e2e scripts that drive the CLI (not the GUI's) again, built with
  # ASan+UBSan (preset asan-ci: core, CLI and headless tests only, build-asan-ci/, ccache);
  # any sanitizer report fails the run. About 4 minutes plus what changed since the last
  # build (README, Sanitizers); MCPC_ASAN=0 skips it.
  if [ "${MCPC_ASAN:-1}" != 0 ]; then
    echo
    echo "==> Unit and CLI e2e tests under AddressSanitizer + UndefinedBehaviorSanitizer"
    MCPC_ASAN_PRESET=asan-ci MCPC_ASAN_JOBS="${MCPC_ASAN_JOBS:-2}" \
      "$root/tests/support/run-sanitized.sh" -L 'unit|e2e' -E "${MCPC_ASAN_EXCLUDE:-^e2e\.gui_}" </dev/null
  fi
fi
