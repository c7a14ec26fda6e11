"""Help > SeatCalc guide (F1): the user guide, offline, from ``resources/help`` (a translated
``guide.LANG.html`` when there is one for the window's language, else ``guide.html``, in
English: the dialog then says so in the window's language)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.resources import resource_path
from ui import text
from ui.application import fit_to_screen
from ui.dialogs.buttons import close_buttons, word_close
from ui.text import Retranslated


def guide_file(lang: str | None = None) -> Path:
    """The guide in ``lang`` (default: the window's language), or in English."""
    own = resource_path("help", f"guide.{lang or text.language}.html")
    return own if own.is_file() else resource_path("help", "guide.html")


class GuideDialog(Retranslated, QDialog):
    """The guide in a browser of its own: links inside it jump to its sections."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.buttons = buttons = close_buttons()
        buttons.rejected.connect(self.close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.note)
        lay.addWidget(self.browser)
        lay.addWidget(buttons)
        fit_to_screen(self, 760, 600)
        self.retranslate()

    def retranslate(self) -> None:
        """The title in the window's language, and the guide in it when it is translated;
        else the English guide, with a line saying so."""
        self.setWindowTitle(self.tr("SeatCalc guide"))
        word_close(self.buttons)
        source = guide_file()
        english = text.language != "en" and source == guide_file("en")
        self.note.setText(self.tr("The guide is not translated yet: it is in English.")
                          if english else "")
        self.note.setVisible(english)
        if self.browser.source() != QUrl.fromLocalFile(str(source)):
            self.browser.setSource(QUrl.fromLocalFile(str(source)))
