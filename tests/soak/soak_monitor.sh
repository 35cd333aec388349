#!/usr/bin/env bash
# Soak (long, not in CI): the real app under Xvfb monitors 200 server profiles for
# SOAK_SECONDS (default 600): 50 up (the demo server), 50 slow (the same server behind a
# proxy that holds each connection 3 s: Degraded), 50 down (a closed port) and 50
# flapping (a demo server stopped for 10 s every 30 s), all on loopback. The app must stay
# alive and its RSS flat: at most 5 % growth from the first minute after a 2-minute
# warm-up to the last minute. With an ASan build (MCPC_GUI from a sanitizer build),
# LeakSanitizer reports in the app's stderr are counted at the end.
# Env: MCPC_GUI, MCPC_CLI (default build/app/...), SOAK_SECONDS, SOAK_STOP_SECONDS (time allowed
# to quit on SIGTERM, default 15).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [ -z "${DISPLAY:-}" ]; then
  exec "$here/../support/test-env.sh" bash "$0" "$@"
fi
export MCPC_CLI=${MCPC_CLI:-$here/../../build/app/mcp-connect-cli}
export MCPC_GUI=${MCPC_GUI:-$here/../../build/app/mcp-connect}
export MCPC_PEERS=${MCPC_PEERS:-$here/../peers}
source "$here/../interop/lib.sh"
source "$here/../e2e/guilib.sh"
source "$here/lib.sh"
seconds=${SOAK_SECONDS:-600}
[ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
# An ASan build holds freed memory in its quarantine before reusing it, so its RSS climbs
# whatever the code does: there the leak check and the app staying up decide.
judge_rss=1
if grep -q __asan_init "$MCPC_GUI"; then
  judge_rss=0
  echo "ASan build: RSS printed, not judged; LeakSanitizer reports counted"
fi

# demo_on PORT NAME: a demo server (no sign-in) on PORT; its pid in DEMO_PID.
demo_on() {
  "$MCPC_CLI" demo-server --port "$1" --json --no-auth >>"$TEST_TMP/$2.out" 2>>"$TEST_TMP/$2.err" &
  DEMO_PID=$!
  PIDS+=("$DEMO_PID")
}

up_port=$(soak_free_port)
demo_on "$up_port" up
python3 "$here/slowproxy.py" "$up_port" 3 >"$TEST_TMP/slow.port" &
PIDS+=($!)
for _ in $(seq 50); do [ -s "$TEST_TMP/slow.port" ] && break; sleep 0.1; done
slow_port=$(cat "$TEST_TMP/slow.port")
down_port=$(soak_free_port)
flap_port=$(soak_free_port)
(
  trap 'kill "$DEMO_PID" 2>/dev/null; exit 0' TERM
  while true; do
    demo_on "$flap_port" flap
    sleep 30 & wait $!
    kill "$DEMO_PID" 2>/dev/null; wait "$DEMO_PID" 2>/dev/null || true
    sleep 10 & wait $!
  done
) &
PIDS+=($!)

for i in $(seq -w 1 50); do
  for kind in up slow down flap; do
    port_var="${kind}_port"
    "$MCPC_CLI" servers add "$kind-$i" "http://127.0.0.1:${!port_var}/mcp" >/dev/null
  done
done
pass "200 profiles: 50 up, 50 slow, 50 down, 50 flapping"

start_gui
: >"$TEST_TMP/app-rss.txt"
sample_rss "$GUI_PID" "$TEST_TMP/app-rss.txt" 5 &
sampler=$!
end=$((SECONDS + seconds))
while [ "$SECONDS" -lt "$end" ]; do
  kill -0 "$GUI_PID" 2>/dev/null || gui_fail "the app died during the soak"
  sleep 5
done
kill "$sampler" 2>/dev/null || true
read -r first last growth <<<"$(rss_growth "$TEST_TMP/app-rss.txt" 120)"
peak=$(awk 'max < $2 {max = $2} END {print max}' "$TEST_TMP/app-rss.txt")
echo "app over ${seconds} s: RSS $((first / 1024)) MiB (first minute after warm-up) -> $((last / 1024)) MiB (last minute), $growth %, peak $((peak / 1024)) MiB"
echo "the flapping server started $(grep -c '"port"' "$TEST_TMP/flap.out" 2>/dev/null || echo 0) times"
stop_gui "${SOAK_STOP_SECONDS:-15}" # an ASan build checks the whole heap for leaks on the way out
leaks=$(lsan_reports "$TEST_TMP/gui.err")
echo "LeakSanitizer reports: $leaks"
[ "$leaks" -eq 0 ] || { grep -A30 "ERROR: LeakSanitizer" "$TEST_TMP/gui.err" | head -80; fail "$leaks LeakSanitizer report(s)"; }
if [ "$judge_rss" = 1 ] && awk -v g="$growth" 'BEGIN { exit !(g != "n/a" && g > 5) }'; then fail "RSS grew $growth % (limit 5 %)"; fi
pass "monitor soak: the app stayed up, RSS $([ "$judge_rss" = 1 ] && echo "flat ($growth %)" || echo "not judged (ASan)"), $leaks leak reports"
