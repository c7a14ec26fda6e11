"""A table opened for import: its header and first rows at once, its rows in chunks.

:func:`open_table` decides the format on the bytes (an ``.xlsx`` saved as ``.csv`` reads
as the workbook it is; a zip archive holding one CSV file reads as that CSV), checks the
limits that can be checked before reading (``core.io.tables.limits``), and returns a
:class:`Table`: the column names, the first :data:`PREVIEW_ROWS` rows (for guessing what
the columns mean and for the dialog's preview), and :meth:`Table.chunks`, which streams the
rows of the columns an import needs. :func:`read_table` reads a whole table into one
DataFrame of strings (small tables, tests and tools).
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import numpy as np
import pandas as pd
from openpyxl.utils import get_column_letter

from core.io.tables import limits
from core.io.tables.csv_reader import CHUNK_ROWS, CsvLayout, csv_chunks, scan_csv
from core.io.tables.records import LINE_INDEX_NAME, RowProblem, TableImportError
from core.io.tables.xlsx import Workbook, broken_workbook, is_workbook
from core.message import QT_TRANSLATE_NOOP, msg

PREVIEW_ROWS = 5_000
"""Rows read to guess the columns (and shown, the first 50 of them, in the dialog)."""
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_SPACE_RE = r"\s+"


@dataclass
class Chunk:
    """Rows of a table: ``frame`` holds the requested columns (strings, or int64 for a
    count column pandas read as integers), ``lines`` each row's line in the file,
    ``problems`` the rows in this stretch of the file that could not be split into cells."""

    frame: pd.DataFrame
    lines: np.ndarray
    problems: list[RowProblem]


class Table:
    """An open table (see the module docstring). ``header`` holds every column name,
    ``columns`` those that are named or hold data in the first rows."""

    name: str
    header: list[str]
    columns: list[str]
    sheets: list[str]
    preview: pd.DataFrame

    def chunks(self, columns: list[str], texts: Collection[str] = (),
               chunk_rows: int = CHUNK_ROWS) -> Iterator[Chunk]:
        """The rows of ``columns`` in chunks; columns in ``texts`` always as strings."""
        raise NotImplementedError

    def _finish(self, preview: pd.DataFrame) -> None:
        """Set ``preview`` and ``columns`` from the first rows."""
        self.preview = _with_lines(preview, self.name)
        self.columns = [c for c in self.header if not _unnamed_and_empty(self.preview, c)]
        self.preview = self.preview[self.columns]


class CsvTable(Table):
    """A CSV file (or the one CSV file of a zip archive)."""

    def __init__(self, opener: Callable[[], IO[bytes]], name: str) -> None:
        self.name, self.opener, self.sheets = name, opener, []
        self.layout: CsvLayout = scan_csv(opener, name)
        self.rows_hint = max(self.layout.lines - self.layout.header_line, 1)
        self.header = header_names(self.layout.header_cells, name)
        first = next(self.chunks(self.header, self.header, PREVIEW_ROWS), None)
        self._finish(_with_index(first.frame, first.lines) if first else _empty(self.header))
        self.preview.attrs["read_problems"] = first.problems if first else []

    def chunks(self, columns: list[str], texts: Collection[str] = (),
               chunk_rows: int = CHUNK_ROWS) -> Iterator[Chunk]:
        position = {c: i for i, c in enumerate(self.header)}
        wanted = sorted(position[c] for c in columns)
        as_text = {position[c] for c in texts}
        for frame, lines, problems in csv_chunks(self.opener, self.layout, self.name, wanted,
                                                  as_text, chunk_rows):
            frame.columns = [self.header[i] for i in wanted]
            yield Chunk(frame, lines, problems)


class SheetTable(Table):
    """One sheet of an .xlsx workbook (``core.io.tables.xlsx``)."""

    def __init__(self, path: Path, name: str, sheet: str | int | None) -> None:
        self.path, self.name = path, name
        with _zip(path, name) as archive:
            book = Workbook(archive, name)
            self.sheets, self.part = book.sheet_names, book.sheet_part(sheet)
            rows = book.rows(self.part)
            head = next(((n, cells) for n, cells in rows if any(t.strip() for _, t in cells)),
                         None)
            if head is None:
                raise TableImportError(QT_TRANSLATE_NOOP("refusal", "the sheet is empty"),
                                       where=name)
            self.header_row = head[0]
            first = [(n, cells) for n, cells in _take(rows, PREVIEW_ROWS)]
        self.width = max(col for _, cells in [head, *first] for col, _ in cells)
        labels = [""] * self.width
        for col, text in head[1]:
            labels[col - 1] = text
        self.header = header_names(labels, name)
        body, lines, _ = self._rows(first, range(self.width))
        self._finish(_with_index(pd.DataFrame(body, columns=self.header, dtype=object), lines))

    def chunks(self, columns: list[str], texts: Collection[str] = (),
               chunk_rows: int = CHUNK_ROWS) -> Iterator[Chunk]:
        position = {c: i for i, c in enumerate(self.header)}
        wanted = [position[c] for c in columns]
        with _zip(self.path, self.name) as archive:
            rows = Workbook(archive, self.name).rows(self.part)
            for number, _ in rows:
                if number == self.header_row:
                    break
            while batch := list(_take(rows, chunk_rows)):
                body, lines, problems = self._rows(batch, wanted)
                frame = pd.DataFrame(body, columns=columns, dtype=object)
                yield Chunk(frame, np.asarray(lines, dtype=np.int64), problems)

    def _rows(self, batch: list[tuple[int, list[tuple[int, str]]]], wanted: Collection[int]
              ) -> tuple[list[list[str]], list[int], list[RowProblem]]:
        body, lines, problems = [], [], []
        for number, cells in batch:
            row = [""] * self.width
            beyond = None
            for col, text in cells:
                if col > self.width:
                    beyond = beyond or (col if text.strip() else None)
                else:
                    row[col - 1] = text
            if beyond:
                problems.append(RowProblem(number, None, msg(
                    "import.row_beyond_header", column=get_column_letter(beyond))))
            elif any(c.strip() for c in row):
                body.append([row[i] for i in wanted])
                lines.append(number)
        return body, lines, problems


class FrameTable(Table):
    """A DataFrame of strings already in memory (its index is the line when it is named
    ``"line"``, else the header is taken to be line 1)."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self.name = frame.attrs.get("source") or ""
        self.frame, self.sheets = frame, []
        self.header = self.columns = [str(c) for c in frame.columns]
        self.preview = frame.head(PREVIEW_ROWS)

    def chunks(self, columns: list[str], texts: Collection[str] = (),
               chunk_rows: int = CHUNK_ROWS) -> Iterator[Chunk]:
        frame = self.frame
        if frame.index.name == LINE_INDEX_NAME and pd.api.types.is_integer_dtype(frame.index):
            lines = frame.index.to_numpy(dtype=np.int64)
        else:
            lines = np.arange(len(frame), dtype=np.int64) + 2
        selected = frame[columns].fillna("").astype(object)
        for start in range(0, max(len(frame), 1), chunk_rows):
            part = selected.iloc[start : start + chunk_rows].astype(str)
            yield Chunk(part.reset_index(drop=True), lines[start : start + chunk_rows],
                        list(frame.attrs.get("read_problems", [])) if start == 0 else [])


