#!/usr/bin/env bash
# `login --browser system` (the default on a terminal): the CLI hands the authorization URL to the
# desktop's opener (xdg-open here) and waits for the redirect. A stand-in xdg-open plays
# the browser (it loads the URL; the demo AS answers for the user with --auto-consent).
# Without any opener the CLI says so, prints the URL, and still completes when someone
# opens it by hand.
source "$(dirname "$0")/../interop/lib.sh"
source "$(dirname "$0")/demolib.sh"

start_demo demo --auto-consent allow
# The documented plaintext opt-in, so the sign-in outlives each CLI run.
export MCPC_SECRET_STORE="plaintext:$TEST_TMP/secrets.json"
bin="$TEST_TMP/bin"
mkdir -p "$bin"
cat >"$bin/xdg-open" <<SH
#!/bin/sh
echo "\$1" >>"$TEST_TMP/xdg-open.calls"
curl -sSL -o /dev/null "\$1" &
SH
chmod +x "$bin/xdg-open"

run_cli 0 servers add demo "$DEMO_URL"
PATH="$bin:$PATH" run_cli 0 login demo --browser system
assert_contains "$OUT$ERR" "Opening your browser to sign in" "the CLI says it opened the browser"
assert_contains "$OUT" "Signed in to demo" "the sign-in completed through the opened browser"
[ -s "$TEST_TMP/xdg-open.calls" ] || fail "xdg-open was not called"
opened=$(head -1 "$TEST_TMP/xdg-open.calls")
assert_contains "$opened" "http://127.0.0.1:$DEMO_PORT/authorize?" "xdg-open got the demo's authorization URL"
assert_contains "$opened" "code_challenge_method=S256" "the URL carries PKCE"
assert_eq "$(wc -l <"$TEST_TMP/xdg-open.calls" | tr -d ' ')" 1 "the browser was opened once"
run_cli 0 user-data demo --no-login
assert_eq "$OUT" "$SEED_USER_DATA" "user-data after a system-browser sign-in"
pass "--browser system opens the desktop's browser and completes the sign-in"

# No opener at all: a clear message with the URL, and the flow still completes.
run_cli 0 servers add demo2 "$DEMO_URL"
empty="$TEST_TMP/empty-bin"
mkdir -p "$empty"
PATH="$empty" run_cli_bg nobrowser login demo2 --browser system
url=
for _ in $(seq 300); do
  url=$(grep -o 'http://[^ ]*/authorize?[^ ]*' "$TEST_TMP/nobrowser.stderr" "$TEST_TMP/nobrowser.stdout" 2>/dev/null | head -1 | cut -d: -f2- || true)
  [ -n "$url" ] && break
  kill -0 "$BG_PID" 2>/dev/null || break
  sleep 0.1
done
[ -n "$url" ] || { cat "$TEST_TMP/nobrowser.stderr" >&2; fail "no authorization URL was printed"; }
curl -sSL -o /dev/null "$url"
wait_bg nobrowser 0
assert_contains "$OUT$ERR" "Could not open a browser. Open this URL to sign in" "no opener: said plainly"
assert_contains "$OUT" "Signed in to demo2" "signed in after the URL was opened by hand"
pass "without a browser opener the CLI prints the URL and still completes"
