#!/usr/bin/env bash
# Profiles in and out through the CLI, in a temp HOME: `servers export` leaves out every
# planted secret; `servers import` round-trips into a fresh HOME, refuses a bad file with
# a specific error and changes nothing, handles duplicates (skip / rename / replace);
# `servers import-clients` lists and imports what Cursor, Claude Desktop (an mcp-remote
# bridge) and VS Code already have, without touching their files.
source "$(dirname "$0")/../interop/lib.sh"
TOKEN="sk-PLANTED-e2e-5d1c9b7a"

run_cli 0 servers add acme "https://mcp.acme.example/mcp?api_key=$TOKEN&region=eu"
run_cli 0 servers add tools --stdio -- my-server --token "$TOKEN" --verbose
run_cli 0 servers add plain https://plain.example/mcp --auth none
run_cli 0 servers export "$TEST_TMP/servers.json" --json
assert_eq "$(json_get "$OUT" d.count)" 3 "exported count"
grep -q "$TOKEN" "$TEST_TMP/servers.json" && fail "the planted token is in the export"
grep -q '"schemaVersion": 1' "$TEST_TMP/servers.json" || fail "no schema version"
assert_contains "$(cat "$TEST_TMP/servers.json")" "region=eu" "harmless query kept"
assert_contains "$ERR" "Left out" "secrets named on stderr"
pass "export without secrets"

run_cli 0 servers export # to stdout: the same document
assert_contains "$OUT" '"format": "mcp-connect-profiles"' "export to stdout"
assert_not_contains "$OUT" "$TOKEN" "stdout export without token"

# A bad file: specific error, exit code of a parse error, nothing changed.
cp "$XDG_CONFIG_HOME/mcp-connect/profiles.json" "$TEST_TMP/before.json"
printf '{"format":"mcp-connect-profiles","schemaVersion":1,"profiles":[{"name":"ok","url":"https://a.example/"},{"name":"x","url":"ftp://b.example/"}]}' >"$TEST_TMP/bad.json"
set +e; "$MCPC_CLI" servers import "$TEST_TMP/bad.json" >"$TEST_TMP/out" 2>"$TEST_TMP/err"; rc=$?; set -e
[ "$rc" != 0 ] || fail "a bad file was accepted"
assert_contains "$(cat "$TEST_TMP/err")" "Profile 2" "error names the profile"
cmp -s "$TEST_TMP/before.json" "$XDG_CONFIG_HOME/mcp-connect/profiles.json" || fail "a refused import changed the profiles"
run_cli 1 servers import "$TEST_TMP/servers.json" --on-duplicate maybe
pass "bad input refused, nothing changed"

# Duplicates in the same HOME: identical ones are skipped, replace keeps the name.
run_cli 0 servers import "$TEST_TMP/servers.json" --dry-run --json
assert_eq "$(json_get "$OUT" 'd.items.map(i=>i.conflict).join(",")')" "same-name,same-name,identical" "conflicts (the exported ones carry REDACTED)"
run_cli 0 servers import "$TEST_TMP/servers.json" --on-duplicate rename --json
assert_eq "$(json_get "$OUT" 'd.added.join(",")')" "acme-2,tools-2,plain-2" "renamed"
run_cli 0 servers import "$TEST_TMP/servers.json" --on-duplicate skip --json
assert_eq "$(json_get "$OUT" 'd.added.length')" 0 "skip adds nothing"
pass "duplicates"

# Round trip into a fresh HOME.
export HOME="$TEST_TMP/home2" XDG_CONFIG_HOME="$TEST_TMP/home2/.config" XDG_DATA_HOME="$TEST_TMP/home2/.local/share"
mkdir -p "$HOME"
run_cli 0 servers import "$TEST_TMP/servers.json" --json
assert_eq "$(json_get "$OUT" 'd.added.join(",")')" "acme,tools,plain" "round trip"
run_cli 0 servers show tools --json
assert_eq "$(json_get "$OUT" 'd.args.join(" ")')" "--token REDACTED --verbose" "stdio args without the token"
pass "round trip"

# Import from the AI clients on this (temp) computer.
mkdir -p "$HOME/.cursor" "$XDG_CONFIG_HOME/Claude" "$XDG_CONFIG_HOME/Code/User"
printf '{"mcpServers":{"linear":{"url":"https://mcp.linear.example/mcp","headers":{"Authorization":"Bearer %s"}},"acme":{"url":"https://mcp.acme.example/mcp?api_key=REDACTED&region=eu"}}}' "$TOKEN" >"$HOME/.cursor/mcp.json"
printf '{"mcpServers":{"notion":{"command":"npx","args":["-y","mcp-remote@0.15.1","https://mcp.notion.example/mcp"]},"odd":{"foo":1}}}' >"$XDG_CONFIG_HOME/Claude/claude_desktop_config.json"
printf '{\n  // comment\n  "servers": {"linear-vs": {"type": "http", "url": "https://mcp.linear.example/mcp"}}\n}\n' >"$XDG_CONFIG_HOME/Code/User/mcp.json"
cursor_before=$(sha256sum "$HOME/.cursor/mcp.json")
run_cli 0 servers import-clients --json
assert_eq "$(json_get "$OUT" 'd.dryRun')" true "listing alone changes nothing"
assert_eq "$(json_get "$OUT" 'd.items.find(i=>i.name=="linear").sources.join(",")')" "Cursor,VS Code" "one server, two clients"
assert_eq "$(json_get "$OUT" 'd.items.find(i=>i.name=="acme").conflict')" "identical" "dedupe against saved"
assert_eq "$(json_get "$OUT" 'd.items.find(i=>i.name=="notion").target')" "https://mcp.notion.example/mcp" "bridge mapped to its URL"
assert_eq "$(json_get "$OUT" 'd.items.find(i=>i.name=="odd").importable')" false "not importable"
assert_not_contains "$OUT" "$TOKEN" "no client secret in the listing"
run_cli 1 servers import-clients --pick odd
run_cli 0 servers import-clients --pick linear --pick notion --json
assert_eq "$(json_get "$OUT" 'd.added.join(",")')" "linear,notion" "picked ones imported"
run_cli 0 servers list --json
assert_not_contains "$OUT" "$TOKEN" "no secret saved"
[ "$(sha256sum "$HOME/.cursor/mcp.json")" = "$cursor_before" ] || fail "a client file was changed"
pass "import from clients"
