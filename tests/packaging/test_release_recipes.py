"""The Windows and macOS recipes (issue 17), which run only on those systems: checked here
as far as Linux can, the Info.plist with plistlib, the Inno Setup script by its sections."""

import plistlib
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build_spec"
ISS = SPEC / "windows" / "seatcalc.iss"
VERSION_LITERAL = re.compile(r"\b\d+\.\d+\.\d+\b")


def test_the_info_plist_declares_the_document_type_and_no_version() -> None:
    with open(SPEC / "macos" / "Info.plist", "rb") as f:
        info = plistlib.load(f)
    (document,) = info["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == ["public.json"]  # macOS sees *.seats.json so
    assert document["CFBundleTypeRole"] == "Editor"
    assert document["LSHandlerRank"] == "Alternate"  # offered, never taking JSON over
    assert info["NSHighResolutionCapable"] is True
    assert not {"CFBundleShortVersionString", "CFBundleVersion"} & info.keys()
    # The spec adds both, from pyproject.toml, when it makes the bundle.
    spec = (SPEC / "seatcalc.spec").read_text(encoding="utf-8")
    assert '"CFBundleShortVersionString": version, "CFBundleVersion": version' in spec
    assert '"macos" / "Info.plist"' in spec


def iss_sections(text: str) -> dict[str, list[str]]:
    """The lines of each [Section] of an Inno Setup script, comments and preprocessor
    lines left out."""
    sections: dict[str, list[str]] = {}
    current = None
    for line in (raw.strip() for raw in text.splitlines()):
        if not line or line.startswith((";", "#")):
            continue
        if match := re.fullmatch(r"\[(\w+)\]", line):
            current = sections.setdefault(match.group(1), [])
        else:
            assert current is not None, f"a line outside any section: {line}"
            current.append(line)
    return sections


def iss_entry(line: str) -> dict[str, str]:
    """``Name: "a"; Flags: b`` as a dict (quoted values unquoted, "" as ")."""
    fields = re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line)
    return {key: value.strip()[1:-1].replace('""', '"') if value.startswith('"')
            else value.strip() for key, value in fields}


def test_the_inno_setup_script_has_its_sections() -> None:
    text = ISS.read_text(encoding="utf-8")
    sections = iss_sections(text)
    assert set(sections) == {"Setup", "Tasks", "Files", "Icons", "Registry", "Run"}
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["AppVersion"] == "{#AppVersion}"
    assert setup["OutputBaseFilename"] == "seatcalc-{#AppVersion}-setup"
    assert "#error" in text  # iscc refuses to run without /DAppVersion=...
    assert not VERSION_LITERAL.search("\n".join(sum(sections.values(), [])))
    for key in ("LicenseFile", "SetupIconFile"):  # relative to the script, as iscc reads them
        assert (ISS.parent / setup[key].replace("\\", "/")).is_file(), key
    assert setup["ChangesAssociations"] == "yes"


def test_the_installer_adds_a_start_menu_entry_and_opens_files() -> None:
    sections = iss_sections(ISS.read_text(encoding="utf-8"))
    icons = [iss_entry(line) for line in sections["Icons"]]
    assert {"Name": "{group}\\SeatCalc", "Filename": "{app}\\seatcalc.exe"} in icons
    sources = [iss_entry(line)["Source"] for line in sections["Files"]]
    assert "..\\..\\dist\\onedir\\seatcalc\\*" in sources
    registry = [iss_entry(line) for line in sections["Registry"]]
    commands = [r["ValueData"] for r in registry if r["Subkey"].endswith("shell\\open\\command")]
    assert commands == ['"{app}\\seatcalc.exe" open "%1"']
    assert any(r["Subkey"] == "Software\\Classes\\.json\\OpenWithProgids"
               and r["ValueName"] == "SeatCalc.Scenario" for r in registry)
