"""One version number (issue 17): pyproject.toml's [project] version, read by core.version
and shown by ``--version``, the About box and the PDF report."""

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from core import version as version_module
from core.version import source_version, version

ROOT = Path(__file__).resolve().parents[2]


def _pyproject_version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["project"]["version"]


def test_the_version_is_pyprojects() -> None:
    assert version() == _pyproject_version()


def test_main_prints_it_on_stdout() -> None:
    run = subprocess.run([sys.executable, "main.py", "--version"], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert (run.returncode, run.stdout, run.stderr) == (0, f"seatcalc {version()}\n", "")


def test_installed_it_comes_from_the_package_metadata(monkeypatch, tmp_path: Path) -> None:
    # No pyproject.toml beside the code (pip-installed, or the PyInstaller bundle): the
    # metadata answers. A stand-in for it, so that a stale editable install cannot matter.
    import importlib.metadata

    monkeypatch.setattr(version_module, "SOURCE_PYPROJECT", tmp_path / "pyproject.toml")
    monkeypatch.setattr(importlib.metadata, "version",
                        lambda name: "9.8.7" if name == "seatcalc" else pytest.fail(name))
    version.cache_clear()
    try:
        assert version() == "9.8.7"
    finally:
        version.cache_clear()


def test_another_projects_pyproject_is_not_ours(tmp_path: Path) -> None:
    other = tmp_path / "pyproject.toml"
    other.write_text('[project]\nname = "other"\nversion = "3.0"\n', encoding="utf-8")
    assert source_version(other) is None
    assert source_version(tmp_path / "missing.toml") is None


def test_the_pdf_report_names_the_version() -> None:
    from core.io import scenario_file
    from core.rules.allocate import allocate
    from ui.export.report import report_html

    html = report_html(allocate(scenario_file.load("preset:kz-2023")))
    assert f"report made with SeatCalc {version()} on " in html
