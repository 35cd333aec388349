#!/usr/bin/env bash
# @modelcontextprotocol/conformance 0.1.16: every client auth/* scenario it lists, driven
# through the CLI adapter (client-adapter.sh signs in inline with --browser http).
# expected-failures.txt says what is left out or allowed, and why.
source "$(dirname "$0")/lib.sh"
mapfile -t scenarios < <(listed_scenarios client '^auth/')
[ "${#scenarios[@]}" -ge 19 ] || fail "expected at least 19 auth scenarios, the suite lists ${#scenarios[@]}"
print_left_out client
run_client_scenarios "${scenarios[@]}"

# resource-mismatch passes when the client refuses; make sure it refused for that reason.
log="$TEST_TMP/conformance/auth_resource-mismatch/log.txt"
grep -q "different resource (https://evil.example.com/mcp)" "$log" || { tail -20 "$log"; fail "resource-mismatch: no clear refusal"; }
pass "resource-mismatch refused with a clear message"
