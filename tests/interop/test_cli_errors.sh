#!/usr/bin/env bash
# The seed's troubleshooting cases, as the CLI reports them, and usage errors.
source "$(dirname "$0")/lib.sh"
port=$(free_port) # nothing listens here

run_cli 2 tools "http://127.0.0.1:$port/mcp"
assert_contains "$ERR" "Connection refused" "refused"
assert_contains "$ERR" "Is the MCP server running" "refused hint"
pass "connection refused (exit 2)"

run_cli 1 tools "http://example.com/mcp"
assert_contains "$ERR" "plain HTTP" "insecure http refused"
assert_contains "$ERR" "https://" "https hint"
pass "plain HTTP to a remote host needs --allow-http (exit 1)"

run_cli 1 tools "ftp://example.com/mcp"
assert_contains "$ERR" "must start with https://" "scheme check"
run_cli 1 tools no-such-profile
assert_contains "$ERR" "No server named 'no-such-profile'" "unknown profile"
run_cli 1 call
assert_contains "$ERR" "missing arguments" "usage"
run_cli 1 frobnicate
assert_contains "$ERR" "unknown command" "unknown command"
run_cli 0 servers add argcheck https://mcp.example.com/mcp
run_cli 1 call argcheck y --arg novalue
assert_contains "$ERR" "novalue" "--arg without '=' names the bad argument"
assert_contains "$ERR" "key=value" "--arg without '=' says the expected form"
run_cli 0 servers remove argcheck
run_cli 0 --help
assert_contains "$OUT" "Exit codes" "main help"
assert_not_contains "$OUT" "bench-calls" "test-only commands stay hidden"
run_cli 0 call --help
assert_contains "$OUT" "--arg key=value" "command help"
pass "usage errors exit 1 with a message"

run_cli 0 servers add Good_1 https://mcp.example.com/mcp
run_cli 1 servers add Good_1 https://mcp.example.com/mcp
assert_contains "$ERR" "already exists" "duplicate"
run_cli 1 servers add "bad name!" https://mcp.example.com/mcp
assert_contains "$ERR" "Try 'bad-name'" "slug offered"
run_cli 0 servers list --json
assert_eq "$(json_get "$OUT" "d.servers.map(s=>s.name).join(',')")" "Good_1" "only the good profile stored"
run_cli 0 servers remove Good_1
run_cli 0 servers list --json
assert_eq "$(json_get "$OUT" "d.servers.length")" "0" "removed"
pass "profiles: add, duplicate, bad name, remove"

# A corrupt profile file is reported and left untouched.
printf '{ not json' >"$XDG_CONFIG_HOME/mcp-connect/profiles.json"
before=$(sha256sum "$XDG_CONFIG_HOME/mcp-connect/profiles.json")
run_cli 5 servers add another https://mcp.example.com/mcp
assert_contains "$ERR" "not a valid profile file" "corrupt store"
assert_eq "$(sha256sum "$XDG_CONFIG_HOME/mcp-connect/profiles.json")" "$before" "corrupt file untouched"
pass "corrupt profile store: clear error, nothing written"
