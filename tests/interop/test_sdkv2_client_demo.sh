#!/usr/bin/env bash
# The 2026-era TypeScript SDK client (@modelcontextprotocol/client 2.x) against
# `demo-server --no-auth`, with version negotiation 'auto' and pinned to 2026-07-28: it
# must settle on MCP 2026-07-28 (modern, stateless: no initialize, no session id on the
# wire), list the tools and get "Echo: hi" from echo.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/../e2e/demolib.sh"
[ -d "$NODE_MODULES/@modelcontextprotocol/client" ] || fail "npm peers missing: @modelcontextprotocol/client"

start_demo demo --no-auth
for mode in auto 2026-07-28; do
  set +e
  OUT=$("$NODE22" "$MCPC_PEERS/sdkv2-client.mjs" "$DEMO_URL" "$mode" 2>"$TEST_TMP/sdkv2.err")
  rc=$?
  set -e
  [ "$rc" = 0 ] || { cat "$TEST_TMP/sdkv2.err"; fail "the SDK v2 client ($mode) failed"; }
  assert_eq "$(json_get "$OUT" d.negotiatedVersion)" "2026-07-28" "negotiated version ($mode)"
  assert_eq "$(json_get "$OUT" d.era)" "modern" "protocol era ($mode)"
  assert_eq "$(json_get "$OUT" d.echo)" "Echo: hi" "echo result ($mode)"
  assert_eq "$(json_get "$OUT" "d.tools.includes('echo') && d.tools.includes('get_user_data')")" "true" "tools/list ($mode)"
  assert_eq "$(json_get "$OUT" "JSON.stringify(d.wireVersions)")" '["2026-07-28"]' "MCP-Protocol-Version on the wire ($mode)"
  assert_eq "$(json_get "$OUT" "d.wireMethods.includes('initialize')")" "false" "no initialize ($mode)"
  assert_eq "$(json_get "$OUT" d.sessionIdsSent)" "0" "no session id ($mode)"
  pass "SDK v2 client ($mode): negotiated 2026-07-28, listed tools, echo -> Echo: hi"
done
