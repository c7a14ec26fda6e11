"""Help > About: SeatCalc's version and licence, the Qt it runs on, and the licences of the
third-party software the package bundles (THIRD_PARTY_LICENSES, written at build time by
build_spec/third_party_licenses.py; the LGPL asks that Qt's users can read it)."""

from __future__ import annotations

import platform
import sys
from html import escape
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from core.version import version
from ui.dialogs.buttons import close_buttons

LICENSES_FILE = "THIRD_PARTY_LICENSES"
translate = QCoreApplication.translate  # translate(context, text): pyside6-lupdate reads it


def from_source_note() -> str:
    """What the licence view says when SeatCalc runs from a source tree."""
    return translate(
        "AboutDialog", "SeatCalc is running from a source tree: the third-party software is "
        "whatever your Python environment holds, each package under its own licence.\n\nThe "
        "packaged SeatCalc shows here its THIRD_PARTY_LICENSES file: the name, version, licence "
        "and licence text of every bundled package (Qt and PySide6 under the LGPL-3.0 among "
        "them), written when the package is built (build_spec/third_party_licenses.py).")


def licenses_path() -> Path | None:
    """THIRD_PARTY_LICENSES inside the PyInstaller bundle; None when run from source."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) / LICENSES_FILE if bundle else None


def licenses_text(path: Path | None) -> str:
    """What the licence view shows: the file, or why there is none."""
    if path is None:
        return from_source_note()
    try:
        return path.read_text(encoding="utf-8")
    except OSError as e:
        return f"{path}: {e.strerror} " + translate(
            "AboutDialog", "(the package is incomplete: reinstall SeatCalc)")


class AboutDialog(QDialog):
    """The program's version, Qt's, the MIT licence, and the third-party licences."""

    def __init__(self, parent: QWidget | None = None, *,
                 licenses: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About SeatCalc"))
        self.resize(720, 560)
        self.summary = QLabel(
            f"<h3>SeatCalc {escape(version())}</h3><p>"
            + escape(self.tr("A seat calculator for election analysts: every seat is decided "
                             "with integer or fraction arithmetic.")) + "</p><p>"
            + escape(self.tr("Licence: MIT. Qt {qt}, PySide6 {pyside}, Python {python}. Qt and "
                             "PySide6 are used under the LGPL-3.0; the licences of all bundled "
                             "software follow.").format(
                qt=qVersion(), pyside=PySide6.__version__, python=platform.python_version()))
            + "</p>")
        self.summary.setWordWrap(True)
        self.licenses = QPlainTextEdit(licenses_text(licenses or licenses_path()))
        self.licenses.setReadOnly(True)
        self.licenses.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.licenses.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = close_buttons()
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Third-party software ({file}):").format(
            file=LICENSES_FILE)))
        layout.addWidget(self.licenses, 1)
        layout.addWidget(buttons)
