#!/usr/bin/env bash
# Must show 2 of issue 9: install the .deb with `apt-get install ./mcp-connect_*.deb` into a
# clean Debian 12 root, with the dependencies its Depends pull in (no Recommends), then:
# `mcp-connect-cli --version` works; `demo-server` plus `tools` against it works; `mcp-connect`
# shows its window under Xvfb (screenshot not blank); purging the package leaves no file.
#
# Needs root (chroot), mmdebstrap, Xvfb, xdotool, ImageMagick, and on its first run the Debian
# archive. Cached in ${XDG_CACHE_HOME:-~/.cache}/mcp-connect-ci/, per ISO week:
#   bookworm-minbase-<week>.tar      the clean root (mmdebstrap minbase, with its apt lists)
#   debs-<week>-<hash of Depends>/   the .debs apt downloaded for the Depends, so later runs
#                                    install the same versions offline
source "$(dirname "$0")/lib.sh"
[ "$(id -u)" -eq 0 ] || fail "needs root (chroot into the test root)"
for tool in mmdebstrap chroot unshare Xvfb xdotool import identify; do
  command -v "$tool" >/dev/null || fail "needs $tool (installer/install-deps.sh installs it)"
done

cache="${XDG_CACHE_HOME:-$HOME/.cache}/mcp-connect-ci"
work=$(mktemp -d /tmp/mcpc-root.XXXXXX)
root="$work/root"
xvfb=""
cleanup() {
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null
  # Every mount lives in the test's own mount namespace; never delete through a leftover one.
  if findmnt -rn -o TARGET | grep -q "^$work"; then
    echo "mounts left under $work: not removing it" >&2
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT
mkdir -p "$cache" "$work/pkg"
started=$SECONDS
step() { printf '[%4ss] %s\n' $((SECONDS - started)) "$*"; }

deb=$(build_package DEB "$work/pkg")
depends=$(dpkg-deb -f "$deb" Depends)
week=$(date -u +%G-W%V)
base="$cache/bookworm-minbase-$week.tar"
debs="$cache/debs-$week-$(printf '%s' "$depends" | sha256sum | cut -c1-12)"
# Older weeks' roots and .debs are stale: drop them.
find "$cache" -maxdepth 1 \( -name 'bookworm-minbase-*.tar' -o -name 'debs-*' \) ! -name '*.part*' \
  ! -name "$(basename "$base")" ! -name "$(basename "$debs")" -exec rm -rf {} +
find "$cache" -maxdepth 1 -name '*.part*' -mmin +180 -exec rm -rf {} + # from runs that were killed

if [ ! -s "$base" ]; then
  step "creating a clean Debian 12 minbase root (cold cache)"
  part="${base%.tar}.$$.part.tar" # runs at the same time each make their own, the last one wins
  mmdebstrap --quiet --variant=minbase --skip=cleanup/apt/lists bookworm "$part" \
    "deb http://deb.debian.org/debian bookworm main" \
    "deb http://deb.debian.org/debian bookworm-updates main" \
    "deb http://deb.debian.org/debian-security bookworm-security main"
  mv "$part" "$base"
fi
step "unpacking the root"
mkdir "$root"
tar -xf "$base" -C "$root"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# A throw-away root: dpkg need not fsync every file it unpacks.
echo force-unsafe-io >"$root/etc/dpkg/dpkg.cfg.d/mcpc-test-unsafe-io"
if [ -d "$debs" ]; then
  cp "$debs"/*.deb "$root/var/cache/apt/archives/"
fi
cp "$deb" "$root/tmp/"
pkgfile=/tmp/$(basename "$deb")

# Runs a command in the root, with /proc, /sys, /dev and the X socket mounted in a private mount
# namespace (gone when the command ends).
in_root() {
  unshare --mount --propagation private -- bash -c '
    root=$1; shift
    mount -t proc proc "$root/proc"
    mount --rbind /sys "$root/sys"
    mount --rbind /dev "$root/dev"
    mkdir -p "$root/tmp/.X11-unix"
    mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
    exec chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
      DEBIAN_FRONTEND=noninteractive DISPLAY="${DISPLAY:-}" "$@"' _ "$root" "$@"
}

step "apt-get install ./$(basename "$deb") (Depends only)"
in_root apt-get install -y -q --no-install-recommends "$pkgfile" >"$work/apt.log" 2>&1 ||
  { tail -40 "$work/apt.log"; fail "apt-get install failed"; }
grep -E '^(Need to get|After this operation)' "$work/apt.log" || true
in_root dpkg-query -W -f='${Status}\n' mcp-connect | grep -qx 'install ok installed' || fail "not installed"
if [ ! -d "$debs" ]; then
  mkdir -p "$debs.$$.part" && cp "$root"/var/cache/apt/archives/*.deb "$debs.$$.part/"
  mv -T "$debs.$$.part" "$debs" 2>/dev/null || rm -rf "$debs.$$.part" # another run was first
fi
# What a user could have only through Recommends must not be there.
if in_root dpkg-query -W -f='${Status}\n' gnome-keyring 2>/dev/null | grep -q 'ok installed'; then
  fail "gnome-keyring is installed: Recommends were pulled in"
fi

step "mcp-connect-cli --version"
in_root mcp-connect-cli --version | tee "$work/version"
grep -qx "mcp-connect-cli [0-9][0-9.]*" "$work/version" || fail "--version"

step "demo-server, and tools against it"
# One namespace for the server and the client: the server runs in the background there.
in_root bash -c '
  set -euo pipefail
  mcp-connect-cli demo-server --host 127.0.0.1 --port 0 --no-auth >/tmp/demo.log 2>&1 &
  server=$!
  for _ in $(seq 600); do grep -q "listening on" /tmp/demo.log && break; kill -0 $server || break; sleep 0.1; done
  url=$(grep -o "http://127.0.0.1:[0-9]*/mcp" /tmp/demo.log) || { cat /tmp/demo.log; exit 1; }
  rc=0
  mcp-connect-cli --secret-store memory tools "$url" >/tmp/tools.out 2>&1 || rc=$?
  kill $server; wait $server || true
  cat /tmp/tools.out
  exit $rc' | tee "$work/tools.out" || fail "tools against the demo server"
grep -q "get_user_data" "$work/tools.out" || fail "the demo server's tools are not listed"

step "mcp-connect under Xvfb"
# Xvfb picks a free display (-displayfd), as in tests/support/test-env.sh.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb=$!
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
d=$(tr -dc 0-9 <"$work/display")
[ -n "$d" ] || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
export DISPLAY=":$d"
in_root bash -c '
  mcp-connect >/tmp/app.log 2>&1 &
  app=$!
  echo $app >/tmp/app.pid
  wait $app' &
runner=$!
wid=$(timeout 120 xdotool search --sync --onlyvisible --name '^MCP Connect' | head -n1) ||
  { cat "$root/tmp/app.log"; fail "no MCP Connect window appeared"; }
# Mapped is not painted yet: wait (bounded) until the window shows more than a flat fill.
colors=0
for _ in $(seq 100); do
  import -window "$wid" "$work/window.png" 2>/dev/null || true
  colors=$(identify -format '%k' "$work/window.png" 2>/dev/null || echo 0)
  [ "$colors" -gt 200 ] && break
  sleep 0.2
done
geometry=$(identify -format '%wx%h' "$work/window.png")
echo "window $wid: $geometry, $colors colours"
[ "$colors" -gt 200 ] || { cat "$root/tmp/app.log"; fail "the window stays blank ($colors colours)"; }
kill "$(cat "$root/tmp/app.pid")"
wait "$runner" || true
if [ -n "${MCPC_SCREENSHOT_DIR:-}" ]; then cp "$work/window.png" "$MCPC_SCREENSHOT_DIR/install-root-window.png"; fi

step "apt-get purge mcp-connect"
in_root dpkg-query -L mcp-connect >"$work/owned"
# Every file outside user data and package-manager state, before and after.
snapshot() {
  (cd "$root" && find . \( -path ./proc -o -path ./sys -o -path ./dev -o -path ./run -o -path ./tmp \
      -o -path ./root -o -path ./var/cache -o -path ./var/lib/apt -o -path ./var/lib/dpkg -o -path ./var/log \) -prune \
      -o -print | sed 's|^\.||' | sort)
}
snapshot >"$work/before"
in_root apt-get purge -y -q mcp-connect >"$work/purge.log" 2>&1 || { cat "$work/purge.log"; fail "purge failed"; }
snapshot >"$work/after"
in_root dpkg-query -W -f='${Status}\n' mcp-connect 2>/dev/null | grep -q 'ok installed' && fail "still installed"
left=()
while read -r path; do
  [ -e "$root$path" ] || continue
  # A directory that another package also ships (/usr/bin, /usr/share/man/man1, ...) stays.
  [ -d "$root$path" ] && [ ! -L "$root$path" ] && in_root dpkg-query -S "$path" >/dev/null 2>&1 && continue
  left+=("$path")
done <"$work/owned"
[ ${#left[@]} -eq 0 ] || fail "left behind after purge: ${left[*]}"
new=$(comm -13 "$work/before" "$work/after")
[ -z "$new" ] || fail "purge created files: $new"
gone=$(comm -23 "$work/before" "$work/after" | wc -l)
echo "purge removed $gone paths; none of the package's $(wc -l <"$work/owned") paths is left"
step "PASS"
