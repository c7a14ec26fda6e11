#!/usr/bin/env bash
# CI: build the packaged program from a clean build venv, smoke-test it offscreen, then build
# the Debian package and test it installed in a fresh Debian root (issues 7 and 17,
# docs/packaging.md). Exits non-zero if a build or any check fails.
#
#   build_spec/ci_package.sh              onedir, .deb (what .ci/run calls)
#   build_spec/ci_package.sh --onefile    the same, then the one-file build too
set -euo pipefail
cd "$(dirname "$0")/.."

case "${1:-}" in
    "" | --onefile) ;;
    *) echo "usage: $0 [--onefile]" >&2; exit 2 ;;
esac

# The tools, on a bare Debian image: objdump for PyInstaller (binutils); for the .deb test a
# fresh root (mmdebstrap), an X server and a look at it (xvfb, x11-utils, netpbm), and
# desktop-file-validate.
if [ "$(uname -s)" = Linux ]; then
    tools=(binutils:objdump mmdebstrap:mmdebstrap xvfb:Xvfb x11-utils:xwininfo
           netpbm:xwdtopnm desktop-file-utils:desktop-file-validate)
    missing=()
    for tool in "${tools[@]}"; do command -v "${tool#*:}" >/dev/null || missing+=("${tool%%:*}"); done
    if [ ${#missing[@]} -gt 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
    fi
fi

build_spec/build_deb.sh  # the onedir build, then the .deb from it
build_spec/smoke_test.sh dist/onedir/seatcalc/seatcalc
build_spec/test_deb.sh
if [ "${1:-}" = --onefile ]; then
    build_spec/build.sh --onefile
    build_spec/smoke_test.sh dist/onefile/seatcalc
fi
