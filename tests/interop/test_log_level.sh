#!/usr/bin/env bash
# --log-level: the demo server (dual-era, --conformance fixtures) logs from its logging
# tools only when asked. Modern: the level travels in the request's _meta; legacy: one
# logging/setLevel after initialize. Either way the messages reach stderr, and a bad
# level is a usage error.
source "$(dirname "$0")/lib.sh"
source "$MCPC_TESTS/e2e/demolib.sh"
start_demo logs --no-auth --conformance

run_cli 0 call "$DEMO_URL" test_logging_tool --protocol-era modern --log-level info
assert_eq "$OUT" "Logging evaluated" "modern tool result"
assert_contains "$ERR" "server info: Diagnostic trace logging activated" "modern log line on stderr"
run_cli 0 call "$DEMO_URL" test_logging_tool --protocol-era modern
assert_not_contains "$ERR" "Diagnostic trace" "no level, no logs"
run_cli 0 call "$DEMO_URL" test_logging_tool --protocol-era modern --log-level error
assert_not_contains "$ERR" "Diagnostic trace" "info is below error"
pass "modern: --log-level in _meta; info logs at info, none at error or without the option"

run_cli 0 call "$DEMO_URL" test_tool_with_logging --protocol-era legacy --log-level debug
assert_contains "$ERR" "server info: Tool execution started" "legacy log line on stderr"
assert_contains "$ERR" "server info: Tool execution completed" "legacy last log line"
run_cli 0 call "$DEMO_URL" test_tool_with_logging --protocol-era legacy --log-level warning
assert_not_contains "$ERR" "Tool execution" "legacy: info is below warning"
pass "legacy: logging/setLevel after initialize; the level filters what arrives"

run_cli 1 tools "$DEMO_URL" --log-level loud
assert_contains "$ERR" "--log-level must be one of debug, info, notice, warning, error, critical, alert, emergency." "bad level"
pass "an unknown level is a usage error (exit 1)"
