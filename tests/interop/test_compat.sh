#!/usr/bin/env bash
# `compat --json` (issue 11) against real servers: the demo (clean), the demo with its
# deliberately bad compat fixture, server-everything (Streamable HTTP and legacy SSE) and
# the SDK v2 modern-only server. Findings come from the built-in per-client rule files.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/../e2e/demolib.sh"
require_peers
[ -x "$NODE22" ] || fail "Node 22 missing"

# 1. The demo's own tools: every client works, no finding names a tool.
start_demo clean --no-auth
run_cli 0 compat "$DEMO_URL" --json
assert_eq "$(json_get "$OUT" "d.clients.length")" "14" "one report per client"
assert_eq "$(json_get "$OUT" "d.clients.filter(c => c.verdict !== 'works').map(c => c.client).join()")" "" "every client works with the demo"
assert_eq "$(json_get "$OUT" "d.clients.flatMap(c => c.findings).filter(f => f.tool).length")" "0" "no finding about a demo tool"
assert_eq "$(json_get "$OUT" "JSON.stringify(d.server.eras)")" '["modern","legacy"]' "the demo speaks both eras"
run_cli 0 doctor "$DEMO_URL"
assert_contains "$OUT" "Every tool passes the per-client rules of 14 clients" "doctor on the clean demo"
pass "demo server: works in all 14 clients (compat and doctor)"

# 2. The compat fixture: a 70-character name, a root anyOf, a \$ref cycle, 150 tools.
start_demo bad --no-auth --compat-fixture
long=get_the_quarterly_revenue_report_for_every_region_and_product_line_now
run_cli 0 compat "$DEMO_URL" --json --name demo --client cursor --client claude-code --client gemini-cli --client windsurf --client vscode
has() { # CLIENT RULE TOOL
  json_get "$OUT" "d.clients.find(c => c.client === '$1').findings.some(f => f.rule === '$2' && (f.tool || '') === '$3')"
}
for expect in "cursor cursor.tool-count " "cursor cursor.combined-name-length $long" "cursor cursor.root-anyOf root_anyof" \
              "claude-code claude-code.prefixed-name-length $long" "claude-code claude-code.root-object root_anyof" \
              "gemini-cli gemini-cli.ref-cycle ref_cycle" "gemini-cli gemini-cli.tool-name $long" \
              "windsurf windsurf.tool-count " "vscode vscode.tool-count "; do
  set -- $expect
  assert_eq "$(has "$1" "$2" "${3:-}")" "true" "$1 reports $2 ${3:-}"
done
assert_eq "$(json_get "$OUT" "d.clients.map(c => c.verdict).join()")" "problems,problems,problems,problems,problems" "verdicts"
assert_eq "$(json_get "$OUT" "d.clients.find(c => c.client === 'cursor').findings.find(f => f.rule === 'cursor.tool-count').source.url")" \
  "https://github.com/getsentry/sentry-mcp-stdio/issues/3" "a finding names its source"
run_cli 0 compat "$DEMO_URL" --name demo --client cursor
assert_contains "$OUT" "✗ Cursor" "text verdict"
assert_contains "$OUT" "[$long]" "text names the tool"
assert_contains "$OUT" "fix: " "text gives the fix"
assert_contains "$OUT" "source: https://" "text gives the source"
assert_contains "$OUT" "unverified" "unsourced rules are marked"
pass "compat fixture: expected findings in Cursor, Claude Code, Gemini CLI, Windsurf and VS Code"
# doctor reuses the same rules for the seed's "Tool not available" case.
run_cli 4 doctor "$DEMO_URL"
assert_contains "$OUT" "Tool not available in Cursor: $long" "doctor names the client and the tool"
assert_contains "$OUT" "compat $DEMO_URL --client cursor" "doctor points at compat"
pass "doctor: tools a client will not offer are reported from the same rules"

