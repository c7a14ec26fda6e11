"""Start the desktop app: QApplication, crash handler, autosave recovery, main window."""

from __future__ import annotations

import os
import sys
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from core.io import scenario_file
from core.resources import resource_path
from ui.autosave import find_orphans
from ui.file_open import FileOpenHandler
from ui.main_window import APP_NAME, MainWindow


def application() -> QApplication:
    """The QApplication, created once with the names QSettings uses."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setWindowIcon(QIcon(str(resource_path("icons", "seatcalc.png"))))
    return app


def install_crash_handler(window: MainWindow) -> None:
    """Unexpected exceptions show a dialog with details (and autosave) instead of a crash."""

    def handler(kind, value, tb) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        print(details, file=sys.stderr)
        try:
            window.autosaver.save_now()
        except OSError:
            pass
        box = QMessageBox(QMessageBox.Critical, APP_NAME,
                          f"Something went wrong: {value}\n\nYour work is autosaved; you can "
                          "go on, or save and restart.", QMessageBox.Ok, window)
        box.setDetailedText(details)
        box.exec()

    sys.excepthook = handler


def offer_recovery(window: MainWindow) -> None:
    """Offer back the newest autosave a crashed session left; the others are kept."""
    orphans = find_orphans()
    if not orphans:
        return
    newest = orphans[0]
    answer = QMessageBox.question(
        window, APP_NAME,
        f"SeatCalc closed unexpectedly with unsaved work on \"{newest.scenario.title}\".\n"
        "Recover it?", QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes)
    if answer == QMessageBox.Yes:
        window.document.replace(newest.scenario, newest.path)
        window.document.undo_stack.resetClean()  # recovered work is unsaved work
        window.update_title()
    newest.file.unlink(missing_ok=True)


class _QuitAfterFirstPaint(QObject):
    """Start-up benchmark hook (env SEATCALC_EXIT_AFTER_PAINT=1, bench/bench_startup.py): at
    the window's first paint, print ``painted <seconds since the epoch>`` and quit."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._quit)  # after the children have painted too
        return False

    def _quit(self) -> None:
        print(f"painted {time.time():.6f}", flush=True)
        QApplication.quit()


def run_app(spec: str) -> int:
    """Open the main window on ``spec`` (a file or ``preset:NAME``) and run the event loop."""
    scenario = scenario_file.load(spec)  # a bad file is reported before any window opens
    app = application()
    is_file = not spec.startswith(scenario_file.PRESET_PREFIX)
    window = MainWindow(scenario, Path(spec) if is_file else None, settings=QSettings())
    install_crash_handler(window)
    if sys.platform == "darwin":  # the Finder hands files over as events; an app-wide
        app.installEventFilter(FileOpenHandler(window))  # filter sees all: only there
    if os.environ.get("SEATCALC_EXIT_AFTER_PAINT"):
        window.installEventFilter(_QuitAfterFirstPaint(window))
    window.show()
    offer_recovery(window)
    return app.exec()
