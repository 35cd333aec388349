#!/usr/bin/env bash
# Installs everything MCP Connect needs on Debian 12 (bookworm): build tools, Qt 6.4,
# QtKeychain, nlohmann/json, toml++, and the runtime pieces the tests use (Xvfb,
# gnome-keyring, dbus). Idempotent: packages already present are skipped by apt.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-webengine-dev qt6-webengine-dev-tools
  libqt6webenginecore6-bin qt6-l10n-tools
  qtkeychain-qt6-dev nlohmann-json3-dev libtomlplusplus-dev
  libgl1-mesa-dri libglx-mesa0 fonts-dejavu-core
  xvfb xauth x11-utils imagemagick
  dbus dbus-x11 gnome-keyring libsecret-tools
  curl ca-certificates procps time
  # packaging: icons rendered from the SVG, CPack's Depends (dpkg-shlibdeps, file), and the
  # package tests (lintian, validators, a clean Debian root, the app's window under Xvfb)
  librsvg2-bin
  dpkg-dev file
  lintian
  desktop-file-utils
  appstream
  mmdebstrap
  xdotool
  zsh
  man-db
  python3 util-linux jq
  xdg-utils
  clang-14 libfuzzer-14-dev  # tests/fuzz: libFuzzer targets with ASan+UBSan
  qt6-webchannel-dev  # MCP Apps: the App view talks to its host page over QWebChannel
)

# The machine image may already ship Node.js from another source (nodesource), whose
# package conflicts with Debian's npm; only ask apt for Node when there is none.
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-deps: all packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
