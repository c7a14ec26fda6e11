"""Help > SeatCalc guide (F1): the user guide, offline (resources/help/guide.html)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("SeatCalc guide"))
        self.browser = QTextBrowser()
        lay = QVBoxLayout(self)
        lay.addWidget(self.browser)
        self.resize(720, 560)
