#!/usr/bin/env bash
# Build the SeatCalc executable with PyInstaller, from a clean build venv (docs/packaging.md).
#
#   build_spec/build.sh              onedir: dist/onedir/seatcalc/seatcalc (the default)
#   build_spec/build.sh --onefile    one file: dist/onefile/seatcalc
#
# The build venv (build/venv, separate from the dev .venv) holds only the runtime
# dependencies of pyproject.toml and its `build` extra (PyInstaller): anything else installed
# could be bundled through an optional import. It is made anew whenever that list or the
# Python version changes; never pip-install anything else into it. PYTHON picks the Python
# (default python3, 3.11 or later). Linux needs binutils (objdump) for PyInstaller. On
# Windows it runs under Git Bash (the venv's Scripts/ folder), untried.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=onedir
spec_args=()
case "${1:-}" in
    "") ;;
    --onefile) mode=onefile; spec_args=(-- --onefile) ;;
    *) echo "usage: $0 [--onefile]" >&2; exit 2 ;;
esac

python=${PYTHON:-python3}
venv=build/venv
venv_bin() { if [ -d "$venv/Scripts" ]; then echo "$venv/Scripts"; else echo "$venv/bin"; fi; }

# The runtime dependencies and the build extra, read from pyproject.toml (written once).
requirements=$("$python" - <<'EOF'
import sys
import tomllib

with open("pyproject.toml", "rb") as f:
    project = tomllib.load(f)["project"]
print(f"# python {sys.version.split()[0]}")
print("\n".join(project["dependencies"] + project["optional-dependencies"]["build"]))
EOF
)
if [ ! -f "$venv/requirements.txt" ] || [ "$(cat "$venv/requirements.txt")" != "$requirements" ]; then
    echo "build venv: creating $venv"
    rm -rf "$venv"
    "$python" -m venv "$venv"
    printf '%s\n' "$requirements" > "$venv/requirements.in"
    "$(venv_bin)/python" -m pip install -q -r "$venv/requirements.in"
    printf '%s\n' "$requirements" > "$venv/requirements.txt"  # written last: a complete venv
fi

if [ "$(uname -s)" = Linux ] && ! command -v objdump >/dev/null; then
    echo "error: PyInstaller needs objdump on Linux: apt-get install binutils" >&2
    exit 1
fi

start=$(date +%s)
"$(venv_bin)/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "dist/$mode" --workpath "build/pyinstaller-$mode" \
    build_spec/seatcalc.spec ${spec_args[@]+"${spec_args[@]}"}  # bash 3.2 (macOS): empty array
seconds=$(( $(date +%s) - start ))

exe=dist/$mode/seatcalc
[ "$mode" = onedir ] && exe=$exe/seatcalc
[ -e "$exe" ] || exe=$exe.exe  # Windows (Git Bash)
built=$exe
[ "$mode" = onedir ] && built=dist/onedir/seatcalc
size_mb=$(du -sk "$built" | awk '{printf "%.1f", $1 * 1024 / 1e6}')
echo "built $exe ($mode, ${size_mb} MB) in ${seconds} s"
