#!/usr/bin/env bash
# The whole sign-in story against the built-in demo server's own authorization server,
# driving the real consent page like a browser would:
#   login (Allow) -> user-data prints the seed's 13 fields;
#   the access token expires -> the next call refreshes silently (no browser, --no-login);
#   get_admin_report needs user:admin -> step-up through a second consent;
#   the refresh token is revoked -> a clear "sign in again", exit 3, no loop, no hang;
#   Deny on the consent page -> a clear "access was denied", exit 3;
#   localhost and 127.0.0.1 each sign in consistently;
#   no issued code, token or client secret in the output, debug logs or profile store.
source "$(dirname "$0")/../interop/lib.sh"
source "$(dirname "$0")/demolib.sh"

tokens="$TEST_TMP/tokens.jsonl"
start_demo demo --token-ttl 3 --require-resource --token-log "$tokens"
server_log="$TEST_TMP/demo.log"
base="http://127.0.0.1:$DEMO_PORT"
# A plaintext store (the documented opt-in) so the sign-in survives between CLI runs and
# this test can read the client id; every log line, debug included, goes to stderr.
export MCPC_SECRET_STORE="plaintext:$TEST_TMP/secrets.json"
export QT_LOGGING_RULES="mcpc.*.debug=true"
logs="$TEST_TMP/all-output.txt"
: >"$logs"
keep() { { echo "$OUT"; echo "$ERR"; } >>"$logs"; }

run_cli 0 servers add demo "$DEMO_URL"
run_cli 3 tools demo --no-login
keep
assert_contains "$ERR" "requires sign-in" "--no-login explains"
assert_contains "$ERR" "mcp-connect-cli login demo" "--no-login names the fix"
run_cli 4 doctor demo
keep
assert_contains "$OUT" "It requires OAuth sign-in" "doctor sees the challenge"
assert_contains "$OUT" "issuer matches, PKCE S256 supported" "doctor validates the AS metadata"
assert_contains "$OUT" "Dynamic client registration is available" "doctor finds DCR"
pass "before sign-in: exit 3 with the login command; doctor validates the demo AS"

# --- login through the consent page: Allow
run_cli_bg login1 login demo --browser print
answer_consent login1 allow
wait_bg login1 0
keep
assert_contains "$CONSENT_PAGE" "Use the demo server's tools on your behalf" "scope mcp:tools in plain words"
assert_contains "$CONSENT_PAGE" "Read your profile" "scope user:read in plain words"
assert_not_contains "$CONSENT_PAGE" "user:admin" "the admin scope is not asked for by default"
assert_contains "$OUT" "Signed in to demo" "login result"
assert_contains "$OUT" "Issuer:   $base" "issuer"
assert_contains "$OUT" "Scopes:   mcp:tools user:read" "scopes"
assert_contains "$OUT" "Renewal:  automatic" "a refresh token was issued"
assert_eq "$(count_in "$server_log" "Registered 'MCP Connect'")" 1 "one dynamic registration"
pass "login: DCR, consent page (Allow), PKCE, code exchange with resource"

run_cli 0 user-data demo --no-login
keep
assert_eq "$OUT" "$SEED_USER_DATA" "user-data prints the seed's fields"
pass "user-data prints the seed's 13 fields for the signed-in demo user"

# --- expiry: the 3 s access token runs out; the next call renews it without a browser
run_cli 0 auth-status demo --json
expires_before=$(json_get "$OUT" "d.expiresAtMs")
refreshes_before=$(count_in "$server_log" "Refreshed the access token")
wait_token_expired demo
run_cli 0 user-data demo --no-login
keep
assert_eq "$OUT" "$SEED_USER_DATA" "user-data after expiry"
assert_not_contains "$ERR" "Open this URL" "no browser was needed"
refreshes_after=$(count_in "$server_log" "Refreshed the access token")
[ "$refreshes_after" -gt "$refreshes_before" ] || fail "no refresh happened at the server"
run_cli 0 auth-status demo --json
expires_after=$(json_get "$OUT" "d.expiresAtMs")
[ "$expires_after" -gt "$expires_before" ] || fail "the stored expiry did not move ($expires_before -> $expires_after)"
pass "the expired token was refreshed silently (refresh token rotated) and the call worked"

