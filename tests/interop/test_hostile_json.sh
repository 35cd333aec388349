#!/usr/bin/env bash
# Hostile JSON: a reply nested 200,000 levels deep once crashed the CLI (and the app's
# monitor) with SIGSEGV, and the same nesting POSTed to the demo server crashed it.
# Both must be refused with a clear message, and the demo server keeps serving.
source "$(dirname "$0")/lib.sh"
source "$MCPC_TESTS/e2e/demolib.sh"
HERE="$(cd "$(dirname "$0")" && pwd)"

# start_hostile MODE: the loopback server of hostile_json_server.mjs; sets HOSTILE_URL.
start_hostile() {
  local portfile="$TEST_TMP/hostile-$1.port"
  node "$HERE/hostile_json_server.mjs" "$1" "$portfile" >"$TEST_TMP/hostile-$1.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 150); do [ -s "$portfile" ] && break; sleep 0.1; done
  [ -s "$portfile" ] || fail "hostile server ($1) did not start"
  HOSTILE_URL="http://127.0.0.1:$(cat "$portfile")/mcp"
}

# run_cli_rc ARGS...: like run_cli but records the exit code in RC instead of asserting.
run_cli_rc() {
  set +e
  "$MCPC_CLI" "$@" >"$TEST_TMP/out" 2>"$TEST_TMP/err"
  RC=$?
  set -e
  OUT=$(cat "$TEST_TMP/out"); ERR=$(cat "$TEST_TMP/err")
}
# no_signal WHAT: the last run_cli_rc ended by exiting, not by a signal (a crash); the
# failure names the signal and shows the CLI's stderr.
no_signal() { [ "$RC" -lt 128 ] || fail "$1 died from signal $((RC - 128)): $ERR"; }

start_hostile deep
run_cli_rc tools "$HOSTILE_URL"
no_signal "tools against a 200,000-deep reply"
assert_eq "$RC" 4 "exit code for a refused reply (a protocol error)"
assert_contains "$ERR" "nests JSON deeper than 512 levels; refused" "deep reply message"
pass "tools: a 200,000-deep reply is refused (exit $RC, no signal)"

run_cli_rc tools "$HOSTILE_URL" --json
no_signal "tools --json"
assert_contains "$(json_get "$OUT" "d.error.message")" "nests JSON deeper than 512 levels" "--json error"
pass "tools --json: the error document names the limit"

start_hostile deep-sse
run_cli_rc tools "$HOSTILE_URL"
no_signal "tools against a deep SSE event"
[ "$RC" -ne 0 ] || fail "a deep SSE reply must not succeed"
assert_contains "$ERR" "nests JSON deeper than 512 levels" "deep SSE event message"
pass "tools: the same reply as an SSE event is refused (exit $RC)"

start_hostile utf8
run_cli_rc tools "$HOSTILE_URL"
no_signal "tools against ill-formed UTF-8"
assert_contains "$ERR" "is not valid UTF-8" "UTF-8 message"
assert_not_contains "$ERR" "not a JSON-RPC response to this request" "UTF-8 is not reported as a wrong answer"
pass "tools: ill-formed UTF-8 has its own message (exit $RC)"

# The demo server: the same nesting in one ~600 KB POST.
start_demo hostile-demo --no-auth
body="$TEST_TMP/deep.json"
node -e "const n=300000; process.stdout.write('{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\",\"params\":' + '['.repeat(n) + ']'.repeat(n) + '}')" >"$body"
size=$(stat -c %s "$body")
[ "$size" -gt 600000 ] || fail "the hostile body is only $size bytes"
status=$(curl -sS -o "$TEST_TMP/deep.out" -w '%{http_code}' -X POST "$DEMO_URL" \
  -H 'Content-Type: application/json' -H 'Accept: application/json, text/event-stream' --data-binary @"$body")
assert_eq "$status" 400 "HTTP status for the deep body"
reply=$(cat "$TEST_TMP/deep.out")
assert_eq "$(json_get "$reply" "d.error.code")" -32700 "JSON-RPC parse error code"
assert_contains "$(json_get "$reply" "d.error.message")" "nests JSON deeper than 512 levels; refused" "demo error message"
pass "demo-server: a ${size}-byte nested POST gets 400 and a clear JSON-RPC error"

# Still alive and serving: a normal client session works afterwards.
run_cli 0 tools "$DEMO_URL"
assert_contains "$OUT" "get_user_data" "demo tools after the attack"
pass "demo-server keeps serving after the hostile POST"

# Right names, wrong types: capabilities, tool annotations and schemas, isError, content
# and a progress notification. nlohmann's value(key, default) throws on a wrong type, and
# an exception thrown through Qt's event loop ends the process (std::terminate, SIGABRT).
start_hostile types
run_cli_rc tools "$HOSTILE_URL"
no_signal "tools against wrong-typed fields"
assert_eq "$RC" 0 "tools exit code with wrong-typed fields"
assert_contains "$OUT" "typed" "the tool is still listed"
pass "tools: wrong-typed capabilities, annotations and schema fields are read as absent"

run_cli_rc tools "$HOSTILE_URL" --json
no_signal "tools --json against wrong-typed fields"
assert_eq "$(json_get "$OUT" "d.tools[0].name")" typed "tools --json lists the tool"
pass "tools --json: the same listing as one JSON document"

run_cli_rc call "$HOSTILE_URL" typed --arg a=1
no_signal "call with a wrong-typed result"
assert_eq "$RC" 0 "a non-boolean isError is not an error (only true is)"
assert_contains "$OUT" "still here" "the text block of the result"
pass "call: a wrong-typed isError, content block and progress notification are survived (exit $RC)"

run_cli_rc ping "$HOSTILE_URL"
no_signal "ping"
pass "ping: wrong-typed server info and instructions (exit $RC)"
