#!/usr/bin/env bash
# Fault injection (issue 10) against servers we control on loopback (fault_server.mjs):
# a reply cut mid-SSE-event and mid-JSON body, a server trickling 1 byte/s and one never
# answering, the wrong content type, a server restarting between requests, discovery that
# redirects in a loop or to another origin, a token endpoint answering 500 or an HTML
# page, and callbacks to the loopback listener with a wrong state, on a wrong path and
# replayed. Each case ends with its exit code and a clear message; every CLI run is under
# `timeout`, so a hang fails the test instead of stalling it.
source "$(dirname "$0")/lib.sh"
HERE="$(cd "$(dirname "$0")" && pwd)"
[ -x "$NODE22" ] || fail "Node 22 missing: run (cd tests/peers && npm ci)"

portfile="$TEST_TMP/fault.port"
"$NODE22" "$HERE/fault_server.mjs" "$portfile" >"$TEST_TMP/fault.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 150); do [ -s "$portfile" ] && break; sleep 0.1; done
[ -s "$portfile" ] || fail "fault server did not start: $(cat "$TEST_TMP/fault.log")"
BASE="http://127.0.0.1:$(cat "$portfile")"
control() { curl -sS -o /dev/null "$BASE/control?$1"; }

errline() { grep -m1 '^error:' <<<"$ERR" || head -1 <<<"$ERR"; }
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

# --- the MCP connection
expect 0 call "$BASE/plain/ok/mcp" echo
assert_contains "$OUT" "fine" "the well-behaved endpoint answers"

expect 2 call "$BASE/plain/sse-cut/mcp" echo
assert_contains "$ERR" "closed the stream before answering" "SSE cut mid-event"
pass "reply cut mid-SSE-event: exit 2, '$(errline)'"

expect 2 call "$BASE/plain/json-cut/mcp" echo
assert_contains "$ERR" "closed the connection unexpectedly" "JSON cut mid-body"
pass "reply cut mid-JSON body: exit 2, '$(errline)'"

expect 2 call "$BASE/plain/trickle/mcp" echo --timeout 3
assert_contains "$ERR" "did not answer" "1 byte/s"
pass "a server answering 1 byte/s: exit 2 at the call timeout, '$(errline)'"

expect 2 call "$BASE/plain/never/mcp" echo --timeout 2
assert_contains "$ERR" "did not answer" "never answers"
pass "a server never answering: exit 2 at the call timeout, '$(errline)'"

expect 4 call "$BASE/plain/html/mcp" echo
assert_contains "$ERR" "text/html" "wrong content type named"
pass "wrong content type: exit 4, '$(errline)'"

expect 0 call "$BASE/plain/restart/mcp" echo
assert_contains "$OUT" "fine" "after the restart"
pass "server restarted between requests (sessions forgotten, connections dropped): a new session, the call answered"

# --- discovery
expect 3 login "$BASE/redir-loop/mcp" --browser http
assert_contains "$ERR" "redirect" "redirect loop"
pass "PRM redirecting to itself: exit 3, '$(errline)'"

expect 3 login "$BASE/redir-cross/mcp" --browser http
assert_contains "$ERR" "redirect" "cross-origin redirect"
pass "PRM redirecting to another origin: not followed, exit 3, '$(errline)'"

# --- the token endpoint
export MCPC_SECRET_STORE="plaintext:$TEST_TMP/secrets.json"
expect 0 servers add fa "$BASE/auth/mcp"
control tokenMode=500
expect 3 login fa --browser http
assert_contains "$ERR" "HTTP 500" "token endpoint 500"
pass "token endpoint answering 500: exit 3, '$(errline)'"
control tokenMode=html
expect 3 login fa --browser http
assert_contains "$ERR" "answered with an HTML page, not JSON" "token endpoint HTML"
pass "token endpoint answering an HTML page: exit 3, '$(errline)'"
expect 3 tools fa --no-login
pass "nothing was stored by the failed sign-ins"
control tokenMode=ok

