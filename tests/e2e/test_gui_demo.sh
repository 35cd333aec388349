#!/usr/bin/env bash
# README command 1, as a person would see it: `mcp-connect --demo` opens a real window
# (under the test environment's Xvfb) on the built-in demo server. Sign-in is on, as with
# `demo-server`: the first check ends in "Needs login" (the window then shows Sign in).
# The CLI reaches the same server through the same profile: it signs in on the demo's own
# consent page (Allow, played with curl) and reads the demo user's data, with no account
# and no network. Something is drawn (screenshot not blank), and the app quits cleanly on
# SIGTERM, removing its session profile. `--demo --no-auth` shows the user data at once.
# (The GUI's own sign-in through its consent view is e2e.gui_signin.)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [ -z "${DISPLAY:-}" ]; then
  exec "$here/../support/test-env.sh" bash "$0" "$@"
fi
source "$here/../interop/lib.sh"
source "$here/demolib.sh"
: "${MCPC_GUI:?run through ctest}"
command -v import >/dev/null || fail "ImageMagick (import) is not installed"
[ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
GUI_PID=""

gui_fail() {
  echo "--- app stderr:" >&2
  cat "$TEST_TMP/gui.err" >&2 || true
  fail "$*"
}

# start_gui ARGS...: the app in the background; waits for its ready line and sets
# READY_URL, READY_PROFILE and READY_STATUS from it.
start_gui() {
  : >"$TEST_TMP/gui.out"
  "$MCPC_GUI" "$@" --print-ready >"$TEST_TMP/gui.out" 2>"$TEST_TMP/gui.err" &
  GUI_PID=$!
  PIDS+=("$GUI_PID")
  for _ in $(seq 300); do
    grep -q '"ready":true' "$TEST_TMP/gui.out" 2>/dev/null && break
    kill -0 "$GUI_PID" 2>/dev/null || gui_fail "the app exited before it was ready"
    sleep 0.2
  done
  grep -q '"ready":true' "$TEST_TMP/gui.out" || gui_fail "no ready line within 60 s"
  READY_URL=$(sed -n 's/.*"url":"\([^"]*\)".*/\1/p' "$TEST_TMP/gui.out" | head -1)
  READY_PROFILE=$(sed -n 's/.*"profile":"\([^"]*\)".*/\1/p' "$TEST_TMP/gui.out" | head -1)
  READY_STATUS=$(sed -n 's/.*"status":"\([^"]*\)".*/\1/p' "$TEST_TMP/gui.out" | head -1)
  [ -n "$READY_URL" ] || gui_fail "no demo URL in: $(cat "$TEST_TMP/gui.out")"
}

# stop_gui: SIGTERM; the app must quit within 10 s, exit 0 and remove its session profile.
stop_gui() {
  kill -TERM "$GUI_PID"
  for _ in $(seq 100); do kill -0 "$GUI_PID" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$GUI_PID" 2>/dev/null && gui_fail "the app did not quit within 10 s of SIGTERM"
  local status=0
  wait "$GUI_PID" || status=$?
  [ "$status" -eq 0 ] || gui_fail "the app exited with $status"
  if grep -q "\"name\": \"$READY_PROFILE\"" "$XDG_CONFIG_HOME/mcp-connect/profiles.json" 2>/dev/null; then
    fail "the session's demo profile was left behind"
  fi
}

start_gui --demo
assert_eq "$READY_STATUS" "needs-login" "the demo server asks for sign-in first"
pass "ready: demo server at $READY_URL as profile '$READY_PROFILE', Needs login"

# Something is drawn: a blank (single-colour) screen has a standard deviation of 0.
sleep 0.5
import -window root "$TEST_TMP/shot.png" || fail "screenshot failed"
dev=$(identify -format '%[fx:standard_deviation]' "$TEST_TMP/shot.png")
awk -v d="$dev" 'BEGIN { exit !(d > 0.05) }' || fail "the screen looks blank (standard deviation $dev)"
[ -n "${MCPC_BUILD:-}" ] && cp "$TEST_TMP/shot.png" "$MCPC_BUILD/gui-demo.png" 2>/dev/null || true
pass "screenshot is not blank (standard deviation $dev)"

# The CLI sees what the window shows: the same profile, the same server, the same
# sign-in story. Its tokens go to a store of its own (the app's is in memory).
export MCPC_SECRET_STORE="plaintext:$TEST_TMP/cli-secrets.json"
run_cli_bg login login "$READY_PROFILE" --browser print
answer_consent login allow
wait_bg login 0
run_cli 0 user-data "$READY_PROFILE" --no-login
assert_eq "$OUT" "$SEED_USER_DATA" "user-data prints the seed's fields"
pass "the CLI signs in on the app's demo server (consent page, Allow) and reads the user data"

stop_gui
pass "quit cleanly on SIGTERM and removed the session profile"

start_gui --demo --no-auth
assert_eq "$READY_STATUS" "up" "--no-auth: the user data is shown at once"
stop_gui
pass "--demo --no-auth: Up with the user data, no sign-in"
echo "4 passed, 0 failed"
