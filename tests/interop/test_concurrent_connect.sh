#!/usr/bin/env bash
# Concurrent writers (issue 10): 50 `mcp-connect-cli connect cursor PROFILE` runs started at
# once on one ~/.cursor/mcp.json, while a foreign writer (foreign_writer.py, playing Cursor
# saving a setting) makes 1,000 edits of an unrelated key during them. Our runs serialise
# on MCP Connect's edit lock (in our data folder, next to the backups); the foreign edits
# are handled by the compare-and-swap retry. Expect: every run exits 0, all 50 entries are
# there, the file parses, the foreign key holds its last value, nothing is left in Cursor's
# folder, and `undo` walks the backup chain back one connect at a time.
set -euo pipefail
: "${MCPC_CLI:?set by ctest}"
N=${MCPC_CONCURRENT_CONNECTS:-50}
EDITS=${MCPC_FOREIGN_EDITS:-1000}
KEEP=10 # backups kept per file (BackupStore)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home"
unset XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME || true
mkdir -p "$HOME/.cursor"
FILE="$HOME/.cursor/mcp.json"
fails=0
fail() { echo "FAIL: $*" >&2; fails=$((fails + 1)); }
ok() { echo "ok: $*"; }

printf '{\n  "foreignCounter": "000000",\n  "mcpServers": {}\n}\n' >"$FILE"
for i in $(seq 1 "$N"); do
  "$MCPC_CLI" servers add "s$i" "http://127.0.0.1:9/mcp/$i" >/dev/null
done

python3 "$MCPC_TESTS/interop/foreign_writer.py" "$FILE" "$EDITS" "$N" >"$work/foreign.out" 2>"$work/foreign.err" &
foreign=$!
start=$(date +%s%N)
pids=()
for i in $(seq 1 "$N"); do
  "$MCPC_CLI" connect cursor "s$i" >"$work/out.$i" 2>"$work/err.$i" &
  pids+=($!)
done
bad=0
for i in $(seq 1 "$N"); do
  if ! wait "${pids[$((i - 1))]}"; then
    bad=$((bad + 1))
    echo "connect s$i: $(cat "$work/err.$i")" >&2
  fi
done
elapsed=$((($(date +%s%N) - start) / 1000000))
[ "$bad" = 0 ] && ok "all $N concurrent connects exited 0 (${elapsed} ms)" || fail "$bad of $N connects failed"
if wait "$foreign"; then ok "foreign writer: $(cat "$work/foreign.out")"; else fail "foreign writer: $(cat "$work/foreign.err")"; fi

# One python3 for all checks of the final file (its start-up is slow on a loaded machine).
check() { python3 "$MCPC_TESTS/interop/check_concurrent_connect.py" "$@"; }
if check final "$FILE" "$N" "$(printf '%06d' "$EDITS")"; then ok "file parses; all $N entries with their URLs; foreign key at its last value"
else fail "final file check"; fi
stray=$(ls -A "$HOME/.cursor" | grep -v '^mcp.json$' || true)
[ -z "$stray" ] && ok "nothing of ours in ~/.cursor" || fail "left in ~/.cursor: $stray"
lock="$HOME/.local/share/mcp-connect/backups/edit.lock"
[ -f "$lock" ] && ok "the edit lock lives next to our backups" || fail "no edit lock at $lock"

# The backup chain: each undo takes back exactly one connect (the newest first). --force
# because the foreign writer changed the file after our last write; its edits are not ours
# to keep or refuse over.
for j in $(seq 1 "$KEEP"); do
  if ! "$MCPC_CLI" undo cursor --force >"$work/after-undo.$j.out" 2>&1; then
    fail "undo $j: $(cat "$work/after-undo.$j.out")"; break
  fi
  cp "$FILE" "$work/after-undo.$j"
done
if [ "$fails" = 0 ] && check chain "$work/after-undo" "$N" "$KEEP"; then ok "undo walked $KEEP backups back, one connect each"
else fail "backup chain check"; fi
if "$MCPC_CLI" undo cursor >"$work/undo.end" 2>&1; then
  fail "an undo past the kept backups succeeded"
else
  grep -q "Nothing to undo" "$work/undo.end" && ok "then: $(head -1 "$work/undo.end")" || fail "unexpected: $(cat "$work/undo.end")"
fi

[ "$fails" = 0 ] && echo "PASS: $N concurrent connects + $EDITS foreign edits" || { echo "$fails failure(s)"; exit 1; }
