"""The one QApplication: created once, with the names QSettings uses.

The desktop app creates it (``ui.app.run_app``); commands and writers that paint without a
window (``screenshot``, PNG and PDF export) call :func:`ensure_application`, which creates an
offscreen one when none runs yet, and leaves a running one alone (it may be called from a
worker thread then).
"""

from __future__ import annotations

import os
import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from core.resources import resource_path
from ui.settings import APP_NAME


def application() -> QApplication:
    """The QApplication, created once with the names QSettings uses."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setWindowIcon(QIcon(str(resource_path("icons", "seatcalc.png"))))
    return app


def ensure_application() -> QApplication:
    """The running QApplication, or a new one without a screen (offscreen) if none runs."""
    app = QApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = application()
    return app
