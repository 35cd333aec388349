#!/usr/bin/env bash
# Command 2 of the README: set everything up, build with tests, and run every test in
# the environment the tests need (Xvfb for the GUI and WebEngine, a D-Bus session with
# an unlocked gnome-keyring for the keychain tests). Extra arguments go to ctest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${MCPC_BUILD_DIR:-$root/build}"
"$root/installer/setup.sh" --tests --build-dir "$build"
echo
echo "==> Running the tests"
exec "$root/tests/support/test-env.sh" ctest --test-dir "$build" --output-on-failure -j2 "$@"
