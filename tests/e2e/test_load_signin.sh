#!/usr/bin/env bash
# `load` against the demo server with sign-in on (the real keyring, tests/support/test-env.sh):
# the access token lives 2 s, so every run spans several refreshes.
#   - modern era (stateless requests): the run signs in once (consent answered by the
#     demo's --auto-consent) and loses no request across the refreshes;
#   - legacy era, 20 sessions: all of them share that one sign-in, again 0 errors;
#   - exactly one authorization in total, no refused refresh, no token in any output.
if [ "${MCPC_IN_TEST_ENV:-}" != 1 ]; then
  exec "$(dirname "$0")/../support/test-env.sh" bash "$0" "$@"
fi
source "$(dirname "$0")/../interop/lib.sh"
source "$(dirname "$0")/demolib.sh"

tokens="$TEST_TMP/tokens.jsonl"
start_demo demo --auto-consent allow --token-ttl 2 --token-log "$tokens"
server_log="$TEST_TMP/demo.log"
export MCPC_SECRET_STORE=keychain
logs="$TEST_TMP/all-output.txt"
: >"$logs"
keep() { { echo "$OUT"; echo "$ERR"; } >>"$logs"; }

run_cli 0 servers add demo "$DEMO_URL"

run_cli 0 load demo echo --args '{"message":"hi"}' --concurrency 20 --duration 5 --browser http --json
keep
requests=$(json_get "$OUT" "d.requests")
[ "$requests" -gt 100 ] || fail "too few requests to prove anything ($requests)"
assert_eq "$(json_get "$OUT" "d.era")" modern "the demo answers in the modern era"
assert_eq "$(json_get "$OUT" "d.errors")" 0 "no request lost across the refreshes"
assert_eq "$(json_get "$OUT" "d.ok")" "$requests" "every request ok"
assert_eq "$(count_in "$server_log" "Issued tokens to")" 1 "one sign-in for all workers"
refreshes=$(count_in "$server_log" "Refreshed the access token")
[ "$refreshes" -ge 2 ] || fail "the run should span refreshes of the 2 s token (saw $refreshes)"
assert_eq "$(count_in "$server_log" "Refused a token refresh")" 0 "no refused (racing) refresh"
pass "modern era: $requests calls, 0 errors, 1 sign-in, $refreshes refreshes during the run"

run_cli 0 load demo echo --args '{"message":"hi"}' --concurrency 20 --duration 5 --protocol-era legacy --no-login --json
keep
requests=$(json_get "$OUT" "d.requests")
[ "$requests" -gt 100 ] || fail "too few requests to prove anything ($requests)"
assert_eq "$(json_get "$OUT" "d.sessions")" 20 "twenty sessions"
assert_eq "$(json_get "$OUT" "d.errors")" 0 "no request lost across the refreshes"
assert_eq "$(json_get "$OUT" "d.ok")" "$requests" "every request ok"
assert_eq "$(count_in "$server_log" "Issued tokens to")" 1 "still the one sign-in"
after=$(count_in "$server_log" "Refreshed the access token")
[ "$after" -gt "$refreshes" ] || fail "the legacy run should refresh too ($refreshes -> $after)"
assert_eq "$(count_in "$server_log" "Refused a token refresh")" 0 "no refused (racing) refresh"
pass "legacy era: 20 sessions share the sign-in, $requests calls, 0 errors across refreshes"

assert_no_secrets "$tokens" "$logs" "$HOME"
pass "no issued token or code in the output or under HOME"
