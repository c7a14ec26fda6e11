"""The Linux desktop integration files (issue 17): the launcher, the shared-MIME type of
*.seats.json, the hicolor icons. The installed package is tested by build_spec/test_deb.sh."""

import configparser
import runpy
import shutil
import subprocess
import xml.etree.ElementTree as ET
from fnmatch import fnmatch
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "resources" / "linux"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def _launcher() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(LINUX / "seatcalc.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def _mime_type() -> ET.Element:
    return ET.parse(LINUX / "seatcalc.xml").getroot().find("m:mime-type", MIME_NS)


def test_the_launcher_opens_files_of_its_mime_type() -> None:
    entry = _launcher()
    assert entry["Exec"] == "seatcalc open %f"  # `open` takes no file from the menu
    assert entry["Icon"] == "seatcalc"
    assert entry["MimeType"] == f"{_mime_type().get('type')};"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate (desktop-file-utils) not installed")
def test_the_launcher_is_valid() -> None:
    run = subprocess.run(["desktop-file-validate", str(LINUX / "seatcalc.desktop")],
                         capture_output=True, text=True)
    assert (run.returncode, run.stdout + run.stderr) == (0, "")


def test_the_mime_type_covers_every_scenario_file() -> None:
    mime = _mime_type()
    assert mime.get("type") == "application/x-seatcalc-scenario"
    assert mime.find("m:sub-class-of", MIME_NS).get("type") == "application/json"
    (glob,) = mime.findall("m:glob", MIME_NS)
    assert int(glob.get("weight")) > 50  # application/json's *.json has the default 50
    scenarios = list((ROOT / "resources").glob("*/*.json"))
    assert scenarios
    assert all(fnmatch(path.name, glob.get("pattern")) for path in scenarios)


@pytest.mark.skipif(shutil.which("update-mime-database") is None,
                    reason="update-mime-database (shared-mime-info) not installed")
def test_shared_mime_info_reads_it(tmp_path: Path) -> None:
    (tmp_path / "packages").mkdir()
    shutil.copy(LINUX / "seatcalc.xml", tmp_path / "packages")
    subprocess.run(["update-mime-database", str(tmp_path)], check=True, capture_output=True)
    globs = (tmp_path / "globs2").read_text(encoding="utf-8").splitlines()
    assert "60:application/x-seatcalc-scenario:*.seats.json" in globs
    assert (tmp_path / "application" / "x-seatcalc-scenario.xml").is_file()


def test_the_hicolor_icons_come_in_every_size(tmp_path: Path) -> None:
    icons = runpy.run_path(str(ROOT / "build_spec" / "hicolor_icons.py"))
    written = icons["write_icons"](tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in written] == [
        f"{n}x{n}/apps/seatcalc.png" for n in (16, 24, 32, 48, 64, 128, 256, 512)]
    for path in written:
        assert icons["png_size"](path.read_bytes()) == int(path.parent.parent.name.split("x")[0])
