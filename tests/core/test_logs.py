"""The log file: the platform's folder, an override for tests, and never a reason to stop."""

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from core import logs


@pytest.fixture(autouse=True)
def no_handler_left():
    """Each test starts and ends without the log file handler (closed, no ResourceWarning)."""
    yield
    logger = logging.getLogger(logs.LOGGER)
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()


@pytest.mark.parametrize(("platform", "env", "expected"), [
    ("linux", {"XDG_STATE_HOME": "/state"}, Path("/state/seatcalc")),
    ("linux", {}, Path.home() / ".local/state/seatcalc"),
    ("darwin", {}, Path.home() / "Library/Logs/SeatCalc"),
    ("win32", {"LOCALAPPDATA": "C:/Users/ana/AppData/Local"},
     Path("C:/Users/ana/AppData/Local/SeatCalc/Logs")),
    ("linux", {"SEATCALC_LOG_DIR": "/elsewhere", "XDG_STATE_HOME": "/state"},
     Path("/elsewhere")),
])
def test_the_log_folder_of_each_platform(monkeypatch, platform, env, expected):
    for name in ("SEATCALC_LOG_DIR", "XDG_STATE_HOME", "LOCALAPPDATA"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "platform", platform)
    assert logs.log_folder() == expected


def test_records_go_to_a_rotating_file(tmp_path, monkeypatch):
    monkeypatch.setenv("SEATCALC_LOG_DIR", str(tmp_path / "new" / "folder"))
    path = logs.setup_logging()
    assert path == tmp_path / "new" / "folder" / "seatcalc.log"
    assert logs.log_file() == path
    logging.getLogger("seatcalc.test").warning("a record for the file")
    assert "WARNING seatcalc.test" in path.read_text(encoding="utf-8")
    (handler,) = [h for h in logging.getLogger(logs.LOGGER).handlers
                  if isinstance(h, RotatingFileHandler)]
    assert (handler.maxBytes, handler.backupCount) == (1_000_000, 3)


def test_calling_it_again_moves_the_file_without_a_second_handler(tmp_path, monkeypatch):
    monkeypatch.setenv("SEATCALC_LOG_DIR", str(tmp_path / "a"))
    logs.setup_logging()
    monkeypatch.setenv("SEATCALC_LOG_DIR", str(tmp_path / "b"))
    assert logs.setup_logging() == tmp_path / "b" / "seatcalc.log"
    assert len(logging.getLogger(logs.LOGGER).handlers) == 1


def test_a_folder_that_cannot_be_made_leaves_the_program_running(tmp_path, monkeypatch):
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("SEATCALC_LOG_DIR", str(blocker / "logs"))
    assert logs.setup_logging() is None
    assert logs.log_file() is None
    logging.getLogger("seatcalc.test").error("goes nowhere, raises nothing")
