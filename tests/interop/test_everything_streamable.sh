#!/usr/bin/env bash
# Interop with the real @modelcontextprotocol/server-everything over Streamable HTTP.
source "$(dirname "$0")/lib.sh"
require_peers
port=$(free_port)
start_everything streamableHttp "$port"
url="http://127.0.0.1:$port/mcp"

# tools lists every tool the server offers (13 when the client declares no capabilities).
run_cli 0 tools "$url" --json
names=$(json_get "$OUT" "d.tools.map(t=>t.name).sort().join(',')")
assert_eq "$names" "echo,get-annotated-message,get-env,get-resource-links,get-resource-reference,get-structured-content,get-sum,get-tiny-image,gzip-file-as-resource,simulate-research-query,toggle-simulated-logging,toggle-subscriber-updates,trigger-long-running-operation" "tool names"
assert_eq "$(json_get "$OUT" "d.server.protocolVersion")" "2025-11-25" "negotiated version"
assert_eq "$(json_get "$OUT" "typeof d.tools[0].inputSchema")" "object" "--json carries the schemas"
run_cli 0 tools "$url"
assert_contains "$OUT" "13 tools:" "text listing"
assert_contains "$OUT" "Echo Tool" "titles shown"
pass "tools lists all 13 tools"

run_cli 0 call "$url" echo --arg message=hi
assert_eq "$OUT" "Echo: hi" "echo"
pass "echo returns Echo: hi"

run_cli 0 call "$url" get-sum --arg a=2 --arg b=40
assert_contains "$OUT" "42" "numbers typed by the schema"
run_cli 0 call "$url" get-tiny-image
assert_contains "$OUT" "[image image/png" "image summary"
run_cli 0 call "$url" get-structured-content --arg location=Chicago --json
[ "$(json_get "$OUT" "typeof d.structuredContent")" = object ] || fail "structuredContent in --json"
run_cli 0 call "$url" get-resource-links --arg count=2
assert_contains "$OUT" "[link " "resource_link summary"
pass "content types: text, image, structured, resource_link"

run_cli 0 call "$url" trigger-long-running-operation --arg duration=1 --arg steps=3
assert_contains "$OUT" "Long running operation completed" "long-running result"
assert_contains "$ERR" "progress: 3/3" "progress notifications"
pass "long-running tool with progress"

run_cli 4 call "$url" no-such-tool
assert_contains "$ERR" "Tool not available" "unknown tool message"
assert_contains "$ERR" "echo" "lists available tools"
pass "unknown tool gives a clear error (exit 4)"

run_cli 0 ping "$url"
assert_contains "$OUT" "over Streamable HTTP" "transport reported"

run_cli 0 resources "$url" --json
[ "$(json_get "$OUT" "d.resources.length > 0")" = true ] || fail "resources listed"
run_cli 0 prompts "$url"
assert_contains "$OUT" "prompts:" "prompts listed"
pass "resources and prompts"
