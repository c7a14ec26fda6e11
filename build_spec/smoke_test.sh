#!/usr/bin/env bash
# Smoke-test a built SeatCalc executable, offscreen, with no Python or jq on the machine.
#
#   build_spec/smoke_test.sh [EXE]    (default: dist/onedir/seatcalc/seatcalc)
#
# Checks: `presets` and `templates` (the bundled resources); `compute preset:kz-2023
# --format json` gives the official seats (list seats 40/8/6/6/5/4/0, Amanat 62 and 63 with
# the affiliated member); `compute --lang kk` in Kazakh, the compiled translations in a
# onedir bundle; `simulate` (JSON); bad input exits 2 with one `error:` line;
# `screenshot` writes a non-blank PNG of the requested size; every export format writes a
# well-formed file; the desktop app opens on kz-2023 and paints its window. Every check
# runs; the exit status is 1 if any failed.
set -u
cd "$(dirname "$0")/.."

exe=${1:-dist/onedir/seatcalc/seatcalc}
[ -x "$exe" ] || { echo "error: $exe: no such executable (run build_spec/build.sh)" >&2; exit 2; }
exe=$(cd "$(dirname "$exe")" && pwd)/$(basename "$exe")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Offscreen Qt, and a private home so that settings and autosaves of a user are not touched.
export QT_QPA_PLATFORM=offscreen HOME=$work/home XDG_CONFIG_HOME=$work/home/.config \
    XDG_DATA_HOME=$work/home/.local/share XDG_RUNTIME_DIR=$work/run
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

failed=0
pass() { echo "ok    $1"; }
fail() { echo "FAIL  $1" >&2; failed=1; }
run() {  # run NAME ARGS...: the executable with ARGS, stdout and stderr kept in $work/NAME.*
    local name=$1; shift
    timeout 120 "$exe" "$@" >"$work/$name.out" 2>"$work/$name.err"
}
show_err() { sed 's/^/      /' "$work/$1.err" | tail -n 15 >&2; }
flat() { tr -d ' \n\t\r' <"$1"; }  # JSON without white space, whatever its indentation

# presets
if run presets presets && grep -q '^kz-2023' "$work/presets.out"; then pass "presets lists kz-2023"
else fail "presets"; show_err presets; fi
if run templates templates && [ -s "$work/templates.out" ]; then
    pass "templates lists $(wc -l <"$work/templates.out") rule templates"
else fail "templates"; show_err templates; fi

# compute: the official 2023 Majilis result
if run compute compute preset:kz-2023 --format json; then
    list_seats=$(flat "$work/compute.out" | grep -o '"list_seats":[0-9]*' | cut -d: -f2 | paste -sd/ -)
    amanat=$(flat "$work/compute.out" | grep -o '"id":"amanat"[^}]*')
    if [ "$list_seats" = 40/8/6/6/5/4/0 ] && [[ $amanat == *'"seats":62,'* ]] \
        && [[ $amanat == *'"seats_with_affiliated":63'* ]]; then
        pass "compute kz-2023: list seats $list_seats, Amanat 62/63"
    else
        fail "compute kz-2023: list seats '$list_seats', Amanat: $amanat"
    fi
else fail "compute exited $?"; show_err compute; fi

# the languages: the table in Kazakh (the .ts read from the bundle), Qt's compiled ones there
if run compute_kk compute preset:kz-2023 --lang kk && grep -q 'Барлығы' "$work/compute_kk.out" \
    && grep -q 'Өзін-өзі ұсынғандар' "$work/compute_kk.out"; then
    pass "compute --lang kk: the table in Kazakh"