def open_table(path: str | Any, *, sheet: str | int | None = None) -> Table:
    """Open a CSV or XLSX result table (see the module docstring).

    CSV: UTF-8 with or without BOM when the bytes are valid UTF-8, else Windows-1251;
    delimiter sniffed among ``,`` ``;`` and tab. XLSX: the first sheet unless ``sheet``
    (name or 0-based number) is given. The header is the first non-blank row; an empty
    header cell above data is named after its column letter (``column E``).

    Raises:
        TableImportError: missing or empty file, undecodable text, an old ``.xls`` or a
            broken workbook, duplicate headers, a file over the limits.
    """
    p = Path(path)
    name = p.name
    try:
        size = p.stat().st_size
        with p.open("rb") as f:
            head = f.read(1 << 16)
    except FileNotFoundError:
        raise TableImportError(QT_TRANSLATE_NOOP("refusal", "no such file"),
                               where=name) from None
    except OSError as exc:
        raise TableImportError(QT_TRANSLATE_NOOP("refusal", "cannot be read ({why})"), where=name,
                               why=str(exc.strerror or exc)) from None
    if not head.strip(b" \t\r\n\xef\xbb\xbf") and size <= len(head):
        raise TableImportError(QT_TRANSLATE_NOOP("refusal", "the file is empty"), where=name)
    if head.startswith(_ZIP_MAGIC):
        return _zip_table(p, name, sheet)
    if head.startswith(_OLE_MAGIC):
        raise TableImportError(QT_TRANSLATE_NOOP(
            "refusal", "an old Excel .xls workbook; save it as .xlsx or CSV"), where=name)
    if p.suffix.lower() in (".xlsx", ".xlsm"):
        raise broken_workbook(name, TableImportError(QT_TRANSLATE_NOOP("refusal",
                                                                      "not a zip archive")))
    limits.check_file_size(name, size)
    return CsvTable(lambda: p.open("rb"), name)


