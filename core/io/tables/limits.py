"""Explicit limits on what a table may be, checked before the work they would bound.

No real election comes near them (India's 2024 general election had about 1.05 million
polling stations; Excel itself stops at 1,048,576 rows, 16,384 columns and 32,767
characters a cell), and each one closes a class of hostile file (issue 11, item 9):

* a workbook is a zip archive: its parts are checked in the archive's directory before one
  byte is inflated, against :data:`MAX_UNPACKED_BYTES` (all parts read) and
  :data:`MAX_INFLATE_RATIO` (Apache POI's "zip bomb" rule: a part over 1 MiB that
  inflates more than 100-fold is refused);
* a CSV file is sized and its lines counted before pandas reads it (:data:`MAX_FILE_BYTES`,
  :data:`MAX_ROWS`, :data:`MAX_CELLS`); a workbook's rows, columns and cells are counted as
  its sheet streams past, and the reading stops at the first cell over a limit (a cell at
  XFD1048576 is refused as the first cell of its row is read: the sheet's own
  ``<dimension>`` is never trusted);
* no cell is longer than :data:`MAX_CELL_CHARS`; no vote total exceeds :data:`MAX_TOTAL`
  (sums are exact, never wrapped).

Each refusal is a :class:`TableImportError` that names the limit.
"""

from __future__ import annotations

from core.io.tables.records import TableImportError
from core.message import QT_TRANSLATE_NOOP
from core.text.formats import format_count

MAX_FILE_BYTES = 1 << 30
"""A CSV file (or a zipped one, unpacked) larger than 1 GiB is refused."""
MAX_UNPACKED_BYTES = 1 << 30
"""The parts of a workbook that are read (sheet, shared strings, styles) unpack to 1 GiB at
most, together."""
MAX_INFLATE_RATIO = 100
"""A zip member over :data:`RATIO_FLOOR_BYTES` may inflate at most 100-fold (Apache POI's
``ZipSecureFile`` default)."""
RATIO_FLOOR_BYTES = 1 << 20
MAX_ROWS = 2_000_000
"""Data rows of a table."""
MAX_COLUMNS = 2_000
"""Columns of a table."""
MAX_CELLS = 100_000_000
"""Rows times columns."""
MAX_CELL_CHARS = 32_767
"""Characters in one cell: Excel's own limit."""
MAX_TOTAL = (1 << 63) - 1
"""A vote total (a column's sum) must fit a 64-bit integer: the rest of SeatCalc counts in
them. The sum itself is computed exactly; above this it is refused, never wrapped."""
MIB = 1 << 20

LIMITS = {
    "file size (CSV)": f"{MAX_FILE_BYTES >> 30} GiB",
    "unpacked workbook or zipped table": f"{MAX_UNPACKED_BYTES >> 30} GiB",
    "inflation of a zip part over 1 MiB": f"{MAX_INFLATE_RATIO}-fold",
    "rows": format_count(MAX_ROWS),
    "columns": format_count(MAX_COLUMNS),
    "cells": format_count(MAX_CELLS),
    "characters in a cell": format_count(MAX_CELL_CHARS),
    "a vote total": format_count(MAX_TOTAL),
}
"""The limits in English, for the documentation and the tests."""


