#!/usr/bin/env bash
# "Add to MCP Connect" links and the single instance, as a desktop delivers them: a
# handler registered for x-scheme-handler/mcp-connect (a temp .desktop file in a temp
# XDG_DATA_HOME, made the default with xdg-mime), the real xdg-open, the real app under
# Xvfb. With the app running, xdg-open on a link (the one the CLI prints) opens the
# pre-filled add dialog in the running window; no second window appears; a malformed
# link is refused with a message; a socket left by a crash does not block the next start.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [ -z "${DISPLAY:-}" ]; then
  exec "$here/../support/test-env.sh" bash "$0" "$@"
fi
source "$here/../interop/lib.sh"
source "$here/guilib.sh"
for tool in xdg-open xdg-mime xdotool import; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (installer/install-deps.sh)"
done
# The generic xdg-open path (no desktop environment): the scheme handler from mimeapps.list.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION GNOME_DESKTOP_SESSION_ID BROWSER

mkdir -p "$XDG_DATA_HOME/applications" "$XDG_CONFIG_HOME"
cat >"$XDG_DATA_HOME/applications/mcp-connect-test.desktop" <<DESKTOP
[Desktop Entry]
Type=Application
Name=MCP Connect (test)
Exec=$MCPC_GUI %u
MimeType=x-scheme-handler/mcp-connect;
NoDisplay=true
DESKTOP
xdg-mime default mcp-connect-test.desktop x-scheme-handler/mcp-connect
assert_eq "$(xdg-mime query default x-scheme-handler/mcp-connect)" "mcp-connect-test.desktop" "the test handler is the default"

start_gui
assert_eq "$(main_windows)" 1 "one main window"

# The user-only socket in the user's runtime folder.
sock=$(find "$XDG_RUNTIME_DIR" -maxdepth 1 -name 'mcp-connect-*.sock' | head -1)
[ -S "$sock" ] || gui_fail "no instance socket in $XDG_RUNTIME_DIR"
assert_eq "$(stat -c %a "$sock")" 700 "the socket is owner-only"
assert_eq "$(stat -c %a "$XDG_RUNTIME_DIR")" 700 "in an owner-only folder"
pass "the running app listens on $(basename "$sock") (mode 700)"

# The link a server's docs page would carry, as the CLI prints it.
run_cli 0 deeplink mcp-connect https://mcp.example.com/mcp --name example-docs
link=$OUT
assert_eq "$link" "mcp-connect://add?url=https%3A%2F%2Fmcp.example.com%2Fmcp&name=example-docs" "the CLI's link"
xdg-open "$link" >"$TEST_TMP/open.out" 2>&1 || gui_fail "xdg-open failed: $(cat "$TEST_TMP/open.out")"
wait_line '"event":"add-link-dialog"'
dialog=$(grep '"event":"add-link-dialog"' "$TEST_TMP/gui.out" | head -1)
assert_contains "$dialog" '"url":"https://mcp.example.com/mcp"' "the dialog shows the link's URL"
assert_contains "$dialog" '"name":"example-docs"' "and its name"
assert_contains "$dialog" '"visible":true' "and is showing"
assert_contains "$(cat "$TEST_TMP/open.out")" "already running" "the second launch handed over"
for _ in $(seq 50); do [ "$(windows_named '^Add server from a link$')" -ge 1 ] && break; sleep 0.1; done
assert_eq "$(windows_named '^Add server from a link$')" 1 "one link dialog on the screen"
assert_eq "$(main_windows)" 1 "still one main window"
grep -q '"name":"example-docs"' "$XDG_CONFIG_HOME/mcp-connect/profiles.json" 2>/dev/null &&
  gui_fail "the link added the server without the person pressing Add"
screenshot_when_drawn "$TEST_TMP/dialog.png" gui-deeplink.png
pass "xdg-open on the link: the running app shows the pre-filled add dialog; no second window; nothing added"

# Malformed links: refused, with the reason in the window (and on the launcher's stderr).
xdg-open 'mcp-connect://add?url=http://mcp.example.com/mcp' >"$TEST_TMP/open2.out" 2>&1 || true
wait_line '"event":"add-link-refused"'
assert_contains "$(grep '"event":"add-link-refused"' "$TEST_TMP/gui.out")" "https://" "plain http to another machine is refused"
assert_contains "$(cat "$TEST_TMP/open2.out")" "plain http://" "the launcher says why too"
xdg-open "mcp-connect://add?url=https://a.example/$(head -c 3000 /dev/zero | tr '\0' p)" >/dev/null 2>&1 || true
wait_line '"event":"add-link-refused"' 2
assert_contains "$(grep '"event":"add-link-refused"' "$TEST_TMP/gui.out" | tail -1)" "too long" "an over-long link is refused"
assert_eq "$(main_windows)" 1 "still one main window"
pass "malformed and over-long links are refused with a message"

# A crash leaves the socket behind: the next start must replace it, not hand off to nobody.
kill -KILL "$GUI_PID"
wait "$GUI_PID" 2>/dev/null || true
[ -S "$sock" ] || fail "expected the crashed app's socket to remain"
start_gui
assert_not_contains "$(cat "$TEST_TMP/gui.err")" "cannot reach this window" "the stale socket was replaced"
xdg-open 'mcp-connect://add?url=http%3A%2F%2F127.0.0.1%3A3000%2Fmcp' >/dev/null 2>&1
wait_line '"event":"add-link-dialog"'
assert_contains "$(grep '"event":"add-link-dialog"' "$TEST_TMP/gui.out")" '"url":"http://127.0.0.1:3000/mcp"' "a loopback http link is fine"
pass "after a crash (SIGKILL) the app starts again and takes links"

stop_gui
[ -e "$sock" ] && gui_fail "the socket was left behind after a clean quit"
pass "a clean quit removes the socket"
