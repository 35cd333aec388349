#!/usr/bin/env bash
# The MCP 2026-07-28 conformance suite (@modelcontextprotocol/conformance 0.2.0-alpha.12,
# installed as conformance-2026) against `mcp-connect-cli demo-server --conformance
# --no-auth`: every server scenario the suite lists, each at the newest revision it is
# tagged with (2025-only ones at 2025-11-25 and older, so the dual-era server is tried on
# both wires; extension and pending ones at 2026-07-28 with --force). The 37 that
# `list --requirements 2026-07-28` names must all be among them. The tasks-* scenarios
# are left out here because conformance.server_2026_tasks runs them.
# expected-failures.txt says what else is left out or allowed, and why.
# Env (set by CTest): MCPC_CLI = mcp-connect-cli, MCPC_PEERS = tests/peers with node_modules.
CONFORMANCE_DIST="${MCPC_PEERS:?run through ctest}/node_modules/conformance-2026/dist/index.js"
SUITE_ID=2026
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/../e2e/demolib.sh"

mapfile -t scenarios < <(listed_scenarios server)
mapfile -t required < <("$NODE22" "$CONFORMANCE" list --requirements 2026-07-28 |
  awk '/^Server scenarios/{on=1; next} /^[A-Z]/{on=0} on && /^  - /{print $2}')
[ "${#required[@]}" -eq 37 ] || fail "expected 37 required server scenarios, the suite lists ${#required[@]}"
for r in "${required[@]}"; do
  printf '%s\n' "${scenarios[@]}" | grep -q "^$r " || fail "required scenario $r is not run"
done
print_left_out server

start_demo demo --conformance --no-auth
run_server_scenarios "$DEMO_URL" server "${scenarios[@]}"
