#!/usr/bin/env bash
# Interop with the TypeScript SDK v2 (MCP 2026-07-28): a modern-only HTTP server
# (createMcpHandler(..., { legacy: 'reject' })), a dual-era one (the default), and
# serveStdio; each offers `echo`. The CLI must speak the modern era to all three,
# remember the era, and then need a single HTTP request for `tools`.
source "$(dirname "$0")/lib.sh"
require_peers
[ -x "$NODE22" ] || fail "Node 22 missing: run (cd tests/peers && npm ci)"
SERVER="$(cd "$(dirname "$0")" && pwd)/sdkv2-server.mjs"
export MCPC_PEERS

start_sdkv2() { # ERA PORT
  "$NODE22" "$SERVER" http "$2" "$1" >"$TEST_TMP/sdkv2-$1.log" 2>&1 &
  PIDS+=($!)
  wait_port "$2"
}

check_target() { # LABEL TARGET
  run_cli 0 tools "$2"
  assert_contains "$OUT" "MCP 2026-07-28 over" "$1: tools names the modern era"
  assert_contains "$OUT" "echo" "$1: tools lists echo"
  run_cli 0 tools "$2" --json
  assert_eq "$(json_get "$OUT" "d.server.protocolVersion")" "2026-07-28" "$1: version"
  assert_eq "$(json_get "$OUT" "d.server.era")" "modern" "$1: era"
  run_cli 0 call "$2" echo --arg message=hi
  assert_eq "$OUT" "Echo: hi" "$1: echo"
  run_cli 0 ping "$2"
  assert_contains "$OUT" "MCP 2026-07-28 over" "$1: ping names the modern era"
  assert_contains "$OUT" "server/discover" "$1: ping used server/discover"
  run_cli 0 discover "$2" --json
  assert_eq "$(json_get "$OUT" "d.supportedVersions.includes('2026-07-28')")" "true" "$1: discover"
  pass "$1: tools, call echo, ping and discover over MCP 2026-07-28"
}

modern_port=$(free_port)
start_sdkv2 modern "$modern_port"
modern="http://127.0.0.1:$modern_port/mcp"
check_target "modern-only HTTP" "$modern"

# Forcing the legacy era against a modern-only server fails clearly (exit 4), no hang.
run_cli 4 tools "$modern" --protocol-era legacy
assert_contains "$ERR" "2026-07-28" "legacy against modern-only names the versions"
pass "modern-only server refuses --protocol-era legacy with a clear error"

dual_port=$(free_port)
start_sdkv2 dual "$dual_port"
dual="http://127.0.0.1:$dual_port/mcp"
check_target "dual-era HTTP" "$dual"
run_cli 0 tools "$dual" --protocol-era legacy
assert_contains "$OUT" "MCP 2025-11-25 over Streamable HTTP" "dual-era server in the legacy era"
pass "dual-era server still speaks 2025-11-25 when asked"

# The era cache: count HTTP requests through a logging proxy-free way: the cache file
# says modern, so `tools` must send exactly one POST (tools/list).
cache="$HOME/.cache/mcp-connect/protocol-eras.json"
[ -f "$cache" ] || fail "no era cache at $cache"
assert_contains "$(cat "$cache")" "\"modern\"" "era cache records modern"
count_port=$(free_port)
"$NODE22" -e '
  const http = require("http"); let n = 0;
  const [listen, target] = [Number(process.argv[1]), Number(process.argv[2])];
  http.createServer((req, res) => {
    if (req.url === "/count") { res.end(String(n)); return; }
    n++;
    const p = http.request({ host: "127.0.0.1", port: target, path: req.url, method: req.method, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode, r.headers); r.pipe(res); });
    req.pipe(p);
  }).listen(listen, "127.0.0.1");' "$count_port" "$modern_port" >"$TEST_TMP/counter.log" 2>&1 &
PIDS+=($!)
wait_port "$count_port"
counted="http://127.0.0.1:$count_port/mcp"
run_cli 0 tools "$counted"
first=$(curl -s "http://127.0.0.1:$count_port/count")
[ "$first" -le 2 ] || fail "first contact took $first requests (at most 2)"
run_cli 0 tools "$counted"
second=$(curl -s "http://127.0.0.1:$count_port/count")
assert_eq "$((second - first))" "1" "requests for tools with the era cached"
pass "era cached: tools sends exactly one HTTP request (first contact: $first)"

# stdio: serveStdio, probed with server/discover.
run_cli 0 servers add sdkv2-stdio --stdio -- "$NODE22" "$SERVER" stdio
check_target "stdio" "sdkv2-stdio"
run_cli 0 servers show sdkv2-stdio --json
assert_eq "$(json_get "$OUT" "d.protocol.era + ' ' + d.protocol.version")" "modern 2026-07-28" "servers show names the remembered era"
pass "stdio server (serveStdio) in the modern era"

# Bad input: an unknown era value is a usage error (exit 1); a pinned modern era against
# a legacy-only server fails clearly (exit 4) instead of falling back.
run_cli 1 tools "$modern" --protocol-era newest
assert_contains "$ERR" "--protocol-era must be auto, modern or legacy" "bad --protocol-era"
everything_port=$(free_port)
start_everything streamableHttp "$everything_port"
run_cli 4 tools "http://127.0.0.1:$everything_port/mcp" --protocol-era modern
assert_contains "$ERR" "does not speak MCP 2026-07-28" "pinned modern against a legacy server"
run_cli 0 tools "http://127.0.0.1:$everything_port/mcp"
assert_contains "$OUT" "MCP 2025-11-25 over Streamable HTTP" "auto falls back to the legacy era"
pass "bad --protocol-era, pinned modern against legacy, auto fallback"
