#!/usr/bin/env bash
# Soak (long, not in CI): 100,000 sequential and 100,000 50-way concurrent tool calls
# through the CLI engine (`mcp-connect-cli load`) against the demo server on loopback, on
# both protocol eras. Per run: every call must be answered or fail with a named kind
# (ok + errors + cancelled = requests), and the CLI's and the server's RSS must be flat:
# at most 5 % growth from the first minute after a 20 s warm-up to the last minute.
# With an ASan build (MCPC_CLI from a sanitizer build), LeakSanitizer reports are counted.
# Env: MCPC_CLI (default build/app/mcp-connect-cli), SOAK_CALLS (default 100000).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export MCPC_CLI=${MCPC_CLI:-$here/../../build/app/mcp-connect-cli}
export MCPC_PEERS=${MCPC_PEERS:-$here/../peers}
source "$here/../interop/lib.sh"
source "$here/lib.sh"
calls=${SOAK_CALLS:-100000}

"$MCPC_CLI" demo-server --port 0 --json --no-auth >"$TEST_TMP/demo.out" 2>"$TEST_TMP/demo.err" &
demo=$!
PIDS+=("$demo")
for _ in $(seq 100); do grep -q '"port"' "$TEST_TMP/demo.out" && break; sleep 0.1; done
url="http://127.0.0.1:$(sed -n 's/.*"port": *\([0-9]*\).*/\1/p' "$TEST_TMP/demo.out" | head -1)/mcp"
: >"$TEST_TMP/server-rss.txt"
sample_rss "$demo" "$TEST_TMP/server-rss.txt" 2 &

failed=0
# soak_run NAME CONCURRENCY ERA
soak_run() {
  local name=$1 conc=$2 era=$3 pid rc=0
  : >"$TEST_TMP/$name-rss.txt"
  "$MCPC_CLI" load "$url" get_user_data --requests "$calls" --concurrency "$conc" --protocol-era "$era" \
    --timeout 30 --json >"$TEST_TMP/$name.json" 2>"$TEST_TMP/$name.err" &
  pid=$!
  sample_rss "$pid" "$TEST_TMP/$name-rss.txt" 1 &
  wait "$pid" || rc=$?
  local verdict
  verdict=$("$NODE22" -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const accounted = r.ok + r.errors + r.cancelled === r.requests;
    const named = r.errorKinds.every(k => k.kind && k.count > 0);
    console.log(`${r.requests} calls, ${r.ok} ok, ${r.errors} errors ${JSON.stringify(r.errorKinds)}, ` +
      `${r.throughput.toFixed(0)}/s, p50 ${r.latencyMs.p50} ms, p99 ${r.latencyMs.p99} ms, max ${r.latencyMs.max} ms` +
      (accounted && named ? "" : " UNACCOUNTED"));' "$TEST_TMP/$name.json" 2>&1) || verdict="no report: $(tail -3 "$TEST_TMP/$name.err")"
  read -r first last growth <<<"$(rss_growth "$TEST_TMP/$name-rss.txt" 20)"
  echo "$name (exit $rc): $verdict; CLI RSS $((first / 1024)) -> $((last / 1024)) MiB ($growth %)"
  if [ "$rc" -ne 0 ] || [[ "$verdict" == *UNACCOUNTED* || "$verdict" == no\ report* ]] ||
     awk -v g="$growth" 'BEGIN { exit !(g != "n/a" && g > 5) }'; then
    failed=$((failed + 1))
  fi
}

start=$SECONDS
soak_run modern-sequential 1 modern
soak_run modern-50-way 50 modern
soak_run legacy-50-way 50 legacy
read -r first last growth <<<"$(rss_growth "$TEST_TMP/server-rss.txt" 20)"
echo "demo server over $((SECONDS - start)) s: RSS $((first / 1024)) -> $((last / 1024)) MiB ($growth %)"
awk -v g="$growth" 'BEGIN { exit !(g != "n/a" && g > 5) }' && failed=$((failed + 1))
echo "LeakSanitizer reports: $(lsan_reports "$TEST_TMP"/*.err)"
[ "$failed" -eq 0 ] || fail "$failed soak check(s) failed"
pass "call soak: every call accounted for, RSS flat"
