#!/usr/bin/env bash
# Adapter the conformance suite runs as the "client": it appends the scenario server's
# URL and sets MCP_CONFORMANCE_SCENARIO; we map each scenario onto mcp-connect-cli calls.
# MCPC_CLI must point at the CLI. Extra per-scenario data (credentials) arrives in
# MCP_CONFORMANCE_CONTEXT.
#
# Auth scenarios: the scenario's authorization server approves without a page, so the
# CLI signs in inline with `--browser http` (it fetches the authorization URL and
# follows the redirect to its own loopback listener). Tokens stay in the memory store.
set -uo pipefail
url="${!#}"
cli="${MCPC_CLI:?MCPC_CLI not set}"
scenario="${MCP_CONFORMANCE_SCENARIO:-}"
export MCPC_SECRET_STORE="${MCPC_SECRET_STORE:-memory}"

# context_get KEY: a string field of MCP_CONFORMANCE_CONTEXT (JSON), or "".
context_get() {
  node -e 'const c = JSON.parse(process.env.MCP_CONFORMANCE_CONTEXT || "{}"); const v = c[process.argv[1]]; if (typeof v === "string") process.stdout.write(v);' "$1"
}

# tool_calls: "name<TAB>argumentsJSON" lines from MCP_CONFORMANCE_CONTEXT's toolCalls.
tool_calls() {
  node -e 'const c = JSON.parse(process.env.MCP_CONFORMANCE_CONTEXT || "{}"); for (const t of c.toolCalls || []) console.log(t.name + "\t" + JSON.stringify(t.arguments || {}));'
}

# call_listed: calls every tool the CLI's catalog keeps (tools with invalid x-mcp-header
# annotations are left out by the CLI, so they are never called).
call_listed() {
  local names rc=0 n
  names=$("$cli" tools "$url" --json | node -e 'const d = JSON.parse(require("fs").readFileSync(0, "utf8")); for (const t of d.tools) console.log(t.name);') || return 1
  while IFS= read -r n; do
    [ -n "$n" ] && { "$cli" call "$url" "$n" --args '{}' || rc=1; }
  done <<<"$names"
  return $rc
}

case "$scenario" in
  request-metadata)
    # 2026-07-28: server/discover (the health check) carries the per-request _meta.
    exec "$cli" ping "$url" ;;
  http-standard-headers)
    "$cli" tools "$url" && "$cli" call "$url" test_headers && "$cli" call "$url" my-hyphenated-tool &&
      "$cli" resources "$url" && "$cli" prompts "$url"
    exit $? ;;
  http-custom-headers)
    rc=0
    while IFS=$'\t' read -r name args; do
      [ -n "$name" ] && { "$cli" call "$url" "$name" --args "$args" || rc=1; }
    done < <(tool_calls)
    exit $rc ;;
  http-invalid-tool-headers)
    call_listed; exit $? ;;
  sep-2322-client-request-state)
    # MRTR: answer the elicitation, echo requestState byte for byte (and send none when the
    # server gave none); a missing resultType means complete.
    "$cli" call "$url" test_mrtr_echo_state --accept-input '{"confirmed":true}' &&
      "$cli" call "$url" test_mrtr_unrelated &&
      "$cli" call "$url" test_mrtr_no_state --accept-input '{"confirmed":true}' &&
      exec "$cli" call "$url" test_mrtr_no_result_type
    exit $? ;;
  json-schema-ref-no-deref)
    exec "$cli" tools "$url" ;;
  initialize)
    exec "$cli" ping "$url" ;;
  elicitation-sep1034-client-defaults)
    # Accept without answering any field: the client fills in the schema's defaults.
    exec "$cli" call "$url" test_client_elicitation_defaults --accept-input '{}' ;;
  json-schema-2020-12-preservation)
    # The tool's inputSchema as the CLI's --json listing keeps it, echoed back through a call.
    schema=$("$cli" tools "$url" --json | node -e 'const d = JSON.parse(require("fs").readFileSync(0, "utf8"));
      const t = d.tools.find(t => t.name === "json_schema_2020_12_tool"); if (!t) process.exit(1);
      process.stdout.write(JSON.stringify({schema: t.inputSchema}));') || exit 1
    exec "$cli" call "$url" json_schema_echo --args "$schema" ;;
  tools_call)
    exec "$cli" call "$url" add_numbers --arg a=5 --arg b=3 ;;
  sse-retry)
    exec "$cli" call "$url" test_reconnection ;;
  auth/pre-registration)
    exec "$cli" call "$url" test-tool --browser http \
      --client-id "$(context_get client_id)" --client-secret "$(context_get client_secret)" ;;
  auth/basic-cimd|auth/offline-access-scope)
    # The suite's AS accepts this URL as client_id without fetching it (a real AS would).
    exec "$cli" call "$url" test-tool --browser http \
      --client-metadata-url "https://conformance-test.local/client-metadata.json" ;;
  auth/*)
    # Every other auth scenario (0.1.16 and 2026-07-28: iss-*, metadata-issuer-mismatch,
    # authorization-server-migration, ...): sign in as the server demands, then call its
    # tool. The refusals end with the CLI's error (exit 1), which those scenarios allow.
    exec "$cli" call "$url" test-tool --browser http ;;
  *)
    echo "client-adapter: unknown scenario '$scenario'" >&2
    exit 1 ;;
esac
