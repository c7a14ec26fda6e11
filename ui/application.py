"""The one QApplication: created once, with the names QSettings uses.

The desktop app creates it (``ui.app.run_app``); commands and writers that paint without a
window (``screenshot``, PNG and PDF export) call :func:`ensure_application`, which creates an
offscreen one when none runs yet, and leaves a running one alone (it may be called from a
worker thread then).
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QWidget

import core.logs  # noqa: F401  (the seatcalc loggers: to the log file, or nowhere)
from core.resources import resource_path
from ui.settings import APP_NAME

qt_log = logging.getLogger("seatcalc.qt")


def _qt_message(kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
    """Qt's own warnings go to the log, not to the terminal: the command line's stderr holds
    only its one ``error:`` line (a screenshot on the offscreen platform would otherwise print
    "This plugin does not support propagateSizeHints()")."""
    level = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
             QtMsgType.QtWarningMsg: logging.WARNING}.get(kind, logging.ERROR)
    qt_log.log(level, "%s", text)


def application() -> QApplication:
    """The QApplication, created once with the names QSettings uses, and the fonts SeatCalc
    carries."""
    qInstallMessageHandler(_qt_message)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setWindowIcon(QIcon(str(resource_path("icons", "seatcalc.png"))))
    add_fonts()
    return app


def add_fonts() -> None:
    """Make the fonts of resources/fonts (DejaVu Sans: every Kazakh and Russian letter)
    known to Qt, so that the window, the PNG and the PDF (whose style asks for DejaVu Sans
    first) have them on a machine with no fonts of its own; the system's fonts still come
    first where a style names none."""
    if QFontDatabase.families() and "DejaVu Sans" in QFontDatabase.families():
        return  # the system has it, or it was added already
    for font in sorted(resource_path("fonts").glob("*.ttf")):
        if QFontDatabase.addApplicationFont(str(font)) < 0:
            qt_log.warning("could not load the font %s", font)


def ensure_application() -> QApplication:
    """The running QApplication, or a new one without a screen (offscreen) if none runs."""
    app = QApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = application()
    return app


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Size ``window`` ``width`` x ``height``, or smaller to stay within 95% of the free area
    of its screen (a dialog larger than a 1024x600 screen cannot be read)."""
    screen = (window.parentWidget() or window).screen() or QApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width, height = min(width, int(free.width() * 0.95)), min(height,
                                                                 int(free.height() * 0.95))
    window.resize(width, height)
