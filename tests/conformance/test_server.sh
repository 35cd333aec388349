#!/usr/bin/env bash
# @modelcontextprotocol/conformance 0.1.16: every server scenario it lists against
# `mcp-connect-cli demo-server --conformance --no-auth` (the fixture tools, resources and
# prompts the scenarios call by name), and the core ones against the plain demo server
# users get. expected-failures.txt says what is left out or allowed, and why.
# Env (set by CTest): MCPC_CLI = mcp-connect-cli, MCPC_PEERS = tests/peers with node_modules.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/../e2e/demolib.sh"

mapfile -t scenarios < <(listed_scenarios server)
[ "${#scenarios[@]}" -ge 30 ] || fail "expected at least 30 server scenarios, the suite lists ${#scenarios[@]}"
print_left_out server

start_demo plain --no-auth
plain_url=$DEMO_URL
start_demo fixtures --conformance --no-auth
run_server_scenarios "$DEMO_URL" server "${scenarios[@]}"

core=(server-initialize ping tools-list dns-rebinding-protection resources-list prompts-list
      logging-set-level server-sse-multiple-streams)
TEST_TMP="$TEST_TMP/plain" && mkdir -p "$TEST_TMP"
run_server_scenarios "$plain_url" server "${core[@]}"
