#!/usr/bin/env bash
# `load` end to end: against the demo server (modern era, stateless requests; and legacy
# with one session per worker) and the real server-everything (legacy sessions):
# --requests 200 --concurrency 20 --json gives 200 ok, 0 errors and ordered percentiles;
# a tool that answers isError is counted as such; bad values and a target on another
# machine are refused before anything is sent.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/../e2e/demolib.sh"
require_peers

# check_run WHAT: the --json report in $OUT has 200 requests, all ok, sane percentiles.
check_run() {
  assert_eq "$(json_get "$OUT" "d.requests")" 200 "$1: requests"
  assert_eq "$(json_get "$OUT" "d.ok")" 200 "$1: ok"
  assert_eq "$(json_get "$OUT" "d.errors")" 0 "$1: errors"
  assert_eq "$(json_get "$OUT" "d.toolErrors")" 0 "$1: isError"
  assert_eq "$(json_get "$OUT" "d.concurrency")" 20 "$1: concurrency"
  assert_eq "$(json_get "$OUT" "((l) => l.min<=l.p50 && l.p50<=l.p90 && l.p90<=l.p99 && l.p99<=l.max && l.max>0)(d.latencyMs)")" true "$1: p50 <= p90 <= p99 <= max"
  assert_eq "$(json_get "$OUT" "d.throughput > 0")" true "$1: throughput"
}

start_demo demo --no-auth
run_cli 0 load "$DEMO_URL" echo --args '{"message":"hi"}' --requests 200 --concurrency 20 --json
check_run "demo (modern)"
assert_eq "$(json_get "$OUT" "d.era")" modern "the demo answers in the modern era"
assert_eq "$(json_get "$OUT" "d.sessions")" 1 "modern: stateless requests, no sessions"
pass "demo, modern era: 200 ok, 0 errors, ordered percentiles"

run_cli 0 load "$DEMO_URL" echo --args '{"message":"hi"}' --requests 200 --concurrency 20 --protocol-era legacy --json
check_run "demo (legacy)"
assert_eq "$(json_get "$OUT" "d.era")" legacy "forced legacy"
assert_eq "$(json_get "$OUT" "d.sessions")" 20 "legacy: one session per worker"
pass "demo, legacy era: 20 sessions, 200 ok"

run_cli 0 load "$DEMO_URL" fail --requests 30 --concurrency 5 --json
assert_eq "$(json_get "$OUT" "d.toolErrors")" 30 "isError results are counted"
assert_eq "$(json_get "$OUT" "d.ok")" 0 "and not as ok"
assert_eq "$(json_get "$OUT" "d.errors")" 0 "and not as transport errors"
assert_eq "$(json_get "$OUT" "d.errorRate")" 1 "error rate includes isError"
run_cli 0 load "$DEMO_URL" fail --requests 30 --concurrency 5
assert_contains "$OUT" "isError:     30" "text report names the isError count"
assert_contains "$OUT" "Latency:     p50" "text report has the percentiles"
pass "a tool answering isError is counted as such"

run_cli 4 load "$DEMO_URL" no-such-tool --requests 5
assert_contains "$ERR" "no tool named 'no-such-tool'" "unknown tool"
run_cli 1 load "$DEMO_URL" echo --concurrency 0 --requests 5
assert_contains "$ERR" "--concurrency must be" "concurrency 0"
run_cli 1 load "$DEMO_URL" echo --concurrency 5
assert_contains "$ERR" "--duration SECONDS or --requests N" "no limit given"
run_cli 1 load "$DEMO_URL" echo --requests 5 --rate abc
assert_contains "$ERR" "--rate must be a number" "bad rate"
run_cli 1 load "$DEMO_URL" echo --requests 5 --args '[1]'
assert_contains "$ERR" "--args must be a JSON object" "bad args"
pass "bad values: exit 1 with the option named"

# Another machine: refused without --yes (no terminal to ask), capped even with it.
# Nothing is sent: the host does not even resolve.
remote=https://load-target.invalid/mcp
run_cli 1 load "$remote" echo --requests 5
assert_contains "$ERR" "Refusing to load-test $remote: it is not on this machine." "refusal message"
assert_contains "$ERR" "pass --yes" "refusal names the way out"
run_cli 1 load "$remote" echo --requests 5 --concurrency 50 --yes
assert_contains "$ERR" "--concurrency is at most 20 for a server on another machine" "cap on concurrency"
run_cli 1 load "$remote" echo --duration 120 --yes
assert_contains "$ERR" "--duration is at most 60 s" "cap on duration"
run_cli 2 load "$remote" echo --requests 5 --yes
pass "a target on another machine: exit 1 without --yes, hard caps with it"

port=$(free_port)
start_everything streamableHttp "$port"
url="http://127.0.0.1:$port/mcp"
run_cli 0 load "$url" echo --args '{"message":"hi"}' --requests 200 --concurrency 20 --json
check_run "server-everything"
assert_eq "$(json_get "$OUT" "d.era")" legacy "server-everything is a 2025 server"
assert_eq "$(json_get "$OUT" "d.sessions")" 20 "one session per worker"
pass "server-everything: 200 ok over 20 sessions"
