"""Vote cells read exactly, a whole column at a time; sums exact, never wrapped."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from core.io.tables import limits
from core.message import Message, msg
from core.model.numbers import MAX_DIGITS, parse_count
from core.refusal import Refusal


@dataclass
class Counts:
    """A column read as counts: ``values`` (int64; 0 where bad or empty), the masks of the
    bad and empty cells, and the reason for each bad position."""

    values: np.ndarray
    bad: np.ndarray
    empty: np.ndarray
    reasons: dict[int, Message | Refusal]


def read_counts(column: pd.Series) -> Counts:
    """Read every cell of ``column`` with ``parse_count``'s rules, vectorised.

    A column pandas already read as int64 is exact (only negatives are refused). Text
    columns: plain digit cells (the vast majority) are converted by numpy in one call; only
    the others go through ``parse_count``. A cell holding a formula (``=SUM(...)``, from a
    workbook saved without its values) is refused as such, never read as 0.
    """
    n = len(column)
    if column.dtype.kind == "i":
        values = column.to_numpy(dtype=np.int64)
        bad = (values < 0) | (values >= 10**MAX_DIGITS)
        reasons: dict[int, Message | Refusal] = {int(i): _refusal(str(values[i]))
                                                 for i in np.flatnonzero(bad)}
        values = np.where(bad, 0, values)
        return Counts(values, bad, np.zeros(n, dtype=bool), reasons)
    raw = np.asarray(column.to_numpy(dtype=object, na_value=""), dtype=str)
    values = np.zeros(n, dtype=np.int64)
    fast = np.strings.isdecimal(raw) & (np.strings.str_len(raw) <= MAX_DIGITS)
    if n and raw.dtype.itemsize:  # ASCII digits only, as parse_count ("٣" is text here)
        fast &= raw.view(np.uint32).reshape(n, -1).max(axis=1) < 128
    try:
        values[fast] = raw[fast].astype(np.int64)
    except ValueError:  # exotic decimal digits numpy cannot read: take the slow path
        fast[:] = False
    bad = np.zeros(n, dtype=bool)
    empty = np.zeros(n, dtype=bool)
    reasons = {}
    for i in np.flatnonzero(~fast):
        cell = raw[i]
        text = cell.strip()
        if not text:
            empty[i] = True
        elif text.startswith("="):
            bad[i] = True
            reasons[int(i)] = msg("import.formula", formula=text[:60])
        else:
            try:
                values[i] = parse_count(cell)
            except Refusal as exc:
                bad[i] = True
                reasons[int(i)] = exc
    return Counts(values, bad, empty, reasons)


def _refusal(cell: str) -> Refusal:
    """``parse_count``'s reason for refusing ``cell``."""
    try:
        parse_count(cell)
    except Refusal as exc:
        return exc
    raise AssertionError(f"{cell!r} was expected to be refused")


def exact_sum(values: np.ndarray) -> int:
    """The exact sum of non-negative int64 ``values`` (Python ints where int64 could wrap)."""
    if not len(values):
        return 0
    if int(values.max()) * len(values) <= limits.MAX_TOTAL:
        return int(values.sum())
    return sum(values.tolist())


def sum_by(codes: np.ndarray, values: np.ndarray, k: int) -> np.ndarray:
    """Sums of ``values`` per code (0..k-1), int64: callers have checked the column's exact
    total against ``limits.MAX_TOTAL``, so no partial sum of non-negative counts wraps."""
    out = np.zeros(k, dtype=np.int64)
    np.add.at(out, codes, values)
    return out
