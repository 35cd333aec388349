#!/usr/bin/env bash
# The long fuzz run for the README: each target to at least RUNS executions (default
# 10,000,000), then a Markdown table of target, executions and findings. Not part of
# .ci/run (hours on a 2-core machine); run.sh is the short CI version of the same thing.
#   tests/fuzz/long.sh [RUNS [TARGET...]]
# MCPC_FUZZ_MAX_TIME=SECONDS stops each target early (libFuzzer -max_total_time): the
# table then shows the executions actually reached, for an honest partial result.
# New coverage found during the run is kept in $MCPC_FUZZ_BUILD_DIR/long-corpus/<target>.
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

export ASAN_OPTIONS="${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
rows=()
status=0
for t in "${targets[@]}"; do
    corpus="$build/long-corpus/$t"
    mkdir -p "$corpus" "$build/findings"
    log="$build/$t.long.log"
    start=$(date +%s)
    "$build/tests/fuzz/$t" -runs="$runs" -max_total_time="${MCPC_FUZZ_MAX_TIME:-0}" -max_len=8192 -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$build/findings/$t-" "$corpus" "$root/tests/fuzz/corpus/$t" >"$log" 2>&1
    rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    if [[ -z "$execs" ]]; then # a crash ends the run before the final stats
        execs=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
    fi
    found=$([[ $rc -eq 0 ]] && echo 0 || echo 1)
    [[ $rc -eq 0 ]] || status=1
    rows+=("| \`$t\` | ${execs:-0} | $found | $(( $(date +%s) - start )) s |")
    echo "${rows[-1]}" >&2
done
echo "| Target | Executions | Findings | Wall time |"
echo "|---|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
exit "$status"
