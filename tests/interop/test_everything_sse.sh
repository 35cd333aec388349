#!/usr/bin/env bash
# Interop with server-everything in legacy HTTP+SSE mode, reached through the
# automatic fallback (POST to /sse answers 404, then GET opens the legacy stream).
source "$(dirname "$0")/lib.sh"
require_peers
port=$(free_port)
start_everything sse "$port"
url="http://127.0.0.1:$port/sse"

run_cli 0 tools "$url" --json
assert_eq "$(json_get "$OUT" "d.tools.length")" "13" "tool count over legacy SSE"
assert_eq "$(json_get "$OUT" "d.server.transport")" "HTTP+SSE (2024-11-05)" "fell back to legacy"
run_cli 0 call "$url" echo --arg message=hi
assert_eq "$OUT" "Echo: hi" "echo over legacy SSE"
pass "legacy SSE fallback: tools and echo"

run_cli 0 call "$url" trigger-long-running-operation --arg duration=1 --arg steps=2
assert_contains "$ERR" "progress: 2/2" "progress over legacy SSE"
pass "progress over legacy SSE"

# An explicit Streamable-HTTP-only profile must not fall back.
run_cli 0 servers add strict "$url" --transport http
run_cli 4 tools strict
assert_contains "$ERR" "404" "no fallback when the profile forbids it"
pass "no fallback for --transport http"
