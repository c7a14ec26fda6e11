"""A file handed over by the desktop as a QFileOpenEvent (macOS's Finder) opens in the
window, as `seatcalc open FILE` does from a Linux launcher."""

import shutil
from pathlib import Path

from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from core.io import scenario_file
from core.resources import resource_path
from ui.app import MainWindow  # where the app takes it from, wherever it lives
from ui.file_open import FileOpenHandler


def test_a_file_open_event_opens_the_file(qtbot, tmp_path: Path) -> None:
    window = MainWindow(scenario_file.load("preset:kz-2023"))
    qtbot.addWidget(window)
    handler = FileOpenHandler(window)
    QApplication.instance().installEventFilter(handler)
    try:
        path = tmp_path / "kz-2021.seats.json"
        shutil.copy(resource_path("scenarios", "kz-2021.seats.json"), path)
        QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(path)))
    finally:
        QApplication.instance().removeEventFilter(handler)
    assert window.document.path == path
    assert window.document.scenario.title == scenario_file.load(str(path)).title
