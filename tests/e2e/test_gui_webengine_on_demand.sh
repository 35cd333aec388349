#!/usr/bin/env bash
# Start fast: QtWebEngine (100 MiB of Chromium) is a plugin the app loads at the first
# embedded sign-in, never at start. The real app on --demo under Xvfb: at its ready line
# libQt6WebEngineCore is not mapped (the app reads its own /proc/self/maps, and the test
# reads /proc/PID/maps too); pressing Sign in loads the plugin (mcp-connect-webconsent.so,
# next to the executable), the consent page opens embedded, Chromium's process starts,
# and the app stays alive.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [ -z "${DISPLAY:-}" ]; then
  exec "$here/../support/test-env.sh" bash "$0" "$@"
fi
source "$here/../interop/lib.sh"
source "$here/guilib.sh"
[ -f "$(dirname "$MCPC_GUI")/mcp-connect-webconsent.so" ] || fail "the consent view plugin is not next to $MCPC_GUI"
ldd "$MCPC_GUI" | grep -q WebEngine && fail "mcp-connect links QtWebEngine: $(ldd "$MCPC_GUI" | grep WebEngine)"
pass "mcp-connect does not link QtWebEngine; the plugin is next to it"

# As root, Chromium needs the explicit opt-in (test-env.sh sets it); as a normal user the
# sandbox runs. Either way the view is embedded.
start_gui --demo --press-sign-in
assert_contains "$(grep '"ready":true' "$TEST_TMP/gui.out")" '"webEngineMapped":false' "no QtWebEngine at start (the app's own view)"
pass "after start, QtWebEngine is not mapped"

wait_line '"event":"sign-in-page"'
assert_contains "$(grep '"event":"sign-in-page"' "$TEST_TMP/gui.out")" '"where":"embedded"' "the sign-in page opens in the app"
grep -q libQt6WebEngineCore "/proc/$GUI_PID/maps" || gui_fail "QtWebEngine is still not mapped after the sign-in page opened"
for _ in $(seq 150); do [ "$(windows_named '^Sign in to demo')" -ge 1 ] && break; sleep 0.2; done
[ "$(windows_named '^Sign in to demo')" -ge 1 ] || gui_fail "no consent window on the screen"
for _ in $(seq 150); do pgrep -P "$GUI_PID" -f QtWebEngineProcess >/dev/null && break; sleep 0.2; done
pgrep -P "$GUI_PID" -f QtWebEngineProcess >/dev/null || gui_fail "Chromium's process did not start"
screenshot_when_drawn "$TEST_TMP/consent.png" gui-webengine-on-demand.png
kill -0 "$GUI_PID" 2>/dev/null || gui_fail "the app died"
pass "Sign in loads the plugin: the consent view opens embedded, Chromium runs, the app is alive"

stop_gui 15
pass "the app quits cleanly with the consent view open"
