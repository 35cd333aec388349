#!/usr/bin/env bash
# A client config on a full file system (issue 10, fault injection): ~/.cursor is a small
# tmpfs filled to the last byte, then `connect cursor` runs. It must fail with exit 5 and
# a message naming the file and the cause, leave mcp.json byte for byte as it was and no
# temp file behind, and succeed once there is room again. The tmpfs is mounted in a
# private mount namespace (`unshare -rm`, no root needed where user namespaces are on).
if [ "${MCPC_IN_MOUNT_NS:-}" != 1 ]; then
  unshare -rm true 2>/dev/null || { echo "FAIL: cannot create a private mount namespace (unshare -rm)" >&2; exit 1; }
  MCPC_IN_MOUNT_NS=1 exec unshare -rm bash "$0" "$@"
fi
source "$(dirname "$0")/lib.sh"
mkdir -p "$HOME/.cursor"
mount -t tmpfs -o size=256k,mode=0755 tmpfs "$HOME/.cursor"
trap 'umount "$HOME/.cursor" 2>/dev/null || true; cleanup' EXIT
FILE="$HOME/.cursor/mcp.json"
cat >"$FILE" <<'EOF'
{
  "mcpServers": {
    "mine":   { "url": "http://127.0.0.1:9/mine",    "note": "hand-written, odd spacing: not one byte may change" }
  }
}
EOF
cp "$FILE" "$TEST_TMP/original.json"
run_cli 0 servers add full "http://127.0.0.1:9/mcp"
# Fill the file system: the last write fails with ENOSPC.
dd if=/dev/zero of="$HOME/.cursor/filler" bs=4k 2>/dev/null || true
[ "$(df --output=avail "$HOME/.cursor" | tail -1 | tr -d ' ')" = 0 ] || fail "the tmpfs is not full: $(df "$HOME/.cursor")"

set +e
timeout 60 "$MCPC_CLI" connect cursor full >"$TEST_TMP/out" 2>"$TEST_TMP/err"
rc=$?
set -e
ERR=$(cat "$TEST_TMP/err")
[ "$rc" != 124 ] || fail "connect hung on a full file system"
assert_eq "$rc" 5 "connect on a full file system (stderr: $ERR)"
assert_contains "$ERR" "mcp.json" "the message names the file"
assert_contains "$ERR" "No space left on device" "the message names the cause"
cmp -s "$FILE" "$TEST_TMP/original.json" || { diff "$TEST_TMP/original.json" "$FILE" | head; fail "mcp.json changed"; }
leftover=$(find "$HOME/.cursor" -mindepth 1 -not -name mcp.json -not -name filler)
[ -z "$leftover" ] || fail "left behind: $leftover"
pass "full file system: exit 5, '$(head -1 <<<"$ERR")', mcp.json byte for byte unchanged, no temp file left"

rm "$HOME/.cursor/filler"
run_cli 0 connect cursor full
jq -e '.mcpServers.full and .mcpServers.mine.note' "$FILE" >/dev/null ||
  fail "after freeing space the entry is not there: $(cat "$FILE")"
pass "with room again, connect writes the entry and keeps the user's"
