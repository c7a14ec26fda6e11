"""Progress and cancellation of a long write: reported and checked at the same points."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


class ExportCancelled(Exception):
    """Raised when the ``cancel()`` callback of an export returns True; nothing is written."""


@dataclass(frozen=True)
class Steps:
    """Call with the fraction done: reports it to ``progress`` after raising
    :class:`ExportCancelled` if ``cancel()`` is True. Both callbacks are optional."""

    progress: Callable[[float], Any] | None = None
    cancel: Callable[[], bool] | None = None

    def __call__(self, fraction: float) -> None:
        if self.cancel is not None and self.cancel():
            raise ExportCancelled("export cancelled")
        if self.progress is not None:
            self.progress(fraction)
