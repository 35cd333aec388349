#!/usr/bin/env bash
# @modelcontextprotocol/conformance 0.1.16: every client scenario it lists except auth/*
# (test_client_auth.sh), through client-adapter.sh. expected-failures.txt says what is
# left out or allowed, and why.
source "$(dirname "$0")/lib.sh"
mapfile -t scenarios < <(listed_scenarios client '^[^a]|^a[^u]' | grep -v '^sse-retry ')
[ "${#scenarios[@]}" -ge 2 ] || fail "expected the suite's client scenarios, got ${#scenarios[@]}"
print_left_out client
run_client_scenarios "${scenarios[@]}"
# Alone: it checks the reconnect delay against the server's retry value, which a busy
# machine could stretch.
run_client_scenario sse-retry
