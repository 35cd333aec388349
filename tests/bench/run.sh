#!/usr/bin/env bash
# Benchmarks (never part of ctest). Usage: tests/bench/run.sh BUILD_DIR PEERS_DIR
# Each bench_* script or executable prints its own report; see README "Performance".
set -uo pipefail
build=${1:?build dir}; peers=${2:?peers dir}
here=$(cd "$(dirname "$0")" && pwd)
status=0
for exe in "$build"/tests/bench_*; do
  [ -f "$exe" ] && [ -x "$exe" ] || continue  # skip the *_autogen folders AUTOMOC makes
  echo "== $(basename "$exe")"; "$exe" || status=1
done
for script in "$here"/bench_*.sh; do
  [ -f "$script" ] || continue
  echo "== $(basename "$script")"; bash "$script" "$build" "$peers" || status=1
done
exit $status