# --- callbacks to the loopback listener: wrong state and wrong path are refused while the
# sign-in keeps waiting; the real one signs in; a replay finds the port closed.
"$MCPC_CLI" login fa --browser print >"$TEST_TMP/print.out" 2>"$TEST_TMP/print.err" &
login_pid=$!
PIDS+=($login_pid)
auth_url=
for _ in $(seq 300); do
  auth_url=$(grep -o 'http://127.0.0.1:[0-9]*/asA/authorize?[^ ]*' "$TEST_TMP/print.err" | head -1 || true)
  [ -n "$auth_url" ] && break
  sleep 0.1
done
[ -n "$auth_url" ] || fail "no authorization URL printed: $(cat "$TEST_TMP/print.err")"
callback=$(curl -sS -o /dev/null -w '%{redirect_url}' "$auth_url")
listener=${callback%%\?*}
case "$listener" in http://127.0.0.1:*/callback) ;; *) fail "unexpected redirect: $callback";; esac
wrong=$(curl -sS -w '\n%{http_code}' "$listener?code=forged&state=guessed")
assert_eq "$(tail -1 <<<"$wrong")" 400 "wrong state"
assert_contains "$wrong" "still waiting" "the wrong-state page"
other=$(curl -sS -o /dev/null -w '%{http_code}' "${listener%/callback}/favicon.ico?${callback#*\?}")
assert_eq "$other" 404 "wrong path"
kill -0 "$login_pid" 2>/dev/null || fail "the sign-in ended on a forged callback: $(cat "$TEST_TMP/print.err")"
good=$(curl -sS -w '\n%{http_code}' "$callback")
assert_eq "$(tail -1 <<<"$good")" 200 "the real callback"
for _ in $(seq 300); do kill -0 "$login_pid" 2>/dev/null || break; sleep 0.1; done
set +e; wait "$login_pid"; rc=$?; set -e
assert_eq "$rc" 0 "login after the forged callbacks ($(cat "$TEST_TMP/print.err"))"
assert_contains "$(cat "$TEST_TMP/print.out")" "Signed in to fa" "signed in"
replay=$(curl -sS -o /dev/null -w '%{http_code}' "$callback" 2>/dev/null || true)
assert_eq "$replay" 000 "replayed callback (port closed)"
pass "callbacks: wrong state 400 (sign-in keeps waiting), wrong path 404, the real one signs in, a replay finds the port closed"

# --- a token issued by AS A never goes to a server or an AS that names AS B
expect 0 call fa echo
expect 0 servers add fb "$BASE/resB/mcp"
expect 0 login fb --browser http
expect 0 call fb echo
switched=$(curl -sS "$BASE/seen" | node -e 'console.log(JSON.parse(require("fs").readFileSync(0,"utf8")).length)')
control prmIssuer=asB # the server moved to AS B: its PRM names B from now on
expect 0 login fa --browser http
expect 0 call fa echo
tokens_a=$(curl -sS "$BASE/issued?as=asA" | node -e 'console.log(JSON.parse(require("fs").readFileSync(0,"utf8")).join(" "))')
[ -n "$tokens_a" ] || fail "AS A issued no token: the check would prove nothing"
verdict=$(curl -sS "$BASE/seen" | node -e '
const seen=JSON.parse(require("fs").readFileSync(0,"utf8")); const a=process.argv[1].split(" "); const switched=+process.argv[2];
const hasA=(s)=>a.some((t)=>(s.authorization+" "+s.body).includes(t));
const toB=seen.filter((s)=>/^\/(asB|resB)\//.test(s.path)&&hasA(s)).length;
const later=seen.slice(switched); const bIssued=later.findIndex((s)=>s.path==="/asB/token");
const movedAfterB=bIssued<0?-1:later.slice(bIssued).filter((s)=>s.path==="/auth/mcp"&&hasA(s)).length;
const movedBeforeB=later.slice(0,bIssued<0?later.length:bIssued).filter((s)=>s.path==="/auth/mcp"&&hasA(s)).length;
console.log(`${toB} ${movedAfterB} ${movedBeforeB}`);' "$tokens_a" "$switched")
read -r to_b moved_after moved_before <<<"$verdict"
assert_eq "$to_b" 0 "requests to AS B or the server naming AS B that carried an AS A token"
assert_eq "$moved_after" 0 "AS A tokens sent to the moved server after signing in at AS B"
pass "AS A's tokens never reached AS B or the server whose PRM names B; the moved server saw A's token $moved_before time(s) before its 401 named B, never after"
