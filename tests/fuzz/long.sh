#!/usr/bin/env bash
# The long fuzz run for the README: each target to at least RUNS executions (default
# 10,000,000), then a Markdown table of target, executions and findings. Not part of
# .ci/run (hours on a 2-core machine); run.sh is the short CI version of the same thing.
#   tests/fuzz/long.sh [RUNS [TARGET...]]
# MCPC_FUZZ_MAX_TIME=SECONDS stops each target early (libFuzzer -max_total_time): the
# table then shows the executions actually reached, for an honest partial result.
# New coverage found during the run is kept in $MCPC_FUZZ_BUILD_DIR/long-corpus/<target>.
# MCPC_FUZZ_PARALLEL=N runs N targets at once (default 1); each is a single-threaded
# process, so on a shared machine run this under `nice -n 19`.
# -timeout: libFuzzer measures it on the wall clock, and a nice 19 process on a busy
# machine can wait that long for the CPU. At 20 s two runs "found" timeouts on inputs that
# take 25 ms and 12 ms when re-run (2026-12-04, load 8-12); 300 s still catches a hang.
# -reload=0: libFuzzer's default re-reads the whole corpus directory every second to pick
# up inputs from sibling jobs; there are none (one process per corpus), and on a busy
# machine, where a nice 19 process gets a few ms of CPU per second, that re-read took a
# large share of it (12 % of the CPU with 700 corpus files even when not starved).
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build="${MCPC_FUZZ_BUILD_DIR:-$root/build-fuzz}"
runs="${1:-10000000}"
shift || true
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
    for src in "$root"/tests/fuzz/fuzz_*.cpp; do targets+=("$(basename "$src" .cpp)"); done
fi
"$root/tests/fuzz/run.sh" 1 "${targets[@]}" >/dev/null || { echo "build or smoke run failed" >&2; exit 1; }

# The long run records no allocation stacks (malloc_context_size=0): storing them was a
# fifth of fuzz_urls' CPU (perf: StackDepot::Put 22 %), 1.33x the executions per CPU
# second without (40,000 runs, same seed: 5.7 s against 7.6 s). Every finding is still
# caught and its input saved; re-run it with the full stacks for the report:
#   ASAN_OPTIONS=malloc_context_size=30 build-fuzz/tests/fuzz/TARGET findings/TARGET-crash-...
export ASAN_OPTIONS="${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:quarantine_size_mb=16:malloc_context_size=0}"
source "$root/tests/fuzz/sanitizer-options.sh"
mkdir -p "$build/findings"

# fuzz_one TARGET: one long run; its table row goes to $build/TARGET.long.row.
fuzz_one() {
    local t=$1 corpus="$build/long-corpus/$1" log="$build/$1.long.log" start rc execs found
    mkdir -p "$corpus"
    start=$(date +%s)
    "$build/tests/fuzz/$t" -runs="$runs" -max_total_time="${MCPC_FUZZ_MAX_TIME:-0}" -max_len=8192 -reload=0 -timeout="${MCPC_FUZZ_TIMEOUT:-300}" -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$build/findings/$t-" "$corpus" "$root/tests/fuzz/corpus/$t" >"$log" 2>&1
    rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    if [[ -z "$execs" ]]; then # a crash ends the run before the final stats
        execs=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
    fi
    # 72 is libFuzzer's exit code for Ctrl+C/SIGINT: stopped by hand, not a finding.
    found=$([[ $rc -eq 0 || $rc -eq 72 ]] && echo 0 || echo 1)
    [[ $rc -eq 72 ]] && rc=0 && execs="${execs:-0} (interrupted)"
    echo "| \`$t\` | ${execs:-0} | $found | $(( $(date +%s) - start )) s |" >"$build/$t.long.row"
    cat "$build/$t.long.row" >&2
    return "$rc"
}

status=0
running=0
for t in "${targets[@]}"; do
    rm -f "$build/$t.long.row"
    fuzz_one "$t" &
    if (( ++running >= ${MCPC_FUZZ_PARALLEL:-1} )); then
        wait -n || status=1
        running=$((running - 1))
    fi
done
while (( running > 0 )); do
    wait -n || status=1
    running=$((running - 1))
done
echo "| Target | Executions | Findings | Wall time |"
echo "|---|---:|---:|---:|"
for t in "${targets[@]}"; do cat "$build/$t.long.row"; done
exit "$status"
