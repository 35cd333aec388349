#!/usr/bin/env bash
# Screenshots of the real app, driven the way a person does with the keyboard: every tab and
# every dialog of `mcp-connect --demo` (the built-in demo server), and the sign-in page the
# Sign in button opens, one PNG each in OUT_DIR.
# Runs under Xvfb (tests/support/test-env.sh) with a throw-away home; xdotool sends the
# keys, ImageMagick's import takes the screen. Look at every picture: that is the point.
# (The README's images come from the layout test instead: tests/support/update-screenshots.sh.)
# Usage: tests/screenshots.sh BUILD_DIR OUT_DIR
set -euo pipefail
[ -n "${MCPC_SCREENSHOTS_TRACE:-}" ] && set -x
build=${1:?build dir}; out=${2:?output folder}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=$(cd "$build" && pwd); mkdir -p "$out"; out=$(cd "$out" && pwd)
if [ -z "${DISPLAY:-}" ]; then
  exec "$here/support/test-env.sh" bash "$0" "$build" "$out"
fi
for tool in xdotool import; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed (installer/install-deps.sh)" >&2; exit 1; }
done
gui="$build/app/mcp-connect"
[ -x "$gui" ] || { echo "build it first: ninja -C $build mcp-connect" >&2; exit 1; }

tmp=$(mktemp -d)
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" MCPC_SECRET_STORE=memory LANG=C.UTF-8
mkdir -p "$HOME"
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"' EXIT

# wait_line PATTERN [COUNT]: until the app printed COUNT lines matching PATTERN.
wait_line() {
  local want=${2:-1}
  for _ in $(seq 300); do
    [ "$(grep -c -- "$1" "$tmp/gui.out" 2>/dev/null || true)" -ge "$want" ] && return 0
    kill -0 "$pid" 2>/dev/null || { cat "$tmp/gui.err" >&2; echo "the app died waiting for $1" >&2; exit 1; }
    sleep 0.2
  done
  echo "no line matching $1 within 60 s" >&2; exit 1
}
n=0 missing=0
# shot NAME: the whole screen once the app has painted what the last key asked for.
shot() {
  n=$((n + 1))
  sleep 0.6 # a frame or two for the repaint (pictures only; nothing is asserted here)
  import -window root "$(printf '%s/%02d-%s.png' "$out" "$n" "$1")"
  echo "  $(printf '%02d' "$n")-$1.png"
}
# settled_shot NAME: like shot, for a web page that loads after its window maps: the screen
# once two pictures in a row are alike (at most ~10 s).
settled_shot() {
  n=$((n + 1))
  local file prev="$tmp/settle.png"
  file=$(printf '%s/%02d-%s.png' "$out" "$n" "$1")
  import -window root "$prev"
  for _ in $(seq 50); do
    sleep 0.2
    import -window root "$file"
    [ "$(compare -metric AE "$prev" "$file" null: 2>&1 || true)" = 0 ] && break
    cp "$file" "$prev"
  done
  echo "  $(printf '%02d' "$n")-$1.png"
}
# keys KEY...: to the window that has the focus (the app's main window or its dialog).
keys() { xdotool key --clearmodifiers "$@"; }
# dialog TITLE NAME: waits for the dialog, shoots it, closes it with Escape. (Without a
# window manager nothing moves the keyboard focus to a new window: done here.)
dialog() {
  local id
  id=$(timeout 15 xdotool search --sync --onlyvisible --name "$1" | head -1) || true
  if [ -z "$id" ]; then
    echo "  $2: MISSING (no window named $1 appeared)"; missing=$((missing + 1))
    xdotool windowfocus --sync "$win"
    return
  fi
  xdotool windowfocus --sync "$id"
  shot "$2"
  keys Escape
  for _ in $(seq 50); do [ -z "$(xdotool search --onlyvisible --name "$1" 2>/dev/null)" ] && break; sleep 0.1; done
  xdotool windowfocus --sync "$win"
}

start() { # start FLAGS...: the app on the demo server, until its first check settled
  "$gui" --demo --print-ready "$@" >"$tmp/gui.out" 2>"$tmp/gui.err" &
  pid=$!
  wait_line '"ready":true'
  win=$(xdotool search --sync --onlyvisible --name '^MCP Connect$' | head -1)
  xdotool windowfocus --sync "$win"
}
stop() { # File › Quit; ended if it has not quit within 10 s
  xdotool windowfocus --sync "$win" 2>/dev/null || true
  keys ctrl+q
  for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=
}

