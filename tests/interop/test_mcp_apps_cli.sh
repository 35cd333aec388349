#!/usr/bin/env bash
# MCP Apps from the CLI, against the real @modelcontextprotocol/server-basic-vanillajs
# 2.0.3 (it speaks MCP 2025-11-25): `tools` marks get-time [App], `tools
# --app-info` reads its ui:// resource (URI, mime type, size, CSP), `call` still calls
# and says on stderr that the tool has an App to open in MCP Connect.
source "$(dirname "$0")/lib.sh"
require_peers
port=$(free_port)
PORT="$port" "$NODE22" --import "$LOOPBACK" "$NODE_MODULES/@modelcontextprotocol/server-basic-vanillajs/dist/index.js" \
  >"$TEST_TMP/basic.log" 2>&1 &
PIDS+=($!)
wait_port "$port"
url="http://127.0.0.1:$port/mcp"

run_cli 0 tools "$url"
assert_contains "$OUT" "get-time" "tools lists get-time"
assert_contains "$(grep get-time <<<"$OUT")" "[App]" "get-time is marked as having an App"
pass "tools marks the tool with an App"

run_cli 0 tools "$url" --app-info
assert_contains "$OUT" "App of get-time: ui://get-time/mcp-app.html" "app-info names the resource"
assert_contains "$OUT" "mime type:   text/html;profile=mcp-app" "app-info gives the mime type"
size=$(wc -c <"$NODE_MODULES/@modelcontextprotocol/server-basic-vanillajs/dist/mcp-app.html")
assert_contains "$OUT" "size:        $size bytes" "app-info gives the size of the HTML the server sent"
assert_contains "$OUT" "connect:     (none)" "app-info gives the declared CSP"
run_cli 0 tools "$url" --app-info --json
assert_eq "$(json_get "$OUT" 'd.apps[0].resourceUri')" "ui://get-time/mcp-app.html" "--json resource URI"
assert_eq "$(json_get "$OUT" 'd.apps[0].size')" "$size" "--json size"
assert_eq "$(json_get "$OUT" 'd.apps[0].csp.connectDomains.length')" "0" "--json CSP"
pass "tools --app-info reads the App resource"

run_cli 0 call "$url" get-time
[[ "$OUT" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}T ]] || fail "call prints the time, got: $OUT"
assert_contains "$ERR" "this tool has an App (ui://get-time/mcp-app.html); open it in MCP Connect" "call points to the App"
pass "call calls the tool and points to its App"

# A server without Apps: no marks, and --app-info says so.
everything_port=$(free_port)
start_everything streamableHttp "$everything_port"
run_cli 0 tools "http://127.0.0.1:$everything_port/mcp"
assert_not_contains "$OUT" "[App]" "server-everything has no Apps"
run_cli 0 tools "http://127.0.0.1:$everything_port/mcp" --app-info
assert_contains "$OUT" "No tool of this server has an App" "app-info without Apps"
pass "no App marks where there are none"
