#!/usr/bin/env bash
# The official conformance suite's client *auth* scenarios, driven through the CLI
# adapter (client-adapter.sh signs in inline with --browser http).
source "$(dirname "$0")/lib.sh"
scenarios=(
  auth/metadata-default auth/metadata-var1 auth/metadata-var2 auth/metadata-var3
  auth/basic-cimd
  auth/scope-from-www-authenticate auth/scope-from-scopes-supported auth/scope-omitted-when-undefined
  auth/scope-step-up auth/scope-retry-limit
  auth/token-endpoint-auth-basic auth/token-endpoint-auth-post auth/token-endpoint-auth-none
  auth/pre-registration
  auth/2025-03-26-oauth-metadata-backcompat auth/2025-03-26-oauth-endpoint-fallback
  auth/resource-mismatch
  # draft (SEP-2207), the stretch goal
  auth/offline-access-scope auth/offline-access-not-supported
)
run_client_scenarios "${scenarios[@]}"

# resource-mismatch passes when the client refuses; make sure it refused for that reason.
log="$TEST_TMP/conformance/auth_resource-mismatch/log.txt"
grep -q "different resource (https://evil.example.com/mcp)" "$log" || { tail -20 "$log"; fail "resource-mismatch: no clear refusal"; }
pass "resource-mismatch refused with a clear message"