echo "Screenshots in $out:"
# 1. The demo without sign-in: every tab, the tools' modes, the dialogs.
start --no-auth
shot overview
keys ctrl+2; shot tools
keys ctrl+f; xdotool type --delay 20 echo; keys Return; shot tools-echo
# Into echo's message field with the mouse (where it is in the 1200x780 window of a fresh
# home: from the list, Tab stops at the form's scroll area first).
xdotool mousemove --window "$win" 900 306 click 1; xdotool type --delay 20 "hello from the screenshot script"; keys ctrl+Return; shot tools-echo-result
keys alt+l; shot tools-load
keys alt+c
keys ctrl+3; shot clients
keys ctrl+4; shot log
keys F1; dialog '^Keyboard shortcuts$' dialog-shortcuts
keys ctrl+n; dialog '^Add server$' dialog-add-server
keys alt+s e; dialog '^Edit ' dialog-edit-server
keys alt+h a; dialog '^About MCP Connect$' dialog-about
keys ctrl+shift+m; dialog '^Servers .* Clients$' dialog-servers-x-clients
# An "Add to MCP Connect" link, handed to the running app by a second launch.
"$gui" 'mcp-connect://add?url=https%3A%2F%2Fmcp.example.com%2Fmcp&name=Example' 2>/dev/null || true
dialog '^Add server from a link$' dialog-add-link
"$gui" 'mcp-connect://add?url=ftp%3A%2F%2Fexample.com' 2>/dev/null || true
wait_line '"add-link-refused"'; shot add-link-refused
keys ctrl+b; shot no-server-list
keys ctrl+b
stop

# 2. The demo with sign-in: the Sign-in card, then Sign in pressed through the card's own
# button (--press-sign-in) and the sign-in page as the app shows it: the consent view in
# the app (a normal user, or root with the QTWEBENGINE_DISABLE_SANDBOX opt-in that
# test-env.sh sets), or the card with the address for the system browser.
start
shot signin-card
stop
signin_page() { # NAME: waits for the app to say where the sign-in page went, shoots it
  wait_line '"event":"sign-in-page"'
  if grep -q '"where":"embedded"' "$tmp/gui.out"; then
    local id
    id=$(timeout 60 xdotool search --sync --onlyvisible --name '^Sign in to ' | head -1) || true
    if [ -z "$id" ]; then
      echo "  $1: MISSING (no consent window appeared)"; missing=$((missing + 1)); return
    fi
    xdotool windowfocus --sync "$id"
    settled_shot "$1-in-app"
  else
    settled_shot "$1-browser"
  fi
}
start --press-sign-in
signin_page signin-page
stop
# 3. As root without that opt-in, as a person runs the app: Chromium's sandbox cannot run,
# so by design the sign-in goes to the system browser and the card says why and shows the
# address. A stand-in xdg-open records the address (there is no browser under Xvfb).
if [ "$(id -u)" -eq 0 ] && [ -n "${QTWEBENGINE_DISABLE_SANDBOX:-}" ]; then
  mkdir -p "$tmp/bin"
  printf '#!/bin/sh\necho "$1" >>"%s/xdg-open.calls"\n' "$tmp" >"$tmp/bin/xdg-open"
  chmod +x "$tmp/bin/xdg-open"
  saved_path=$PATH saved_sandbox=$QTWEBENGINE_DISABLE_SANDBOX
  unset QTWEBENGINE_DISABLE_SANDBOX
  export PATH="$tmp/bin:$PATH" BROWSER="$tmp/bin/xdg-open"
  : >"$tmp/gui.out"
  start --press-sign-in
  signin_page signin-page-as-root
  stop
  export PATH=$saved_path QTWEBENGINE_DISABLE_SANDBOX=$saved_sandbox
  unset BROWSER
fi
ls "$out" | wc -l | xargs printf '%s pictures\n'
[ "$missing" -eq 0 ] || { echo "$missing dialog(s) did not open" >&2; exit 1; }