else fail "compute --lang kk"; show_err compute_kk; fi
bundle=$(dirname "$exe")/_internal
if [ -d "$bundle" ]; then  # onedir: the compiled translations and Qt's Russian are in it
    if [ -s "$bundle/resources/i18n/seatcalc_ru.qm" ] && [ -s "$bundle/resources/i18n/seatcalc_kk.qm" ] \
        && ls "$bundle"/PySide6/Qt/translations/qtbase_ru.qm "$bundle"/PySide6/translations/qtbase_ru.qm \
            2>/dev/null | grep -q .; then
        pass "translations bundled: seatcalc_ru.qm, seatcalc_kk.qm, qtbase_ru.qm"
    else fail "translations not bundled in $bundle"; fi
fi

# simulate: a seeded Monte Carlo run (numpy's random generator inside the bundle)
if run simulate simulate preset:kz-2023 --runs 200 --seed 1 --format json \
    && flat "$work/simulate.out" | grep -q '"runs":200,' \
    && flat "$work/simulate.out" | grep -q '"id":"amanat","seats_mean":'; then
    pass "simulate kz-2023: 200 runs"
else fail "simulate"; show_err simulate; fi

# bad input: one line on stderr, exit status 2
run bad compute preset:no-such-preset; status=$?
if [ "$status" = 2 ] && grep -q '^error: ' "$work/bad.err" && [ "$(wc -l <"$work/bad.err")" -eq 1 ]
then pass "bad input: exit 2, one error line"
else fail "bad input: exit $status"; show_err bad; fi

# screenshot: a PNG of the requested size that is not blank (a one-colour 1400x900 PNG
# compresses to a few kB; the window with its tables and chart takes well over 30 kB)
png=$work/shot.png
if run shot screenshot preset:kz-2023 --to "$png" --size 1400x900 && [ -f "$png" ]; then
    signature=$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')
    size=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8}')
    bytes=$(wc -c <"$png")
    if [ "$signature" = 89504e470d0a1a0a ] && [ "$size" = 1400x900 ] && [ "$bytes" -gt 30000 ]; then
        pass "screenshot: PNG $size, $bytes bytes"
    else
        fail "screenshot: signature $signature, size $size, $bytes bytes"
    fi
else fail "screenshot"; show_err shot; fi

# exports: every format, each checked for its own signature and for the data in it
check_export() {  # check_export SUFFIX TEST-ON-FILE...
    local suffix=$1; shift
    local out=$work/result.$suffix
    if ! run "export-$suffix" export preset:kz-2023 --to "$out" || [ ! -s "$out" ]; then
        fail "export .$suffix"; show_err "export-$suffix"; return
    fi
    if "$@" "$out"; then pass "export .$suffix ($(wc -c <"$out") bytes)"
    else fail "export .$suffix: not a well-formed file"; fi
}
is_json() { flat "$1" | grep -q '"id":"amanat"[^}]*"seats":62,'; }
is_csv() { grep -Eq '^party,amanat,.*,40,22,62,63(,|\r?$)' "$1"; }  # kind, id, ...
is_xlsx() { [ "$(head -c 4 "$1" | od -An -tx1 | tr -d ' \n')" = 504b0304 ] && grep -aq 'xl/workbook.xml' "$1"; }
is_svg() { grep -q '<svg' "$1" && grep -q '</svg>' "$1"; }
is_pdf() { [ "$(head -c 5 "$1")" = %PDF- ] && tail -c 1024 "$1" | grep -aq '%%EOF'; }
is_png() { [ "$(head -c 8 "$1" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ]; }
check_export json is_json
check_export csv is_csv
check_export xlsx is_xlsx
check_export svg is_svg
check_export pdf is_pdf
check_export png is_png

# the desktop app, without arguments: opens on kz-2023 and paints (SEATCALC_EXIT_AFTER_PAINT
# makes it quit right after its first paint, printing "painted <time>")
if SEATCALC_EXIT_AFTER_PAINT=1 run app && grep -q '^painted ' "$work/app.out"; then
    pass "desktop app opens and paints its window"
else fail "desktop app"; show_err app; fi

if [ "$failed" = 0 ]; then echo "smoke test passed: $exe"
else echo "smoke test FAILED: $exe" >&2; fi
exit "$failed"
