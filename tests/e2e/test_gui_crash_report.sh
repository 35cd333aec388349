#!/usr/bin/env bash
# A crash leaves a report, and the next start offers it. The real app in a temp HOME
# under Xvfb dies on purpose (hidden --crash-for-test: SIGSEGV once the window is up);
# crash-report.txt holds the version, the signal and function names, never a token; the
# next start shows "MCP Connect quit unexpectedly" with the report and files it away, so
# the start after that offers nothing.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [ -z "${DISPLAY:-}" ]; then
  exec "$here/../support/test-env.sh" bash "$0" "$@"
fi
source "$here/../interop/lib.sh"
source "$here/guilib.sh"
report="$XDG_DATA_HOME/mcp-connect/crash-report.txt"

status=0
"$MCPC_GUI" --crash-for-test >"$TEST_TMP/crash.out" 2>"$TEST_TMP/crash.err" || status=$?
[ "$status" -eq 139 ] || fail "expected death by SIGSEGV (139), got $status: $(cat "$TEST_TMP/crash.err")"
[ -s "$report" ] || fail "no crash report at $report"
assert_contains "$(cat "$report")" "stopped on signal 11 (segmentation fault)" "the report names the signal"
assert_contains "$(cat "$report")" "mcp-connect" "and where (the backtrace)"
assert_not_contains "$(cat "$report")" "Bearer" "no tokens"
assert_eq "$(stat -c %a "$report")" 600 "the report is the user's only"
pass "a crash writes a report: $(head -1 "$report")"

start_gui
assert_contains "$(cat "$TEST_TMP/gui.out")" '"event":"crash-report-offered"' "the next start offers the report"
for _ in $(seq 50); do [ "$(windows_named '^MCP Connect quit unexpectedly$')" -ge 1 ] && break; sleep 0.1; done
[ "$(windows_named '^MCP Connect quit unexpectedly$')" -ge 1 ] || gui_fail "no crash-report dialog on the screen"
screenshot_when_drawn "$TEST_TMP/crash.png" gui-crash-report.png
[ -e "$report" ] && fail "the report was not filed away after being offered"
[ -s "$XDG_DATA_HOME/mcp-connect/crash-report.shown.txt" ] || fail "the shown report was not kept"
kill -TERM "$GUI_PID"; wait "$GUI_PID" || true
pass "the next start offers the report once, in a dialog"

start_gui
assert_not_contains "$(cat "$TEST_TMP/gui.out")" "crash-report-offered" "offered only once"
kill -TERM "$GUI_PID"; wait "$GUI_PID" || true
pass "the start after that offers nothing"
