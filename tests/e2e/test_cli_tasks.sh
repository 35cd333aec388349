#!/usr/bin/env bash
# `mcp-connect-cli call` on a tool the demo runs as a task (Tasks extension, MCP 2026-07-28):
# status lines on stderr, input answered through tasks/update, --json prints the final
# result, and Ctrl+C (SIGINT) cancels the task on the server before exiting.
source "$(dirname "$0")/../interop/lib.sh"
source "$(dirname "$0")/demolib.sh"
start_demo demo --no-auth

run_cli 0 call "$DEMO_URL" generate_report --arg steps=2
assert_contains "$OUT" 'Report "Untitled" is ready: 2 sections.' "task result"
assert_contains "$ERR" "working - Step 1 of 2" "task status on stderr"
assert_contains "$ERR" ": completed" "terminal status on stderr"

run_cli 0 --json call "$DEMO_URL" generate_report --arg steps=2 --arg ask_title=true --accept-input '{"title":"Q3"}'
assert_contains "$OUT" 'Report \"Q3\" is ready' "input reached the task through tasks/update"
assert_contains "$ERR" "input_required - Waiting for a title" "input_required status shown"

run_cli 0 call "$DEMO_URL" generate_report --arg steps=3 --arg ask_title=true --decline-input
assert_contains "$OUT" 'Report "Untitled"' "declined title"

run_cli_bg cancel call "$DEMO_URL" generate_report --arg steps=20
for _ in $(seq 200); do grep -q "Step 1 of 20" "$TEST_TMP/cancel.stderr" 2>/dev/null && break; sleep 0.1; done
grep -q "Step 1 of 20" "$TEST_TMP/cancel.stderr" || fail "the task never reported progress"
kill -INT "$BG_PID"
wait_bg cancel 2
assert_contains "$ERR" "Cancelled with Ctrl+C" "clear cancel message"
assert_not_contains "$OUT" "Report" "no result after cancelling"
pass "CLI follows, answers and cancels tasks"
