"""The shell around the window: crash dialog, remembered geometry and recent files."""

import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from core.io import scenario_file
from ui.app import install_crash_handler
from ui.models.party_model import VOTES
from ui.window.main_window import MainWindow, flush_events_until_result


def test_an_unexpected_error_shows_details_and_autosaves(window, monkeypatch, autosave_dir):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.detailedText()))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    window.party_model.setData(window.party_model.index(0, VOTES), "2000000")
    install_crash_handler(window)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    assert len(shown) == 1
    assert "boom in a slot" in shown[0]
    assert list(autosave_dir.glob("autosave-*.json"))  # the edit is safe on disk
    assert window.isVisible()  # the window lives on


def settings_at(path) -> QSettings:
    return QSettings(str(path), QSettings.IniFormat)


def test_geometry_and_recent_files_are_remembered(qtbot, tmp_path, kz2023):
    ini = tmp_path / "seatcalc.ini"
    saved = tmp_path / "mine.seats.json"
    scenario_file.save(kz2023, saved)
    first = MainWindow(kz2023, None, settings=settings_at(ini))
    qtbot.addWidget(first)
    first.show()
    # The offscreen screen is about 800 px wide, narrower than the window's minimum, and
    # restoring fits a window to its screen: the height is what can be checked here.
    first.resize(first.width(), first.minimumSizeHint().height() + 37)
    height = first.height()
    assert first.open_spec(str(saved))
    flush_events_until_result(first)
    first.close()
    second = MainWindow(kz2023, None, settings=settings_at(ini))
    qtbot.addWidget(second)
    assert second.height() == height
    fresh = MainWindow(kz2023, None, settings=None)
    qtbot.addWidget(fresh)
    assert fresh.height() != height  # restored, not the default
    entries = [a.text() for a in second.menus.recent.actions()]
    assert entries == [str(saved.resolve())]
    second.close()
