# Helpers for the end-to-end tests against `mcp-connect-cli demo-server` with sign-in on.
# Source after tests/interop/lib.sh.

# The seed's "Expected Response Format", filled with the demo user (13 lines, exact labels).
SEED_USER_DATA='User ID: user_2demo7Hc9mN4pLr8tVw3ZkQx
Username: ada.demo
First Name: Ada
Last Name: Lovelace
Primary Email: ada@example.com
Secondary Email: ada.lovelace@example.org
2FA Enabled: No
Account Banned: No
Account Locked: No
Profile Image: https://img.example.com/avatars/ada-demo.png
External Accounts: google (ada@example.com)
Organization Creation Enabled: Yes
Delete Self Enabled: Yes'

# start_demo NAME [FLAGS...]: a demo server on a free port; sets DEMO_PORT and
# DEMO_URL, its stderr (the sign-in events) goes to $TEST_TMP/NAME.log.
start_demo() {
  local name=$1; shift
  : >"$TEST_TMP/$name.out"
  "$MCPC_CLI" demo-server --port 0 --json "$@" >"$TEST_TMP/$name.out" 2>"$TEST_TMP/$name.log" &
  PIDS+=($!)
  DEMO_PORT=
  for _ in $(seq 150); do
    DEMO_PORT=$(sed -n 's/.*"port": *\([0-9][0-9]*\).*/\1/p' "$TEST_TMP/$name.out" | head -1)
    [ -n "$DEMO_PORT" ] && break
    sleep 0.1
  done
  [ -n "$DEMO_PORT" ] || { cat "$TEST_TMP/$name.log" >&2; fail "demo server $name did not start"; }
  DEMO_URL="http://127.0.0.1:$DEMO_PORT/mcp"
}

# count_in FILE TEXT: how many lines of FILE contain TEXT.
count_in() { grep -cF -- "$2" "$1" || true; }

# run_cli_bg NAME ARGS...: the CLI in the background (stdout/stderr in $TEST_TMP/NAME.*),
# its pid in BG_PID.
run_cli_bg() {
  local name=$1; shift
  "$MCPC_CLI" "$@" >"$TEST_TMP/$name.stdout" 2>"$TEST_TMP/$name.stderr" &
  BG_PID=$!
}

# wait_bg NAME EXPECTED_EXIT: waits (at most ~60 s) for the background CLI; sets OUT/ERR.
wait_bg() {
  local name=$1 expected=$2 rc
  for _ in $(seq 600); do kill -0 "$BG_PID" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$BG_PID" 2>/dev/null; then kill "$BG_PID"; fail "$name: the CLI hung"; fi
  set +e; wait "$BG_PID"; rc=$?; set -e
  OUT=$(cat "$TEST_TMP/$name.stdout"); ERR=$(cat "$TEST_TMP/$name.stderr")
  if [ "$rc" != "$expected" ]; then
    echo "--- stdout"; echo "$OUT"; echo "--- stderr"; echo "$ERR"
    fail "$name exited $rc, expected $expected"
  fi
}

# answer_consent NAME DECISION: plays the person at the browser for a background
# `--browser print` CLI run: takes the printed authorization URL, loads the real consent
# page (cookies kept, like a browser), checks what it shows, submits Allow or Deny, and
# follows the redirect to the CLI's loopback listener. The page is in $CONSENT_PAGE.
answer_consent() {
  local name=$1 decision=$2 url= jar="$TEST_TMP/cookies-$1.txt"
  for _ in $(seq 300); do
    url=$(grep -o 'http://[^ ]*/authorize?[^ ]*' "$TEST_TMP/$name.stderr" | head -1 || true)
    [ -n "$url" ] && break
    kill -0 "$BG_PID" 2>/dev/null || break
    sleep 0.1
  done
  [ -n "$url" ] || { cat "$TEST_TMP/$name.stderr" >&2; fail "$name: no authorization URL was printed"; }
  CONSENT_PAGE=$(curl -sS -c "$jar" -b "$jar" "$url")
  assert_contains "$CONSENT_PAGE" "<strong>MCP Connect</strong> wants to access your account" "consent page names the app"
  assert_contains "$CONSENT_PAGE" "ada.demo" "consent page names the demo user"
  assert_contains "$CONSENT_PAGE" 'value="allow"' "consent page has Allow"
  assert_contains "$CONSENT_PAGE" 'value="deny"' "consent page has Deny"
  local request_id csrf origin location
  request_id=$(sed -n 's/.*name="request_id" value="\([^"]*\)".*/\1/p' <<<"$CONSENT_PAGE")
  csrf=$(sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' <<<"$CONSENT_PAGE")
  [ -n "$request_id" ] && [ -n "$csrf" ] || fail "consent form fields missing"
  origin=${url%%/authorize*}
  location=$(curl -sS -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" \
    --data-urlencode "request_id=$request_id" --data-urlencode "csrf_token=$csrf" \
    --data-urlencode "decision=$decision" "$origin/consent")
  case "$location" in http://127.0.0.1:*/callback\?*) ;; *) fail "consent did not redirect to the loopback listener: '$location'";; esac
  if [ "$decision" = deny ]; then assert_contains "$location" "error=access_denied" "Deny redirects with access_denied"; fi
  assert_contains "$location" "iss=" "the answer carries iss (RFC 9207)"
  curl -sS -o /dev/null "$location" || true
}

# token_values FILE [KIND]: the token log's values (all kinds, or one).
token_values() {
  node -e '
    const kind = process.argv[2] || "";
    for (const l of require("fs").readFileSync(process.argv[1], "utf8").split("\n")) {
      if (!l) continue; const o = JSON.parse(l); if (!kind || o.kind === kind) console.log(o.value);
    }' "$1" "${2:-}"
}

# revoke BASE TOKEN HINT CLIENT_ID: RFC 7009 at the demo AS, as the public client.
revoke() {
  curl -sS -o /dev/null -w '%{http_code}' --data-urlencode "token=$2" --data-urlencode "token_type_hint=$3" \
    --data-urlencode "client_id=$4" "$1/revoke"
}

# assert_no_secrets TOKENLOG FILES...: no issued code, token or client secret in FILES.
assert_no_secrets() {
  local log=$1; shift
  mapfile -t SECRET_VALUES < <(token_values "$log")
  [ "${#SECRET_VALUES[@]}" -ge 3 ] || fail "too few issued secrets logged (${#SECRET_VALUES[@]}): the scan would prove nothing"
  local v
  for v in "${SECRET_VALUES[@]}"; do
    if grep -rqF -- "$v" "$@"; then
      grep -rlF -- "$v" "$@" >&2
      fail "an issued ${v:0:4}... value leaked into the files above"
    fi
  done
}

# wait_token_expired PROFILE: until the stored access token's expiry (auth-status --json,
# expiresAtMs) has passed, at most 60 s. The token's own expiry is the condition to wait
# for, not a guessed sleep.
wait_token_expired() {
  local expires
  run_cli 0 auth-status "$1" --json
  expires=$(json_get "$OUT" "d.expiresAtMs")
  [[ "$expires" =~ ^[0-9]+$ ]] || fail "no expiry for $1 in: $OUT"
  for _ in $(seq 600); do
    [ "$(date +%s%3N)" -gt "$expires" ] && return 0
    sleep 0.1
  done
  fail "the access token of $1 did not expire within 60 s"
}
