#!/usr/bin/env bash
# The 2026-07-28 conformance suite (0.2.0-alpha.12) against our client: per-request _meta
# and version retry, the standard and x-mcp-header HTTP headers, invalid tool headers,
# local-only $ref, and tools/call over the modern era.
CONFORMANCE_DIST="${MCPC_PEERS:?run through ctest}/node_modules/conformance-2026/dist/index.js"
CONFORMANCE_SPEC_VERSION=2026-07-28
source "$(dirname "$0")/lib.sh"
# SKIPPED is what the suite reports for what a modern client never sends (initialize,
# notifications/initialized) and for optional client capabilities we do not declare.
export ALLOW_SKIPPED=1
run_client_scenarios tools_call request-metadata http-standard-headers http-custom-headers \
  http-invalid-tool-headers json-schema-ref-no-deref sep-2322-client-request-state
# Invalid x-mcp-header tools are left out with a visible warning, valid ones kept.
grep -rq "warning: Left out tool 'invalid_empty_header'" "$TEST_TMP/conformance/http-invalid-tool-headers" ||
  fail "no stderr warning for a tool with an invalid x-mcp-header"
pass "invalid x-mcp-header tools are reported on stderr"
