#!/usr/bin/env bash
# The MCP 2026-07-28 conformance suite (@modelcontextprotocol/conformance 0.2.0-alpha.12,
# installed as conformance-2026) against `mcp-connect-cli demo-server --conformance
# --no-auth`: every required server scenario (`list --requirements 2026-07-28`) at the
# 2026-07-28 wire. A scenario passes when the runner exits 0 and each of its checks is
# SUCCESS or INFO. A WARNING counts as a failure unless expected-warnings-2026.txt names
# that scenario and check id (with the reason). The tasks-* extension scenarios are
# listed but unscored by the suite; this test leaves them out.
# Env (set by CTest): MCPC_CLI = mcp-connect-cli, MCPC_PEERS = tests/peers with node_modules.
source "$(dirname "$0")/../interop/lib.sh"
source "$(dirname "$0")/../e2e/demolib.sh"
SUITE="$NODE_MODULES/conformance-2026/dist/index.js"
[ -f "$SUITE" ] || fail "conformance-2026 missing from tests/peers/node_modules"
[ -x "$NODE22" ] || fail "Node 22 missing from tests/peers/node_modules"
EXPECTED_WARNINGS="$(dirname "$0")/expected-warnings-2026.txt"

# The frozen required set, straight from the suite (so a new suite cannot shrink it silently).
mapfile -t scenarios < <("$NODE22" "$SUITE" list --requirements 2026-07-28 |
  awk '/^Server scenarios/{on=1; next} /^[A-Z]/{on=0} on && /^  - /{print $2}')
[ "${#scenarios[@]}" -eq 37 ] || fail "expected 37 required server scenarios, the suite lists ${#scenarios[@]}"

start_demo demo --conformance --no-auth

# run_scenario S: the verdict goes to $TEST_TMP/S.verdict (PASS/FAIL line plus details).
run_scenario() {
  local s=$1 out="$TEST_TMP/results/$1"
  mkdir -p "$out"
  local rc=0
  (cd "$TEST_TMP" && "$NODE22" "$SUITE" server --url "$DEMO_URL" --spec-version 2026-07-28 --scenario "$s" \
     -o "$out") >"$out/log.txt" 2>&1 || rc=$?
  local verdict
  verdict=$("$NODE22" -e '
    const fs = require("fs"), path = require("path");
    const [dir, scenario, expectedFile] = process.argv.slice(1);
    const allowed = new Set((fs.existsSync(expectedFile) ? fs.readFileSync(expectedFile, "utf8") : "")
      .split("\n").map(l => l.replace(/#.*/, "").trim()).filter(Boolean));
    const files = [];
    (function walk(d) { for (const e of fs.readdirSync(d, {withFileTypes: true})) {
      const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else if (e.name === "checks.json") files.push(p); } })(dir);
    if (!files.length) { console.log("no checks.json"); process.exit(0); }
    const checks = files.flatMap(f => JSON.parse(fs.readFileSync(f, "utf8")));
    const bad = checks.filter(c => !(c.status === "SUCCESS" || c.status === "INFO" ||
                                     (c.status === "WARNING" && allowed.has(`${scenario} ${c.id}`))));
    const ok = checks.filter(c => c.status === "SUCCESS").length;
    console.log(bad.length === 0 && ok > 0 ? `ok ${checks.length}`
      : (bad.map(c => `${c.status} ${c.id}: ${c.errorMessage || c.description}`).join("; ") || "no successful check"));
  ' "$out" "$s" "$EXPECTED_WARNINGS")
  if [ "$rc" -eq 0 ] && [[ "$verdict" == ok* ]]; then
    echo "PASS $s (${verdict#ok } checks)" >"$TEST_TMP/$s.verdict"
  else
    { echo "FAIL $s (exit $rc: $verdict)"; tail -15 "$out/log.txt"; } >"$TEST_TMP/$s.verdict"
  fi
}

# Scenarios are independent (no sessions in 2026-07-28): four at a time.
running=()
for s in "${scenarios[@]}"; do
  if [ "${#running[@]}" -ge 4 ]; then
    wait "${running[0]}" || true
    running=("${running[@]:1}")
  fi
  run_scenario "$s" &
  running+=($!)
done
for p in "${running[@]}"; do wait "$p" || true; done

passed=0
for s in "${scenarios[@]}"; do
  if [ -f "$TEST_TMP/$s.verdict" ]; then cat "$TEST_TMP/$s.verdict"; else echo "FAIL $s (no verdict)"; fi
  grep -q '^PASS' "$TEST_TMP/$s.verdict" 2>/dev/null && passed=$((passed + 1))
done
echo "$passed/${#scenarios[@]} required 2026-07-28 server scenarios passed"
[ "$passed" -eq "${#scenarios[@]}" ] || fail "$((${#scenarios[@]} - passed)) scenario(s) failed"
pass "2026-07-28 server conformance: $passed/${#scenarios[@]}"
