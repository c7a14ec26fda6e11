"""Write THIRD_PARTY_LICENSES: the name, version, licence and licence text of everything a
SeatCalc package bundles, read from the build venv with importlib.metadata.

build_spec/seatcalc.spec calls :func:`bundled_distributions` on PyInstaller's analysis and
writes the file into the bundle (Help > About shows it; every installer ships the bundle).
Besides the Python distributions it lists CPython itself, the fonts SeatCalc carries
(resources/fonts) and, on Linux, the system libraries PyInstaller copied in (with their
Debian copyright files). A bundled piece
whose licence text cannot be found fails the build: nothing ships without its text.

By hand, for the runtime dependencies of pyproject.toml as installed in this Python:

    python build_spec/third_party_licenses.py --out THIRD_PARTY_LICENSES
"""

from __future__ import annotations

import argparse
import platform
import re
import shutil
import subprocess
import sys
import sysconfig
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TEXTS = HERE / "licenses"
# Wheels that name their licence but carry no text of it. PySide6-Essentials (with the Qt
# libraries inside it) and shiboken6 are offered under LGPL-3.0 or GPL-2.0/3.0; SeatCalc
# uses them under the LGPL-3.0, which is the GPL-3.0 plus extra permissions, so both texts
# go along (LGPL-3.0 section 4b).
TEXTS_BY_DISTRIBUTION = {
    "pyside6-essentials": ("LGPL-3.0-only", "GPL-3.0-only"),
    "shiboken6": ("LGPL-3.0-only", "GPL-3.0-only"),
}
QT_NOTE = """\
Used under the LGPL-3.0. Includes the Qt {version} libraries (_internal/PySide6/Qt/lib and
_internal/PySide6/Qt/plugins in the installed program). You may replace them with your own
build of the same Qt version: the files are plain shared libraries, loaded at start;
SeatCalc's packaging notes (docs/packaging.md) say how. Sources:
https://download.qt.io/official_releases/qt/ and
https://download.qt.io/official_releases/QtForPython/ (PySide6, shiboken6)."""
NOTES = {"pyside6-essentials": QT_NOTE, "shiboken6": QT_NOTE}
# A licence file, when the metadata names none (older wheels).
LICENSE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE)", re.IGNORECASE)


class MissingLicense(Exception):
    """A bundled piece whose licence text was not found."""


@dataclass(frozen=True)
class Entry:
    """One bundled piece of software and its licence."""

    name: str
    version: str
    license: str
    texts: tuple[tuple[str, str], ...]  # (file name, text)
    note: str = ""


def normalize(name: str) -> str:
    """A distribution name as PyPI compares them (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def license_name(meta: metadata.PackageMetadata) -> str:
    """The licence as the metadata states it: License-Expression, License, or classifiers."""
    if meta.get("License-Expression"):
        return meta["License-Expression"]
    if meta.get("License") and meta["License"].strip() != "UNKNOWN":
        return meta["License"].strip().splitlines()[0]
    classifiers = [c.rsplit(" :: ", 1)[-1] for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    return " / ".join(classifiers) or "not stated"


def license_texts(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """The licence files the distribution carries (License-File entries, else any
    LICENSE/COPYING/NOTICE file of its .dist-info), then the texts named above."""
    texts = []
    for name in dist.metadata.get_all("License-File") or []:
        # Metadata 2.4 keeps them under licenses/; older metadata at the .dist-info's root.
        text = dist.read_text(f"licenses/{name}") or dist.read_text(name)
        if text:
            texts.append((name, text))
    if not texts:
        for file in dist.files or []:
            if (len(file.parts) >= 2 and file.parts[0].endswith((".dist-info", ".egg-info"))
                    and LICENSE_FILE.search(file.name)):
                texts.append((file.name, file.read_text(encoding="utf-8")))
    for spdx in TEXTS_BY_DISTRIBUTION.get(normalize(dist.metadata["Name"]), ()):
        texts.append((spdx, (TEXTS / f"{spdx}.txt").read_text(encoding="utf-8")))
    return texts


def distribution_entry(name: str) -> Entry:
    """The entry of an installed distribution."""
    dist = metadata.distribution(name)
    meta = dist.metadata
    texts = license_texts(dist)
    if not texts:
        raise MissingLicense(f"{meta['Name']} {dist.version}: no licence text in its metadata;"
                             f" add one to build_spec/licenses/ and TEXTS_BY_DISTRIBUTION")
    note = NOTES.get(normalize(meta["Name"]), "").format(version=dist.version)
    return Entry(meta["Name"], dist.version, license_name(meta), tuple(texts), note)


def python_entry() -> Entry:
    """CPython: the interpreter and standard library in every bundle."""
    candidates = (Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt",
                  Path(sys.base_prefix) / "LICENSE.txt")
    for path in candidates:
        if path.is_file():
            return Entry("Python", platform.python_version(), "PSF-2.0",
                         (("LICENSE.txt", path.read_text(encoding="utf-8")),))
    raise MissingLicense(f"Python's LICENSE.txt: not in {', '.join(map(str, candidates))}")


def system_library_entries(paths: Iterable[str]) -> list[Entry]:
    """Libraries PyInstaller copied from the system, grouped by their Debian package, each
    with the package's copyright file (Linux with dpkg; elsewhere none are expected)."""
    by_package: dict[str, list[str]] = {}
    for path in sorted(set(paths)):
        by_package.setdefault(_debian_package(path), []).append(Path(path).name)
    entries = []
    for package, libraries in sorted(by_package.items()):
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package],
                                 capture_output=True, text=True, check=True).stdout
        entries.append(Entry(package, version, "see its Debian copyright file",
                             (("copyright", copyright_file.read_text(encoding="utf-8")),),
                             f"Debian package; bundled: {', '.join(libraries)}"))
    return entries


