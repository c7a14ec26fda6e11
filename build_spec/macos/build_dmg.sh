#!/usr/bin/env bash
# macOS: SeatCalc.app in a disk image (docs/packaging.md). On a Mac, from a clone:
#
#   build_spec/macos/build_dmg.sh    build_spec/build.sh, then dist/SeatCalc-VERSION-ARCH.dmg
#
# The image holds the app and a link to /Applications (drag to install). Neither the app nor
# the image is signed: sign with a Developer ID and notarise before handing it out
# (docs/packaging.md). Untried here (no Mac).
set -euo pipefail
cd "$(dirname "$0")/../.."

build_spec/build.sh
version=$("${PYTHON:-python3}" -c 'from core.version import version; print(version())')
stage=build/dmg
rm -rf "$stage"
mkdir -p "$stage"
cp -R dist/onedir/SeatCalc.app "$stage/"
ln -s /Applications "$stage/Applications"
dmg=dist/SeatCalc-$version-$(uname -m).dmg
hdiutil create -volname "SeatCalc $version" -srcfolder "$stage" -format UDZO -ov "$dmg"
echo "built $dmg"
