#!/usr/bin/env bash
# A pre-registered client (--client-id, optionally --client-secret) against the demo AS:
# the id is remembered in the profile and the secret in the secret store, so signing in
# again later (after the sign-in was revoked) needs no flags and registers nothing; the
# secret never appears in profiles.json or the output.
source "$(dirname "$0")/../interop/lib.sh"
source "$(dirname "$0")/demolib.sh"

start_demo demo --auto-consent allow --require-resource --client my-public-app --client my-confidential-app:s3cret-Value-42
server_log="$TEST_TMP/demo.log"
base="http://127.0.0.1:$DEMO_PORT"
export MCPC_SECRET_STORE="plaintext:$TEST_TMP/secrets.json"
profiles="$XDG_CONFIG_HOME/mcp-connect/profiles.json"

# sign_in_again NAME CLIENT_ID: revokes the sign-in at the server, sees "sign in again",
# then signs in without any client flag and checks the remembered id was used.
sign_in_again() {
  run_cli 0 auth-status "$1" --json
  local rt
  rt=$(node -e '
    const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const o = JSON.parse(Buffer.from(s[process.argv[2]], "base64").toString());
    console.log(o.refresh_token);' "$TEST_TMP/secrets.json" "profile/$1/oauth/tokens")
  [ -n "$rt" ] || fail "no refresh token stored"
  if [ "$2" = my-public-app ]; then
    assert_eq "$(revoke "$base" "$rt" refresh_token "$2")" 200 "revoked"
  else
    assert_eq "$(curl -sS -o /dev/null -w '%{http_code}' -u "$2:s3cret-Value-42" --data-urlencode "token=$rt" "$base/revoke")" 200 "revoked (Basic)"
  fi
  run_cli 3 tools "$1" --no-login
  assert_contains "$ERR" "Sign in again" "revoked"
  run_cli 0 login "$1" --browser http
  run_cli 0 auth-status "$1" --json
  assert_eq "$(json_get "$OUT" "d.clientId")" "$2" "the remembered client id was used"
  assert_eq "$(json_get "$OUT" "d.registration")" "pre-registered" "registration kind"
  run_cli 0 user-data "$1" --no-login
  assert_eq "$OUT" "$SEED_USER_DATA" "user-data"
}

run_cli 0 servers add pub "$DEMO_URL"
run_cli 0 login pub --client-id my-public-app --browser http
assert_contains "$OUT" "Client:   my-public-app (pre-registered)" "login with a pre-registered public client"
assert_contains "$(cat "$profiles")" '"client_id": "my-public-app"' "the id is remembered in the profile"
sign_in_again pub my-public-app
pass "a pre-registered public client id is remembered and reused after 'sign in again'"

run_cli 0 servers add conf "$DEMO_URL"
run_cli 0 login conf --client-id my-confidential-app --client-secret s3cret-Value-42 --browser http
assert_contains "$OUT" "Client:   my-confidential-app (pre-registered)" "login with a confidential client"
assert_not_contains "$(cat "$profiles")" "s3cret-Value-42" "the secret is not in profiles.json"
assert_contains "$(cat "$TEST_TMP/secrets.json")" "profile/conf/oauth/client-secret" "the secret is in the secret store"
sign_in_again conf my-confidential-app
pass "a pre-registered confidential client: id remembered, secret from the secret store"

assert_eq "$(count_in "$server_log" "Registered ")" 0 "nothing was registered dynamically"
run_cli 0 servers remove conf
assert_not_contains "$(cat "$TEST_TMP/secrets.json")" "profile/conf/" "servers remove deletes the client secret too"
pass "no dynamic registration happened; removing the server removes its client secret"