def _debian_package(path: str) -> str:
    if shutil.which("dpkg-query") is None:
        raise MissingLicense(f"{path}: a system library in the bundle, and no dpkg to name "
                             "its package and licence")
    resolved = Path(path).resolve()
    # usrmerge: dpkg may know /usr/lib/... for what the loader found as /lib/..., or not.
    for candidate in dict.fromkeys((path, str(resolved), f"/usr{resolved}")):
        found = subprocess.run(["dpkg-query", "-S", candidate], capture_output=True, text=True)
        if found.returncode == 0:
            return found.stdout.split(":")[0]
    raise MissingLicense(f"{path}: a system library in the bundle that no Debian package owns")


def runtime_distributions(pyproject: Path = ROOT / "pyproject.toml") -> list[str]:
    """The installed distributions SeatCalc's [project] dependencies need, recursively
    (optional extras left out; a requirement not installed here is skipped)."""
    with open(pyproject, "rb") as f:
        todo = list(tomllib.load(f)["project"]["dependencies"])
    found: dict[str, str] = {}
    while todo:
        requirement = todo.pop()
        if "extra" in requirement.partition(";")[2]:  # an optional extra's requirement
            continue
        name = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement.strip()).group(0)
        if normalize(name) in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        found[normalize(name)] = dist.metadata["Name"]
        todo.extend(dist.requires or [])
    return sorted(found.values(), key=normalize)


def bundled_distributions(module_names: Iterable[str]) -> list[str]:
    """The distributions that provide ``module_names`` (dotted names or bundle paths such
    as ``PySide6/QtCore.abi3.so``); the standard library and SeatCalc's own modules map to
    none."""
    providers = metadata.packages_distributions()
    tops = {re.split(r"[./\\]", name, maxsplit=1)[0] for name in module_names}
    names = {dist for top in tops for dist in providers.get(top, ())}
    # SeatCalc's own metadata is visible when its source tree holds a pip install -e's
    # seatcalc.egg-info: it is the program, listed at the end, not a third party.
    return sorted((n for n in names if normalize(n) != "seatcalc"), key=normalize)


def font_entries() -> list[Entry]:
    """The fonts in resources/fonts (every package carries them), each family with the
    licence file beside it."""
    text = (ROOT / "resources" / "fonts" / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    return [Entry("DejaVu Sans (fonts)", "2.37", "Bitstream-Vera (DejaVu changes: public domain)",
                  (("LICENSE-DejaVu.txt", text),), "resources/fonts/DejaVuSans*.ttf")]


def entries_for(distributions: Iterable[str], system_libraries: Iterable[str] = ()
                ) -> list[Entry]:
    """Python, the distributions, the bundled fonts, then the system libraries."""
    return ([python_entry()] + [distribution_entry(d) for d in distributions]
            + font_entries() + system_library_entries(system_libraries))


def render(entries: list[Entry], program_version: str) -> str:
    """The text of THIRD_PARTY_LICENSES."""
    title = f"Third-party software in SeatCalc {program_version}"
    name_width = max(len(e.name) for e in entries)
    version_width = max(len(e.version) for e in entries)
    rows = [f"  {e.name:<{name_width}}  {e.version:<{version_width}}  {e.license}"
            for e in entries]
    parts = [
        title, "=" * len(title), "",
        "SeatCalc is under the MIT licence (at the end). Its package bundles the software",
        "listed here, each under its own licence; the licence texts follow the list.",
        "Generated at build time from the build environment "
        "(build_spec/third_party_licenses.py).", "", *rows, ""]
    first_with: dict[str, str] = {}  # a text already given in full -> whose entry
    for e in entries:
        heading = f"{e.name} {e.version}: {e.license}"
        parts += ["", "-" * 79, heading, "-" * 79]
        if e.note:
            parts += [e.note, ""]
        for name, text in e.texts:
            if text in first_with:
                parts += [f"--- {name}: the same text as under {first_with[text]} above ---", ""]
                continue
            first_with[text] = e.name
            parts += [f"--- {name} ---", text.rstrip(), ""]
    seatcalc = f"SeatCalc {program_version}: MIT"
    parts += ["", "-" * 79, seatcalc, "-" * 79,
              (ROOT / "LICENSE").read_text(encoding="utf-8").rstrip(), ""]
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    """Write the file for the runtime dependencies installed in this Python."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from core.version import version

    try:
        entries = entries_for(runtime_distributions())
    except MissingLicense as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    args.out.write_text(render(entries, version()), encoding="utf-8")
    print(f"{args.out}: {len(entries)} entries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
