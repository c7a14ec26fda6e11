#!/usr/bin/env bash
# Install the Debian package into a fresh Debian root and test it there (issue 17):
#
#   build_spec/test_deb.sh [DEB]     (default: dist/seatcalc_VERSION_ARCH.deb)
#
# The fresh root is Debian 12 with apt and nothing else (mmdebstrap --variant=apt): no X
# library, no Qt dependency, so `apt-get install ./seatcalc_*.deb` proves that Depends pulls
# what the window needs. It is made once (about 90 s) and kept as a tarball in
# $SEATCALC_CI_CACHE (default ~/.cache/seatcalc-ci), with apt's downloads; each run unpacks
# a new copy. Needs root (chroot), mmdebstrap, Xvfb, xwininfo (x11-utils), netpbm and
# desktop-file-validate; ci_package.sh installs what is missing. The chroot's mounts (proc,
# /dev/shm) live in a private mount namespace (unshare) and die with it; the work folder is
# removed from outside it, where nothing is mounted. No host folder is bound in: the X
# server is reached through its abstract socket, apt's downloads are copied in and out.
#
# Checks, each reported: the package's size (within 200 MB) and file list; the launcher
# passes desktop-file-validate; the install (Recommends left out); the smoke test against
# the installed /usr/bin/seatcalc; the launcher's Exec line opens the window (offscreen),
# from the menu and on a file; under Xvfb with the xcb platform, without libxcb-cursor0,
# libxcb-icccm4 and libxcb-keysyms1 the clear message (exit 2), then with them the window,
# captured from the X server into dist/screenshots/xcb-window.png; with the Recommends the
# MIME type, the launcher's association and the icons; and a purge that leaves nothing.
set -u
cd "$(dirname "$0")/.."

if [ -z "${SEATCALC_TEST_DEB_WORK:-}" ]; then
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT  # after the namespace, and its mounts, are gone
    SEATCALC_TEST_DEB_WORK=$work unshare --mount --propagation private "$0" "$@"
    exit
fi

version=$("${PYTHON:-python3}" -c 'from core.version import version; print(version())')
deb=${1:-dist/seatcalc_${version}_$(dpkg --print-architecture).deb}
[ -f "$deb" ] || { echo "error: $deb: no such package (run build_spec/build_deb.sh)" >&2; exit 2; }
max_mb=200
cache=${SEATCALC_CI_CACHE:-$HOME/.cache/seatcalc-ci}
base=$cache/bookworm-apt.tar
work=$SEATCALC_TEST_DEB_WORK
root=$work/root
xvfb_pid=""
trap '[ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null' EXIT

failed=0
pass() { echo "ok    $1"; }
fail() { echo "FAIL  $1" >&2; failed=1; }
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
show() { sed 's/^/      /' "$1" | tail -n 15 >&2; }

# --- the package file
deb_mb=$(du -k "$deb" | awk '{printf "%.1f", $1 * 1024 / 1e6}')
installed_mb=$(dpkg-deb -f "$deb" Installed-Size | awk '{printf "%.1f", $1 * 1024 / 1e6}')
if awk -v a="$deb_mb" -v b="$installed_mb" -v m="$max_mb" 'BEGIN {exit !(a <= m && b <= m)}'
then pass "size: $deb_mb MB, $installed_mb MB installed (within $max_mb MB)"
else fail "size: $deb_mb MB, $installed_mb MB installed (more than $max_mb MB)"; fi
dpkg-deb -x "$deb" "$work/files"
expected=(opt/seatcalc/seatcalc opt/seatcalc/_internal/THIRD_PARTY_LICENSES usr/bin/seatcalc
          usr/share/applications/seatcalc.desktop usr/share/mime/packages/seatcalc.xml
          usr/share/doc/seatcalc/copyright usr/share/doc/seatcalc/changelog.Debian.gz)
