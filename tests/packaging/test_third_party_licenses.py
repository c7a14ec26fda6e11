"""THIRD_PARTY_LICENSES (issue 17): every bundled distribution with its name, version,
licence and licence text, the LGPL and GPL texts for Qt; a piece without a text stops the
build. Run here on the test venv, whose runtime dependencies are those of a package."""

import runpy
import shutil
from importlib import metadata
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[2]
# A build script, not a package: loaded by path (no sys.path edit).
licenses = SimpleNamespace(**runpy.run_path(str(ROOT / "build_spec" / "third_party_licenses.py")))

RUNTIME = ("PySide6_Essentials", "shiboken6", "numpy", "pandas", "pyqtgraph", "openpyxl")


@pytest.fixture(scope="module")
def text() -> str:
    return licenses.render(licenses.entries_for(licenses.runtime_distributions()), "1.2.3")


def test_the_runtime_dependencies_are_found_recursively() -> None:
    found = {licenses.normalize(n) for n in licenses.runtime_distributions()}
    assert {licenses.normalize(n) for n in RUNTIME} <= found
    assert not {"pytest", "hypothesis", "votelib", "seatcalc"} & found


def test_each_is_listed_with_its_version_and_licence(text: str) -> None:
    listing = text.split("\n\n-----")[0]
    assert listing.startswith("Third-party software in SeatCalc 1.2.3\n")
    for name in RUNTIME:
        dist = metadata.distribution(name)
        assert f"{dist.metadata['Name']} {dist.version}: " in text
    assert "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only" in listing
    assert "  Python " in listing


def test_qt_comes_with_the_lgpl_and_gpl_texts_and_how_to_replace_it(text: str) -> None:
    assert text.count("GNU LESSER GENERAL PUBLIC LICENSE\n                       Version 3") == 1
    assert "GNU GENERAL PUBLIC LICENSE\n                       Version 3" in text
    assert "the same text as under PySide6_Essentials above" in text  # shiboken6's copy
    assert "You may replace them with your own" in text
    assert "Permission is hereby granted, free of charge" in text  # SeatCalc's MIT, at the end


def test_the_bundled_font_is_listed_with_its_licence(text: str) -> None:
    assert "DejaVu Sans (fonts) 2.37: Bitstream-Vera" in text
    assert "Bitstream Vera is\na trademark of Bitstream, Inc." in text
    assert (ROOT / "resources" / "fonts" / "DejaVuSans.ttf").is_file()


def test_every_entry_has_a_text() -> None:
    for entry in licenses.entries_for(licenses.runtime_distributions()):
        assert entry.texts, entry.name
        assert all(body.strip() for _, body in entry.texts), entry.name


def test_bundled_modules_map_to_their_distributions() -> None:
    names = licenses.bundled_distributions(
        ["PySide6.QtCore", "numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so",
         "json", "core.allocate", "ui.app", "main"])
    assert [licenses.normalize(n) for n in names] == ["numpy", "pyside6-essentials"]


def test_a_distribution_without_a_licence_text_stops_the_build(tmp_path, monkeypatch) -> None:
    info = tmp_path / "textless-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: textless\nVersion: 1.0\n"
                                   "License: MIT\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(licenses.MissingLicense, match="textless 1.0: no licence text"):
        licenses.distribution_entry("textless")


@pytest.mark.skipif(shutil.which("dpkg-query") is None, reason="Debian's dpkg")
def test_system_libraries_carry_their_debian_copyright() -> None:
    (entry,) = licenses.system_library_entries([shutil.which("dpkg-query")])
    assert entry.name == "dpkg"
    assert entry.note == "Debian package; bundled: dpkg-query"
    assert "Copyright" in entry.texts[0][1]


def test_the_command_writes_the_file(tmp_path: Path, capsys) -> None:
    out = tmp_path / "THIRD_PARTY_LICENSES"
    assert licenses.main(["--out", str(out)]) == 0
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in out.read_text(encoding="utf-8")
