#!/usr/bin/env bash
# The demo authorization server with another strict client: the official TypeScript SDK
# (what Claude Code and mcp-remote use) registers, signs in (auto-consent), sends
# `resource`, calls get_user_data, and after the 2 s access token expired refreshes on
# the 401 and calls again; via 127.0.0.1 and via localhost.
source "$(dirname "$0")/../interop/lib.sh"
source "$(dirname "$0")/demolib.sh"
require_peers

start_demo demo --auto-consent allow --require-resource --token-ttl 2
for host in 127.0.0.1 localhost; do
  set +e
  OUT=$("$NODE22" "$MCPC_PEERS/sdk-oauth-client.mjs" "http://$host:$DEMO_PORT/mcp" get_user_data 3 2>"$TEST_TMP/sdk.err")
  rc=$?
  set -e
  ERR=$(cat "$TEST_TMP/sdk.err")
  [ "$rc" = 0 ] || { echo "$ERR"; fail "the SDK client failed via $host"; }
  assert_eq "$OUT" "$SEED_USER_DATA
$SEED_USER_DATA" "the SDK client's two calls via $host"
  assert_contains "$ERR" "refreshed: yes" "the SDK refreshed after expiry via $host"
done
assert_eq "$(count_in "$TEST_TMP/demo.log" "Registered 'SDK test client'")" 2 "one registration per host"
[ "$(count_in "$TEST_TMP/demo.log" "Refreshed the access token for 'SDK test client'")" -ge 2 ] || fail "no refresh seen at the server"
pass "the TypeScript SDK client signs in, calls get_user_data and refreshes, via 127.0.0.1 and localhost"
