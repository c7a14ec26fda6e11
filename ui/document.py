"""The open document: the current Scenario, its undo stack and its file.

Every edit is a new immutable Scenario pushed as one ``QUndoCommand`` (a pasted block or a
row insertion included), so undo and redo restore exactly; ``cleanChanged`` drives the
window's unsaved-changes mark.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from core.io import scenario_file
from core.model.scenario import Scenario


class _SetScenario(QUndoCommand):
    def __init__(self, document: Document, before: Scenario, after: Scenario, text: str):
        super().__init__(text)
        self.document, self.before, self.after = document, before, after

    def redo(self) -> None:
        self.document._set(self.after)

    def undo(self) -> None:
        self.document._set(self.before)


class Document(QObject):
    """Holds the scenario; ``changed`` is emitted with the new Scenario after every edit."""

    changed = Signal(object)
    path_changed = Signal(object)

    def __init__(self, scenario: Scenario, path: Path | None = None, parent=None) -> None:
        super().__init__(parent)
        self.scenario = scenario
        self.path = path
        self.undo_stack = QUndoStack(self)

    def apply(self, scenario: Scenario, text: str) -> None:
        """Make ``scenario`` current as one undoable step described by ``text``."""
        if scenario != self.scenario:
            self.undo_stack.push(_SetScenario(self, self.scenario, scenario, text))

    def replace(self, scenario: Scenario, path: Path | None) -> None:
        """Load another scenario (a file opened): a fresh history, saved state."""
        self.undo_stack.clear()
        self.path = path
        self._set(scenario)
        self.path_changed.emit(path)

    def save(self, path: Path) -> None:
        """Save atomically to ``path`` and mark the current state as saved."""
        scenario_file.save(self.scenario, path)
        self.path = path
        self.undo_stack.setClean()
        self.path_changed.emit(path)

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def _set(self, scenario: Scenario) -> None:
        self.scenario = scenario
        self.changed.emit(scenario)
