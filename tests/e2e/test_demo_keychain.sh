#!/usr/bin/env bash
# The token-storing part of the demo sign-in once more with the real keyring
# (gnome-keyring's Secret Service on a private D-Bus, tests/support/test-env.sh):
#   login; the access token alone is revoked -> 401 invalid_token -> refresh -> the call
#   works; then user-data from a new process with the tokens from the keyring;
#   the access token expires -> refreshed ahead of time, rotated token saved in the keyring;
#   the refresh token is revoked -> "sign in again", and the keyring entry is gone;
#   no issued code, token or secret anywhere under HOME, in the output or the logs.
# Always a keyring of its own (a private D-Bus session), even inside a ctest run that is
# already in one: parallel tests must never share keyring entries.
if [ "${MCPC_OWN_KEYRING:-}" != "$0" ]; then
  MCPC_OWN_KEYRING="$0" MCPC_IN_TEST_ENV= exec "$(dirname "$0")/../support/test-env.sh" bash "$0" "$@"
fi
source "$(dirname "$0")/../interop/lib.sh"
source "$(dirname "$0")/demolib.sh"

tokens="$TEST_TMP/tokens.jsonl"
# The 401 step must send the revoked token before the client's refresh-ahead margin (half
# the lifetime of a short-lived token) starts: 15 s from issue to that request, which a
# slow machine or a sanitizer build (about 3 s per CLI start) needs; the expiry step waits
# out the whole lifetime.
start_demo demo --auto-consent allow --token-ttl 30 --require-resource --token-log "$tokens"
server_log="$TEST_TMP/demo.log"
base="http://127.0.0.1:$DEMO_PORT"
export MCPC_SECRET_STORE=keychain
export QT_LOGGING_RULES="mcpc.*.debug=true"
logs="$TEST_TMP/all-output.txt"
: >"$logs"
keep() { { echo "$OUT"; echo "$ERR"; } >>"$logs"; }

run_cli 0 servers add demo "$DEMO_URL"
run_cli 0 login demo --browser http
keep
assert_contains "$OUT" "Signed in to demo" "login with the keyring"
assert_not_contains "$ERR" "kept in memory" "the real keyring is used, no fallback"
# Right after sign-in, only the access token is revoked: the server answers 401
# invalid_token, the client refreshes on that 401 and retries.
run_cli 0 auth-status demo --json
client_id=$(json_get "$OUT" "d.clientId")
access_token=$(token_values "$tokens" access_token | tail -1)
assert_eq "$(revoke "$base" "$access_token" access_token "$client_id")" 200 "access token revoked"
before=$(count_in "$server_log" "Refreshed the access token")
rejected=$(count_in "$server_log" "Answered 401 invalid_token: The access token was revoked.")
run_cli 0 user-data demo --no-login
keep
assert_eq "$OUT" "$SEED_USER_DATA" "user-data after the access token was revoked"
# The 401 itself, not only a refresh (an early refresh at half the TTL would also refresh).
assert_eq "$(count_in "$server_log" "Answered 401 invalid_token: The access token was revoked.")" $((rejected + 1)) \
  "the revoked token was sent once and answered 401"
[ "$(count_in "$server_log" "Refreshed the access token")" -gt "$before" ] || fail "no refresh after the 401"
pass "401 invalid_token -> silent refresh -> the call works"

run_cli 0 user-data demo --no-login
keep
assert_eq "$OUT" "$SEED_USER_DATA" "user-data with the tokens from the keyring"
pass "login stores the tokens in the keyring; a new process uses them"

# Expiry: the rotated refresh token must have been saved in the keyring, or this fails.
wait_token_expired demo
before=$(count_in "$server_log" "Refreshed the access token")
run_cli 0 user-data demo --no-login
keep
assert_eq "$OUT" "$SEED_USER_DATA" "user-data after expiry"
[ "$(count_in "$server_log" "Refreshed the access token")" -gt "$before" ] || fail "no refresh after expiry"
assert_eq "$(count_in "$server_log" "already used")" 0 "no rotated refresh token was ever replayed"
pass "expired token refreshed from the keyring; the rotated refresh token was persisted"

refresh_token=$(token_values "$tokens" refresh_token | tail -1)
assert_eq "$(revoke "$base" "$refresh_token" refresh_token "$client_id")" 200 "refresh token revoked"
run_cli 3 user-data demo --no-login
keep
assert_contains "$ERR" "Sign in again" "revoked: sign in again"
run_cli 3 auth-status demo
assert_contains "$OUT" "Not signed in" "the keyring entry was removed"
pass "revoked refresh token: 'sign in again', and the keyring no longer holds the dead sign-in"

assert_no_secrets "$tokens" "$logs" "$HOME" "$server_log"
pass "no issued code, token or secret under HOME, in the output or logs (${#SECRET_VALUES[@]} checked)"