for size in 16 24 32 48 64 128 256 512; do
    expected+=("usr/share/icons/hicolor/${size}x$size/apps/seatcalc.png")
done
absent=$(for f in "${expected[@]}"; do [ -e "$work/files/$f" ] || [ -L "$work/files/$f" ] || echo "$f"; done)
if [ -z "$absent" ]; then pass "files: program, launcher, MIME type, ${#expected[@]} in all"
else fail "files missing: $absent"; fi
if desktop-file-validate "$work/files/usr/share/applications/seatcalc.desktop" >"$work/dfv" 2>&1
then pass "desktop-file-validate: the launcher is valid"
else fail "desktop-file-validate"; show "$work/dfv"; fi

# --- a fresh Debian root
if [ ! -f "$base" ]; then
    echo "making the fresh Debian root once, into $base"
    mkdir -p "$cache"
    mmdebstrap --quiet --variant=apt --skip=cleanup/apt/lists bookworm "$base.part" \
        http://deb.debian.org/debian && mv "$base.part" "$base" \
        || { echo "error: mmdebstrap failed" >&2; exit 1; }
fi
mkdir -p "$root" "$cache/archives"
tar -xf "$base" -C "$root"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"
mount -t tmpfs tmpfs "$root/dev/shm"
find "$cache/archives" -name '*.deb' -exec cp -t "$root/var/cache/apt/archives/" {} +
keep_downloads() { find "$root/var/cache/apt/archives" -name '*.deb' -exec cp -n -t "$cache/archives/" {} +; }
mkdir -p "$root/tmp/seatcalc/build_spec"
cp "$deb" "$root/tmp/seatcalc/"
cp build_spec/smoke_test.sh "$root/tmp/seatcalc/build_spec/"
cp resources/scenarios/kz-2023.seats.json "$root/tmp/seatcalc/"
in_root apt-get update -qq >"$work/update" 2>&1 || { show "$work/update"; exit 1; }
if in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "/tmp/seatcalc/$(basename "$deb")" >"$work/install" 2>&1 && in_root apt-get check -qq
then pass "installed into a fresh Debian 12 root; Depends pulled $(grep -c '^Setting up' "$work/install") packages"
else fail "install"; show "$work/install"; exit 1; fi
keep_downloads

# --- the installed program
if in_root /tmp/seatcalc/build_spec/smoke_test.sh /usr/bin/seatcalc >"$work/smoke" 2>&1
then pass "smoke test of /usr/bin/seatcalc: $(grep -c '^ok' "$work/smoke") checks"
else fail "smoke test of /usr/bin/seatcalc"; show "$work/smoke"; fi
exec_line=$(sed -n 's/^Exec=//p' "$root/usr/share/applications/seatcalc.desktop")
for file in "" /tmp/seatcalc/kz-2023.seats.json; do  # from the menu, then a double-click
    # shellcheck disable=SC2086 # the Exec line is split into words as a launcher does
    if in_root env QT_QPA_PLATFORM=offscreen SEATCALC_EXIT_AFTER_PAINT=1 \
        ${exec_line//%f/$file} >"$work/exec" 2>&1 && grep -q '^painted ' "$work/exec"
    then pass "Exec=${exec_line//%f/${file:-(no file)}}: the window opens (offscreen)"
    else fail "Exec=${exec_line//%f/$file}"; show "$work/exec"; fi
done

# --- a real X display (Xvfb, the xcb platform), its framebuffer kept in a file
display=90
while [ -e "/tmp/.X$display-lock" ] || [ -e "/tmp/.X11-unix/X$display" ]; do display=$((display + 1)); done
mkdir -p "$work/fb"
Xvfb ":$display" -screen 0 1400x900x24 -fbdir "$work/fb" -nolisten tcp >"$work/xvfb" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
x11() { in_root env QT_QPA_PLATFORM=xcb DISPLAY=":$display" "$@"; }

xcb_packages=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1)  # what stock Ubuntu lacks
in_root dpkg --remove --force-depends "${xcb_packages[@]}" >/dev/null 2>&1
x11 timeout 60 seatcalc >"$work/missing.out" 2>"$work/missing.err"; status=$?
if [ "$status" = 2 ] && head -n1 "$work/missing.err" | grep -q "^error: SeatCalc's window needs system libraries that are missing: libxcb-cursor.so.0, libxcb-icccm.so.4, libxcb-keysyms.so.1$" \
    && grep -q "apt-get install ${xcb_packages[*]}$" "$work/missing.err"
