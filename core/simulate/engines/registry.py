"""One vectorised engine per tier linkage (``core.rules.linkage``), registered by the
linkage's id. A linkage without one (or a rule the engines do not know) is simulated run by
run through ``core.rules.allocate``: exact, slower, and said so in the result's notes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

ENGINES: dict[str, Callable[[Any], Any]] = {}


def register(linkage_id: str, factory: Callable[[Any], Any]) -> None:
    """Register the batch engine of linkage ``linkage_id``: ``factory(context)`` returns an
    object with ``max_house`` and ``outcomes(run_votes) -> Chunk``."""
    ENGINES[linkage_id] = factory
