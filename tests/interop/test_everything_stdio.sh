#!/usr/bin/env bash
# Interop with server-everything as a local stdio server, through a saved stdio profile.
source "$(dirname "$0")/lib.sh"
require_peers
run_cli 0 servers add everything --stdio -- node "$NODE_MODULES/@modelcontextprotocol/server-everything/dist/index.js" stdio
run_cli 0 tools everything --json
assert_eq "$(json_get "$OUT" "d.tools.length")" "13" "tool count over stdio"
assert_contains "$(json_get "$OUT" "d.server.transport")" "stdio" "stdio transport"
run_cli 0 call everything echo --arg message=hi
assert_eq "$OUT" "Echo: hi" "echo over stdio"
pass "stdio: tools and echo"
run_cli 0 call everything trigger-long-running-operation --arg duration=1 --arg steps=2
assert_contains "$ERR" "progress: 2/2" "progress over stdio"
pass "stdio: long-running tool with progress"

# A command that does not exist: clear error, exit 2.
run_cli 0 servers add broken --stdio -- /nonexistent/mcp-server
run_cli 2 tools broken
assert_contains "$ERR" "Could not start '/nonexistent/mcp-server'" "missing binary"
# A process that exits at once: its stderr explains why.
run_cli 0 servers add dies --stdio -- sh -c "echo 'fatal: missing API key' >&2; exit 3"
run_cli 2 tools dies
assert_contains "$ERR" "exited with code 3" "exit code reported"
assert_contains "$ERR" "missing API key" "stderr tail reported"
pass "stdio failures are clear"
