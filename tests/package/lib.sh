# Shared by the package tests: build the .deb with CPack from the configured build tree.
# Needs MCPC_BUILD (ctest sets it) with the binaries, icons and man pages already built.
set -euo pipefail
: "${MCPC_BUILD:?run through ctest, or set MCPC_BUILD to the build directory}"

fail() { echo "FAIL: $*" >&2; exit 1; }

# build_package GENERATOR OUTDIR -> prints the package's path
build_package() {
  local generator=$1 out=$2
  cpack --config "$MCPC_BUILD/CPackConfig.cmake" -G "$generator" -B "$out" >"$out/cpack.log" 2>&1 ||
    { cat "$out/cpack.log" >&2; fail "cpack -G $generator failed"; }
  local pkg ext=.deb
  [ "$generator" = TGZ ] && ext=.tar.gz
  pkg=$(find "$out" -maxdepth 1 -name "mcp-connect*$ext" | head -n1)
  [ -n "$pkg" ] || fail "cpack -G $generator made no package (see $out/cpack.log)"
  echo "$pkg"
}
