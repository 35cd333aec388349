#!/usr/bin/env bash
# Adapter the conformance suite runs as the "client": it appends the scenario server's
# URL and sets MCP_CONFORMANCE_SCENARIO; we map each scenario onto mcp-connect-cli calls.
# MCPC_CLI must point at the CLI. Extra per-scenario data (credentials) arrives in
# MCP_CONFORMANCE_CONTEXT.
set -uo pipefail
url="${!#}"
cli="${MCPC_CLI:?MCPC_CLI not set}"
scenario="${MCP_CONFORMANCE_SCENARIO:-}"
export MCPC_SECRET_STORE="${MCPC_SECRET_STORE:-memory}"

case "$scenario" in
  initialize)
    exec "$cli" ping "$url" ;;
  tools_call)
    exec "$cli" call "$url" add_numbers --arg a=5 --arg b=3 ;;
  sse-retry)
    exec "$cli" call "$url" test_reconnection ;;
  *)
    echo "client-adapter: unknown scenario '$scenario'" >&2
    exit 1 ;;
esac
