#!/usr/bin/env bash
# The 2026-07-28 conformance suite (0.2.0-alpha.12) against our client: every client
# scenario it lists except auth/* (test_client_auth_2026.sh), each at the newest revision
# it is tagged with: per-request _meta and version retry, the standard and x-mcp-header
# HTTP headers, invalid tool headers, local-only $ref, request state, tools/call, and the
# 2025-era ones (initialize, elicitation defaults, SSE retry) on their own wire.
# expected-failures.txt says what is left out or allowed (SKIPPED checks included), and why.
CONFORMANCE_DIST="${MCPC_PEERS:?run through ctest}/node_modules/conformance-2026/dist/index.js"
SUITE_ID=2026
source "$(dirname "$0")/lib.sh"
mapfile -t scenarios < <(listed_scenarios client '^[^a]|^a[^u]' | grep -v '^sse-retry ')
[ "${#scenarios[@]}" -ge 8 ] || fail "expected the suite's client scenarios, got ${#scenarios[@]}"
print_left_out client
run_client_scenarios "${scenarios[@]}"
run_client_scenario sse-retry 2025-11-25 # alone, like the 0.1.16 run
# Invalid x-mcp-header tools are left out with a visible warning, valid ones kept.
grep -rq "warning: Left out tool 'invalid_empty_header'" "$TEST_TMP/conformance/http-invalid-tool-headers" ||
  fail "no stderr warning for a tool with an invalid x-mcp-header"
pass "invalid x-mcp-header tools are reported on stderr"
