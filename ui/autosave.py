"""Autosave and crash recovery.

While a document has unsaved changes, it is written (atomically) a moment after each edit to
``autosave-<pid>.json`` in the user's data folder. A clean close or a save removes it; a file
whose process is gone is what a crash left behind, offered back on the next start.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer

from core.io.scenario_file import write_atomic
from core.io.scenario_reader import read_scenario
from core.io.scenario_writer import scenario_dict
from core.model.scenario import Scenario
from ui.document import Document

DELAY_MS = 2000


def autosave_dir() -> Path:
    """Where autosaves go: $SEATCALC_AUTOSAVE_DIR, else the per-user app data folder."""
    env = os.environ.get("SEATCALC_AUTOSAVE_DIR")
    base = Path(env) if env else Path(
        QStandardPaths.writableLocation(QStandardPaths.AppDataLocation)) / "autosave"
    base.mkdir(parents=True, exist_ok=True)
    return base


@dataclass(frozen=True)
class Orphan:
    """An autosave left by a process that is gone."""

    file: Path
    scenario: Scenario
    path: Path | None
    saved_at: float


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass(frozen=True)
class Unreadable:
    """An autosave that could not be read: moved aside to ``moved_to`` (None when even that
    failed), never offered back, never stopping the app from starting."""

    file: Path
    reason: str
    moved_to: Path | None


def find_orphans() -> tuple[list[Orphan], list[Unreadable]]:
    """Autosaves of dead processes, newest first, and those that could not be read (each
    renamed to ``*.unreadable`` so it is reported once and kept for a look)."""
    found, unreadable = [], []
    for file in autosave_dir().glob("autosave-*.json"):
        try:
            orphan = _read_orphan(file)
        except (OSError, ValueError, KeyError, TypeError, OverflowError, RecursionError) as e:
            unreadable.append(Unreadable(file, str(e) or type(e).__name__, _move_aside(file)))
            continue
        if orphan is not None:
            found.append(orphan)
    return sorted(found, key=lambda o: -o.saved_at), unreadable


def _read_orphan(file: Path) -> Orphan | None:
    """The autosave in ``file``, or None when its process still runs (another window)."""
    data = json.loads(file.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError("not an autosave")
    pid = data["pid"]
    if isinstance(pid, bool) or not isinstance(pid, int) or not 0 < pid < 2**31:
        raise ValueError(f"no process number ({pid!r})")
    if pid != os.getpid() and _alive(pid):
        return None
    path = data.get("path")
    if path is not None and not isinstance(path, str):
        raise ValueError(f"no file path ({path!r})")
    saved_at = data.get("saved_at", 0)
    if isinstance(saved_at, bool) or not isinstance(saved_at, int | float):
        raise ValueError(f"no time of saving ({saved_at!r})")
    return Orphan(file, read_scenario(data["scenario"]), Path(path) if path else None,
                  float(saved_at))


def _move_aside(file: Path) -> Path | None:
    target = file.with_suffix(".unreadable")
    try:
        file.replace(target)
    except OSError:
        return None
    return target


class Autosaver(QObject):
    """Writes the document shortly after each edit while it has unsaved changes."""

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.file = autosave_dir() / f"autosave-{os.getpid()}.json"
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.save_now)
        document.changed.connect(lambda _: self.timer.start())
        document.undo_stack.cleanChanged.connect(self._clean_changed)

    def save_now(self) -> None:
        """Write the autosave now (also called by the crash handler)."""
        if not self.document.modified:
            return
        path = self.document.path
        data = {"pid": os.getpid(), "path": str(path) if path else None,
                "saved_at": time.time(), "scenario": scenario_dict(self.document.scenario)}
        write_atomic(self.file, json.dumps(data, ensure_ascii=False).encode("utf-8"))

    def _clean_changed(self, clean: bool) -> None:
        if clean:
            self.discard()

    def discard(self) -> None:
        """Remove this process's autosave (after a save or a clean close)."""
        self.timer.stop()
        self.file.unlink(missing_ok=True)
