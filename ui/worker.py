"""Work off the UI thread: the one helper behind every background computation.

A :class:`Worker` belongs to a QObject of the UI thread (a document, a panel, a dialog) and
runs its jobs one at a time in a ``QThreadPool`` of its own, in the spirit of MusicBrainz
Picard's ``run_task(func, next_func)``: ``run(func, on_result, on_failure)`` calls
``func()`` in the pool, then ``on_result(value)`` or ``on_failure(failure)`` back on the UI
thread. The latest job wins: a newer one makes the jobs before it stale (asked to cancel,
skipped if not started, their outcome dropped), so an analyst typing fast only ever sees
the result of what the table shows.

Failures come in two kinds. A refusal is expected: the core raises a ``Refusal``
on purpose (votes that cannot be allocated, a file that cannot be read), and its message is
for the analyst. Anything else is a bug in SeatCalc: it is logged with its traceback under
the ``seatcalc.worker`` logger (see ``core.logs``), and the analyst reads a short message
saying so and where the details are, not a sentence blaming their votes.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal, Slot

from core.logs import log_file
from core.refusal import Refusal
from ui.text import said

log = logging.getLogger("seatcalc.worker")
DETAIL_CHARS = 100  # of a bug's own message, in the short message the analyst reads

def _is_refusal(error: BaseException, expected: tuple[type[BaseException], ...] = ()) -> bool:
    """True for the core's deliberate refusals (``core.refusal.Refusal``: a message for the
    analyst) and for the ``expected`` kinds of a job."""
    return isinstance(error, (Refusal, *expected))


def _bug_message(error: BaseException) -> str:
    """A short message for the analyst about a bug of ours (the traceback is in the log)."""
    detail = str(error)
    detail = detail if len(detail) <= DETAIL_CHARS else detail[:DETAIL_CHARS - 1] + "…"
    where = log_file()
    text = QCoreApplication.translate(
        "Worker", "An internal error stopped this ({error}); it is a fault in SeatCalc, not in "
        "your data.").format(error=f"{type(error).__name__}: {detail}")
    if where is not None:
        text += " " + QCoreApplication.translate("Worker", "Details are in {file}.").format(
            file=where)
    return text


@dataclass(frozen=True)
class Failure:
    """A job that raised: ``message`` is what to show; ``bug`` is False for a refusal."""

    error: BaseException
    message: str
    bug: bool


def _failure_of(error: BaseException, expected: tuple[type[BaseException], ...] = (),
               job: str = "a job") -> Failure:
    """Classify ``error``; a bug is logged here, with its traceback."""
    if _is_refusal(error, expected):
        return Failure(error, said(error) if isinstance(error, Refusal) else str(error),
                       bug=False)
    log.error("%s failed", job, exc_info=error)
    return Failure(error, _bug_message(error), bug=True)


class _Signals(QObject):
    progress = Signal(int, object)  # generation, value
    done = Signal(int, object, object)  # generation, value, Failure or None


class _Job:
    """One call of ``func`` in the pool; it always reports back once (a job made stale
    before it started reports at once, without calling ``func``)."""

    def __init__(self, generation: int, func: Callable[..., Any], with_progress: bool,
                 expected: tuple[type[BaseException], ...], signals: _Signals) -> None:
        self.generation, self.func, self.with_progress = generation, func, with_progress
        self.expected, self.signals = expected, signals
        self.cancel = threading.Event()  # asked to stop: ``cancelled()`` tells func
        self.stale = threading.Event()  # a newer job came: not worth starting

    def _report(self, value: Any) -> None:
        self.signals.progress.emit(self.generation, value)

    def __call__(self) -> None:
        value, failure = None, None
        if self.stale.is_set():  # its report is dropped: do not make the newer job wait
            self.signals.done.emit(self.generation, value, failure)
            return
        try:
            value = (self.func(self._report, self.cancel.is_set) if self.with_progress
                     else self.func())
        except Exception as e:  # handed to the UI thread; a bug is logged on the way
            name = getattr(self.func, "__qualname__", type(self.func).__name__)
            failure = _failure_of(e, self.expected, name)
        self.signals.done.emit(self.generation, value, failure)


# Workers with a job whose report is not yet back. Held here so that Python's garbage
# collector never clears a worker (and its owner) while a thread or a queued report still
# refers to it: it did, when a document was dropped with its allocation in flight.
_OUTSTANDING: dict[int, Worker] = {}


class Worker(QObject):
    """Runs one job at a time off the UI thread; the latest job's outcome comes back.

    ``expected`` adds kinds of exception that are not bugs for this worker's jobs (a
    cancellation, OSError for a file it writes).
    """

    def __init__(self, parent: QObject | None = None, *,
                 expected: tuple[type[BaseException], ...] = ()) -> None:
        super().__init__(parent)
        self.expected = expected
        self._pool = QThreadPool(self)  # before the signals: destroyed first, it waits
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)
        self._signals.progress.connect(self._progress)
        self._generation = 0
        self._reports_due = 0  # jobs started whose report has not come back
        self.destroyed.connect(partial(_OUTSTANDING.pop, id(self), None))
        self._job: _Job | None = None  # the latest job
        self._busy = False  # its outcome is awaited
        self._on_result: Callable[[Any], Any] | None = None
        self._on_failure: Callable[[Failure], Any] | None = None
        self._on_progress: Callable[[Any], Any] | None = None

    def run(self, func: Callable[[], Any], on_result: Callable[[Any], Any],
            on_failure: Callable[[Failure], Any]) -> None:
        """Call ``func()`` off the UI thread, then ``on_result`` or ``on_failure`` on it."""
        self._start(func, False, on_result, on_failure, None)

    def run_with_progress(self, func: Callable[[Callable[[Any], None], Callable[[], bool]], Any],
                          on_result: Callable[[Any], Any],
                          on_failure: Callable[[Failure], Any],
                          on_progress: Callable[[Any], Any]) -> None:
        """Call ``func(progress, cancelled)``: ``progress(value)`` reaches ``on_progress`` on
        the UI thread; ``cancelled()`` turns true after :meth:`cancel`."""
        self._start(func, True, on_result, on_failure, on_progress)

    def _start(self, func, with_progress, on_result, on_failure, on_progress) -> None:
        if self._job is not None:
            self._job.stale.set()
            self._job.cancel.set()
        self._generation += 1
        job = self._job = _Job(self._generation, func, with_progress, self.expected,
                               self._signals)
        self._busy = True
        self._on_result, self._on_failure = on_result, on_failure
        self._on_progress = on_progress
        self._reports_due += 1
        _OUTSTANDING[id(self)] = self
        self._pool.start(job)

    @property
    def busy(self) -> bool:
        """True from ``run`` until the job's outcome has been handed back."""
        return self._busy

    def cancel(self) -> None:
        """Ask the running job to stop (it is told by ``cancelled()``); its outcome, often
        a cancellation error, still comes back."""
        if self._busy:
            self._job.cancel.set()

    def abandon(self) -> None:
        """Cancel, forget the outcome and wait: for an owner that is closing."""
        self.cancel()
        self._generation += 1
        self._busy = False
        self.wait()

    def wait(self) -> None:
        """Block until no job runs (tests, screenshots, closing)."""
        self._pool.waitForDone()

    @Slot(int, object)
    def _progress(self, generation: int, value: Any) -> None:
        if generation == self._generation and self._on_progress is not None:
            self._on_progress(value)

    @Slot(int, object, object)
    def _done(self, generation: int, value: Any, failure: Failure | None) -> None:
        self._reports_due -= 1
        if not self._reports_due:
            _OUTSTANDING.pop(id(self), None)
        if generation != self._generation:
            return
        on_result, on_failure = self._on_result, self._on_failure
        self._busy = False
        self._on_result = self._on_failure = self._on_progress = None
        if failure is None:
            on_result(value)
        else:
            on_failure(failure)