# --- step-up: the admin tool needs user:admin
run_cli 3 call demo get_admin_report --no-login
keep
assert_contains "$ERR" "needs more permissions" "step-up without a browser explains"
assert_contains "$ERR" "user:admin" "and names the scope"
run_cli_bg stepup call demo get_admin_report --browser print
answer_consent stepup allow
wait_bg stepup 0
keep
assert_contains "$CONSENT_PAGE" "See administrator reports" "the consent page shows the new permission"
assert_contains "$OUT" "Admin report for ada.demo" "the admin tool ran after the step-up"
run_cli 0 auth-status demo --json
assert_contains "$(json_get "$OUT" "d.scope")" "user:admin" "the wider scope is stored"
pass "403 insufficient_scope -> second consent with user:admin -> retried call works"

# --- the refresh token is revoked at the server: a clear "sign in again"
client_id=$(json_get "$OUT" "d.clientId")
refresh_token=$(token_values "$tokens" refresh_token | tail -1)
assert_eq "$(revoke "$base" "$refresh_token" refresh_token "$client_id")" 200 "RFC 7009 revocation"
start=$(date +%s)
run_cli 3 user-data demo --no-login
keep
assert_contains "$ERR" "Sign in again" "a clear sign-in-again message"
assert_contains "$ERR" "mcp-connect-cli login demo" "with the command to run"
CI=true run_cli 3 user-data demo
keep
assert_contains "$ERR" "mcp-connect-cli login demo" "non-interactive: the same advice, no browser"
[ $(( $(date +%s) - start )) -lt 30 ] || fail "the revoked sign-in took too long to report"
assert_eq "$(count_in "$server_log" "Refused a token refresh")" 1 "one refresh attempt, then no loop"
run_cli 3 auth-status demo
assert_contains "$OUT" "Not signed in" "the dead sign-in was removed"
pass "revoked refresh token: exit 3 with 'sign in again', one refresh attempt, no hang"

# --- Deny on the consent page
run_cli_bg deny login demo --browser print
answer_consent deny deny
wait_bg deny 3
keep
assert_contains "$ERR" "Access was denied on the consent page" "Deny: clear message"
assert_contains "$ERR" "choose Allow" "Deny: what to do"
assert_eq "$(count_in "$server_log" "Access denied: the user chose Deny")" 1 "the server saw the Deny"
pass "Deny on the consent page: exit 3, 'Access was denied on the consent page'"

# --- localhost and 127.0.0.1: issuer and resource follow the name the client used
start_demo auto --auto-consent allow --require-resource --token-log "$tokens"
for host in localhost 127.0.0.1; do
  url="http://$host:$DEMO_PORT/mcp"
  run_cli 0 login "$url" --browser http
  keep
  assert_contains "$OUT" "Issuer:   http://$host:$DEMO_PORT" "issuer for $host"
  run_cli 0 user-data "$url" --no-login
  keep
  assert_eq "$OUT" "$SEED_USER_DATA" "user-data via $host"
done
pass "localhost and 127.0.0.1 each get a matching issuer and resource"

start_demo autodeny --auto-consent deny
run_cli 3 login "http://127.0.0.1:$DEMO_PORT/mcp" --browser http
keep
assert_contains "$ERR" "Access was denied" "auto-deny"
pass "--auto-consent deny: the same clear message"

# --- logout revokes at the server
run_cli_bg login2 login demo --browser print
answer_consent login2 allow
wait_bg login2 0
keep
run_cli 0 logout demo
keep
assert_contains "$OUT" "tokens revoked at the server" "logout revokes"
pass "logout revokes the tokens at the demo AS"

# --- the secret scan: every issued code, token and client secret, nowhere to be seen
grep -q "mcpc.oauth" "$logs" || fail "debug logs were not captured (the scan would prove nothing)"
assert_no_secrets "$tokens" "$logs" "$XDG_CONFIG_HOME" "$server_log" "$TEST_TMP"/*.stdout "$TEST_TMP"/*.stderr \
  "$TEST_TMP/auto.log" "$TEST_TMP/autodeny.log"
pass "no issued code, token or secret in CLI output, debug logs, server logs or profiles (${#SECRET_VALUES[@]} checked)"
