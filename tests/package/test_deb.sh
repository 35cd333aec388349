#!/usr/bin/env bash
# Must show 1 of issue 9: `cpack` builds the .deb (and the .tar.gz); it holds the binaries, the
# desktop entry, the icons, the metainfo, the man pages and the completions; the desktop and
# AppStream validators pass; lintian reports no errors; the binaries need nothing from the
# build tree; the man page and completions match the installed CLI's --help.
source "$(dirname "$0")/lib.sh"
work=$(mktemp -d /tmp/mcpc-deb.XXXXXX)
trap 'rm -rf "$work"' EXIT

deb=$(build_package DEB "$work")
tgz=$(build_package TGZ "$work")
echo "built $(basename "$deb") and $(basename "$tgz")"

id=io.github.mcp_connect.McpConnect
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/contents"
expected=(
  /usr/bin/mcp-connect /usr/bin/mcp-connect-cli
  /usr/share/applications/$id.desktop
  /usr/share/metainfo/$id.metainfo.xml
  /usr/share/icons/hicolor/scalable/apps/$id.svg
  /usr/share/man/man1/mcp-connect.1.gz /usr/share/man/man1/mcp-connect-cli.1.gz
  /usr/share/bash-completion/completions/mcp-connect-cli
  /usr/share/zsh/vendor-completions/_mcp-connect-cli
  /usr/share/doc/mcp-connect/copyright /usr/share/doc/mcp-connect/changelog.gz
)
for size in 16 22 24 32 48 64 128 256 512; do
  expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$id.png")
done
for f in "${expected[@]}"; do
  grep -qx "$f" "$work/contents" || fail "the .deb lacks $f"
done
echo "dpkg-deb -c: all ${#expected[@]} expected files present"
grep -q "/bin/mcp-connect-cli$" <<<"$(tar -tzf "$tgz")" || fail "the .tar.gz lacks bin/mcp-connect-cli"

# Depends come from the shared libraries (dpkg-shlibdeps), not a hand-kept list.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libqt6core6 libqt6webenginecore6 libqt6keychain1; do
  [[ $depends == *"$lib ("* ]] || fail "Depends lacks $lib: $depends"
done
for field in Maintainer Homepage Section Description; do
  [ -n "$(dpkg-deb -f "$deb" "$field")" ] || fail "control has no $field"
done

root="$work/root"
dpkg-deb -x "$deb" "$root"
for f in "${expected[@]}"; do
  case $f in *.png) [ "$(file -b --mime-type "$root$f")" = image/png ] || fail "$f is not a PNG" ;; esac
done
png=$root/usr/share/icons/hicolor/48x48/apps/$id.png
[ "$(identify -format '%wx%h' "$png")" = 48x48 ] || fail "the 48 px icon is $(identify -format '%wx%h' "$png")"

desktop-file-validate "$root/usr/share/applications/$id.desktop" || fail "desktop-file-validate"
grep -qx 'Exec=mcp-connect %u' "$root/usr/share/applications/$id.desktop" || fail "desktop Exec"
grep -qx 'MimeType=x-scheme-handler/mcp-connect;' "$root/usr/share/applications/$id.desktop" || fail "desktop MimeType"
echo "desktop-file-validate: ok"
appstreamcli validate --no-net --explain "$root/usr/share/metainfo/$id.metainfo.xml" || fail "appstreamcli validate"

rc=0
lintian --fail-on error "$deb" >"$work/lintian.txt" 2>&1 || rc=$?
grep -v 'running with root privileges' "$work/lintian.txt" || true
[ "$rc" -eq 0 ] && ! grep -q '^E:' "$work/lintian.txt" || fail "lintian reports errors (exit $rc)"
echo "lintian: 0 errors, $(grep -c '^W:' "$work/lintian.txt" || true) warnings"

# Nothing from the build tree: no RPATH/RUNPATH, and the extracted binaries run.
for exe in mcp-connect mcp-connect-cli; do
  if readelf -d "$root/usr/bin/$exe" | grep -qE 'RPATH|RUNPATH'; then fail "$exe has an RPATH"; fi
done
cli="$root/usr/bin/mcp-connect-cli"
"$cli" --version | grep -qx "mcp-connect-cli [0-9.]*" || fail "packaged mcp-connect-cli --version"

# The CLI's man page documents every command, the global options and the exit codes of --help.
man=$(MANWIDTH=80 man --warnings -l "$root/usr/share/man/man1/mcp-connect-cli.1.gz" 2>"$work/man.err")
[ ! -s "$work/man.err" ] || { cat "$work/man.err"; fail "man warnings"; }
help=$("$cli" --help)
commands=$(sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z-]*\( [a-z][a-z-]*\)\{0,1\}\).*/\1/p' <<<"$help")
[ "$(wc -l <<<"$commands")" -ge 15 ] || fail "could not read the commands from --help"
while read -r cmd; do
  grep -q "^   $cmd\b" <<<"$man" || fail "the man page has no section for '$cmd'"
done <<<"$commands"
for opt in --json --secret-store --version; do grep -q -- "$opt" <<<"$man" || fail "man page lacks $opt"; done
for code in $(sed -n '/^Exit codes:/,/^$/p' <<<"$help" | grep -oE '(^Exit codes: |, )[0-9]+ ' | grep -oE '[0-9]+'); do
  grep -qE "^       $code +[a-z]" <<<"$man" || fail "man page lacks exit code $code"
done
MANWIDTH=80 man --warnings -l "$root/usr/share/man/man1/mcp-connect.1.gz" 2>"$work/man.err" | grep -q -- '--no-sandbox' ||
  fail "the app's man page lacks --no-sandbox"
[ ! -s "$work/man.err" ] || { cat "$work/man.err"; fail "man warnings (mcp-connect.1)"; }
echo "man pages: $(wc -l <<<"$commands") commands, global options and exit codes match --help"

# Completions, from the package, against the packaged CLI and a profile saved in a temp HOME.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" PATH="$root/usr/bin:$PATH"
mcp-connect-cli servers add demo-profile http://127.0.0.1:9/mcp >/dev/null
bash "$MCPC_TESTS/package/completion_check.sh" bash "$root/usr/share/bash-completion/completions/mcp-connect-cli"
if command -v zsh >/dev/null; then
  bash "$MCPC_TESTS/package/completion_check.sh" zsh "$root/usr/share/zsh/vendor-completions/_mcp-connect-cli"
else
  echo "zsh not installed: zsh completion not exercised"
fi
echo "PASS"
