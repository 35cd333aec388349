#!/usr/bin/env bash
# README command 1, as a person would see it: `mcp-connect --demo` opens a real window
# (under the test environment's Xvfb), shows the built-in demo server Up with its user
# data, is reachable by the CLI through the same profile, draws something (screenshot
# not blank), and quits cleanly on SIGTERM, removing its session profile.
set -euo pipefail
: "${MCPC_GUI:?run through ctest}" "${MCPC_CLI:?run through ctest}"
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [ -z "${DISPLAY:-}" ]; then
  exec "$here/../support/test-env.sh" bash "$0" "$@"
fi
command -v import >/dev/null || { echo "FAIL: ImageMagick (import) is not installed" >&2; exit 1; }

tmp=$(mktemp -d /tmp/mcpc-gui-demo.XXXXXX)
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share"
export MCPC_SECRET_STORE=memory
mkdir -p "$HOME"
[ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
gui=""
cleanup() {
  [ -n "$gui" ] && kill -9 "$gui" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() {
  echo "FAIL: $*" >&2
  echo "--- app stderr:" >&2
  cat "$tmp/err" >&2 || true
  exit 1
}

"$MCPC_GUI" --demo --print-ready >"$tmp/out" 2>"$tmp/err" &
gui=$!
for _ in $(seq 300); do
  grep -q '"ready":true' "$tmp/out" 2>/dev/null && break
  kill -0 "$gui" 2>/dev/null || fail "the app exited before it was ready"
  sleep 0.2
done
grep -q '"ready":true' "$tmp/out" || fail "no ready line within 60 s"
url=$(sed -n 's/.*"url":"\([^"]*\)".*/\1/p' "$tmp/out" | head -1)
profile=$(sed -n 's/.*"profile":"\([^"]*\)".*/\1/p' "$tmp/out" | head -1)
[ -n "$url" ] || fail "no demo URL in: $(cat "$tmp/out")"
echo "ok: ready, demo server at $url as profile '$profile'"

# The CLI sees what the window shows: the same profile, the same server.
cli_out=$("$MCPC_CLI" user-data "$profile") || fail "CLI user-data $profile failed: $cli_out"
grep -q '^First Name: Ada$' <<<"$cli_out" || fail "unexpected user data: $cli_out"
echo "ok: CLI reads the same demo server through profile '$profile'"

# Something is drawn: a blank (single-colour) screen has a standard deviation of 0.
sleep 0.5
import -window root "$tmp/shot.png" || fail "screenshot failed"
dev=$(identify -format '%[fx:standard_deviation]' "$tmp/shot.png")
awk -v d="$dev" 'BEGIN { exit !(d > 0.05) }' || fail "the screen looks blank (standard deviation $dev)"
[ -n "${MCPC_BUILD:-}" ] && cp "$tmp/shot.png" "$MCPC_BUILD/gui-demo.png" 2>/dev/null || true
echo "ok: screenshot is not blank (standard deviation $dev)"

kill -TERM "$gui"
for _ in $(seq 100); do kill -0 "$gui" 2>/dev/null || break; sleep 0.1; done
kill -0 "$gui" 2>/dev/null && fail "the app did not quit within 10 s of SIGTERM"
wait "$gui" && status=0 || status=$?
gui=""
[ "$status" -eq 0 ] || fail "the app exited with $status"
if grep -q "\"name\": \"$profile\"" "$XDG_CONFIG_HOME/mcp-connect/profiles.json" 2>/dev/null; then
  fail "the session's demo profile was left behind"
fi
echo "ok: quit cleanly on SIGTERM and removed the session profile"
echo "1 passed, 0 failed"
