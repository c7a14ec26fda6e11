"""`export SCENARIO --to OUT` for every format and `import TABLE --to OUT.seats.json`.

Run as the analyst runs them: a separate process, exit status and files checked.
"""

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import openpyxl
import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def export(out: Path) -> subprocess.CompletedProcess:
    done = run("export", "preset:kz-2023", "--to", str(out))
    assert done.returncode == 0, done.stderr
    assert out.is_file()
    return done


def test_export_xlsx(tmp_path):
    export(tmp_path / "kz.xlsx")
    book = openpyxl.load_workbook(tmp_path / "kz.xlsx")
    assert book["Party votes"]["B2"].value == 3431510


def test_export_svg(tmp_path):
    export(tmp_path / "kz.svg")
    root = ET.parse(tmp_path / "kz.svg").getroot()
    assert sum(1 for e in root.iter() if e.get("class") == "seat") == 98


def test_export_json_and_csv(tmp_path):
    export(tmp_path / "kz.json")
    assert json.loads((tmp_path / "kz.json").read_text(encoding="utf-8"))["seats_total"] == 98
    export(tmp_path / "kz.csv")
    assert (tmp_path / "kz.csv").read_text(encoding="utf-8").splitlines()[1].startswith(
        "party,amanat,Amanat,3431510")


def test_export_png(tmp_path):
    export(tmp_path / "kz.png")
    assert (tmp_path / "kz.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_export_pdf(tmp_path):
    export(tmp_path / "kz.pdf")
    assert (tmp_path / "kz.pdf").read_bytes()[:5] == b"%PDF-"


def test_unknown_format_is_a_one_line_error(tmp_path):
    done = run("export", "preset:kz-2023", "--to", str(tmp_path / "kz.docx"))
    assert done.returncode == 2
    assert done.stderr.startswith("error: ")
    assert len(done.stderr.splitlines()) == 1
    assert ".xlsx" in done.stderr
    assert ".pdf" in done.stderr
    assert not (tmp_path / "kz.docx").exists()


def test_import_then_export_round_trip(tmp_path):
    table = tmp_path / "kz.csv"
    table.write_bytes("Партия;Голоса\nАманат;3 431 510\nАк жол;535.139\nПротив всех;248291\n"
                      .encode("cp1251"))
    out = tmp_path / "kz.seats.json"
    done = run("import", str(table), "--to", str(out), "--title", "KZ", "--seats", "69")
    assert done.returncode == 0, done.stderr
    scenario = json.loads(out.read_text(encoding="utf-8"))
    assert scenario["title"] == "KZ"
    assert scenario["list_tier"]["seats"] == 69
    assert [(p["name"], p["votes"]) for p in scenario["parties"]] == [
        ("Аманат", 3431510), ("Ак жол", 535139)]
    assert scenario["other_votes"]["against_all"] == 248291
    export_done = run("export", str(out), "--to", str(tmp_path / "back.csv"))
    assert export_done.returncode == 0, export_done.stderr
    assert "3431510" in (tmp_path / "back.csv").read_text(encoding="utf-8")


def test_import_lists_unreadable_rows_on_stderr(tmp_path):
    table = tmp_path / "t.csv"
    table.write_text("party,votes\nA,10\nB,twelve\n", encoding="utf-8")
    done = run("import", str(table), "--to", str(tmp_path / "t.seats.json"))
    assert done.returncode == 0, done.stderr
    assert "line 3, column 'votes'" in done.stderr
    assert "twelve" in done.stderr


@pytest.mark.parametrize(("content", "words"), [
    (b"", "empty"),
    (b"Party,Votes,Votes\nA,1,2\n", "appears twice"),
    (b"Votes\n1\n", "party"),
])
def test_import_of_a_broken_table_writes_nothing(tmp_path, content, words):
    table = tmp_path / "t.csv"
    table.write_bytes(content)
    out = tmp_path / "t.seats.json"
    done = run("import", str(table), "--to", str(out))
    assert done.returncode == 2
    assert done.stderr.startswith("error: ")
    assert words in done.stderr.casefold()
    assert not out.exists()


@pytest.mark.parametrize("layout", ["hemicycle", "horseshoe", "westminster", "circle"])
def test_export_layout_writes_each_layout_as_svg_png_and_pdf(tmp_path, layout):
    # docs/cli.md, export: --layout on .svg, .png and .pdf; in an SVG each seat is one shape.
    for suffix in (".svg", ".png", ".pdf"):
        out = tmp_path / f"kz-{layout}{suffix}"
        done = run("export", "preset:kz-2023", "--to", str(out), "--layout", layout)
        assert done.returncode == 0, done.stderr
        assert out.stat().st_size > 1000
    root = ET.parse(tmp_path / f"kz-{layout}.svg").getroot()
    seats = [e for e in root.iter() if e.get("class") == "seat"]
    assert len(seats) == 98
    assert all(len(e) == 1 and e[0].tag.endswith("title") for e in seats)  # one shape each
    xs = [float(e.get("cx")) for e in seats if e.get("cx")]
    assert len(set(xs)) > 5  # placed, not piled up
    pdf = (tmp_path / f"kz-{layout}.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")


@pytest.mark.parametrize(("args", "words"), [
    (["--layout", "oval"],
     "error: --layout: expected one of hemicycle, horseshoe, westminster, circle; got 'oval'"),
    (["--layout", "circle", "--arc", "200"], "error: --arc: the circle layout takes no arc"),
    (["--arc", "20"], "error: --arc: expected 60 to 360 degrees, got 20"),
])
def test_a_bad_layout_is_one_line_naming_the_flag(tmp_path, args, words):
    done = run("export", "preset:kz-2023", "--to", str(tmp_path / "kz.svg"), *args)
    assert done.returncode == 2
    assert done.stderr.strip() == words
    assert not (tmp_path / "kz.svg").exists()


def test_layout_is_refused_for_a_table(tmp_path):
    done = run("export", "preset:kz-2023", "--to", str(tmp_path / "kz.csv"), "--layout",
               "circle")
    assert done.returncode == 2
    assert done.stderr.strip() == "error: --layout: the .csv format takes no layout"


def test_the_hemicycle_arc_bends_the_exported_chart(tmp_path):
    for arc in ("180", "300"):
        done = run("export", "preset:kz-2023", "--to", str(tmp_path / f"{arc}.svg"), "--arc", arc)
        assert done.returncode == 0, done.stderr
    wide, round_ = (ET.parse(tmp_path / f"{a}.svg").getroot() for a in ("180", "300"))
    lowest = [min(-float(e.get("cy")) for e in r.iter() if e.get("class") == "seat"
                  and e.get("cy")) for r in (wide, round_)]
    assert lowest[0] > 0 > lowest[1]  # 300 degrees wraps below the centre
