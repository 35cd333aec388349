#!/usr/bin/env bash
# Regenerates the README's screenshots (docs/screenshots/*.png) from the layout walk of
# tests/unit/ui/tst_layoutgeometry.cpp: the same windows the geometry test checks, on the
# offscreen platform, light and dark. Usage: tests/support/update-screenshots.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$root/build}
test_bin="$build/tests/tst_layoutgeometry"
[ -x "$test_bin" ] || { echo "build it first: ninja -C $build tst_layoutgeometry" >&2; exit 1; }
out="$root/docs/screenshots"
mkdir -p "$out"
QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 MCPC_README_SCREENSHOTS="$out" "$test_bin"
ls -1 "$out"
