#!/usr/bin/env bash
# `verify CLIENT PROFILE` (issue 11) for every adapter, in a temp HOME against the demo
# server: the entry `connect` wrote is verified working; the same entry with its URL under
# a key the client does not read (and Claude Desktop's bridge without npx on its PATH) will
# not load, with the reason. For Claude Code, Gemini CLI and Codex the real CLI's own
# `mcp list` (pinned in tests/peers) must agree.
source "$(dirname "$0")/../interop/lib.sh"
source "$(dirname "$0")/demolib.sh"
require_peers
BIN="$NODE_MODULES/.bin"
NODEBIN="$(dirname "$NODE22")"
CLIENT_PATH="$BIN:$NODEBIN:/usr/bin:/bin"
start_demo verify --no-auth
everything="$NODE_MODULES/@modelcontextprotocol/server-everything/dist/index.js"
run_cli 0 servers add local-everything --stdio -- "$NODE22" "$everything" stdio

clients=$("$MCPC_CLI" clients list --json | node -e "console.log(JSON.parse(require('fs').readFileSync(0,'utf8')).clients.map(c=>c.id).join(' '))")
[ "$(wc -w <<<"$clients")" = 14 ] || fail "expected 14 adapters, got: $clients"

for c in $clients; do
  target="$DEMO_URL"
  [ "$c" = claude-desktop ] && target=local-everything # its HTTP form is the npx bridge: checked below
  run_cli 0 connect "$c" "$target" --name demo
  run_cli 0 verify "$c" "$target" --name demo --path "$CLIENT_PATH" --json
  assert_eq "$(json_get "$OUT" d.outcome)" "verified working" "$c: correct entry"
  assert_contains "$(json_get "$OUT" d.detail)" "tools listed" "$c: tools listed"
  case "$c" in
    claude-code) assert_contains "$(json_get "$OUT" d.clientCli.line)" "Connected" "claude mcp list agrees" ;;
    gemini-cli|codex) assert_contains "$(json_get "$OUT" d.clientCli.line)" "$DEMO_URL" "$c mcp list agrees" ;;
  esac
  file=$(json_get "$OUT" d.file)
  # Break it: the URL moves to a key this client does not read.
  sed -i -E 's/"(url|serverUrl)"/"link"/; s/^url = /link = /' "$file"
  [ "$c" = claude-desktop ] && sed -i 's/"command"/"cmd"/' "$file"
  run_cli 7 verify "$c" "$target" --name demo --path "$CLIENT_PATH" --json
  assert_eq "$(json_get "$OUT" d.outcome)" "will not load" "$c: broken entry"
  [ -n "$(json_get "$OUT" d.detail)" ] || fail "$c: no reason given"
  case "$c" in
    claude-code) assert_not_contains "$(json_get "$OUT" d.clientCli.line)" "Connected" "claude mcp list agrees (broken)" ;;
    # Gemini CLI still lists the name, but without the URL: it does not see the server either.
    # (Its status column says "Disabled" in an untrusted temp folder, so only the URL is compared.)
    gemini-cli) assert_not_contains "$(json_get "$OUT" d.clientCli.line)" "$DEMO_URL" "gemini mcp list agrees (broken)" ;;
    codex) assert_eq "$(json_get "$OUT" d.clientCli.listed)" "false" "codex mcp list agrees (broken)" ;;
  esac
  pass "$c: verified working; broken entry will not load ($(json_get "$OUT" d.detail))$(json_get "$OUT" "d.clientCli ? '; ' + d.clientCli.command + ': ' + (d.clientCli.line || 'not listed') : ''")"
done

# Claude Desktop's remote form is the mcp-remote bridge: without npx on its PATH it cannot start.
run_cli 0 connect claude-desktop "$DEMO_URL" --name bridge
run_cli 7 verify claude-desktop "$DEMO_URL" --name bridge --path /nonexistent --json
assert_contains "$(json_get "$OUT" d.detail)" "\`npx\` is not on Claude Desktop's PATH" "missing bridge command"
pass "Claude Desktop bridge without npx: will not load, npx named"
