#!/usr/bin/env bash
# Sign in as root: Chromium refuses to start as root with its sandbox, and starting the
# embedded consent view used to take the whole app down. The real app, as root, under
# Xvfb, WITHOUT QTWEBENGINE_DISABLE_SANDBOX, on --demo: pressing Sign in opens the
# consent page in the system browser (a stand-in xdg-open records the URL; the test
# plays the person: loads the page and presses Allow with curl), the card shows the
# address and why, and the app ends signed in with the user data shown, still alive.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [ -z "${DISPLAY:-}" ]; then
  exec "$here/../support/test-env.sh" bash "$0" "$@"
fi
source "$here/../interop/lib.sh"
source "$here/demolib.sh"
source "$here/guilib.sh"
if [ "$(id -u)" -ne 0 ]; then
  echo "skip: this test is about running as root (it runs as uid $(id -u))"
  exit 0
fi
command -v import >/dev/null || fail "ImageMagick (import) is not installed"
# test-env.sh turns the sandbox off for root; this test is about not needing that.
unset QTWEBENGINE_DISABLE_SANDBOX QTWEBENGINE_CHROMIUM_FLAGS

bin="$TEST_TMP/bin"
mkdir -p "$bin"
cat >"$bin/xdg-open" <<SH
#!/bin/sh
echo "\$1" >>"$TEST_TMP/xdg-open.calls"
SH
chmod +x "$bin/xdg-open"
export PATH="$bin:$PATH" BROWSER="$bin/xdg-open"

start_gui --demo --press-sign-in
assert_contains "$(cat "$TEST_TMP/gui.out")" '"status":"needs-login"' "the demo asks for sign-in first"
assert_contains "$(cat "$TEST_TMP/gui.err")" "running as root" "the app says why sign-in uses the browser"

wait_line '"event":"sign-in-page"'
page_line=$(grep '"event":"sign-in-page"' "$TEST_TMP/gui.out" | head -1)
assert_contains "$page_line" '"where":"browser"' "as root the sign-in page goes to the system browser"
for _ in $(seq 100); do [ -s "$TEST_TMP/xdg-open.calls" ] && break; sleep 0.1; done
[ -s "$TEST_TMP/xdg-open.calls" ] || gui_fail "xdg-open was not called"
url=$(head -1 "$TEST_TMP/xdg-open.calls")
assert_contains "$url" "/authorize?" "the browser got the authorization URL"
assert_contains "$url" "code_challenge_method=S256" "with PKCE"
assert_contains "$page_line" "$url" "the card shows the same address"
pass "Sign in as root: the consent page opens in the system browser (the app is alive)"

# The fallback card, for people: the reason and the address to copy.
screenshot_when_drawn "$TEST_TMP/shot.png" gui-root-signin.png

# The person at the browser: the consent page, Allow, the redirect to the app's listener.
jar="$TEST_TMP/cookies.txt"
CONSENT_PAGE=$(curl -sS -c "$jar" -b "$jar" "$url")
assert_contains "$CONSENT_PAGE" 'value="allow"' "consent page has Allow"
request_id=$(sed -n 's/.*name="request_id" value="\([^"]*\)".*/\1/p' <<<"$CONSENT_PAGE")
csrf=$(sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' <<<"$CONSENT_PAGE")
[ -n "$request_id" ] && [ -n "$csrf" ] || fail "consent form fields missing"
location=$(curl -sS -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" \
  --data-urlencode "request_id=$request_id" --data-urlencode "csrf_token=$csrf" \
  --data-urlencode "decision=allow" "${url%%/authorize*}/consent")
case "$location" in http://127.0.0.1:*/callback\?*) ;; *) gui_fail "Allow did not redirect to the app's listener: '$location'";; esac
curl -sS -o /dev/null "$location" || true

wait_line '"event":"user-data-shown"'
assert_contains "$(grep '"event":"user-data-shown"' "$TEST_TMP/gui.out" | head -1)" '"signIn":"Signed in"' "the card says Signed in"
kill -0 "$GUI_PID" 2>/dev/null || gui_fail "the app died after signing in"
pass "Allow in the browser: signed in, the demo user's data shown, the app still running"

stop_gui
pass "the app quits cleanly"
