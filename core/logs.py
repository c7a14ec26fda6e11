"""Where SeatCalc writes its log: a small rotating file in the platform's log folder.

``setup_logging()`` sends the records of the ``seatcalc`` loggers (``seatcalc.worker``,
``seatcalc.app``, ...) to ``seatcalc.log``, rotated at about 1 MB with three old files kept,
in the folder of :func:`log_folder`. Logging must never stop the program: when the folder
cannot be made or the file cannot be opened, the records go nowhere and ``log_file()`` is
None. No Qt here: the command line may log too.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

LOGGER = "seatcalc"
FILE_NAME = "seatcalc.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
# Until a file is set up, records go nowhere: never to the terminal through logging's "last
# resort" handler, which would break the command line's one-line error promise.
logging.getLogger(LOGGER).addHandler(logging.NullHandler())


def log_folder() -> Path:
    """$SEATCALC_LOG_DIR, else the platform's folder for an application's logs."""
    override = os.environ.get("SEATCALC_LOG_DIR")
    if override:
        return Path(override)
    home = Path.home()
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA")
        return (Path(local) if local else home / "AppData" / "Local") / "SeatCalc" / "Logs"
    if sys.platform == "darwin":
        return home / "Library" / "Logs" / "SeatCalc"
    state = os.environ.get("XDG_STATE_HOME")
    return (Path(state) if state else home / ".local" / "state") / "seatcalc"


def _installed() -> logging.FileHandler | None:
    for handler in logging.getLogger(LOGGER).handlers:
        if isinstance(handler, logging.FileHandler):  # the RotatingFileHandler set up here
            return handler
    return None


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Log the ``seatcalc`` loggers to the rotating file; returns its path, or None when no
    file could be opened. Calling it again replaces the earlier file (a test's folder)."""
    from logging.handlers import RotatingFileHandler  # imports socket: only when logging

    logger = logging.getLogger(LOGGER)
    logger.setLevel(level)
    old = _installed()
    if old is not None:
        logger.removeHandler(old)
        old.close()
    path = log_folder() / FILE_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                      encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    return path


def log_file() -> Path | None:
    """The file the log is written to, or None when logging to a file is off."""
    handler = _installed()
    return Path(handler.baseFilename) if handler is not None else None
