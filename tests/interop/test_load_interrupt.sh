#!/usr/bin/env bash
# `load` stopped with Ctrl+C (SIGINT): a 10-minute run against the demo server is
# interrupted as soon as its first progress line shows calls completed. It must stop
# early, print the summary of what completed (--json: "stopped": true, requests > 0),
# cancel what was in flight, and exit 130. No sleeps: the test blocks on the progress
# line read from a FIFO, then on the process's exit.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/../e2e/demolib.sh"

start_demo demo --no-auth
fifo="$TEST_TMP/progress"
mkfifo "$fifo"
"$MCPC_CLI" load "$DEMO_URL" echo --args '{"message":"hi"}' --concurrency 10 --duration 600 --progress --json \
  >"$TEST_TMP/load.out" 2>"$fifo" &
cli=$!
PIDS+=("$cli")

# Read stderr line by line until a progress line with at least one completed call.
exec 3<"$fifo"
seen=
while IFS= read -r line <&3; do
  echo "$line" >>"$TEST_TMP/load.err"
  if [[ "$line" =~ ·\ ([0-9]+)\ calls ]] && [ "${BASH_REMATCH[1]}" -gt 0 ]; then
    seen=$line
    break
  fi
done
[ -n "$seen" ] || { cat "$TEST_TMP/load.err" >&2; fail "no progress line before the CLI's stderr closed"; }
kill -INT "$cli"
cat <&3 >>"$TEST_TMP/load.err" # drain stderr until the CLI exits (it closes the FIFO)
exec 3<&-
set +e
wait "$cli"
rc=$?
set -e
OUT=$(cat "$TEST_TMP/load.out"); ERR=$(cat "$TEST_TMP/load.err")
[ "$rc" = 130 ] || { echo "$OUT"; echo "$ERR"; fail "an interrupted load exits 130, got $rc"; }
assert_contains "$ERR" "interrupted: stopping the load test" "the interruption is acknowledged on stderr"
assert_eq "$(json_get "$OUT" "d.stopped")" true "the report says it stopped early"
assert_eq "$(json_get "$OUT" "d.requests > 0 && d.ok === d.requests")" true "the calls completed so far are counted, all ok"
assert_eq "$(json_get "$OUT" "d.errors")" 0 "cancelled calls are not errors"
assert_eq "$(json_get "$OUT" "d.elapsedMs < 600000")" true "the run ended well before its 600 s"
assert_eq "$(json_get "$OUT" "d.latencyMs.p50 > 0 && d.latencyMs.p99 >= d.latencyMs.p50")" true "percentiles so far"
pass "Ctrl+C: exit 130 after $(json_get "$OUT" "d.requests") calls, summary printed (stopped early, $(json_get "$OUT" "d.cancelled") cancelled)"

# The text report says so too.
"$MCPC_CLI" load "$DEMO_URL" echo --concurrency 4 --duration 600 --progress >"$TEST_TMP/text.out" 2>"$fifo" &
cli=$!
PIDS+=("$cli")
exec 3<"$fifo"
while IFS= read -r line <&3; do
  [[ "$line" =~ ·\ ([0-9]+)\ calls ]] && [ "${BASH_REMATCH[1]}" -gt 0 ] && break
done
kill -INT "$cli"
cat <&3 >/dev/null
exec 3<&-
set +e
wait "$cli"
rc=$?
set -e
assert_eq "$rc" 130 "text mode: exit 130"
assert_contains "$(cat "$TEST_TMP/text.out")" "stopped early" "text mode: the summary says it stopped early"
pass "Ctrl+C in text mode: summary marked as stopped early"
