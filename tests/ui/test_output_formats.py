"""Every registered output format (``core.io.formats``), driven by the registry itself: each
writes kz-2023 to a file that reads back as that format with the election in it, the command
line names each one when refusing an unknown suffix, and the core's need no Qt.

A format registered without a reader below fails ``test_every_format_round_trips``: add one.
"""

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtGui import QImage

import main
from core.io import scenario_file
from core.io.formats import export_result, output_formats
from core.rules.allocate import allocate

ROOT = Path(__file__).resolve().parents[2]
SVG = "{http://www.w3.org/2000/svg}"


def _csv(path: Path) -> dict[str, int]:
    rows = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8")))
    return {r["id"]: int(r["seats"]) for r in rows if r["id"]}


def _json(path: Path) -> dict[str, int]:
    return {p["id"]: p["seats"] for p in json.loads(path.read_text(encoding="utf-8"))["parties"]}


def _xlsx(path: Path) -> dict[str, int]:
    sheet = openpyxl.load_workbook(path)["Results"]
    return {row[1]: row[7] for row in sheet.iter_rows(min_row=2, values_only=True) if row[1]}


def _svg(path: Path) -> dict[str, int]:
    root = ET.parse(path).getroot()
    seats = [c for c in root.iter() if c.get("class") == "seat"]
    return {"amanat": sum("#1f5aa6" in (c.get("fill"), c.get("stroke")) for c in seats) - 1,
            "all": len(seats)}  # Amanat's 62 and the self-nominated winner who sits with it


def _png(path: Path) -> dict[str, int]:
    image = QImage(str(path))
    return {"width": image.width()}


def _pdf(path: Path) -> dict[str, int]:
    text = subprocess.run([shutil.which("pdftotext") or "pdftotext", "-layout", str(path), "-"],
                          check=True, capture_output=True, text=True).stdout
    # The results table's row: swatch, name, votes, share, passed, list, district, seats, ...
    amanat = next(line for line in text.splitlines() if line.lstrip().startswith("● Amanat"))
    return {"amanat": int(amanat.split()[-3])}  # seats, then "(+1)" and the seat share


KZ2023_SEATS = {"amanat": 62, "auyl": 8, "respublica": 6, "akzhol": 6, "qhp": 5, "osdp": 4,
                "baytaq": 0}
READ_BACK = {  # a reader per format, and what it must find in kz-2023
    ".csv": (_csv, KZ2023_SEATS),
    ".json": (_json, KZ2023_SEATS),
    ".xlsx": (_xlsx, KZ2023_SEATS),
    ".svg": (_svg, {"amanat": 62, "all": 98}),
    ".png": (_png, {"width": 2400}),  # the default of its one option
    ".pdf": (_pdf, {"amanat": 62}),
}


@pytest.fixture(scope="module")
def kz():
    return allocate(scenario_file.load("preset:kz-2023"))


@pytest.fixture
def out(tmp_path):
    """An empty folder to write into (tmp_path also holds the tests' autosave folder)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.mark.parametrize("fmt", output_formats(), ids=lambda f: f.suffix)
def test_every_format_round_trips(qapp, kz, out, fmt):
    assert fmt.suffix in READ_BACK, f"no reader for {fmt.suffix}: add one to READ_BACK"
    read, expected = READ_BACK[fmt.suffix]
    path = export_result(kz, out / f"kz{fmt.suffix}")
    assert list(out.iterdir()) == [path]  # written whole, no temporary left
    found = read(path)
    assert {k: found[k] for k in expected} == expected


def test_the_registry_has_the_formats_of_the_contract():
    # docs/cli.md, export: `.csv .xlsx .json .png .svg .pdf`; the Qt ones registered by the UI.
    by_suffix = {f.suffix: f for f in output_formats()}
    assert set(by_suffix) == {".csv", ".json", ".xlsx", ".svg", ".png", ".pdf"}
    assert {s for s, f in by_suffix.items() if f.needs_qt} == {".png", ".pdf"}
    assert {s for s, f in by_suffix.items() if not f.off_ui_thread} == {".png"}
    assert [o.name for o in by_suffix[".png"].options] == ["width", "layout", "arc"]
    # docs/cli.md, export: --layout on every format that draws the chart.
    assert {s for s, f in by_suffix.items() if f.takes("layout")} == {".svg", ".png", ".pdf"}


def test_options_reach_the_writer_and_are_checked(qapp, kz, out):
    path = export_result(kz, out / "kz.png", options={"width": 640})
    assert QImage(str(path)).width() == 640
    with pytest.raises(ValueError, match=r"^PNG width: expected 100 to 20000 px, got 50$"):
        export_result(kz, out / "small.png", options={"width": 50})
    with pytest.raises(ValueError, match=r"^width: the \.csv format takes no such option"):
        export_result(kz, out / "kz.csv", options={"width": 640})
    assert sorted(p.name for p in out.iterdir()) == ["kz.png"]


def test_the_cli_names_every_format_when_refusing_a_suffix(capsys, out):
    assert main.main(["export", "preset:kz-2023", "--to", str(out / "kz.docx")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ")
    assert err.count("\n") == 1
    known = err.split("known: ")[1].rstrip(")\n").split(", ")
    assert known == [f.suffix for f in output_formats()]


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_the_cli_takes_the_formats_options(out):
    done = _cli("export", "preset:kz-2023", "--to", str(out / "kz.png"), "--width", "640")
    assert done.returncode == 0, done.stderr
    assert QImage(str(out / "kz.png")).width() == 640
    for args, words in ((["kz.csv", "--width", "640"], "error: --width: the .csv format takes "
                                                        "no width"),
                        (["kz2.png", "--width", "wide"], "error: --width: expected a number")):
        done = _cli("export", "preset:kz-2023", "--to", str(out / args[0]), *args[1:])
        assert done.returncode == 2
        assert done.stderr.startswith(words)
        assert len(done.stderr.splitlines()) == 1
    assert sorted(p.name for p in out.iterdir()) == ["kz.png"]


def test_core_commands_and_formats_never_load_qt(out):
    # The command line, as main.py composes it, UI plug-ins included: no PySide6 for the core.
    script = (
        "import contextlib, io, sys\n"
        "import main\n"
        "from core.io.formats import output_formats\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert main.main(['compute', 'preset:kz-2023']) == 0\n"
        "for fmt in output_formats():\n"
        "    if not fmt.needs_qt:\n"
        f"        out = {str(out)!r} + '/kz' + fmt.suffix\n"
        "        assert main.main(['export', 'preset:kz-2023', '--to', out]) == 0\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph')))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "[]\n"
    assert sorted(p.suffix for p in out.iterdir()) == [".csv", ".json", ".svg", ".xlsx"]
