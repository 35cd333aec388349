#!/usr/bin/env bash
# Builds the libFuzzer targets (MCPC_FUZZ=ON, clang 14, ASan+UBSan) in their own build
# directory and runs each one for a fixed number of executions over its seed corpus.
# A fixed count, not a time budget, so a slow machine runs the same test, only slower.
# Exits non-zero on the first finding; the input that triggered it is kept in
# $MCPC_FUZZ_BUILD_DIR/findings/ and its path printed.
#   tests/fuzz/run.sh [RUNS [TARGET...]]     (RUNS defaults to $MCPC_FUZZ_RUNS or 20000)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build="${MCPC_FUZZ_BUILD_DIR:-$root/build-fuzz}"
runs="${1:-${MCPC_FUZZ_RUNS:-20000}}"
shift || true

export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}" CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
if [[ ! -f "$build/CMakeCache.txt" ]]; then
    CC=clang-14 CXX=clang++-14 cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DMCPC_FUZZ=ON -DMCPC_BUILD_GUI=OFF -DMCPC_BUILD_TESTS=OFF -DMCPC_WERROR=ON >/dev/null
fi
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
    for src in "$root"/tests/fuzz/fuzz_*.cpp; do targets+=("$(basename "$src" .cpp)"); done
fi
nice -n 10 ninja -C "$build" -j"${MCPC_FUZZ_JOBS:-$(nproc)}" "${targets[@]}"

# libFuzzer options shared with long.sh.
source "$root/tests/fuzz/sanitizer-options.sh"
findings="$build/findings"
mkdir -p "$findings"
failed=0
for t in "${targets[@]}"; do
    scratch=$(mktemp -d)
    log="$build/$t.log"
    if "$build/tests/fuzz/$t" -runs="$runs" -seed=1 -max_len=8192 -reload=0 -timeout=20 -rss_limit_mb=2048 \
            -print_final_stats=1 -artifact_prefix="$findings/$t-" \
            "$scratch" "$root/tests/fuzz/corpus/$t" >"$log" 2>&1; then
        execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
        echo "PASS $t ($execs executions)"
    else
        echo "FAIL $t: see $log"
        grep -E "^(==[0-9]+==ERROR|SUMMARY|property failed|.*runtime error)|Test unit written" "$log" | head -5 || true
        failed=1
    fi
    rm -rf "$scratch"
done
exit "$failed"
