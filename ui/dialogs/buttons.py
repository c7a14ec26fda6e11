"""The dialogs' Close button, worded by SeatCalc: Qt has no Kazakh words of its own, so its
standard button would say Russian «Закрыть» in a Kazakh window (docs/translations.md). It is
a button of ours in the reject role: Qt words its standard buttons again at each change of
language, after the dialog has."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox

REJECT = QDialogButtonBox.ButtonRole.RejectRole


def close_buttons() -> QDialogButtonBox:
    """A button box with a Close button (its ``rejected`` signal) in the window's language."""
    buttons = QDialogButtonBox()
    buttons.addButton(_close(), REJECT)
    return buttons


def close_button(buttons: QDialogButtonBox) -> QAbstractButton:
    return next(b for b in buttons.buttons() if buttons.buttonRole(b) == REJECT)


def word_close(buttons: QDialogButtonBox) -> None:
    """The Close button worded again (after a change of language)."""
    close_button(buttons).setText(_close())


def _close() -> str:
    return QCoreApplication.translate("Dialogs", "Close")
