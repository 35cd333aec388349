#!/usr/bin/env bash
# No secret anywhere (issue 10). Full CLI flows against the demo server with its own AS and
# the real keyring (gnome-keyring in dbus-run-session, tests/support/test-env.sh): sign in
# (a dynamically registered client, and a pre-registered confidential one with a client
# secret), tools/call/user-data with --json, a refresh forced by a revoked access token
# (401), auth-status, sign-out. Then every file under the temp HOME (config, data, cache,
# our backups and logs), the keyring's folder, every stdout/stderr (text and --json), the
# debug logs (QT_LOGGING_RULES mcpc.*.debug, which include the traffic log's categories) and
# the server's own log are searched for every access token, refresh token, code and client
# secret the AS issued (its test-only --token-log lists them) and for the pre-registered
# secret. Expect 0 hits. Not covered here: the GUI app's flows.
# Always a keyring of its own (a private D-Bus session), even inside a ctest run that is
# already in one: parallel tests must never share keyring entries.
if [ "${MCPC_OWN_KEYRING:-}" != "$0" ]; then
  MCPC_OWN_KEYRING="$0" MCPC_IN_TEST_ENV= exec "$(dirname "$0")/../support/test-env.sh" bash "$0" "$@"
fi
source "$(dirname "$0")/../interop/lib.sh"
source "$(dirname "$0")/demolib.sh"

CONF_SECRET="conf-Secret-$RANDOM$RANDOM-value"
tokens="$TEST_TMP/tokens.jsonl"
start_demo demo --auto-consent allow --require-resource --token-log "$tokens" --client conf-app:"$CONF_SECRET"
server_log="$TEST_TMP/demo.log"
base="http://127.0.0.1:$DEMO_PORT"
export MCPC_SECRET_STORE=keychain
export QT_LOGGING_RULES="mcpc.*.debug=true"
logs="$TEST_TMP/all-output.txt"
: >"$logs"
keep() { { echo "$OUT"; echo "$ERR"; } >>"$logs"; }
step() { run_cli "$@"; keep; }

step 0 servers add scan "$DEMO_URL"
step 0 servers add scanconf "$DEMO_URL"
step 0 login scan --browser http
assert_contains "$OUT" "Signed in" "login (dynamic registration)"
step 0 login scanconf --client-id conf-app --client-secret "$CONF_SECRET" --browser http
assert_contains "$OUT" "Signed in" "login (pre-registered confidential client)"
step 0 tools scan --json
step 0 call scan get_user_data --json
step 0 user-data scan
assert_eq "$OUT" "$SEED_USER_DATA" "user-data"
step 0 auth-status scan --json
client_id=$(json_get "$OUT" "d.clientId")
step 0 auth-status scanconf --json
# Refresh on a 401: revoke the current access token, call again.
assert_eq "$(revoke "$base" "$(token_values "$tokens" access_token | sed -n 1p)" access_token "$client_id")" 200 "access token revoked"
before=$(count_in "$server_log" "Refreshed the access token")
step 0 call scan get_user_data --json
[ "$(count_in "$server_log" "Refreshed the access token")" -gt "$before" ] || fail "no refresh after the 401"
step 0 doctor scan
step 0 logout scan
step 0 logout scanconf
step 3 auth-status scan
assert_contains "$OUT" "Not signed in" "signed out"
pass "sign-in, calls, refresh and sign-out done (CLI)"

grep -q "mcpc.oauth" "$logs" || fail "debug logs were not captured (the scan would prove nothing)"
mapfile -t SECRET_VALUES < <(token_values "$tokens"; echo "$CONF_SECRET")
kinds=$(node -e 'const s=new Set(); for (const l of require("fs").readFileSync(process.argv[1],"utf8").split("\n")) if (l) s.add(JSON.parse(l).kind); console.log([...s].sort().join(","))' "$tokens")
echo "checking ${#SECRET_VALUES[@]} values (kinds: $kinds, plus the pre-registered client secret)"
case ",$kinds," in *,access_token,*) ;; *) fail "no access token logged: the scan would prove nothing";; esac
case ",$kinds," in *,refresh_token,*) ;; *) fail "no refresh token logged: the scan would prove nothing";; esac
hits=0
places=("$HOME" "$logs" "$server_log" "$TEST_TMP"/*.stdout "$TEST_TMP"/*.stderr "$TEST_TMP"/demo.out)
places+=("$MCPC_TEST_ENV_DIR") # this test's own keyring folder
for v in "${SECRET_VALUES[@]}"; do
  [ -n "$v" ] || continue
  if found=$(grep -rlF -- "$v" "${places[@]}" 2>/dev/null); then
    hits=$((hits + 1))
    echo "LEAK of ${v:0:4}...: $found" >&2
  fi
done
echo "secret-scan hits: $hits"
[ "$hits" = 0 ] || fail "$hits secret value(s) found"
pass "0 hits for ${#SECRET_VALUES[@]} secrets under HOME, the keyring folder, CLI output (text and --json), debug logs and the server log"
