"""Everything SeatCalc remembers between sessions, each declared once: key, type, default.

QSettings hands a value back as the platform stored it (an INI file returns a one-item list
as a plain string, the registry keeps types), so :class:`Settings` reads every value into
its declared type and falls back to the default when it cannot. Adding a setting is one
declaration here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")
APP_NAME = "SeatCalc"  # also the organisation and application QSettings are stored under


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One remembered value: ``kind`` is str, tuple (of str) or QByteArray."""

    key: str
    kind: type
    default: T


WINDOW_GEOMETRY: Setting[QByteArray] = Setting("window/geometry", QByteArray, QByteArray())
SPLITTER_STATE: Setting[QByteArray] = Setting("window/splitter", QByteArray, QByteArray())
RECENT_FILES: Setting[tuple[str, ...]] = Setting("recent", tuple, ())  # newest first
SCENARIO_FOLDER: Setting[str] = Setting("folders/scenarios", str, "")  # open and save
IMPORT_FOLDER: Setting[str] = Setting("folders/import", str, "")  # result tables
EXPORT_FOLDER: Setting[str] = Setting("folders/export", str, "")  # reports and charts
CHART_LAYOUT: Setting[str] = Setting("chart/layout", str, "hemicycle")  # core.chart.layouts
CHART_ARC: Setting[str] = Setting("chart/arc", str, "180")  # the hemicycle's, in degrees
INPUTS_SHOWN: Setting[str] = Setting("window/inputs", str, "shown")  # or "hidden"
LANGUAGE: Setting[str] = Setting("ui/language", str, "")  # "en", "ru", "kk"; "": the system's
MAX_RECENT = 8


def _read(setting: Setting[T], value: Any) -> T:
    if value is None:
        return setting.default
    if setting.kind is tuple:
        return (value,) if isinstance(value, str) else tuple(str(v) for v in value)
    if setting.kind is str:
        return str(value)
    return value if isinstance(value, setting.kind) else setting.default


class Settings:
    """Typed reads and writes of a QSettings store; with none (tests, screenshots) every
    setting reads as its default and writes go nowhere."""

    def __init__(self, store: QSettings | None) -> None:
        self.store = store

    def get(self, setting: Setting[T]) -> T:
        if self.store is None:
            return setting.default
        return _read(setting, self.store.value(setting.key))

    def set(self, setting: Setting[T], value: T) -> None:
        if self.store is not None:
            self.store.setValue(setting.key, list(value) if setting.kind is tuple else value)

    def add_recent(self, path: str) -> tuple[str, ...]:
        """Put ``path`` first in the recent files (once, at most MAX_RECENT of them)."""
        recent = (path, *(p for p in self.get(RECENT_FILES) if p != path))[:MAX_RECENT]
        self.set(RECENT_FILES, recent)
        return recent
