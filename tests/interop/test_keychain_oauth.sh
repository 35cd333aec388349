#!/usr/bin/env bash
# Sign-in tokens in a real keyring: gnome-keyring's Secret Service on a private D-Bus
# session (tests/support/test-env.sh), against the SDK's OAuth example server. Then the
# same with no D-Bus at all: a clear warning, tokens in memory for this run, no hang.
if [ "${MCPC_IN_TEST_ENV:-}" != 1 ]; then
  exec "$(dirname "$0")/../support/test-env.sh" bash "$0" "$@"
fi
source "$(dirname "$0")/lib.sh"
require_peers
SDK_EXAMPLE="$NODE_MODULES/@modelcontextprotocol/sdk/dist/esm/examples/server/simpleStreamableHttp.js"
mcp_port=$(free_port)
auth_port=$(free_port)
while [ "$auth_port" = "$mcp_port" ]; do auth_port=$(free_port); done
MCP_PORT=$mcp_port MCP_AUTH_PORT=$auth_port node --import "$LOOPBACK" "$SDK_EXAMPLE" --oauth >"$TEST_TMP/sdk.log" 2>&1 &
PIDS+=($!)
wait_port "$mcp_port"
wait_port "$auth_port"
url="http://localhost:$mcp_port/mcp"
export MCPC_SECRET_STORE=keychain

run_cli 0 servers add sdk "$url"
run_cli 0 login sdk --browser http
assert_contains "$OUT" "Signed in to sdk" "login with the keyring"
assert_not_contains "$ERR" "memory" "the real keyring is used, no fallback"
# A new process finds the token in the keyring.
run_cli 0 tools sdk --no-login
assert_contains "$OUT" "greet" "tools with the token from the keyring"
run_cli 0 auth-status sdk --json
assert_eq "$(json_get "$OUT" "d.signedIn")" "true" "signed in per the keyring"
run_cli 0 logout sdk
run_cli 3 auth-status sdk
pass "tokens live in the real keyring across runs; logout deletes them"

# No D-Bus at all: warn clearly, keep the sign-in in memory for this run, do not hang.
start=$(date +%s)
DBUS_SESSION_BUS_ADDRESS="unix:path=$TEST_TMP/no-such-bus" run_cli 0 login sdk --browser http
elapsed=$(( $(date +%s) - start ))
assert_contains "$ERR" "warning:" "no keychain: a warning"
assert_contains "$OUT$ERR" "memory" "no keychain: says the sign-in is kept in memory"
[ "$elapsed" -lt 30 ] || fail "login without D-Bus took ${elapsed}s"
DBUS_SESSION_BUS_ADDRESS="unix:path=$TEST_TMP/no-such-bus" run_cli 3 tools sdk --no-login
assert_contains "$ERR" "login sdk" "the next run needs a sign-in again (nothing was persisted)"
pass "without a keychain: clear warning, memory only, no hang"
