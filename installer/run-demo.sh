#!/usr/bin/env bash
# Command 1 of the README: set everything up, build, and start MCP Connect on its
# built-in demo server (no account, no network).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/installer/setup.sh" "$@"
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  # Without a display there is no browser for the consent page either: run the demo
  # server open (--no-auth) so the hint below works as printed.
  echo "No display found. Starting the demo server alone instead, without sign-in (Ctrl-C to stop);"
  echo "try it with: $root/build/app/mcp-connect-cli user-data http://localhost:3000/mcp"
  exec "$root/build/app/mcp-connect-cli" demo-server --no-auth
fi
exec "$root/build/app/mcp-connect" --demo
