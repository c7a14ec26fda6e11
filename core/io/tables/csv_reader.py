"""CSV tables: the bytes decided once, then the rows read in chunks of bounded size.

:func:`scan_csv` reads the file once as a stream (never all of it at once): it decides the
encoding (UTF-8 when every byte is valid UTF-8, else Windows-1251), finds the header and
the delimiter, counts the lines against the limits, and notes the lines pandas would read
wrongly: a line cut short (pandas pads it with empty cells, which a wide table would count
as 0 votes), a line with more cells than the header, a quoted cell holding a line break
(line numbers would shift) or a carriage return that ends a line on its own.

:func:`csv_chunks` then reads the rows with pandas' C parser when the scan found none of
those, and with the csv module otherwise (exact line numbers, every odd line listed), in
chunks of :data:`CHUNK_ROWS` rows. Vote columns are left to pandas' own integer parsing,
which is exact; a chunk where pandas could not read a vote column as integers is read
again as text for ``parse_count`` to judge cell by cell.
"""

from __future__ import annotations

import codecs
import csv
import io
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import IO

import numpy as np
import pandas as pd

from core.io.tables import limits
from core.io.tables.records import RowProblem, TableImportError
from core.message import QT_TRANSLATE_NOOP, msg

CHUNK_ROWS = 100_000
"""Rows per chunk: memory stays bounded whatever the table's length."""
_BLOCK_BYTES = 4 << 20
_HEAD_BYTES = 1 << 16
_CONTROL = {chr(c) for c in (*range(0x00, 0x09), 0x0B, *range(0x0E, 0x1A), *range(0x1B, 0x20),
                              0x7F)}  # fmt: skip
# Windows-1251 bytes 0x80-0xBF that real Russian/Kazakh text hardly ever contains.
_CP1251_ODD = set(bytes(range(0x80, 0xC0)).decode("cp1251", errors="ignore")) - set(
    "\u00a0ЁёІіЇїЄє«»№–—…“”„‘’•°·Ўў"
)
_CSV_FIELD_LIMIT = 131072  # the csv module's own limit on a cell

Opener = Callable[[], IO[bytes]]


@dataclass
class CsvLayout:
    """What :func:`scan_csv` learned about a CSV file."""

    encoding: str
    delimiter: str
    header_index: int  # 0-based line of the header
    header_cells: list[str]
    lines: int = 0  # lines in the file
    fast: bool = True  # pandas reads it as the csv module would
    short: dict[int, int] = field(default_factory=dict)  # line -> cells, cut short
    blank: set[int] = field(default_factory=set)  # blank lines after the header
    plus: bool = False  # a '+' somewhere after the header (pandas reads '+5' as 5)

    @property
    def header_line(self) -> int:
        """The header's 1-based line."""
        return self.header_index + 1


# --------------------------------------------------------------------------- scanning


def scan_csv(opener: Opener, name: str) -> CsvLayout:
    """Decide how to read the CSV behind ``opener`` (see the module's docstring).

    Raises:
        TableImportError: empty, UTF-16, binary or undecodable text; a cell or a table over
            the limits.
    """
    with opener() as stream:
        head = stream.read(_HEAD_BYTES)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise TableImportError(QT_TRANSLATE_NOOP(
            "refusal", "not UTF-8 nor Windows-1251 text (it is UTF-16: save it as CSV UTF-8)"),
            where=name)
    if b"\x00" in head:
        raise _binary(name)
    for encoding in ("utf-8-sig", "cp1251"):
        text = _head_text(head, encoding)
        if text is None:
            continue
        _check_text(text, name, encoding)
        layout = _header_layout(text, name, encoding)
        try:
            _scan_lines(opener, layout, name)
        except UnicodeDecodeError:
            continue  # not UTF-8 after all: the whole file is read as Windows-1251
        return layout
    raise _not_text(name)


def _head_text(head: bytes, encoding: str) -> str | None:
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        return decoder.decode(head, final=len(head) < _HEAD_BYTES)
    except UnicodeDecodeError:
        return None


