#!/usr/bin/env bash
# The README's per-client compatibility table is generated from core/compat/rules/*.json:
# it must match them (tools/compat-rules-table.py --write README.md regenerates it).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
python3 "$root/tools/compat-rules-table.py" --check "$root/README.md"
# And the check can fail: a changed rule file makes the README stale.
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/tools" "$tmp/core/compat/rules"
cp "$root/tools/compat-rules-table.py" "$tmp/tools/"
cp "$root"/core/compat/rules/*.json "$tmp/core/compat/rules/"
sed -i 's/"max": 40/"max": 41/' "$tmp/core/compat/rules/cursor.json"
if python3 "$tmp/tools/compat-rules-table.py" --check "$root/README.md" 2>/dev/null; then
  echo "FAIL: a changed rule file was not noticed" >&2; exit 1
fi
echo "ok: README compatibility table matches the rule files"
