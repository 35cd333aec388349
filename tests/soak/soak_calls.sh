#!/usr/bin/env bash
# Soak (long, not in CI): 100,000 sequential and 100,000 50-way concurrent tool calls
# through the CLI engine (`mcp-connect-cli load`) against the demo server on loopback, on
# both protocol eras, in SOAK_ROUNDS rounds against one server. Per run: every call must
# be answered or fail with a named kind (ok + errors + cancelled = requests), and the
# CLI's RSS must be flat: at most 5 % growth from the first minute after a 20 s warm-up to
# the last minute. The server's RSS is compared at the same load: the end of round 1 (the
# warm-up: every load has set its high-water mark once) against the end of the last
# round, both during the 50-way legacy run; at most 5 % growth. (Its first minute against
# its last compares a sequential load with 50 concurrent sessions: printed, not judged.)
# The server is stopped with SIGTERM, so that an ASan build runs its leak check; with one
# (MCPC_CLI from a sanitizer build, ASAN_OPTIONS without log_path), LeakSanitizer reports
# in every process's stderr are counted, and any fails the run.
# Env: MCPC_CLI (default build/app/mcp-connect-cli), SOAK_CALLS (default 100000 per run),
# SOAK_ROUNDS (default 2).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export MCPC_CLI=${MCPC_CLI:-$here/../../build/app/mcp-connect-cli}
export MCPC_PEERS=${MCPC_PEERS:-$here/../peers}
source "$here/../interop/lib.sh"
source "$here/lib.sh"
calls=${SOAK_CALLS:-100000}
rounds=${SOAK_ROUNDS:-2}
# An ASan build holds freed memory in its quarantine (up to 256 MiB) before reusing it, so
# its RSS climbs whatever the code does: there only the leak check and the calls count.
judge_rss=1
if grep -q __asan_init "$MCPC_CLI"; then
  judge_rss=0
  echo "ASan build: RSS printed, not judged; LeakSanitizer reports counted"
fi
# too_much_growth PERCENT: whether RSS growth fails the run.
too_much_growth() { [ "$judge_rss" = 1 ] && awk -v g="$1" 'BEGIN { exit !(g == "n/a" || g > 5) }'; }

"$MCPC_CLI" demo-server --port 0 --json --no-auth >"$TEST_TMP/demo.out" 2>"$TEST_TMP/demo.err" &
demo=$!
PIDS+=("$demo")
for _ in $(seq 100); do grep -q '"port"' "$TEST_TMP/demo.out" && break; sleep 0.1; done
url="http://127.0.0.1:$(sed -n 's/.*"port": *\([0-9]*\).*/\1/p' "$TEST_TMP/demo.out" | head -1)/mcp"
: >"$TEST_TMP/server-rss.txt"
sample_rss "$demo" "$TEST_TMP/server-rss.txt" 2 &

failed=0
# soak_run NAME CONCURRENCY ERA: one load run; the server's RSS during it goes to
# NAME-server-rss.txt.
soak_run() {
  local name=$1 conc=$2 era=$3 pid rc=0 server_sampler
  : >"$TEST_TMP/$name-rss.txt"
  : >"$TEST_TMP/$name-server-rss.txt"
  sample_rss "$demo" "$TEST_TMP/$name-server-rss.txt" 1 &
  server_sampler=$!
  "$MCPC_CLI" load "$url" get_user_data --requests "$calls" --concurrency "$conc" --protocol-era "$era" \
    --timeout 30 --json >"$TEST_TMP/$name.json" 2>"$TEST_TMP/$name.err" &
  pid=$!
  sample_rss "$pid" "$TEST_TMP/$name-rss.txt" 1 &
  wait "$pid" || rc=$?
  kill "$server_sampler" 2>/dev/null || true
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
     { [ "$growth" != n/a ] && too_much_growth "$growth"; }; then
    failed=$((failed + 1))
  fi
}

start=$SECONDS
for round in $(seq "$rounds"); do
  soak_run "modern-sequential-$round" 1 modern
  soak_run "modern-50-way-$round" 50 modern
  soak_run "legacy-50-way-$round" 50 legacy
  echo "round $round: server RSS $(($(rss_tail_mean "$TEST_TMP/legacy-50-way-$round-server-rss.txt" 20) / 1024)) MiB over its last 20 s"
done
read -r first last growth <<<"$(rss_growth "$TEST_TMP/server-rss.txt" 20)"
echo "demo server over $((SECONDS - start)) s, first minute (sequential) to last (50 sessions): RSS $((first / 1024)) -> $((last / 1024)) MiB ($growth %)"
first=$(rss_tail_mean "$TEST_TMP/legacy-50-way-1-server-rss.txt" 20)
last=$(rss_tail_mean "$TEST_TMP/legacy-50-way-$rounds-server-rss.txt" 20)
growth=$(awk -v a="$first" -v b="$last" 'BEGIN { if (a > 0) printf "%.1f", (b - a) * 100 / a; else print "n/a" }')
echo "demo server at the same load, end of round 1 -> end of round $rounds: RSS $first -> $last KiB ($growth %)"
if [ "$rounds" -lt 2 ] || too_much_growth "$growth"; then
  failed=$((failed + 1))
fi
kill -TERM "$demo"
wait "$demo" || echo "demo server exited $?"
leaks=$(lsan_reports "$TEST_TMP"/*.err)
echo "LeakSanitizer reports: $leaks"
[ "$leaks" -eq 0 ] || { grep -h -A30 "ERROR: LeakSanitizer" "$TEST_TMP"/*.err | head -80; failed=$((failed + 1)); }
[ "$failed" -eq 0 ] || fail "$failed soak check(s) failed"
pass "call soak: every call accounted for, RSS flat"
