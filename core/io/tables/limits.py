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

from core.io.tables.messages import count_text, say, size_text
from core.io.tables.records import TableImportError

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

LIMITS = {
    "file size (CSV)": size_text(MAX_FILE_BYTES),
    "unpacked workbook or zipped table": size_text(MAX_UNPACKED_BYTES),
    "inflation of a zip part over 1 MiB": f"{MAX_INFLATE_RATIO}-fold",
    "rows": count_text(MAX_ROWS),
    "columns": count_text(MAX_COLUMNS),
    "cells": count_text(MAX_CELLS),
    "characters in a cell": count_text(MAX_CELL_CHARS),
    "a vote total": count_text(MAX_TOTAL),
}
"""The limits in words, for the documentation and the tests."""


def check_file_size(name: str, size: int) -> None:
    """Refuse a table file over :data:`MAX_FILE_BYTES`."""
    if size > MAX_FILE_BYTES:
        raise TableImportError(say("limit.file_bytes", file=name, size=size_text(size),
                                   limit=size_text(MAX_FILE_BYTES)))


def check_zip_part(name: str, part: str, packed: int, unpacked: int, total: int) -> None:
    """Refuse a zip member by its declared sizes (before inflating it).

    ``total`` is the unpacked size of every part read so far, this one included. Python's
    zipfile stops at the declared size and checks the CRC, so the declaration bounds the work.
    """
    if total > MAX_UNPACKED_BYTES:
        raise TableImportError(say("limit.unpacked_bytes", file=name, part=part,
                                   size=size_text(total), limit=size_text(MAX_UNPACKED_BYTES)))
    if unpacked > RATIO_FLOOR_BYTES and unpacked > MAX_INFLATE_RATIO * max(packed, 1):
        raise TableImportError(say("limit.inflate_ratio", file=name, part=part,
                                   ratio=count_text(unpacked // max(packed, 1)),
                                   limit=MAX_INFLATE_RATIO))


def check_rows(name: str, rows: int, columns: int = 1) -> None:
    """Refuse more than :data:`MAX_ROWS` rows, or ``rows * columns`` over :data:`MAX_CELLS`."""
    if rows > MAX_ROWS:
        raise TableImportError(say("limit.rows", file=name, limit=count_text(MAX_ROWS)))
    check_cells(name, rows * columns)


def check_cells(name: str, cells: int) -> None:
    """Refuse more than :data:`MAX_CELLS` cells."""
    if cells > MAX_CELLS:
        raise TableImportError(say("limit.cells", file=name, limit=count_text(MAX_CELLS)))


def check_column(name: str, column: int) -> None:
    """Refuse a cell in column ``column`` (1-based) beyond :data:`MAX_COLUMNS`."""
    if column > MAX_COLUMNS:
        from openpyxl.utils import get_column_letter

        letter = get_column_letter(column) if column <= 18278 else str(column)
        raise TableImportError(say("limit.columns", file=name, column=letter,
                                   limit=count_text(MAX_COLUMNS)))


def cell_too_long(name: str, size: int, where: str = "") -> TableImportError:
    """The refusal of a cell of ``size`` characters (over :data:`MAX_CELL_CHARS`)."""
    return TableImportError(say("limit.cell_chars", file=name, size=count_text(size),
                                where=where, limit=count_text(MAX_CELL_CHARS)))


def check_total(name: str, column: str, total: int) -> None:
    """Refuse an exact vote total over :data:`MAX_TOTAL`."""
    if total > MAX_TOTAL:
        raise TableImportError(say("limit.total", file=name, column=column,
                                   total=count_text(total), limit=count_text(MAX_TOTAL)))
