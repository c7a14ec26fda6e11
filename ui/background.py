"""One cancellable job off the UI thread, as the export and import dialogs run them.

A :class:`Task` runs ``func(progress, cancel)`` in a ``QThreadPool``; progress and the
outcome come back to the UI thread by signal. Connect the signals to bound methods of a
QObject living in the UI thread (a bare lambda would run in the worker).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

PROGRESS_DELAY_MS = 300  # a progress bar appears only for jobs slower than this


class _Signals(QObject):
    progress = Signal(float)
    done = Signal(object, object)  # value, error (None on success)


class Task(QRunnable):
    """Runs ``func(progress, cancel)`` in a pool: ``progress(fraction)`` is emitted as
    ``signals.progress``, ``cancel()`` is true once ``cancel_event`` is set, and the value
    returned (or the exception raised) is emitted as ``signals.done(value, error)``."""

    def __init__(self, func: Callable[[Callable[[float], Any], Callable[[], bool]], Any],
                 cancel_event: threading.Event) -> None:
        super().__init__()
        self.func, self.cancel_event = func, cancel_event
        self.signals = _Signals()

    def run(self) -> None:
        try:
            value, error = self.func(self.signals.progress.emit, self.cancel_event.is_set), None
        except Exception as e:  # handed to the UI thread and shown there
            value, error = None, e
        self.signals.done.emit(value, error)


def abandon(task: Task | None, pool: QThreadPool) -> None:
    """Cancel ``task`` (if any), drop its signals and wait for ``pool`` to finish: for a
    dialog that closes while its job runs."""
    if task is not None:
        task.cancel_event.set()
        task.signals.progress.disconnect()
        task.signals.done.disconnect()
    pool.waitForDone()
