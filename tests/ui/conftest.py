"""Shared fixtures for the desktop app tests: offscreen Qt, no blocking dialogs, a window.

Every test gets its own autosave folder, and every modal dialog the code could open is
replaced by a recorder that answers what the test chose (``dialogs.answer``).
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

from dataclasses import dataclass, field

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QFileDialog, QMessageBox

from core.io import scenario_file
from core.model.scenario import Scenario


@dataclass
class Dialogs:
    """What the patched dialogs were asked, and what they answer."""

    calls: list[tuple[str, str]] = field(default_factory=list)
    answer: QMessageBox.StandardButton = QMessageBox.Cancel
    file_name: str = ""

    def kinds(self) -> list[str]:
        """The kinds of dialog opened, in order (``question``, ``warning``, ...)."""
        return [kind for kind, _ in self.calls]


@pytest.fixture(autouse=True)
def autosave_dir(tmp_path, monkeypatch):
    """A private autosave folder per test (never the user's app-data folder)."""
    folder = tmp_path / "autosave"
    folder.mkdir()
    monkeypatch.setenv("SEATCALC_AUTOSAVE_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def dialogs(monkeypatch) -> Dialogs:
    """No modal dialog can block a test: each is recorded and answered from ``Dialogs``."""
    record = Dialogs()

    def message(kind):
        def show(parent, title, text, *args, **kwargs):
            record.calls.append((kind, text))
            return record.answer if kind == "question" else QMessageBox.Ok
        return staticmethod(show)

    for kind in ("question", "warning", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, kind, message(kind))

    def file_dialog(kind):
        def show(*args, **kwargs):
            record.calls.append((kind, record.file_name))
            return record.file_name, ""
        return staticmethod(show)

    for kind in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, kind, file_dialog(kind))
    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *a, **k: QColor()))
    return record


@pytest.fixture(autouse=True)
def english_afterwards():
    """A test that switches the window's language leaves it English for the next."""
    yield
    from ui import text

    if text.language != "en":
        from ui.translations import set_language

        set_language("en")


@pytest.fixture
def kz2023() -> Scenario:
    """The built-in Kazakhstan 2023 scenario."""
    return scenario_file.load("preset:kz-2023")


@pytest.fixture
def make_window(qtbot, dialogs):
    """Build shown main windows whose first result is on screen; closed without asking."""
    from ui.window.main_window import MainWindow, flush_events_until_result

    windows = []

    def make(scenario: Scenario, path=None):
        window = MainWindow(scenario, path, settings=None)
        qtbot.addWidget(window)
        window.show()
        flush_events_until_result(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.document.undo_stack.setClean()  # nothing to ask about
        window.close()
        window.document.stop()


@pytest.fixture
def window(make_window, kz2023):
    """The main window on kz-2023, as the app opens."""
    return make_window(kz2023)
