"""The per-station figures of a wide table, kept compact for the observer statistics."""

from __future__ import annotations

import numpy as np

from core.analysis.observer import BALLOTS_CAST, BALLOTS_ISSUED, StationTable
from core.io.tables.records import ColumnMapping
from core.message import Term

_ISSUED_PARTS = ("ballots_issued_early", "ballots_issued_in_premises", "ballots_issued_outside")
_BOXES = ("ballots_in_portable_boxes", "ballots_in_stationary_boxes")


class StationCollector:
    """Gathers, chunk by chunk, what ``core.analysis.observer`` needs of each counted row:
    its line, region, registered voters, ballots issued and cast, and party votes."""

    def __init__(self, mapping: ColumnMapping) -> None:
        from core.io.tables.build import Codes

        self.kinds = set(mapping.other_columns.values())
        self.regions = Codes()
        self.parts: dict[str, list[np.ndarray]] = {k: [] for k in (
            "lines", "region", "registered", "issued", "cast", "votes")}

    def add(self, lines: np.ndarray, region: np.ndarray | None, kinds: dict[str, np.ndarray],
            parties: list[np.ndarray]) -> None:
        """One chunk's counted rows: ``kinds`` maps each counted kind to its per-row values."""
        n = len(lines)
        party_sum = np.sum(parties, axis=0) if parties else np.zeros(n, np.int64)
        others = kinds.get("against_all", 0) + kinds.get("invalid", 0)
        fallback = party_sum + others  # every ballot the table accounts for
        self.parts["lines"].append(lines)
        if region is not None:
            codes, _ = self.regions.encode(region)
            self.parts["region"].append(_compact(codes))
        if "registered" in kinds:
            self.parts["registered"].append(_compact(kinds["registered"]))
        self.parts["issued"].append(_compact(_issued(kinds, fallback)))
        self.parts["cast"].append(_compact(_cast(kinds, fallback)))
        self.parts["votes"].append(_compact(np.column_stack(parties)) if parties else
                                   np.zeros((n, 0), np.int32))

    def table(self, party_ids: list[str], party_names: list[str]) -> StationTable | None:
        """The stations gathered (None when no row was counted)."""
        if not self.parts["lines"] or not sum(len(x) for x in self.parts["lines"]):
            return None

        def joined(name: str) -> np.ndarray:
            return np.concatenate(self.parts[name])  # int64 if any chunk needs it

        def optional(name: str) -> np.ndarray | None:  # a line not every table has
            return joined(name) if self.parts[name] else None

        return StationTable(
            lines=joined("lines"),
            region=optional("region"),
            region_names=list(self.regions.names),
            registered=optional("registered"),
            issued=joined("issued"),
            cast=joined("cast"),
            votes=joined("votes"),
            party_ids=list(party_ids),
            party_names=list(party_names),
            issued_from=_issued_source(self.kinds),
        )


def _issued(kinds: dict[str, np.ndarray], fallback: np.ndarray) -> np.ndarray:
    """Ballots issued (Kobak et al.'s turnout numerator), from the best lines present."""
    parts = [kinds[k] for k in _ISSUED_PARTS if k in kinds]
    if parts:
        return np.asarray(np.sum(parts, axis=0), dtype=np.int64)
    if "ballots_issued" in kinds:
        return kinds["ballots_issued"]
    return _cast(kinds, fallback)


def _cast(kinds: dict[str, np.ndarray], fallback: np.ndarray) -> np.ndarray:
    """Ballots cast, valid and invalid (the leader's share's denominator)."""
    if "valid" in kinds and "invalid" in kinds:
        return np.asarray(kinds["valid"] + kinds["invalid"], dtype=np.int64)
    if "ballots_cast" in kinds:
        return kinds["ballots_cast"]
    if all(k in kinds for k in _BOXES):
        return np.asarray(kinds[_BOXES[0]] + kinds[_BOXES[1]], dtype=np.int64)
    return fallback


def _issued_source(kinds: set[str]) -> Term:
    """Which lines the turnout is computed from (said next to every turnout figure)."""
    if kinds & {*_ISSUED_PARTS, "ballots_issued"}:
        return BALLOTS_ISSUED
    return BALLOTS_CAST


def _compact(values: np.ndarray) -> np.ndarray:
    """int32 when every value fits (halves the memory of a million stations), else int64."""
    if values.size and values.dtype.kind == "i" and int(values.max(initial=0)) < 2**31 and \
            int(values.min(initial=0)) >= -(2**31):
        return values.astype(np.int32)
    return values
