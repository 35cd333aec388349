#!/usr/bin/env bash
# Command 1 of the README: set everything up, build, and start MCP Connect on its
# built-in demo server (no account, no network).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/installer/setup.sh" "$@"
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found. Starting the demo server alone instead (Ctrl-C to stop);"
  echo "try it with: $root/build/app/mcp-connect-cli user-data http://localhost:3000/mcp"
  exec "$root/build/app/mcp-connect-cli" demo-server
fi
exec "$root/build/app/mcp-connect" --demo
