#!/usr/bin/env bash
# The demo server with sign-in on, against what the 2026-07-28 suite (0.2.0-alpha.12) can
# test there: its authorization server scenarios (`conformance authorization`: the RFC 8414
# metadata endpoint, then an authorization code grant with PKCE and the resource
# indicator). The test plays the person at the browser: it loads the authorization URL
# the suite prints, and the demo's --auto-consent allow answers the consent page. The
# client is pre-registered as a public client (--client ID, no secret): the suite picks
# token_endpoint_auth_method "none" whenever the server lists it, so a confidential
# client's secret would never be sent.
# The suite's server scenarios cannot run with sign-in on: its server runner has no way
# to present a token, so every request would end in 401 (test_server*.sh use --no-auth).
# expected-failures.txt says what is allowed, and why.
CONFORMANCE_DIST="${MCPC_PEERS:?run through ctest}/node_modules/conformance-2026/dist/index.js"
SUITE_ID=2026
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/../e2e/demolib.sh"

start_demo demo --auto-consent allow --client conformance-as
issuer="http://127.0.0.1:$DEMO_PORT"
callback_port=$(free_port)
out="$TEST_TMP/results/authorization"
mkdir -p "$out"
"$NODE22" "$CONFORMANCE" authorization --url "$issuer" --client-id conformance-as --resource "$DEMO_URL" \
  -p "$callback_port" -o "$out" >"$out/log.txt" 2>&1 &
runner=$!
url=
for _ in $(seq 300); do
  url=$(grep -o "$issuer/authorize?[^ ]*" "$out/log.txt" | head -1 || true)
  [ -n "$url" ] && break
  kill -0 "$runner" 2>/dev/null || break
  sleep 0.1
done
[ -n "$url" ] || { cat "$out/log.txt"; fail "the suite printed no authorization URL"; }
# The browser: the demo consents by itself and redirects to the suite's callback listener.
curl -s -L -o "$TEST_TMP/browser.html" -w '%{url_effective}\n' "$url" >"$TEST_TMP/browser.url" ||
  fail "the authorization URL did not load"
assert_contains "$(cat "$TEST_TMP/browser.url")" "http://127.0.0.1:$callback_port/callback?code=" "the browser reached the callback with a code"
rc=0
wait "$runner" || rc=$?
verdict=$(check_verdict "$out" authorization all)
grep -q "authorization-server-metadata-endpoint: 1 passed" "$out/log.txt" &&
  grep -q "authorization-code-grant: 1 passed" "$out/log.txt" || { cat "$out/log.txt"; fail "not both scenarios passed"; }
[ "$rc" -eq 0 ] && [[ "$verdict" == ok* ]] || { cat "$out/log.txt"; fail "authorization server scenarios: exit $rc, $verdict"; }
pass "authorization server scenarios (metadata, code grant) with sign-in on: ${verdict#ok }"
