#!/usr/bin/env bash
# The 2026-07-28 conformance suite's client *auth* scenarios: every auth/* client scenario
# it lists, each at the newest revision it is tagged with (extensions at 2026-07-28 with
# --force), through the same CLI adapter as the 0.1.16 suite (client-adapter.sh signs in
# inline with --browser http). Every one `list --requirements 2026-07-28` names must run;
# expected-failures.txt says what is left out or allowed, and why.
CONFORMANCE_DIST="${MCPC_PEERS:?run through ctest}/node_modules/conformance-2026/dist/index.js"
SUITE_ID=2026
source "$(dirname "$0")/lib.sh"

mapfile -t scenarios < <(listed_scenarios client '^auth/')
mapfile -t required < <("$NODE22" "$CONFORMANCE" list --requirements 2026-07-28 |
  awk '/^Client scenarios/ {on = 1; next} on && /^[^ ]/ {on = 0} on && $2 ~ /^auth\// {print $2}')
[ "${#required[@]}" -ge 25 ] || fail "expected at least 25 required auth scenarios, the suite lists ${#required[@]}"
for r in "${required[@]}"; do
  printf '%s\n' "${scenarios[@]}" | grep -q "^$r " || fail "required scenario $r is not run"
done
print_left_out client
echo "running ${#scenarios[@]} auth scenarios"
run_client_scenarios "${scenarios[@]}"

# The refusals pass when the client refuses; make sure each refused for its own reason.
refused_because() {
  local log="$TEST_TMP/conformance/auth_$1/log.txt"
  grep -qF "$2" "$log" || { tail -20 "$log"; fail "$1: no clear refusal ('$2')"; }
  pass "$1 refused with a clear message"
}
refused_because resource-mismatch "different resource (https://evil.example.com/mcp)"
refused_because metadata-issuer-mismatch "names issuer https://attacker.example.com"
refused_because iss-wrong-issuer "(iss mismatch). The code was not redeemed."
refused_because iss-unexpected "(iss mismatch). The code was not redeemed."
refused_because iss-normalized "(iss mismatch). The code was not redeemed."
refused_because iss-supported-missing "(iss missing). The code was not redeemed."