def read_table(path: str | Any, *, sheet: str | int | None = None) -> pd.DataFrame:
    """Read a CSV or XLSX result table into one DataFrame of strings.

    As :func:`open_table`; blank rows and unnamed empty columns are dropped, and every cell
    is a string (``""`` for empty). The index (named ``"line"``) is each row's line in the
    file as a spreadsheet user sees it. ``df.attrs["source"]`` is the file name and
    ``df.attrs["read_problems"]`` lists the rows that could not be split into cells
    (:class:`RowProblem`); ``import_table`` reports both.

    Raises:
        TableImportError: as :func:`open_table`.
    """
    table = open_table(path, sheet=sheet)
    frames, lines, problems = [], [], []
    for chunk in table.chunks(table.header, table.header):
        frames.append(chunk.frame.astype(str))
        lines.append(chunk.lines)
        problems.extend(chunk.problems)
    frame = pd.concat(frames, ignore_index=True) if frames else _empty(table.header)
    frame.index = pd.Index(np.concatenate(lines) if lines else np.zeros(0, np.int64),
                           name=LINE_INDEX_NAME)
    frame = frame[[c for c in table.header if not _unnamed_and_empty(frame, c)]]
    frame.attrs["source"] = table.name
    frame.attrs["read_problems"] = sorted(problems, key=lambda p: p.line)
    return frame


def header_names(cells: list[Any], name: str) -> list[str]:
    """Stripped header names; empty ones named after their column letter; no duplicates."""
    names = []
    seen: set[str] = set()
    for i, cell in enumerate(cells):
        h = " ".join(str(cell).split()) if cell is not None else ""
        if len(h) > limits.MAX_CELL_CHARS:
            raise limits.cell_too_long(name, len(h))
        if not h:
            h = f"column {get_column_letter(i + 1)}"
        if h.casefold() in seen:
            raise TableImportError(QT_TRANSLATE_NOOP(
                "refusal", "column '{column}' appears twice in the header"), where=name, column=h)
        seen.add(h.casefold())
        names.append(h)
    return names


def _zip_table(path: Path, name: str, sheet: str | int | None) -> Table:
    with _zip(path, name) as archive:
        if is_workbook(archive):
            return SheetTable(path, name, sheet)
        members = [i for i in archive.infolist()
                   if not i.is_dir() and not i.filename.startswith("__MACOSX/")]
        if len(members) != 1:
            raise TableImportError(QT_TRANSLATE_NOOP(
                "refusal", "a zip archive with neither a workbook nor one CSV table in it"),
                where=name)
        member = members[0]
        limits.check_zip_part(name, member.filename, member.compress_size, member.file_size,
                              member.file_size)
        limits.check_file_size(name, member.file_size)

    def opener() -> IO[bytes]:
        with _zip(path, name) as archive:  # the member keeps the file open until closed
            return archive.open(member.filename)

    return CsvTable(opener, name)


def _zip(path: Path, name: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise broken_workbook(name, str(exc)) from None


def _take(rows: Iterator[Any], n: int) -> Iterator[Any]:
    for _, row in zip(range(n), rows, strict=False):
        yield row


def _empty(columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series([], dtype=object) for c in columns})


def _with_lines(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    frame = frame.astype(str) if len(frame.columns) else frame
    frame.attrs["source"] = name
    return frame


def _with_index(frame: pd.DataFrame, lines: np.ndarray | list[int]) -> pd.DataFrame:
    frame.index = pd.Index(np.asarray(lines, dtype=np.int64), name=LINE_INDEX_NAME)
    return frame


def _unnamed_and_empty(frame: pd.DataFrame, column: str) -> bool:
    return column.startswith("column ") and not frame[column].astype(str).str.strip().ne("").any()
