"""Help > About (issue 17): the version, Qt's, the MIT licence, and THIRD_PARTY_LICENSES."""

import sys
from pathlib import Path

from PySide6.QtCore import qVersion

from core.version import version
from ui.dialogs import about_dialog
from ui.dialogs.about_dialog import AboutDialog


def test_it_shows_the_versions_and_the_bundled_licences(qtbot, tmp_path: Path) -> None:
    licences = tmp_path / "THIRD_PARTY_LICENSES"
    licences.write_text("PySide6-Essentials 6.10.3\nGNU LESSER GENERAL PUBLIC LICENSE\n",
                        encoding="utf-8")
    dialog = AboutDialog(licenses=licences)
    qtbot.addWidget(dialog)
    summary = dialog.summary.text()
    assert f"SeatCalc {version()}" in summary
    assert f"Qt {qVersion()}" in summary
    assert "Licence: MIT" in summary
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.licenses.toPlainText()
    assert dialog.licenses.isReadOnly()


def test_the_bundle_carries_the_file_beside_its_code(monkeypatch, tmp_path: Path) -> None:
    assert about_dialog.licenses_path() is None  # from source
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert about_dialog.licenses_path() == tmp_path / "THIRD_PARTY_LICENSES"


def test_from_source_or_a_broken_package_it_says_why(qtbot, tmp_path: Path) -> None:
    assert "source tree" in about_dialog.licenses_text(None)
    assert "reinstall SeatCalc" in about_dialog.licenses_text(tmp_path / "absent")


def test_the_help_menu_opens_it(qtbot, monkeypatch) -> None:
    from core.io import scenario_file
    from ui.app import MainWindow  # where the app takes it from, wherever it lives

    shown = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    window = MainWindow(scenario_file.load("preset:kz-2023"))
    qtbot.addWidget(window)
    about = next(a for menu in window.menuBar().actions() if menu.text() == "&Help"
                 for a in menu.menu().actions() if a.text() == "&About SeatCalc")
    about.trigger()
    assert len(shown) == 1
    assert f"SeatCalc {version()}" in shown[0].summary.text()
