# Helpers for the GUI end-to-end tests: the real app under Xvfb. Source after
# tests/interop/lib.sh, from a script that re-executed itself through test-env.sh when
# DISPLAY was unset. The app's stdout is $TEST_TMP/gui.out (its --print-ready and event
# lines), stderr $TEST_TMP/gui.err; GUI_PID is its pid.
: "${MCPC_GUI:?run through ctest}"
GUI_PID=""

gui_fail() {
  echo "--- app stdout:" >&2; cat "$TEST_TMP/gui.out" >&2 || true
  echo "--- app stderr:" >&2; cat "$TEST_TMP/gui.err" >&2 || true
  fail "$*"
}

# wait_line PATTERN [COUNT]: until the app printed COUNT (default 1) stdout lines matching
# PATTERN (at most ~60 s); fails at once if the app died.
wait_line() {
  local want=${2:-1}
  for _ in $(seq 300); do
    [ "$(grep -c -- "$1" "$TEST_TMP/gui.out" 2>/dev/null || true)" -ge "$want" ] && return 0
    kill -0 "$GUI_PID" 2>/dev/null || gui_fail "the app died while waiting for $1"
    sleep 0.2
  done
  gui_fail "no line matching $1 within 60 s"
}

# start_gui ARGS...: the app with --print-ready in the background; waits for its ready
# line and sets READY_URL, READY_PROFILE and READY_STATUS from it (empty when absent).
start_gui() {
  : >"$TEST_TMP/gui.out"
  "$MCPC_GUI" "$@" --print-ready >"$TEST_TMP/gui.out" 2>"$TEST_TMP/gui.err" &
  GUI_PID=$!
  PIDS+=("$GUI_PID")
  wait_line '"ready":true'
  READY_URL=$(sed -n 's/.*"url":"\([^"]*\)".*/\1/p' "$TEST_TMP/gui.out" | head -1)
  READY_PROFILE=$(sed -n 's/.*"profile":"\([^"]*\)".*/\1/p' "$TEST_TMP/gui.out" | head -1)
  READY_STATUS=$(sed -n 's/.*"status":"\([^"]*\)".*/\1/p' "$TEST_TMP/gui.out" | head -1)
}

# stop_gui [SECONDS]: SIGTERM; the app must quit within SECONDS (default 10) and exit 0.
stop_gui() {
  local limit=${1:-10} status=0
  kill -TERM "$GUI_PID"
  for _ in $(seq $((limit * 10))); do kill -0 "$GUI_PID" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$GUI_PID" 2>/dev/null && gui_fail "the app did not quit within $limit s of SIGTERM"
  wait "$GUI_PID" || status=$?
  [ "$status" -eq 0 ] || gui_fail "the app exited with $status"
}

windows_named() { xdotool search --onlyvisible --name "$1" 2>/dev/null | wc -l; }
# main_windows: visible windows titled "MCP Connect" that are window-sized. Qt titles every
# untitled top-level (a tooltip, a popup) with the application's display name, so a
# tooltip under the pointer once counted as a second main window in a fresh-clone run.
main_windows() {
  local n=0 w width
  for w in $(xdotool search --onlyvisible --name '^MCP Connect$' 2>/dev/null); do
    width=$(xdotool getwindowgeometry "$w" 2>/dev/null | sed -n 's/.*Geometry: \([0-9]*\)x.*/\1/p')
    [ "${width:-0}" -ge 400 ] && n=$((n + 1))
  done
  echo "$n"
}

# screenshot_when_drawn FILE [COPY-NAME]: a screenshot of the whole screen once painting has
# settled (two shots in a row alike) and something is drawn (not one colour); at most ~10 s.
# With MCPC_BUILD set, a copy goes there as COPY-NAME (the README's pictures).
screenshot_when_drawn() {
  local file=$1 prev="$TEST_TMP/screenshot-prev.png" dev=0
  import -window root "$prev" 2>/dev/null || fail "screenshot failed"
  for _ in $(seq 50); do
    import -window root "$file" 2>/dev/null || fail "screenshot failed"
    dev=$(identify -format '%[fx:standard_deviation]' "$file")
    if awk -v d="$dev" 'BEGIN { exit !(d > 0.05) }' &&
       [ "$(compare -metric AE "$prev" "$file" null: 2>&1 || true)" = 0 ]; then
      break
    fi
    cp "$file" "$prev"
    sleep 0.2
  done
  SCREEN_DEVIATION=$dev
  [ -n "${2:-}" ] && [ -n "${MCPC_BUILD:-}" ] && cp "$file" "$MCPC_BUILD/$2" 2>/dev/null || true
}
