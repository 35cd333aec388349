#!/usr/bin/env bash
# Refresh the translation sources from the code: every tr() in ui/ and app/gui/ lands in
# resources/translations/*.ts (English is the source language; other languages are added by
# copying mcp-connect_en.ts to mcp-connect_<lang>.ts and translating it in Qt Linguist).
# Locations are left out on purpose: line numbers would make every edit touch the .ts files.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
lupdate="${LUPDATE:-$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}"
cd "$root"
for ts in resources/translations/mcp-connect_*.ts; do
  lang="${ts##*_}"; lang="${lang%.ts}"
  "$lupdate" -silent -locations none -no-obsolete -source-language en -target-language "$lang" \
    ui app/gui -ts "$ts"
done