def _check_text(sample: str, name: str, encoding: str) -> None:
    """Refuse text that is really a binary file, or that Windows-1251 decodes to nonsense."""
    if sum(1 for c in sample if c in _CONTROL) > max(2, len(sample) // 1000):
        raise _binary(name)
    if encoding == "cp1251":
        high = [c for c in sample if ord(c) > 0x7F]
        if high and sum(1 for c in high if c in _CP1251_ODD) > 0.05 * len(high):
            raise _not_text(name)


def _header_layout(text: str, name: str, encoding: str) -> CsvLayout:
    head = text.splitlines()
    header_index = next((i for i, line in enumerate(head) if line.strip()), None)
    if header_index is None:
        raise TableImportError(QT_TRANSLATE_NOOP("refusal", "the file is empty"), where=name)
    sample = [ln for ln in head[header_index : header_index + 50] if ln.strip()]
    delimiter = _sniff_delimiter(sample)
    header_cells = next(csv.reader([head[header_index]], delimiter=delimiter))
    return CsvLayout(encoding, delimiter, header_index, header_cells)


def _sniff_delimiter(lines: list[str]) -> str:
    """The delimiter among ``,`` ``;`` and tab that splits the header and rows alike."""
    best, best_score = ",", (-1.0, 0)
    for delim in (";", "\t", ","):
        try:
            rows = list(csv.reader(lines, delimiter=delim))
        except csv.Error:
            continue
        if not rows or len(rows[0]) < 2:
            continue
        width = len(rows[0])
        body = rows[1:] or rows
        same = sum(1 for r in body if len(r) == width or (len(r) > width and not any(r[width:])))
        score = (same / len(body), width)
        if score > best_score:
            best, best_score = delim, score
    return best


def _scan_lines(opener: Opener, layout: CsvLayout, name: str) -> None:
    """Count the lines and note the ones pandas would read wrongly, in blocks of bytes
    (numpy finds the line ends, delimiters and quotes; only odd lines are decoded). The
    whole file is decoded as it streams past, which proves the encoding."""
    width = len(layout.header_cells)
    named = max((i + 1 for i, h in enumerate(layout.header_cells) if h.strip()), default=0)
    decoder = codecs.getincrementaldecoder(layout.encoding)()
    carry, number = b"", 0  # the unfinished line; lines seen so far
    with opener() as stream:
        while True:
            block = stream.read(_BLOCK_BYTES)
            if layout.encoding != "cp1251":  # every byte sequence is valid Windows-1251
                decoder.decode(block, final=not block)
            data = carry + block
            cut = len(data) if not block else data.rfind(b"\n") + 1
            if block and not cut and len(data) > _BLOCK_BYTES * 4:
                cut = len(data)  # no line feed in sight: carriage returns, or one huge line
                layout.fast = False
            complete, carry = data[:cut], data[cut:]
            if b"\r" in complete and complete.count(b"\r") != complete.count(b"\r\n"):
                layout.fast = False  # a carriage return ending a line on its own
            number += _scan_block(complete, number, layout, width, named, name)
            limits.check_rows(name, number - layout.header_index - 1, width)
            if not block:
                break
    layout.lines = number


def _scan_block(data: bytes, first: int, layout: CsvLayout, width: int, named: int,
                name: str) -> int:
    """``data`` holds whole lines starting at 0-based line ``first``; returns how many.
    See :func:`_scan_lines`."""
    if not data:
        return 0
    raw = np.frombuffer(data, dtype=np.uint8)
    ends = np.flatnonzero(raw == 10)
    if not data.endswith(b"\n"):
        ends = np.append(ends, len(data))  # the last line, without a line feed
    starts = np.concatenate(([0], ends[:-1] + 1))
    skip = max(0, layout.header_index + 1 - first)
    if skip >= len(ends):
        return len(ends)
    ends, starts = ends[skip:], starts[skip:]
    base = first + skip + 1  # 1-based line of the first line scanned
    delims = np.flatnonzero(raw == ord(layout.delimiter))
    cells = np.searchsorted(delims, ends) - np.searchsorted(delims, starts) + 1
    lengths = ends - starts  # bytes: at least the characters
    odd = (cells < named) | (cells > width) | (lengths > limits.MAX_CELL_CHARS)
    quotes = np.flatnonzero(raw[starts[0]:] == ord('"')) + starts[0]
    if len(quotes):
        odd[np.unique(np.searchsorted(ends, quotes))] = True
    layout.plus = layout.plus or b"+" in data[starts[0]:]
    encoding = layout.encoding.removesuffix("-sig")

    def line(i: int) -> str:
        return data[starts[i]:ends[i]].decode(encoding, errors="replace")

    odd_lines = {int(i): line(int(i)) for i in np.flatnonzero(odd)}
    for i, text in odd_lines.items():
        if len(text) > limits.MAX_CELL_CHARS:
            longest = max(len(c) for c in text.split(layout.delimiter))
            if longest > limits.MAX_CELL_CHARS:  # quoted delimiters only make cells longer
                raise limits.cell_too_long(name, longest, line=base + i)
    if any(text.count('"') % 2 for text in odd_lines.values()):
        layout.fast = False  # a quote left open: a cell spans lines
        return len(ends) + skip
    try:  # one reader over the odd lines: each is a whole record (quotes are balanced)
        records = list(csv.reader(odd_lines.values(), delimiter=layout.delimiter))
    except csv.Error:
        layout.fast = False
        return len(ends) + skip
    for i, record in zip(odd_lines, records, strict=True):
        cells[i] = len(record)
    if not layout.fast or (cells > width).any():
        layout.fast = False  # extra cells: the csv module reads and reports them
        return len(ends) + skip
    # Blank lines are short: a few characters per cell at most.
    for i in np.flatnonzero((lengths <= 4 * width + 2) | (cells < named)).tolist():
        text = odd_lines.get(i) or line(i)
        if not text.strip(layout.delimiter + ' \t\r"'):
            layout.blank.add(base + i)
        elif cells[i] < named:
            layout.short[base + i] = int(cells[i])
    return len(ends) + skip


# --------------------------------------------------------------------------- reading


def csv_chunks(opener: Opener, layout: CsvLayout, name: str, usecols: list[int],
               texts: set[int], chunk_rows: int = CHUNK_ROWS
               ) -> Iterator[tuple[pd.DataFrame, np.ndarray, list[RowProblem]]]:
    """``(frame, lines, problems)`` chunks of the columns ``usecols`` (0-based, in file
    order; the frame's columns are those numbers). Columns in ``texts`` are always strings;
    the others may come as int64 when pandas reads every cell of the chunk as an integer.
    ``problems`` are the rows of the chunk that could not be split into cells."""
    last = layout.header_line
    if layout.fast:
        try:
            for frame, lines, problems in _fast_chunks(opener, layout, usecols, texts,
                                                       chunk_rows):
                if len(lines):
                    last = int(lines[-1])
                yield frame, lines, problems
            return
        except (pd.errors.ParserError, pd.errors.ParserWarning):
            pass  # pandas and the scan disagree: the csv module decides from here on
    yield from _slow_chunks(opener, layout, name, usecols, chunk_rows, after=last)


def _fast_chunks(opener: Opener, layout: CsvLayout, usecols: list[int], texts: set[int],
                 chunk_rows: int) -> Iterator[tuple[pd.DataFrame, np.ndarray, list[RowProblem]]]:
    width = len(layout.header_cells)
    as_text = {i: object for i in usecols if i in texts or layout.plus}
    done = 0
    with opener() as stream, warnings.catch_warnings():
        # pandas only warns (and drops cells) on some ragged rows: make that an error.
        warnings.simplefilter("error", pd.errors.ParserWarning)
        reader = pd.read_csv(stream, encoding=layout.encoding, sep=layout.delimiter,
                             header=None, names=list(range(width)), usecols=usecols,
                             skiprows=layout.header_index + 1, dtype=as_text,
                             keep_default_na=False, skip_blank_lines=False, index_col=False,
                             quotechar='"', engine="c", chunksize=chunk_rows)
        for frame in reader:
            lines = layout.header_line + 1 + done + np.arange(len(frame), dtype=np.int64)
            odd = [i for i in usecols if i not in as_text
                   and frame[i].dtype.kind not in "iOT" and not _is_str(frame[i])]
            if odd:  # a float, a uint64, a bool: read those columns again, as text
                with opener() as again_stream:
                    again = pd.read_csv(again_stream, encoding=layout.encoding,
                                        sep=layout.delimiter, header=None,
                                        names=list(range(width)), usecols=odd,
                                        skiprows=layout.header_index + 1 + done,
                                        nrows=len(frame), dtype=object, keep_default_na=False,
                                        skip_blank_lines=False, index_col=False, engine="c")
                for i in odd:
                    frame[i] = again[i].to_numpy(dtype=object)
            done += len(frame)
            frame, lines, problems = _drop_odd_lines(frame, lines, layout)
            yield frame, lines, problems


def _is_str(series: pd.Series) -> bool:
    return isinstance(series.dtype, pd.StringDtype)


def _drop_odd_lines(frame: pd.DataFrame, lines: np.ndarray, layout: CsvLayout
                    ) -> tuple[pd.DataFrame, np.ndarray, list[RowProblem]]:
    """Blank lines dropped; lines cut short listed and dropped (pandas padded them)."""
    if not layout.short and not layout.blank:
        return frame, lines, []
    named = max((i + 1 for i, h in enumerate(layout.header_cells) if h.strip()), default=0)
    short = np.isin(lines, np.fromiter(layout.short, dtype=np.int64, count=len(layout.short)))
    drop = short | np.isin(lines, np.fromiter(layout.blank, dtype=np.int64,
                                              count=len(layout.blank)))
    problems = [RowProblem(int(line), None, msg("import.row_short", cells=layout.short[int(line)],
                                                  width=named)) for line in lines[short]]
    if not drop.any():
        return frame, lines, problems
    return frame.loc[~drop], lines[~drop], problems


def _slow_chunks(opener: Opener, layout: CsvLayout, name: str, usecols: list[int],
                 chunk_rows: int, after: int
                 ) -> Iterator[tuple[pd.DataFrame, np.ndarray, list[RowProblem]]]:
    """The csv module's reader: exact line numbers, ragged rows reported, not fatal."""
    width = len(layout.header_cells)
    named = max((i + 1 for i, h in enumerate(layout.header_cells) if h.strip()), default=0)
    rows: list[list[str]] = []
    lines: list[int] = []
    problems: list[RowProblem] = []
    with opener() as raw:
        text = io.TextIOWrapper(raw, encoding=layout.encoding, newline="")
        reader = csv.reader(text, delimiter=layout.delimiter)
        previous = 0
        while True:
            try:
                record = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                raise _csv_error(name, reader.line_num, exc) from None
            except UnicodeDecodeError:
                raise _not_text(name) from None
            start, previous = previous + 1, reader.line_num
            if start <= max(layout.header_line, after):
                continue
            problem = _odd_record(record, start, width, named, name)
            if problem is not None:
                problems.append(problem)
                continue
            if not any(c.strip() for c in record):
                continue  # a blank row
            record = record[:width] + [""] * (width - len(record))
            rows.append([record[i] for i in usecols])
            lines.append(start)
            if len(rows) >= chunk_rows:
                yield _frame(rows, usecols), np.asarray(lines, dtype=np.int64), problems
                rows, lines, problems = [], [], []
    if rows or problems:
        yield _frame(rows, usecols), np.asarray(lines, dtype=np.int64), problems


def _odd_record(record: list[str], line: int, width: int, named: int,
                name: str) -> RowProblem | None:
    longest = max((len(c) for c in record), default=0)
    if longest > limits.MAX_CELL_CHARS:
        raise limits.cell_too_long(name, longest, line=line)
    if len(record) > width and any(c.strip() for c in record[width:]):
        return RowProblem(line, None, msg("import.row_long", cells=len(record), width=width))
    if len(record) < named and any(c.strip() for c in record):
        return RowProblem(line, None, msg("import.row_short", cells=len(record), width=named))
    return None


def _frame(rows: list[list[str]], usecols: list[int]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=usecols, dtype=object)


def _csv_error(name: str, line: int, exc: csv.Error) -> TableImportError:
    if "field larger than field limit" in str(exc):
        return limits.cell_too_long(name, _CSV_FIELD_LIMIT, line=line, or_more=True)
    return TableImportError(QT_TRANSLATE_NOOP("refusal", "line {line}: {why}"), where=name,
                            line=line, why=str(exc))


def _not_text(name: str) -> TableImportError:
    return TableImportError(QT_TRANSLATE_NOOP("refusal", "not UTF-8 nor Windows-1251 text"),
                            where=name)


def _binary(name: str) -> TableImportError:
    return TableImportError(QT_TRANSLATE_NOOP(
        "refusal", "not UTF-8 nor Windows-1251 text (it looks like a binary file)"), where=name)