then pass "xcb without ${xcb_packages[*]}: exit 2, the packages named"
else fail "xcb without ${xcb_packages[*]}: exit $status"; show "$work/missing.err"; fi
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${xcb_packages[@]}" >/dev/null 2>&1

shot=dist/screenshots/xcb-window.png
x11 seatcalc >"$work/window.out" 2>&1 &
app=$!
window=""
for _ in $(seq 150); do  # up to 30 s for the window to be mapped
    # the main window by its WM_CLASS (Qt also maps small helper windows named SeatCalc)
    window=$(xwininfo -display ":$display" -root -children 2>/dev/null \
        | awk '/\("seatcalc" "SeatCalc"\)/ {print $1; exit}')
    [ -n "$window" ] && xwininfo -display ":$display" -id "$window" | grep -q IsViewable && break
    window=""
    sleep 0.2
done
if [ -n "$window" ]; then
    sleep 3  # the first result and the chart are painted a moment after the window maps
    mkdir -p "$(dirname "$shot")"
    xwdtopnm "$work/fb/Xvfb_screen0" 2>/dev/null | pnmtopng >"$shot" 2>/dev/null
    colours=$(xwdtopnm "$work/fb/Xvfb_screen0" 2>/dev/null | ppmhist -noheader 2>/dev/null | wc -l)
    if [ "$(wc -c <"$shot")" -gt 30000 ] && [ "$colours" -gt 50 ]; then
        pass "xcb with the libraries: the window, screenshot $shot ($colours colours)"
    else fail "xcb window screenshot: $(wc -c <"$shot") bytes, $colours colours"; fi
else
    fail "xcb with the libraries: no window"; show "$work/window.out"
fi
kill "$app" 2>/dev/null; wait "$app" 2>/dev/null

# --- the desktop's databases (Recommends), then removal
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq shared-mime-info \
    desktop-file-utils hicolor-icon-theme >/dev/null 2>&1
keep_downloads
if grep -q '^60:application/x-seatcalc-scenario:\*\.seats\.json$' "$root/usr/share/mime/globs2" \
    && grep -q '^application/x-seatcalc-scenario=seatcalc.desktop;$' "$root/usr/share/applications/mimeinfo.cache"
then pass "MIME: *.seats.json is application/x-seatcalc-scenario, opened by seatcalc.desktop"
else fail "MIME type or its association missing"; fi
icons=$(find "$root/usr/share/icons/hicolor" -path '*/apps/seatcalc.png' | wc -l)
if [ "$icons" = 8 ] && [ -f "$root/usr/share/icons/hicolor/index.theme" ]
then pass "icons: seatcalc.png in 8 sizes in the hicolor theme"
else fail "icons: $icons of 8 in the hicolor theme"; fi
in_root apt-get purge -y -qq seatcalc >/dev/null 2>&1
left=$(ls -d "$root/opt/seatcalc" "$root/usr/bin/seatcalc" "$root/usr/share/applications/seatcalc.desktop" 2>/dev/null)
if [ -z "$left" ] && ! grep -q seatcalc "$root/usr/share/mime/globs2"
then pass "purge: nothing left, the MIME type unregistered"
else fail "purge left: $left"; fi

if [ "$failed" = 0 ]; then echo "deb test passed: $deb"
else echo "deb test FAILED: $deb" >&2; fi
exit "$failed"
