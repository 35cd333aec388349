#!/usr/bin/env bash
# Sign-in against the TypeScript SDK's own OAuth example (simpleStreamableHttp.js --oauth:
# MCP server + in-memory authorization server that approves without a page), then list
# tools with the stored token. Then: no token, refresh token, client secret or code in
# the logs, the profile store or the CLI's output.
source "$(dirname "$0")/lib.sh"
require_peers
SDK_EXAMPLE="$NODE_MODULES/@modelcontextprotocol/sdk/dist/esm/examples/server/simpleStreamableHttp.js"
[ -f "$SDK_EXAMPLE" ] || fail "SDK example server missing: run (cd tests/peers && npm ci)"
mcp_port=$(free_port)
auth_port=$(free_port)
while [ "$auth_port" = "$mcp_port" ]; do auth_port=$(free_port); done
MCP_PORT=$mcp_port MCP_AUTH_PORT=$auth_port node --import "$LOOPBACK" "$SDK_EXAMPLE" --oauth >"$TEST_TMP/sdk.log" 2>&1 &
PIDS+=($!)
wait_port "$mcp_port"
wait_port "$auth_port"
# The example names itself http://localhost:<port> in its metadata: connect the same way.
url="http://localhost:$mcp_port/mcp"
# A plaintext store (the documented opt-in) so the sign-in survives between CLI runs, and
# so this test can read the real token values to search for them.
secrets="$TEST_TMP/secrets.json"
export MCPC_SECRET_STORE="plaintext:$secrets"
export QT_LOGGING_RULES="mcpc.*=true"   # every log line, debug included, goes to stderr
logs="$TEST_TMP/all-output.txt"
: >"$logs"
keep() { { echo "$OUT"; echo "$ERR"; } >>"$logs"; }

run_cli 0 servers add sdk "$url"
keep
run_cli 3 tools sdk --no-login
keep
assert_contains "$ERR" "requires sign-in" "--no-login explains"
assert_contains "$ERR" "mcp-connect-cli login sdk" "--no-login names the fix"
pass "tools --no-login exits 3 with a sign-in hint"

CI=true run_cli 3 tools sdk
keep
assert_contains "$ERR" "mcp-connect-cli login sdk" "non-interactive run does not open a browser"
pass "non-interactive tools exits 3 instead of opening a browser"

run_cli 4 doctor sdk
keep
assert_contains "$OUT" "It requires OAuth sign-in" "doctor sees the challenge"
assert_contains "$OUT" "issuer matches, PKCE S256 supported" "doctor validates AS metadata"
assert_contains "$OUT" "Dynamic client registration is available" "doctor checks registration"
assert_contains "$OUT" "FAIL Not signed in." "doctor: not signed in"
assert_contains "$OUT" "fix: Run: mcp-connect-cli login sdk" "doctor names the fix"
dead=$(free_port)
run_cli 4 doctor "http://127.0.0.1:$dead/mcp"
assert_contains "$OUT" "Connection refused" "doctor: refused"
assert_contains "$OUT" "running" "doctor: is the server running?"
pass "doctor explains a missing sign-in and a refused connection"

run_cli 0 login sdk --browser http
keep
assert_contains "$OUT" "Signed in to sdk" "login result"
assert_contains "$OUT" "Issuer:   http://localhost:$auth_port" "issuer shown"
assert_contains "$OUT" "mcp:tools" "scope shown"
pass "login --browser http signs in (PRM, AS metadata, DCR, PKCE, token)"

run_cli 0 tools sdk --json --no-login
keep
names=$(json_get "$OUT" "d.tools.map(t=>t.name).sort().join(',')")
assert_contains "$names" "greet" "tools after sign-in"
assert_contains "$names" "multi-greet" "tools after sign-in"
pass "tools lists the SDK server's tools with the stored token"

run_cli 0 call sdk greet --arg name=Ada --no-login
keep
assert_contains "$OUT" "Ada" "greet result"
pass "call works with the stored token"

run_cli 0 doctor sdk --tool greet
keep
assert_contains "$OUT" "Tool 'greet' is available" "doctor: tool"
run_cli 4 doctor sdk --tool nope
keep
assert_contains "$OUT" "Tool 'nope' is not available" "doctor: missing tool"
assert_contains "$OUT" "Available tools:" "doctor lists the tools"
pass "doctor passes after sign-in and reports a missing tool"

run_cli 0 auth-status sdk --json
keep
assert_eq "$(json_get "$OUT" "d.signedIn")" "true" "auth-status signedIn"
assert_eq "$(json_get "$OUT" "d.registration")" "dynamic" "registration kind"
assert_eq "$(json_get "$OUT" "typeof d.expiresAtMs")" "number" "absolute expiry stored"
pass "auth-status shows issuer, scopes and expiry"

# The profile file carries the non-secret metadata next to the profile.
profiles="$XDG_CONFIG_HOME/mcp-connect/profiles.json"
assert_contains "$(cat "$profiles")" "\"issuer\": \"http://localhost:$auth_port/\"" "metadata next to the profile"

# The secret scan: every secret value from the store must appear nowhere else.
[ -s "$secrets" ] || fail "plaintext store not written"
mapfile -t values < <(node -e '
  const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  for (const v of Object.values(s)) {
    let o; try { o = JSON.parse(Buffer.from(v, "base64").toString()); } catch { continue; }
    for (const k of ["access_token", "refresh_token"]) if (o[k]) console.log(o[k]);
    if (o.client && o.client.client_secret) console.log(o.client.client_secret);
    if (o.client_secret) console.log(o.client_secret);
  }' "$secrets")
[ "${#values[@]}" -ge 1 ] || fail "no token found in the store (test would prove nothing)"
for v in "${values[@]}"; do
  [ ${#v} -ge 8 ] || continue
  if grep -qF -- "$v" "$logs" "$profiles"; then fail "a secret value leaked into the output, logs or profile store"; fi
done
grep -q "mcpc.oauth" "$logs" || fail "debug logs were not captured (scan would prove nothing)"
pass "no token or client secret in logs, output or profiles.json (${#values[@]} secrets checked)"

run_cli 0 logout sdk
assert_contains "$OUT" "Signed out of sdk" "logout"
run_cli 3 auth-status sdk
assert_contains "$OUT" "Not signed in" "after logout"
run_cli 3 tools sdk --no-login
pass "logout deletes the sign-in; tools then needs sign-in again"
