#!/usr/bin/env bash
# The keyring daemon killed mid-operation (issue 10, fault injection). On a private D-Bus
# session with its own gnome-keyring (never the test environment's shared one): sign in
# (tokens in the keyring), then freeze the daemon, start a CLI run that needs the token,
# and kill the daemon with SIGKILL while the run waits on it. The run must end with a clear
# message (no crash, no hang past its guard); after a fresh daemon is unlocked, the stored
# sign-in still works.
source "$(dirname "$0")/../interop/lib.sh"
HERE="$(cd "$(dirname "$0")/../interop" && pwd)"
if [ "${MCPC_PRIVATE_BUS:-}" != 1 ]; then
  MCPC_PRIVATE_BUS=1 exec dbus-run-session -- bash "$0" "$@"
fi
export MCPC_SECRET_STORE=keychain
export XDG_DATA_HOME="$TEST_TMP/data" XDG_RUNTIME_DIR="$TEST_TMP/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
start_keyring() {
  eval "$(printf 'mcpc-keyring-killed' | gnome-keyring-daemon --unlock --components=secrets)"
  KEYRING_PID=$GNOME_KEYRING_PID
  PIDS+=("$KEYRING_PID")
}
start_keyring

portfile="$TEST_TMP/fault.port"
"$NODE22" "$HERE/fault_server.mjs" "$portfile" >"$TEST_TMP/fault.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 150); do [ -s "$portfile" ] && break; sleep 0.1; done
[ -s "$portfile" ] || fail "fault server did not start"
URL="http://127.0.0.1:$(cat "$portfile")/auth/mcp"

run_cli 0 servers add kr "$URL"
run_cli 0 login kr --browser http
run_cli 0 call kr echo
pass "signed in with the tokens in the keyring"

# Frozen: the run's keyring request gets no answer; then the daemon dies under it.
dbus-monitor --session "destination='org.freedesktop.secrets'" >"$TEST_TMP/bus.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 100); do grep -q 'member=NameAcquired\|signal' "$TEST_TMP/bus.log" && break; sleep 0.1; done
kill -STOP "$KEYRING_PID"
"$MCPC_CLI" call kr echo --no-login >"$TEST_TMP/killed.out" 2>"$TEST_TMP/killed.err" &
cli=$!
# Wait (on a condition, not a time) until the run's request to the keyring is on the bus.
for _ in $(seq 300); do grep -q 'org.freedesktop.Secret' "$TEST_TMP/bus.log" && break; sleep 0.1; done
grep -q 'org.freedesktop.Secret' "$TEST_TMP/bus.log" || fail "the CLI never asked the keyring: $(cat "$TEST_TMP/killed.err")"
kill -9 "$KEYRING_PID"
set +e
for _ in $(seq 900); do kill -0 "$cli" 2>/dev/null || break; sleep 0.1; done
kill -0 "$cli" 2>/dev/null && { kill -9 "$cli"; fail "the CLI hung after the keyring died"; }
wait "$cli"; rc=$?
set -e
ERR=$(cat "$TEST_TMP/killed.err")
[ "$rc" -lt 128 ] || fail "the CLI died from signal $((rc - 128)): $ERR"
if [ "$rc" != 0 ]; then
  assert_contains "$ERR" "keyring" "the message names the keyring (exit $rc)"
fi
pass "keyring killed mid-operation: exit $rc, '$(head -1 <<<"$ERR")'"

start_keyring
run_cli 0 call kr echo --no-login
assert_contains "$OUT" "fine" "after the keyring came back"
pass "with a fresh keyring daemon the stored sign-in works again"
