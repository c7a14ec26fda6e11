"""The open document: the current Scenario, its undo stack, its file and its Result.

Every edit is a new immutable Scenario pushed as one ``QUndoCommand`` (a pasted block or a
row insertion included), so undo and redo restore exactly; ``cleanChanged`` drives the
window's unsaved-changes mark.

The document owns the allocation: each new scenario is allocated off the UI thread (the
latest wins), and ``result_changed(result)`` reaches the tables, the chart, the panels and
the dialogs, which subscribe to it; ``result_failed(message)`` says why a scenario cannot be
allocated. Nothing else allocates the document's scenario.
"""

from __future__ import annotations

import weakref
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from core.io import scenario_file
from core.model.scenario import Scenario
from core.rules.allocate import Result, allocate
from ui.worker import Failure, Worker


class _SetScenario(QUndoCommand):
    # The document holds its undo stack, which holds this command: a strong reference back
    # made a cycle that Python's garbage collector cleared while Qt still deleted the
    # commands (a crash when a document with edits was dropped).
    def __init__(self, document: Document, before: Scenario, after: Scenario, text: str):
        super().__init__(text)
        self.document, self.before, self.after = weakref.ref(document), before, after

    def redo(self) -> None:
        self.document()._set(self.after)

    def undo(self) -> None:
        self.document()._set(self.before)


class Document(QObject):
    """Holds the scenario; ``changed`` is emitted with the new Scenario after every edit,
    ``result_changed`` with its Result once allocated (or ``result_failed``)."""

    changed = Signal(object)
    path_changed = Signal(object)
    result_changed = Signal(object)  # Result of the current scenario
    result_failed = Signal(str)  # why the current scenario cannot be allocated

    def __init__(self, scenario: Scenario, path: Path | None = None, parent=None) -> None:
        super().__init__(parent)
        self.scenario = scenario
        self.path = path
        self.undo_stack = QUndoStack(self)
        self.result: Result | None = None  # the latest; an older scenario's while computing
        self.failure: str | None = None  # why the current scenario cannot be allocated
        self._worker = Worker(self)
        self._allocate()

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
        self._allocate()

    # ---------------------------------------------------------------- the Result

    def current_result(self) -> Result | None:
        """The Result of the scenario as it is now; None while it is computed or failed."""
        result = self.result
        return result if result is not None and result.scenario is self.scenario else None

    @property
    def settled(self) -> bool:
        """The current scenario has its Result, or the reason it has none."""
        return self.current_result() is not None or self.failure is not None

    def _allocate(self) -> None:
        scenario, previous = self.scenario, self.result
        self.failure = None
        self._worker.run(lambda: allocate(scenario, previous), self._allocated, self._refused)

    def _allocated(self, result: Result) -> None:
        self.result = result
        self.result_changed.emit(result)

    def _refused(self, failure: Failure) -> None:
        self.failure = (failure.message if failure.bug else self.tr(
            "These votes and rules cannot be allocated: {why}").format(why=failure.message))
        self.result_failed.emit(self.failure)

    def stop(self) -> None:
        """Drop the allocation in flight and wait for its thread (the window is closing)."""
        self._worker.abandon()

    def wait(self, timeout_ms: int = 5000) -> None:
        """Process events (an edit still queued included) until the current scenario is
        settled (tests, screenshots)."""
        clock = QElapsedTimer()
        clock.start()
        while True:
            self._worker.wait()
            QCoreApplication.processEvents()
            if self.settled or clock.elapsed() > timeout_ms:
                return
