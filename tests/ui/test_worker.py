"""The worker helper: results and failures come back on the UI thread, the latest job wins,
and a bug is logged with its traceback while the analyst reads a short message."""

import gc
import logging
import threading

import pytest

from core.logs import LOGGER, setup_logging
from core.rules.methods import AllocationError
from ui import document as document_module
from ui.document import Document
from ui.models.party_model import VOTES, PartyModel
from ui.worker import Failure, Worker


@pytest.fixture
def log_dir(tmp_path, monkeypatch):
    """The log goes to a folder of the test's own; the handler is closed afterwards."""
    folder = tmp_path / "logs"
    monkeypatch.setenv("SEATCALC_LOG_DIR", str(folder))
    assert setup_logging() == folder / "seatcalc.log"
    yield folder
    logger = logging.getLogger(LOGGER)
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()


class Outcome:
    """What a worker handed back."""

    def __init__(self) -> None:
        self.results: list = []
        self.failures: list[Failure] = []
        self.progress: list = []

    def done(self) -> bool:
        return bool(self.results or self.failures)


def run(qtbot, func, **kwargs) -> Outcome:
    worker, outcome = Worker(**kwargs), Outcome()
    worker.run(func, outcome.results.append, outcome.failures.append)
    qtbot.waitUntil(outcome.done, timeout=5000)
    return outcome


def test_a_bug_in_a_job_is_logged_with_its_traceback_and_shown_short(qtbot, log_dir):
    def broken():
        return {}["no such key"]

    outcome = run(qtbot, broken)
    (failure,) = outcome.failures
    assert failure.bug
    assert isinstance(failure.error, KeyError)
    assert "cannot be allocated" not in failure.message
    assert "\n" not in failure.message
    assert len(failure.message) < 250
    assert "KeyError" in failure.message
    assert str(log_dir / "seatcalc.log") in failure.message
    logged = (log_dir / "seatcalc.log").read_text(encoding="utf-8")
    assert "ERROR seatcalc.worker" in logged
    assert "Traceback (most recent call last)" in logged
    assert "in broken" in logged
    assert "KeyError: 'no such key'" in logged


def test_a_refusal_is_not_a_bug_and_is_not_logged(qtbot, log_dir):
    def refused():
        raise AllocationError("the list tier has no seats to allocate")

    (failure,) = run(qtbot, refused).failures
    assert (failure.bug, failure.message) == (False, "the list tier has no seats to allocate")
    assert (log_dir / "seatcalc.log").read_text(encoding="utf-8") == ""


def test_expected_kinds_are_refusals_for_that_worker(qtbot, log_dir):
    def missing():
        raise FileNotFoundError(2, "No such file or directory", "votes.csv")

    (failure,) = run(qtbot, missing, expected=(OSError,)).failures
    assert not failure.bug
    assert "votes.csv" in failure.message
    assert (log_dir / "seatcalc.log").read_text(encoding="utf-8") == ""


def test_the_latest_job_wins(qtbot):
    release, calls = threading.Event(), []
    worker, outcome = Worker(), Outcome()
    worker.run(lambda: release.wait(5) and "first", outcome.results.append,
               outcome.failures.append)
    worker.run(lambda: calls.append("second") or "second", outcome.results.append,
               outcome.failures.append)
    worker.run(lambda: "third", outcome.results.append, outcome.failures.append)
    release.set()
    qtbot.waitUntil(outcome.done, timeout=5000)
    worker.wait()
    qtbot.wait(50)  # the first job's outcome, had it been delivered, would be here by now
    assert outcome.results == ["third"]
    assert calls == []  # made stale before it started: never run
    assert not worker.busy


def test_progress_and_cancel_reach_the_job(qtbot):
    started = threading.Event()

    def long_job(progress, cancelled):
        progress(0.25)
        started.set()
        while not cancelled():
            threading.Event().wait(0.005)
        raise InterruptedError("stopped")

    worker, outcome = Worker(expected=(InterruptedError,)), Outcome()
    worker.run_with_progress(long_job, outcome.results.append, outcome.failures.append,
                             outcome.progress.append)
    assert started.wait(5)
    assert worker.busy
    worker.cancel()
    qtbot.waitUntil(outcome.done, timeout=5000)
    assert outcome.progress == [0.25]
    assert [f.message for f in outcome.failures] == ["stopped"]


def test_a_bug_while_allocating_is_not_blamed_on_the_votes(make_window, kz2023, log_dir,
                                                          monkeypatch):
    window = make_window(kz2023)

    def broken(scenario, previous=None):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(document_module, "allocate", broken)
    window.party_model.setData(window.party_model.index(0, VOTES), "2 000 000")
    window.document.wait()
    shown = window.message.text()
    assert window.message.isVisibleTo(window)
    assert "cannot be allocated" not in shown
    assert "ZeroDivisionError" in shown
    assert "seatcalc.log" in shown
    assert "Traceback" in (log_dir / "seatcalc.log").read_text(encoding="utf-8")


def test_votes_that_cannot_be_allocated_say_so_and_log_nothing(qtbot, kz2023, log_dir,
                                                               monkeypatch):
    def refuse(scenario, previous=None):
        raise AllocationError("no party passes the threshold")

    monkeypatch.setattr(document_module, "allocate", refuse)
    document = Document(kz2023)
    with qtbot.waitSignal(document.result_failed) as failed:
        pass
    assert failed.args == ["These votes and rules cannot be allocated: no party passes the "
                           "threshold"]
    assert document.settled
    assert document.current_result() is None
    assert (log_dir / "seatcalc.log").read_text(encoding="utf-8") == ""


def test_documents_dropped_with_edits_in_flight_are_collected_safely(qapp, kz2023):
    # Python's garbage collector once cleared undo commands and workers that Qt still
    # used (a crash, or "'_Job' object has no attribute 'func'"), when a document was
    # dropped with allocations queued.
    for n in range(150):
        document = Document(kz2023)
        model = PartyModel(document)
        model.setData(model.index(0, VOTES), str(1_000 + n))
        model.setData(model.index(1, VOTES), str(2_000 + n))
        if n % 2:
            document.wait()
        del document, model
        if n % 5 == 0:
            gc.collect()
    gc.collect()
    qapp.processEvents()
