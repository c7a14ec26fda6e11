"""Start the desktop app: logging, QApplication, crash handler, autosave recovery, window."""

from __future__ import annotations

import logging
import os
import sys
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from core.io import scenario_file
from core.logs import log_file, setup_logging
from ui.application import application
from ui.autosave import find_orphans
from ui.file_open import FileOpenHandler
from ui.settings import APP_NAME, Settings
from ui.translations import initial_language, set_language
from ui.window.main_window import MainWindow

log = logging.getLogger("seatcalc.app")


def install_crash_handler(window: MainWindow) -> None:
    """Unexpected exceptions show a dialog with details (and autosave) instead of a crash."""

    def handler(kind, value, tb) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        print(details, file=sys.stderr)
        log.critical("unexpected error in the UI thread", exc_info=(kind, value, tb))
        try:
            window.autosaver.save_now()
        except OSError:
            pass
        where = log_file()
        text = QCoreApplication.translate(
            "App", "Something went wrong: {error}\n\nYour work is autosaved; you can go on, or "
            "save and restart.").format(error=value)
        if where is not None:
            text += " " + QCoreApplication.translate(
                "App", "The details are in {file}.").format(file=where)
        box = QMessageBox(QMessageBox.Critical, APP_NAME, text, QMessageBox.Ok, window)
        box.setDetailedText(details)
        box.exec()

    sys.excepthook = handler


def offer_recovery(window: MainWindow) -> None:
    """Offer back the newest autosave a crashed session left; the others are kept."""
    orphans, unreadable = find_orphans()
    for bad in unreadable:
        log.warning("autosave %s unreadable (%s): moved to %s", bad.file, bad.reason,
                    bad.moved_to)
    if unreadable:
        QMessageBox.information(window, APP_NAME, QCoreApplication.translate(
            "App", "An autosave file could not be read and was set aside (SeatCalc starts as "
            "usual):") + "\n" + "\n".join(
                                    f"{bad.moved_to or bad.file}: {bad.reason}"
                                    for bad in unreadable))
    if not orphans:
        return
    newest = orphans[0]
    answer = QMessageBox.question(
        window, APP_NAME, QCoreApplication.translate(
            "App", "SeatCalc closed unexpectedly with unsaved work on \"{title}\".\nRecover "
            "it?").format(title=newest.scenario.title), QMessageBox.Yes | QMessageBox.No,
        QMessageBox.Yes)
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


def run_app(spec: str, lang: str | None = None) -> int:
    """Open the main window on ``spec`` (a file or ``preset:NAME``) and run the event loop,
    in ``lang`` (the command line's ``--lang``) or the language chosen before."""
    setup_logging()
    scenario = scenario_file.load(spec)  # a bad file is reported before any window opens
    app = application()
    store = QSettings()
    set_language(initial_language(Settings(store), lang))
    is_file = not spec.startswith((scenario_file.PRESET_PREFIX, scenario_file.TEMPLATE_PREFIX))
    window = MainWindow(scenario, Path(spec) if is_file else None, settings=store)
    install_crash_handler(window)
    if sys.platform == "darwin":  # the Finder hands files over as events; an app-wide
        app.installEventFilter(FileOpenHandler(window))  # filter sees all: only there
    if os.environ.get("SEATCALC_EXIT_AFTER_PAINT"):
        window.installEventFilter(_QuitAfterFirstPaint(window))
    window.show()
    offer_recovery(window)
    return app.exec()
