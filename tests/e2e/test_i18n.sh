#!/usr/bin/env bash
# The app's text is translatable: every user-visible string in ui/ and app/gui/ goes through
# tr() (tools/i18n-tr.py --check), the English .ts is what lupdate makes from the code today
# (tools/update-translations.sh refreshes it), and lrelease compiles it.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
lrelease=$(command -v lrelease || echo /usr/lib/qt6/bin/lrelease)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

python3 "$root/tools/i18n-tr.py" --check

ts="$root/resources/translations/mcp-connect_en.ts"
cp "$ts" "$tmp/en.ts"
(cd "$root" && "$lupdate" -silent -locations none -no-obsolete -source-language en -target-language en \
  ui app/gui -ts "$tmp/en.ts")
if ! diff -u "$ts" "$tmp/en.ts" > "$tmp/diff"; then
  head -40 "$tmp/diff" >&2
  echo "FAIL: resources/translations/mcp-connect_en.ts is stale; run tools/update-translations.sh" >&2
  exit 1
fi
messages=$(grep -c '<message>' "$ts")
[ "$messages" -ge 400 ] || { echo "FAIL: only $messages messages in the .ts" >&2; exit 1; }
"$lrelease" -silent "$ts" -qm "$tmp/en.qm"
[ -s "$tmp/en.qm" ] || { echo "FAIL: lrelease made no .qm" >&2; exit 1; }

# The check can fail: a new label written without tr() is named, with its line.
cat > "$tmp/newpanel.cpp" <<'CPP'
void NewPanel::build()
{
    m_button->setText(QStringLiteral("Export profiles…"));
    setObjectName(QStringLiteral("newPanel"));
    m_hint->setText(QStringLiteral("Use https://example.com/mcp for a real server."));
    m_link = QStringLiteral("https://example.com/mcp");
}
CPP
if out=$(python3 "$root/tools/i18n-tr.py" --check "$tmp/newpanel.cpp"); then
  echo "FAIL: an untranslatable label was not noticed" >&2; exit 1
fi
grep -q 'newpanel.cpp:3: "Export profiles…"' <<<"$out" || { echo "FAIL: wrong report: $out" >&2; exit 1; }
if grep -q newPanel <<<"$out"; then echo "FAIL: an object name was taken for text" >&2; exit 1; fi
# A sentence that mentions an address is text; the address alone is not.
grep -q 'newpanel.cpp:5: "Use https://' <<<"$out" || { echo "FAIL: a sentence with a URL was not noticed: $out" >&2; exit 1; }
if grep -q 'newpanel.cpp:6:' <<<"$out"; then echo "FAIL: a bare URL was taken for text" >&2; exit 1; fi
echo "ok: $messages translatable messages; the .ts is current"
