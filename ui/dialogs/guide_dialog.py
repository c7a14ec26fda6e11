"""Help > SeatCalc guide (F1): the user guide, offline, from ``resources/help`` (a translated
``guide.LANG.html`` when there is one for the window's language, else ``guide.html``)."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from core.resources import resource_path
from ui import text
from ui.application import fit_to_screen


def guide_file():
    """The guide in the window's language, or in English."""
    own = resource_path("help", f"guide.{text.language}.html")
    return own if own.is_file() else resource_path("help", "guide.html")


class GuideDialog(QDialog):
    """The guide in a browser of its own: links inside it jump to its sections."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("SeatCalc guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setSource(QUrl.fromLocalFile(str(guide_file())))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.browser)
        lay.addWidget(buttons)
        fit_to_screen(self, 760, 600)
