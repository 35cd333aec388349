#!/usr/bin/env bash
# `verify CLIENT PROFILE` (issue 11) for every adapter, in a temp HOME against the demo
# server: the entry `connect` wrote is verified working (Claude Desktop's is the mcp-remote
# bridge: `npx -y mcp-remote@0.15.1 URL` really runs, offline, from the project folder that
# has it installed); the same entry with its URL or command under a key the client does not
# read, and the bridge without npx on the client's PATH, will not load, with the reason.
# For Claude Code, Gemini CLI and Codex the real CLI's own `mcp list` (pinned in
# tests/peers) must agree: each of them connects to the demo server itself.
source "$(dirname "$0")/../interop/lib.sh"
source "$(dirname "$0")/demolib.sh"
require_peers
BIN="$NODE_MODULES/.bin"
NODEBIN="$(dirname "$NODE22")"
CLIENT_PATH="$BIN:$NODEBIN:/usr/bin:/bin"
start_demo verify --no-auth

# The user's project folder, where the clients run: mcp-remote is installed there (as
# `npm install mcp-remote@0.15.1` would), so npx finds the pinned version without the
# network, and Gemini CLI trusts the folder (otherwise it lists every server as "Disabled").
PROJECT="$HOME/project"
mkdir -p "$PROJECT/node_modules/.bin" "$HOME/.gemini"
ln -s "$NODE_MODULES/mcp-remote" "$PROJECT/node_modules/mcp-remote"
ln -s ../mcp-remote/dist/proxy.js "$PROJECT/node_modules/.bin/mcp-remote"
echo '{"private": true}' >"$PROJECT/package.json"
printf '{ "%s": "TRUST_FOLDER" }\n' "$PROJECT" >"$HOME/.gemini/trustedFolders.json"
cd "$PROJECT"

clients=$("$MCPC_CLI" clients list --json | node -e "console.log(JSON.parse(require('fs').readFileSync(0,'utf8')).clients.map(c=>c.id).join(' '))")
[ "$(wc -w <<<"$clients")" = 14 ] || fail "expected 14 adapters, got: $clients"

for c in $clients; do
  target="$DEMO_URL"
  run_cli 0 connect "$c" "$target" --name demo
  run_cli 0 verify "$c" "$target" --name demo --path "$CLIENT_PATH" --json
  assert_eq "$(json_get "$OUT" d.outcome)" "verified working" "$c: correct entry"
  assert_contains "$(json_get "$OUT" d.detail)" "tools listed" "$c: tools listed"
  case "$c" in
    claude-code|gemini-cli) assert_contains "$(json_get "$OUT" d.clientCli.line)" "Connected" "$c mcp list agrees" ;;
    codex) assert_contains "$(json_get "$OUT" d.clientCli.line)" "$DEMO_URL" "codex mcp list agrees" ;;
    claude-desktop) assert_contains "$(json_get "$OUT" d.method)" "npx -y mcp-remote@0.15.1 $DEMO_URL" "the bridge ran" ;;
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
    # Gemini CLI still lists the name, but cannot connect: no URL it reads.
    gemini-cli) assert_not_contains "$(json_get "$OUT" d.clientCli.line)" "Connected" "gemini mcp list agrees (broken)"
                assert_not_contains "$(json_get "$OUT" d.clientCli.line)" "$DEMO_URL" "gemini mcp list has no URL (broken)" ;;
    codex) assert_eq "$(json_get "$OUT" d.clientCli.listed)" "false" "codex mcp list agrees (broken)" ;;
  esac
  pass "$c: verified working; broken entry will not load ($(json_get "$OUT" d.detail))$(json_get "$OUT" "d.clientCli ? '; ' + d.clientCli.command + ': ' + (d.clientCli.line || 'not listed') : ''")"
done

# Claude Desktop's remote form is the mcp-remote bridge: without npx on its PATH it cannot start.
run_cli 0 connect claude-desktop "$DEMO_URL" --name bridge
run_cli 7 verify claude-desktop "$DEMO_URL" --name bridge --path /nonexistent --json
assert_contains "$(json_get "$OUT" d.detail)" "\`npx\` is not on Claude Desktop's PATH" "missing bridge command"
assert_contains "$(json_get "$OUT" d.detail)" "the mcp-remote bridge needs Node.js" "bridge named"
pass "Claude Desktop bridge without npx: will not load, npx named"

# The bridge starts but cannot reach the server (nothing listens there): will not load.
dead="http://127.0.0.1:$(free_port)/mcp"
run_cli 0 connect claude-desktop "$dead" --name dead
run_cli 7 verify claude-desktop "$dead" --name dead --path "$CLIENT_PATH" --json
assert_eq "$(json_get "$OUT" d.outcome)" "will not load" "bridge to a dead server"
pass "Claude Desktop bridge to a dead server: will not load ($(json_get "$OUT" d.detail))"
