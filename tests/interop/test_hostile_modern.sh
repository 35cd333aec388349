#!/usr/bin/env bash
# Bad input in the MCP 2026-07-28 era (issue 8, "Must show 3"): a server that answers the
# probe with garbage, servers that lie about versions, an input_required loop that never
# ends (with a form, and with a requestState only), a 1 MiB requestState (echoed
# byte-exact) and a 40 MiB one (refused), and Mcp-Param values with control characters.
# Each case must end with its exit code and a clear message; every CLI run is under
# `timeout`, so a hang fails the test (exit 124) instead of stalling it.
source "$(dirname "$0")/lib.sh"
HERE="$(cd "$(dirname "$0")" && pwd)"
[ -x "$NODE22" ] || fail "Node 22 missing: run (cd tests/peers && npm ci)"

# start_hostile MODE: hostile_modern_server.mjs in that mode; sets URL.
start_hostile() {
  local portfile="$TEST_TMP/hostile-$1.port"
  "$NODE22" "$HERE/hostile_modern_server.mjs" "$1" "$portfile" >"$TEST_TMP/hostile-$1.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 150); do [ -s "$portfile" ] && break; sleep 0.1; done
  [ -s "$portfile" ] || fail "hostile server ($1) did not start"
  URL="http://127.0.0.1:$(cat "$portfile")/mcp"
}

# expect EXIT ARGS...: the CLI under a 60 s guard; sets OUT/ERR; no hang, no signal.
expect() {
  local want=$1; shift
  set +e
  timeout 60 "$MCPC_CLI" "$@" >"$TEST_TMP/out" 2>"$TEST_TMP/err"
  local rc=$?
  set -e
  OUT=$(cat "$TEST_TMP/out"); ERR=$(cat "$TEST_TMP/err")
  [ "$rc" != 124 ] || fail "mcp-connect-cli $* hung (killed after 60 s)"
  [ "$rc" -lt 128 ] || fail "mcp-connect-cli $* died from signal $((rc - 128))"
  if [ "$rc" != "$want" ]; then
    echo "--- stdout"; echo "$OUT"; echo "--- stderr"; echo "$ERR"
    fail "mcp-connect-cli $* exited $rc, expected $want"
  fi
}

start_hostile garbage
expect 4 tools "$URL"
assert_contains "$ERR" "not a JSON-RPC response to this request" "garbage probe (auto)"
[ "$(tr -d '\000\001' <"$TEST_TMP/err" | wc -c)" = "$(wc -c <"$TEST_TMP/err")" ] ||
  fail "the server's control characters reached the terminal"
expect 4 tools "$URL" --protocol-era modern
assert_contains "$ERR" "The server does not speak MCP 2026-07-28" "garbage probe (modern)"
assert_contains "$ERR" "not a JSON-RPC response" "garbage probe (modern) says why"
pass "garbage answer to the probe: exit 4 and a clear message, in auto and modern"

start_hostile lying-retry
expect 4 tools "$URL"
assert_contains "$ERR" "rejected MCP 2026-07-28 although it says it supports it (it lists 2026-07-28)" "lying -32022"
assert_contains "$ERR" "misbehaving" "lying -32022 hint"
pass "-32022 listing the version it then rejects again: exit 4, 'although it says it supports it'"

start_hostile lying-unknown
expect 4 tools "$URL"
assert_contains "$ERR" "The server supports only MCP 2031-01-01, 2032-02-02; MCP Connect speaks 2026-07-28" "unknown versions"
expect 4 tools "$URL" --protocol-era modern
assert_contains "$ERR" "The server supports only MCP 2031-01-01, 2032-02-02; MCP Connect speaks 2026-07-28." "unknown versions (modern)"
pass "-32022 listing only versions nobody speaks: exit 4, both sides' versions named"

start_hostile lying-later
expect 4 tools "$URL"
assert_contains "$ERR" "rejected MCP 2026-07-28 although it says it supports it" "discover ok, then -32022"
assert_not_contains "$ERR" "Leave --protocol-era at auto" "no advice to use the setting already in use"
pass "server/discover works, later requests get -32022 for the listed version: exit 4"

start_hostile loop
expect 4 call "$URL" echo --arg message=hi --accept-input '{"ok":true}'
assert_contains "$ERR" "still asked for input after 10 rounds" "endless input_required (form)"
pass "input_required forever (a form each round): exit 4 after 10 rounds"

start_hostile loop-state
expect 4 call "$URL" echo --arg message=hi
assert_contains "$ERR" "still asked for input after 10 rounds" "endless input_required (requestState only)"
pass "input_required forever (requestState only, no input needed): exit 4 after 10 rounds"

start_hostile bigstate
expect 0 call "$URL" echo --arg message=hi --accept-input '{"ok":true}'
assert_eq "$OUT" "requestState came back byte-exact (1048576 bytes)" "1 MiB requestState"
pass "a 1 MiB requestState goes back byte-exact"

start_hostile hugestate
expect 4 call "$URL" echo --arg message=hi --accept-input '{"ok":true}'
assert_contains "$ERR" "The server's reply exceeded the 32 MiB limit." "40 MiB reply refused by size"
pass "a 40 MiB requestState is refused by the reply size limit: exit 4"

start_hostile headers
expect 0 tools "$URL"
assert_contains "$ERR" "Left out tool 'evil': x-mcp-header of 'x' has a character not allowed in an HTTP header name" "CR LF in a header name"
assert_contains "$OUT" "tag" "valid tools stay"
assert_not_contains "$OUT" "evil" "the invalid tool is left out"
expect 0 call "$URL" tag --args '{"label":"a\r\nX-Injected: 1\u0007\u0000"}'
assert_eq "$OUT" "label matched (sent as base64)" "control characters go Base64-encoded"
expect 0 call "$URL" tag --arg "label= padded "
assert_eq "$OUT" "label matched (sent as base64)" "leading/trailing spaces go Base64-encoded"
expect 0 call "$URL" tag --arg label=us-west1
assert_eq "$OUT" "label matched (sent as plain)" "plain ASCII stays plain"
expect 1 call "$URL" tag --args '{"label":"\ud800"}'
assert_contains "$ERR" "--args" "a lone surrogate is a usage error"
pass "Mcp-Param values with control characters are Base64-encoded (the server checks them), a CR LF header name leaves the tool out"
