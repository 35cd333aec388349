#!/usr/bin/env bash
# The official conformance suite's client scenarios for the transport and lifecycle.
source "$(dirname "$0")/lib.sh"
for s in initialize tools_call sse-retry; do
  run_client_scenario "$s"
done
