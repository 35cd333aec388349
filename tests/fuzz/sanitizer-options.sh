# Sourced by run.sh and long.sh: the ASan/UBSan options every fuzz run uses (unless the
# caller set its own). Every finding still stops the run: halt_on_error, leaks checked.
# Two settings are about speed, not about what is detected:
#  - quarantine_size_mb=16 (ASan's default is 256): freed memory waits in quarantine so a
#    use-after-free is caught; one input frees far less than 16 MB, so a use after free
#    within an input is still caught. With 256 MB every allocation of a run's first
#    ~100,000 inputs touched fresh pages (page faults and ASan's malloc fill were about a
#    third of the CPU), and each process held ~250 MB instead of ~90 MB.
#  - malloc_context_size=8 (default 30): how many frames of the allocation and free stacks
#    are recorded for a report. A finding is re-run from its saved input with the full
#    depth (ASAN_OPTIONS=malloc_context_size=30 build-fuzz/tests/fuzz/TARGET crash-FILE).
# Together: about 1.8x the executions per CPU second (fuzz_jsonrpc, 40,000 runs, same seed).
export ASAN_OPTIONS="${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:quarantine_size_mb=16:malloc_context_size=8}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
