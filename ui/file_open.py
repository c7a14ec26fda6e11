"""Files the desktop hands to a running SeatCalc: macOS's Finder sends a document opened
from it (double-click, Open With, a drop on the Dock icon) to the application as a
QFileOpenEvent, not as a command-line argument. The document types of the app bundle's
Info.plist (build_spec/macos/) make the Finder offer SeatCalc for those files."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class FileOpenHandler(QObject):
    """Opens each QFileOpenEvent's file in ``window``, the main window, through its
    ``open_spec`` (which asks first if work is unsaved)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            self.window.open_spec(event.file())
            return True
        return False
