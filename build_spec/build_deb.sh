#!/usr/bin/env bash
# Build the Debian package of SeatCalc from the onedir build (docs/packaging.md):
#
#   build_spec/build_deb.sh              build the onedir program (build.sh), then
#                                        dist/seatcalc_VERSION_ARCH.deb
#   build_spec/build_deb.sh --no-build   package the dist/onedir/seatcalc already built
#
# Layout: the onedir program in /opt/seatcalc (a self-contained add-on, as the FHS puts
# them; its bundled Qt stays apart from the system's), /usr/bin/seatcalc a symbolic link
# to it, the desktop launcher, the shared-MIME type of *.seats.json, hicolor icons 16 to
# 512 px, and /usr/share/doc/seatcalc (copyright, changelog.Debian.gz, THIRD_PARTY_LICENSES).
# Depends: the system libraries ui/platform_check.py checks at start (the bundle leaves
# them out, build_spec/seatcalc.spec) and the build machine's glibc. No maintainer
# scripts: shared-mime-info, desktop-file-utils and hicolor-icon-theme update their caches
# through dpkg triggers. Needs dpkg-deb (Debian, Ubuntu) and Python 3.11+ (PYTHON).
set -euo pipefail
cd "$(dirname "$0")/.."

case "${1:-}" in
    "") build_spec/build.sh ;;
    --no-build) ;;
    *) echo "usage: $0 [--no-build]" >&2; exit 2 ;;
esac

python=${PYTHON:-python3}
version=$("$python" -c 'from core.version import version; print(version())')
arch=$(dpkg --print-architecture)
onedir=dist/onedir/seatcalc
if [ ! -d "$onedir/_internal/seatcalc-$version.dist-info" ]; then
    echo "error: $onedir: no build of SeatCalc $version (run build_spec/build.sh)" >&2
    exit 2
fi

root=build/deb/root
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
    "$root/usr/share/mime/packages" "$root/usr/share/doc/seatcalc"
cp -a "$onedir" "$root/opt/seatcalc"
ln -s /opt/seatcalc/seatcalc "$root/usr/bin/seatcalc"
install -m 644 resources/linux/seatcalc.desktop "$root/usr/share/applications/"
install -m 644 resources/linux/seatcalc.xml "$root/usr/share/mime/packages/"
"$python" build_spec/hicolor_icons.py "$root/usr/share/icons/hicolor" >/dev/null

# /usr/share/doc/seatcalc: what Debian expects, and the licences of the bundled software.
doc=$root/usr/share/doc/seatcalc
ln -s /opt/seatcalc/_internal/THIRD_PARTY_LICENSES "$doc/THIRD_PARTY_LICENSES"
maintainer=${DEB_MAINTAINER:-SeatCalc authors <seatcalc@users.noreply.github.com>}
# The date of the last commit (or SOURCE_DATE_EPOCH): the same tree gives the same package.
epoch=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
cat >"$doc/changelog.Debian" <<EOF
seatcalc ($version) unstable; urgency=medium

  * SeatCalc $version, packaged from the PyInstaller onedir build.

 -- $maintainer  $(LC_ALL=C date -u -R -d "@$epoch")
EOF
gzip -9n "$doc/changelog.Debian"
{
    cat <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: SeatCalc

Files: *
Copyright: $(grep -m1 '^Copyright' LICENSE | sed 's/^Copyright (c) //')
License: Expat

Files: opt/seatcalc/_internal/*
Copyright: the authors of each bundled component
License: bundled
 /opt/seatcalc/_internal holds Python and the packages SeatCalc runs on (Qt through
 PySide6, under the LGPL-3.0; numpy, pandas, pyqtgraph, openpyxl and others), each
 under its own licence. /usr/share/doc/seatcalc/THIRD_PARTY_LICENSES (also shown in
 Help > About) lists every one with its version, licence and full licence text.

License: Expat
EOF
    sed -n '/^Permission/,$p' LICENSE | sed 's/^$/./; s/^/ /'
} >"$doc/copyright"

depends=$("$python" - <<'EOF'
import runpy

tables = runpy.run_path("ui/platform_check.py")
print(", ".join(sorted({*tables["QT_LIBRARIES"].values(), *tables["XCB_LIBRARIES"].values()})))
EOF
)
glibc=$(getconf GNU_LIBC_VERSION | awk '{print $2}')
cat >"$root/DEBIAN/control" <<EOF
Package: seatcalc
Version: $version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)
Depends: libc6 (>= $glibc), $depends
Recommends: shared-mime-info, desktop-file-utils, hicolor-icon-theme
Section: science
Priority: optional
Description: seat calculator for election analysts
 How votes become seats under real electoral laws (D'Hondt, Sainte-Lague,
 largest remainder, thresholds, parallel and compensatory systems), decided
 with exact arithmetic and explained seat by seat, with what-if analysis.
 A desktop program and a command line (seatcalc --help).
EOF

deb=dist/seatcalc_${version}_${arch}.deb
# zstd: 6 s here against 200 s for xz (62 against 52 MB); every dpkg that can meet this
# package's glibc (Debian 12, Ubuntu 22.10 and later) reads it.
dpkg-deb --root-owner-group -Zzstd -z9 --build "$root" "$deb" >/dev/null
size_mb=$(du -k "$deb" | awk '{printf "%.1f", $1 * 1024 / 1e6}')
installed_mb=$(awk '/^Installed-Size:/ {printf "%.1f", $2 * 1024 / 1e6}' "$root/DEBIAN/control")
echo "built $deb ($size_mb MB, $installed_mb MB installed)"