def _mib(size: int) -> int:
    """A byte size in whole MiB, rounded up (a size over a limit never reads as equal)."""
    return -(-size // MIB)


def check_file_size(name: str, size: int) -> None:
    """Refuse a table file over :data:`MAX_FILE_BYTES`."""
    if size > MAX_FILE_BYTES:
        raise TableImportError(QT_TRANSLATE_NOOP(
            "refusal", "the file is {size} MiB, over the limit of {limit} MiB for a table"),
            where=name, size=_mib(size), limit=_mib(MAX_FILE_BYTES))


def check_zip_part(name: str, part: str, packed: int, unpacked: int, total: int) -> None:
    """Refuse a zip member by its declared sizes (before inflating it).

    ``total`` is the unpacked size of every part read so far, this one included. Python's
    zipfile stops at the declared size and checks the CRC, so the declaration bounds the work.
    """
    if total > MAX_UNPACKED_BYTES:
        raise TableImportError(QT_TRANSLATE_NOOP(
            "refusal", "{part} unpacks to {size} MiB, over the limit of {limit} MiB for a "
                       "workbook"),
            where=name, part=part, size=_mib(total), limit=_mib(MAX_UNPACKED_BYTES))
    if unpacked > RATIO_FLOOR_BYTES and unpacked > MAX_INFLATE_RATIO * max(packed, 1):
        raise TableImportError(QT_TRANSLATE_NOOP(
            "refusal", "{part} unpacks {ratio}-fold, over the limit of {limit}-fold (a zip "
                       "bomb?)"),
            where=name, part=part, ratio=unpacked // max(packed, 1), limit=MAX_INFLATE_RATIO)


def check_rows(name: str, rows: int, columns: int = 1) -> None:
    """Refuse more than :data:`MAX_ROWS` rows, or ``rows * columns`` over :data:`MAX_CELLS`."""
    if rows > MAX_ROWS:
        raise TableImportError(QT_TRANSLATE_NOOP(
            "refusal", "more than {limit} rows, over the limit for a table"),
            where=name, limit=MAX_ROWS)
    check_cells(name, rows * columns)


def check_cells(name: str, cells: int) -> None:
    """Refuse more than :data:`MAX_CELLS` cells."""
    if cells > MAX_CELLS:
        raise TableImportError(QT_TRANSLATE_NOOP(
            "refusal", "more than {limit} cells, over the limit for a table"),
            where=name, limit=MAX_CELLS)


def check_column(name: str, column: int) -> None:
    """Refuse a cell in column ``column`` (1-based) beyond :data:`MAX_COLUMNS`."""
    if column > MAX_COLUMNS:
        from openpyxl.utils import get_column_letter

        letter = get_column_letter(column) if column <= 18278 else str(column)
        raise TableImportError(QT_TRANSLATE_NOOP(
            "refusal", "a cell in column {column}, over the limit of {limit} columns"),
            where=name, column=letter, limit=MAX_COLUMNS)


def cell_too_long(name: str, size: int, *, line: int | None = None, or_more: bool = False,
                  cell: str | None = None) -> TableImportError:
    """The refusal of a cell of ``size`` characters (over :data:`MAX_CELL_CHARS`): on
    ``line`` (``or_more``: at least ``size``), at ``cell`` (a workbook's ``B7``), or else in
    the header."""
    if line is not None and or_more:
        template = QT_TRANSLATE_NOOP(
            "refusal", "a cell of {size} characters or more on line {line}, over the limit of "
                       "{limit} characters (Excel's own limit)")
    elif line is not None:
        template = QT_TRANSLATE_NOOP(
            "refusal", "a cell of {size} characters on line {line}, over the limit of {limit} "
                       "characters (Excel's own limit)")
    elif cell is not None:
        template = QT_TRANSLATE_NOOP(
            "refusal", "a cell of {size} characters (cell {cell}), over the limit of {limit} "
                       "characters (Excel's own limit)")
    else:
        template = QT_TRANSLATE_NOOP(
            "refusal", "a cell of {size} characters in the header, over the limit of {limit} "
                       "characters (Excel's own limit)")
    return TableImportError(template, where=name, size=size, line=str(line), cell=cell,
                            limit=MAX_CELL_CHARS)


def check_total(name: str, column: str, total: int) -> None:
    """Refuse an exact vote total over :data:`MAX_TOTAL`."""
    if total > MAX_TOTAL:
        raise TableImportError(QT_TRANSLATE_NOOP(
            "refusal", "the votes of '{column}' add up to {total}, more than a count can hold "
                       "({limit}); refused rather than wrapped"),
            where=name, column=column, total=total, limit=MAX_TOTAL)
