#!/usr/bin/env bash
# One-stop set-up on Debian 12: system packages, the npm test peers (with --tests),
# and a Ninja build. Usage: installer/setup.sh [--tests] [--build-dir DIR]
#   --tests        also install the npm peers the interop tests use, build the tests
#   --build-dir    where to build (default: ./build)
# CI=true turns warnings into errors.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build"
tests=OFF
while [ $# -gt 0 ]; do
  case "$1" in
    --tests) tests=ON ;;
    --build-dir) build="$2"; shift ;;
    *) echo "setup.sh: unknown option $1" >&2; exit 1 ;;
  esac
  shift
done

step() { printf '\n==> %s\n' "$*"; }

step "Installing system packages (apt)"
"$root/installer/install-deps.sh"

if [ "$tests" = ON ]; then
  step "Installing the npm test peers (tests/peers)"
  (cd "$root/tests/peers" && npm ci --no-audit --no-fund --loglevel=error)
fi

step "Configuring ($build)"
werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
# Relative paths and no cwd in the hash let a fresh clone elsewhere reuse the cache.
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DMCPC_WERROR=$werror -DMCPC_BUILD_TESTS=$tests >/dev/null

step "Building (this takes a few minutes on a fresh machine)"
cmake --build "$build" --parallel "$(nproc)"
echo "Built: $build/app/mcp-connect and $build/app/mcp-connect-cli"
