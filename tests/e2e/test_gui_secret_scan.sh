#!/usr/bin/env bash
# No secret anywhere, the app's side (issue 10; e2e/test_secret_scan.sh is the CLI's). The
# real app on --demo under Xvfb, debug logging on (the traffic log's categories included),
# its own keyring: Sign in (the consent page in the system browser, as root; the test
# presses Allow with curl), the user-data call, quit; a second start loads the stored
# sign-in and calls again, then a crash (--crash-for-test) leaves a crash report, and the
# start after that shows it. The tokens are read back from the keyring (secret-tool), then
# every file under HOME and XDG_DATA_HOME, the app's stdout/stderr (debug logs) and the
# crash report are searched for them. Expect 0 hits.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [ "${MCPC_OWN_KEYRING:-}" != "$0" ]; then
  MCPC_OWN_KEYRING="$0" MCPC_IN_TEST_ENV= exec "$here/../support/test-env.sh" bash "$0" "$@"
fi
source "$here/../interop/lib.sh"
source "$here/demolib.sh"
: "${MCPC_GUI:?run through ctest}"
if [ "$(id -u)" -ne 0 ]; then
  # Not root: the consent page is the embedded view, which this script cannot press.
  echo "skip: the browser sign-in path is taken as root only (uid $(id -u)); tst_gui_signin covers the embedded view"
  exit 0
fi
unset QTWEBENGINE_DISABLE_SANDBOX QTWEBENGINE_CHROMIUM_FLAGS
export MCPC_SECRET_STORE=keychain QT_LOGGING_RULES="mcpc.*.debug=true"
bin="$TEST_TMP/bin"
mkdir -p "$bin"
printf '#!/bin/sh\necho "$1" >>"%s/xdg-open.calls"\n' "$TEST_TMP" >"$bin/xdg-open"
chmod +x "$bin/xdg-open"
export PATH="$bin:$PATH" BROWSER="$bin/xdg-open"
run=0

gui_fail() { cat "$TEST_TMP"/gui*.err >&2 || true; fail "$*"; }
# start_gui ARGS...: the app, its output in gui<N>.out/err.
start_gui() {
  run=$((run + 1))
  "$MCPC_GUI" "$@" >"$TEST_TMP/gui$run.out" 2>"$TEST_TMP/gui$run.err" &
  GUI_PID=$!
  PIDS+=("$GUI_PID")
}
wait_line() {
  for _ in $(seq 300); do
    grep -q -- "$1" "$TEST_TMP/gui$run.out" 2>/dev/null && return 0
    kill -0 "$GUI_PID" 2>/dev/null || gui_fail "the app died while waiting for $1"
    sleep 0.2
  done
  gui_fail "no line matching $1 within 60 s"
}
quit_gui() {
  kill -TERM "$GUI_PID"
  for _ in $(seq 100); do kill -0 "$GUI_PID" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$GUI_PID" 2>/dev/null && gui_fail "the app did not quit"
  wait "$GUI_PID" || true
}

start_gui --demo --print-ready --press-sign-in
wait_line '"event":"sign-in-page"'
for _ in $(seq 100); do [ -s "$TEST_TMP/xdg-open.calls" ] && break; sleep 0.1; done
url=$(head -1 "$TEST_TMP/xdg-open.calls")
jar="$TEST_TMP/cookies.txt"
page=$(curl -sS -c "$jar" -b "$jar" "$url")
request_id=$(sed -n 's/.*name="request_id" value="\([^"]*\)".*/\1/p' <<<"$page")
csrf=$(sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' <<<"$page")
location=$(curl -sS -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "request_id=$request_id" \
  --data-urlencode "csrf_token=$csrf" --data-urlencode "decision=allow" "${url%%/authorize*}/consent")
curl -sS -o /dev/null "$location" || true
wait_line '"event":"user-data-shown"'
pass "app: signed in and the user data shown"

# The tokens, read back from the keyring (the values the scan looks for).
# QtKeychain stores each value base64-encoded (attribute type=base64): decode, then pick
# the token fields out of the JSON.
mapfile -t SECRETS < <(secret-tool search --all --unlock xdg:schema org.qt.keychain 2>/dev/null | sed -n 's/^secret = //p' |
  while read -r b64; do base64 -d <<<"$b64" 2>/dev/null; echo; done |
  grep -oE '"(access_token|refresh_token|client_secret)" *: *"[^"]+"' | sed 's/.*: *"\(.*\)"/\1/' | sort -u)
[ "${#SECRETS[@]}" -ge 2 ] || gui_fail "fewer than 2 token values in the keyring: the scan would prove nothing ($(secret-tool search --all --unlock xdg:schema org.qt.keychain 2>&1 | sed 's/secret = .*/secret = <hidden>/' | head))"
quit_gui

start_gui --demo --print-ready
wait_line '"ready":true'
quit_gui
status=0
"$MCPC_GUI" --demo --crash-for-test >"$TEST_TMP/gui-crash.out" 2>"$TEST_TMP/gui-crash.err" || status=$?
[ "$status" -eq 139 ] || gui_fail "expected the crash (139), got $status"
start_gui --print-ready
wait_line '"ready":true'
quit_gui
grep -rq "mcpc.oauth" "$TEST_TMP"/gui*.err || fail "no debug log captured: the scan would prove nothing"

hits=0
for v in "${SECRETS[@]}"; do
  if found=$(grep -rlF -- "$v" "$HOME" "$XDG_DATA_HOME" "$TEST_TMP"/gui*.out "$TEST_TMP"/gui*.err 2>/dev/null); then
    hits=$((hits + 1))
    echo "LEAK of ${v:0:4}...: $found" >&2
  fi
done
echo "secret-scan hits (app): $hits"
[ "$hits" = 0 ] || fail "$hits secret value(s) found"
pass "app: 0 hits for ${#SECRETS[@]} token values under HOME, XDG_DATA_HOME (crash report, logs), and the debug output"
