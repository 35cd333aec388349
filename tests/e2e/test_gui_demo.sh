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
source "$here/guilib.sh"
command -v import >/dev/null || fail "ImageMagick (import) is not installed"
[ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1

# start_demo_gui ARGS...: start_gui, and the ready line must name the demo URL.
start_demo_gui() {
  start_gui "$@"
  [ -n "$READY_URL" ] || gui_fail "no demo URL in: $(cat "$TEST_TMP/gui.out")"
}

# stop_demo_gui: stop_gui, and the session's demo profile must be gone.
stop_demo_gui() {
  stop_gui
  if grep -q "\"name\": \"$READY_PROFILE\"" "$XDG_CONFIG_HOME/mcp-connect/profiles.json" 2>/dev/null; then
    fail "the session's demo profile was left behind"
  fi
}

start_demo_gui --demo
assert_eq "$READY_STATUS" "needs-login" "the demo server asks for sign-in first"
pass "ready: demo server at $READY_URL as profile '$READY_PROFILE', Needs login"

# Something is drawn: a blank (single-colour) screen has a standard deviation of 0.
screenshot_when_drawn "$TEST_TMP/shot.png" gui-demo.png
dev=$SCREEN_DEVIATION
awk -v d="$dev" 'BEGIN { exit !(d > 0.05) }' || fail "the screen looks blank (standard deviation $dev)"
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

stop_demo_gui
pass "quit cleanly on SIGTERM and removed the session profile"

start_demo_gui --demo --no-auth
assert_eq "$READY_STATUS" "up" "--no-auth: the user data is shown at once"
stop_demo_gui
pass "--demo --no-auth: Up with the user data, no sign-in"
echo "4 passed, 0 failed"
