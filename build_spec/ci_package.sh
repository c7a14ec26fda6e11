#!/usr/bin/env bash
# CI: build the packaged executable from a clean build venv and smoke-test it, offscreen
# (issue 7, docs/packaging.md). Exits non-zero if the build or any smoke check fails.
#
#   build_spec/ci_package.sh              the onedir build (what .ci/run calls)
#   build_spec/ci_package.sh --onefile    the onedir build, then the one-file build too
set -euo pipefail
cd "$(dirname "$0")/.."

case "${1:-}" in
    "" | --onefile) ;;
    *) echo "usage: $0 [--onefile]" >&2; exit 2 ;;
esac

# PyInstaller reads binaries with objdump on Linux; a bare Debian image lacks binutils.
if [ "$(uname -s)" = Linux ] && ! command -v objdump >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq binutils
fi

build_spec/build.sh
build_spec/smoke_test.sh dist/onedir/seatcalc/seatcalc
if [ "${1:-}" = --onefile ]; then
    build_spec/build.sh --onefile
    build_spec/smoke_test.sh dist/onefile/seatcalc
fi