# 3. server-everything over Streamable HTTP and over legacy SSE (Codex has no SSE).
port=$(free_port)
start_everything streamableHttp "$port"
run_cli 0 compat "http://127.0.0.1:$port/mcp" --json
assert_eq "$(json_get "$OUT" "d.server.tools > 5")" "true" "server-everything lists its tools"
assert_eq "$(json_get "$OUT" "JSON.stringify(d.server.transports)")" '["streamable-http"]' "transport"
assert_eq "$(json_get "$OUT" "d.server.resources && d.server.prompts")" "true" "resources and prompts seen"
assert_eq "$(json_get "$OUT" "d.clients.find(c => c.client === 'zed').findings.some(f => f.rule === 'zed.resources')")" "true" \
  "Zed's resources rule applies (Zed uses tools and prompts only)"
pass "server-everything (Streamable HTTP): $(json_get "$OUT" "d.clients.map(c => c.client + '=' + c.verdict).join(' ')")"
sse_port=$(free_port)
start_everything sse "$sse_port"
run_cli 0 compat "http://127.0.0.1:$sse_port/sse" --json --client codex --client cursor
assert_eq "$(json_get "$OUT" "d.clients.find(c => c.client === 'cursor').findings.some(f => f.rule === 'cursor.transport')")" "false" \
  "Cursor speaks SSE"
assert_eq "$(json_get "$OUT" "d.clients.find(c => c.client === 'codex').findings.some(f => f.rule === 'codex.transport')")" "true" \
  "Codex has no legacy SSE"
pass "server-everything (legacy SSE): Codex is flagged, Cursor is not"

# 4. SDK v2 modern-only server: clients that speak only the 2025 era are flagged.
v2_port=$(free_port)
"$NODE22" "$(dirname "$0")/sdkv2-server.mjs" http "$v2_port" modern >"$TEST_TMP/sdkv2.log" 2>&1 &
PIDS+=($!)
wait_port "$v2_port"
export MCPC_PEERS
run_cli 0 compat "http://127.0.0.1:$v2_port/mcp" --json
assert_eq "$(json_get "$OUT" "JSON.stringify(d.server.eras)")" '["modern"]' "modern-only"
gem=$(json_get "$OUT" "JSON.stringify(d.clients.find(c => c.client === 'gemini-cli').findings.find(f => f.rule === 'gemini-cli.protocol-era'))")
assert_contains "$gem" '"verified":true' "Gemini CLI's era rule is sourced"
assert_contains "$gem" '"severity":"error"' "Gemini CLI cannot talk to a modern-only server"
assert_contains "$gem" '"willNotLoad":true' "the era error means the whole server will not load"
assert_eq "$(json_get "$OUT" "d.clients.find(c => c.client === 'claude-code').findings.some(f => f.rule.endsWith('protocol-era'))")" "false" \
  "Claude Code speaks 2026-07-28"
assert_eq "$(json_get "$OUT" "d.clients.find(c => c.client === 'cursor').findings.find(f => f.rule === 'cursor.protocol-era').verified")" "false" \
  "Cursor's era rule is shown as unverified"
pass "SDK v2 modern-only server: Gemini CLI flagged (sourced), Claude Code fine, Cursor unverified"

# 5. Bad input changes nothing and says what is wrong.
run_cli 1 compat "$DEMO_URL" --client nosuch
assert_contains "$ERR" "Unknown client 'nosuch'" "unknown client"
mkdir -p "$TEST_TMP/rules"
echo '{"client":"x","displayName":"X","rules":[{"id":"x.a","severity":"fatal"}]}' >"$TEST_TMP/rules/x.json"
run_cli 5 compat "$DEMO_URL" --rules "$TEST_TMP/rules"
assert_contains "$ERR" "x.json" "bad rule file named"
assert_contains "$ERR" "severity must be error, warning or info" "bad rule explained"
pass "unknown client and bad rule files are refused clearly"
