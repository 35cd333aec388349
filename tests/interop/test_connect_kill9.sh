#!/usr/bin/env bash
# kill -9 during `connect` (issue 10, fault injection): a connect is killed at a random
# moment of its run, 40 times over, on one ~/.cursor/mcp.json. After every kill the file is
# the old or the new version, never a mix (it parses, and holds the entries before the run,
# with or without the new one), and the next connect succeeds: the edit lock died with its
# holder and no temp file blocks anything. The random delay is the fault, not a wait.
set -euo pipefail
: "${MCPC_CLI:?set by ctest}"
ROUNDS=${MCPC_KILL_ROUNDS:-40}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home"
unset XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME || true
mkdir -p "$HOME/.cursor"
FILE="$HOME/.cursor/mcp.json"
printf '{\n  "mcpServers": {}\n}\n' >"$FILE"
fails=0
fail() { echo "FAIL: $*" >&2; fails=$((fails + 1)); }
names() { jq -r '.mcpServers | keys | sort | join(" ")' "$FILE"; }

"$MCPC_CLI" servers add kfinal "http://127.0.0.1:9/mcp/final" >/dev/null
killed_mid=0 completed=0
for i in $(seq 1 "$ROUNDS"); do
  "$MCPC_CLI" servers add "k$i" "http://127.0.0.1:9/mcp/$i" >/dev/null
  before=$(names)
  "$MCPC_CLI" connect cursor "k$i" >/dev/null 2>&1 &
  pid=$!
  # Somewhere between start-up and the end of the write (a connect takes ~20-200 ms).
  sleep "0.$(printf '%03d' $((RANDOM % 250)))"
  if kill -9 "$pid" 2>/dev/null; then killed_mid=$((killed_mid + 1)); else completed=$((completed + 1)); fi
  wait "$pid" 2>/dev/null || true
  jq -e . "$FILE" >/dev/null 2>&1 || { fail "round $i: the file does not parse"; continue; }
  after=$(names)
  with=$(printf '%s\n' $before "k$i" | sort | xargs)
  [ "$after" = "$before" ] || [ "$after" = "$with" ] || fail "round $i: neither old nor new: '$after'"
done
left=$(ls -A "$HOME/.cursor" | grep -c '\.tmp$' || true)
# The next run recovers: the lock is free, the write goes through, and it removes the temp
# files that killed runs left in Cursor's folder.
timeout 60 "$MCPC_CLI" connect cursor kfinal >/dev/null || fail "connect after the kills failed"
jq -e '.mcpServers.kfinal.url == "http://127.0.0.1:9/mcp/final"' "$FILE" >/dev/null || fail "kfinal missing"
stray=$(ls -A "$HOME/.cursor" | grep -v '^mcp.json$' || true)
[ -z "$stray" ] && echo "ok: $left temp file(s) left by killed runs were cleaned up by the next run" || fail "left in ~/.cursor: $stray"
echo "rounds=$ROUNDS killed-mid-run=$killed_mid finished-before-kill=$completed"
[ "$fails" = 0 ] && echo "PASS: every kill -9 left the old or the new file; the next connect succeeded" || exit 1
