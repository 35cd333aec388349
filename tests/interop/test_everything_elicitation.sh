#!/usr/bin/env bash
# A 2025-era server asks for input with elicitation/create (server-to-client request):
# server-everything's trigger-elicitation-request (registered only when the client
# declares elicitation). The CLI answers it through the same options as a 2026-07-28
# input_required: --accept-input, --decline-input, and exit 6 when nobody can answer.
source "$(dirname "$0")/lib.sh"
require_peers
port=$(free_port)
start_everything streamableHttp "$port"
URL="http://127.0.0.1:$port/mcp"
TOOL=trigger-elicitation-request

run_cli 0 call "$URL" "$TOOL" --protocol-era legacy --accept-input '{"name":"Ada Lovelace","check":true,"integer":7}'
assert_contains "$OUT" "User provided the requested information" "accepted form"
assert_contains "$OUT" "- Name: Ada Lovelace" "the name reached the server"
assert_contains "$OUT" "- Agreed to terms: true" "the boolean reached the server"
assert_contains "$OUT" "- Favorite Integer: 7" "the integer reached the server"
pass "elicitation/create accepted with --accept-input; the server got the content"

run_cli 0 call "$URL" "$TOOL" --protocol-era legacy --decline-input
assert_contains "$OUT" "User declined to provide the requested information" "declined form"
pass "elicitation/create declined with --decline-input"

run_cli 6 call "$URL" "$TOOL" --protocol-era legacy </dev/null
assert_contains "$ERR" "The server needs input: Please provide inputs for the following fields:" "needs input message"
assert_contains "$ERR" "--accept-input" "needs input hint"
pass "no terminal and no answer flag: exit 6 with the server's question"

run_cli 1 call "$URL" "$TOOL" --protocol-era legacy --accept-input '{"check":true}'
assert_contains "$ERR" "does not fit the server's form" "an answer missing a required field"
pass "an --accept-input answer that misses a required field is refused (exit 1, a usage error)"

# Without an input provider (any command but call) the capability is not declared, so
# the server does not even offer the tool.
run_cli 0 tools "$URL" --protocol-era legacy
assert_not_contains "$OUT" "$TOOL" "tools declares no elicitation"
pass "tools (no one to answer) does not declare elicitation; the tool is not offered"
