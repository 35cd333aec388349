#!/usr/bin/env bash
# Runs a command inside the test environment:
#   - an Xvfb display (GUI and QtWebEngine tests), started here, stopped on exit;
#   - a private D-Bus session with gnome-keyring's Secret Service, unlocked with a
#     throw-away password, its keyrings in a temp dir (never the user's).
# Usage: tests/support/test-env.sh COMMAND [ARGS]...
set -euo pipefail

if [ "${MCPC_IN_TEST_ENV:-}" != 1 ]; then
  work=$(mktemp -d /tmp/mcpc-test-env.XXXXXX)
  # Xvfb picks a free display itself (-displayfd) and says which once it listens: two
  # environments started at the same moment once both took the first display without a
  # lock file, and the second Xvfb's failure took the first one's clients down.
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
  for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
  d=$(tr -dc 0-9 <"$work/display")
  [ -n "$d" ] || { echo "test-env: Xvfb did not start: $(cat "$work/xvfb.log")" >&2; exit 1; }
  export DISPLAY=":$d" MCPC_IN_TEST_ENV=1 MCPC_TEST_ENV_DIR="$work"
  # dbus-run-session ends the bus (and the keyring daemon on it) when the command exits.
  dbus-run-session -- "$0" "$@"
  exit $?
fi

export XDG_DATA_HOME="$MCPC_TEST_ENV_DIR/data" XDG_RUNTIME_DIR="$MCPC_TEST_ENV_DIR/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# --unlock reads the password from stdin and creates the login keyring if needed.
eval "$(printf 'mcpc-test-keyring' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
# Chromium (QtWebEngine) refuses to run as root with its sandbox on.
[ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---disable-gpu --disable-background-networking}"
"$@"
