"""Allocation off the UI thread: the latest scenario wins, stale results are dropped."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Signals(QObject):
    done = Signal(int, object, object)  # generation, result, error


class _Job(QRunnable):
    def __init__(self, generation: int, func: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.generation, self.func, self.signals = generation, func, signals

    def run(self) -> None:
        try:
            result, error = self.func(), None
        except Exception as e:  # handed to the UI thread and shown to the user
            result, error = None, e
        self.signals.done.emit(self.generation, result, error)


class Recomputer(QObject):
    """Runs ``func(arg)`` in a thread pool; emits ``finished(result)`` or ``failed(error)``
    for the most recent request only, and never runs two at once (the newest waits)."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, func: Callable[[Any], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._func = func
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._generation = 0
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_done)

    def request(self, arg: Any) -> None:
        """Compute for ``arg``; earlier requests still queued are skipped."""
        self._generation += 1
        self._pool.clear()
        self._pool.start(_Job(self._generation, lambda: self._func(arg), self._signals))

    def wait(self) -> None:
        """Block until the pool is idle (tests, screenshots)."""
        self._pool.waitForDone()

    @Slot(int, object, object)
    def _on_done(self, generation: int, result: Any, error: Any) -> None:
        if generation != self._generation:
            return
        if error is not None:
            self.failed.emit(error)
        else:
            self.finished.emit(result)
