#!/usr/bin/env bash
# The official conformance suite's client scenarios for the transport and lifecycle.
source "$(dirname "$0")/lib.sh"
run_client_scenarios initialize tools_call
# Alone: it checks the reconnect delay against the server's retry value, which a busy
# machine could stretch.
run_client_scenario sse-retry
