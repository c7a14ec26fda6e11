"""Import of real result tables (CSV and XLSX) into SeatCalc.

Three steps, each usable on its own (the desktop app shows the second one to the user):

1. :func:`read_table` reads a CSV or XLSX file into a DataFrame of strings. It decides the
   encoding on the bytes (UTF-8 with or without BOM, else Windows-1251), sniffs the CSV
   delimiter among ``,`` ``;`` and tab, refuses duplicate headers, and keeps the spreadsheet
   line number of every row as the DataFrame's index (named ``"line"``, header = line 1).
2. :func:`guess_mapping` guesses a :class:`ColumnMapping` from the headers (English, Russian
   and Kazakh synonyms) and, for the wide layout, from the cells.
3. :func:`import_table` reads the vote cells, lists every row it cannot read as a
   :class:`RowProblem` (line, column, reason), and aggregates everything else per party and
   per district. :func:`to_scenario` turns the result into a scenario dict (docs/format.md).

Layouts:

* **long**: one row per party (``party``, ``votes``), or per candidate (``candidate``,
  ``party``, ``votes``, ``district``); many rows of one party/district are summed.
* **wide**: one row per district or polling station, one column per party; the rows of one
  district are summed.

A file that cannot be read at all raises :class:`TableImportError` with a one-line message
for an analyst. A row that cannot be read never stops the import and is never dropped
silently: it is reported in :attr:`ImportResult.problems`.

This module may import pandas at module level (only ``core/io`` may); it never imports Qt.
"""

from __future__ import annotations

import csv
import io
import os
import re
import unicodedata
import warnings
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np
import openpyxl
import pandas as pd
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from core.message import Message, msg
from core.model.numbers import MAX_DIGITS, parse_count
from core.refusal import Refusal

__all__ = [
    "OTHER_KINDS",
    "ColumnMapping",
    "ImportCancelled",
    "ImportResult",
    "RowProblem",
    "TableImportError",
    "guess_mapping",
    "import_table",
    "parse_count",
    "read_table",
    "slugify",
    "to_scenario",
]

OTHER_KINDS = ("against_all", "invalid", "registered", "ballots_cast")
"""Columns (or long-layout rows) that are counted but are not party votes."""

LINE_INDEX_NAME = "line"
"""Name of the index of :func:`read_table`'s DataFrame: the row's line in the file."""


# --------------------------------------------------------------------------- errors, records


class TableImportError(Refusal):
    """A table that cannot be read at all; the message is one line for an analyst."""


class ImportCancelled(Exception):
    """Raised by :func:`import_table` when its ``cancel()`` callback returns True."""


@dataclass(frozen=True)
class RowProblem:
    """A row (or one cell of it) that was not counted.

    ``line`` is the 1-based line as a spreadsheet user sees it (header = line 1, or the
    header's own line when blank lines precede it); ``column`` is the header of the
    offending cell, or None when the whole row is at fault.
    """

    line: int
    column: str | None
    reason: str

    def __str__(self) -> str:
        where = f"line {self.line}" + (f", column '{self.column}'" if self.column else "")
        return f"{where}: {self.reason}"


@dataclass
class ColumnMapping:
    """Which column of the table means what.

    ``layout`` is ``"long"`` (one row per party or candidate: ``party`` and/or
    ``candidate`` plus ``votes``) or ``"wide"`` (one column per party: ``party_columns``,
    headers used as party names). ``district`` is the column whose rows are aggregated into
    one district (None = one nationwide count). ``other_columns`` maps a column to one of
    :data:`OTHER_KINDS`.
    """

    layout: Literal["long", "wide"]
    party: str | None = None
    votes: str | None = None
    district: str | None = None
    candidate: str | None = None
    party_columns: list[str] = field(default_factory=list)
    other_columns: dict[str, str] = field(default_factory=dict)

    def used_columns(self) -> list[str]:
        """Every column this mapping reads, in no particular order."""
        cols = [self.party, self.votes, self.district, self.candidate]
        return [c for c in cols if c] + list(self.party_columns) + list(self.other_columns)


@dataclass
class ImportResult:
    """What :func:`import_table` read.

    * ``parties``: ``{"id", "name", "votes"}`` in order of first appearance; ``votes`` are
      national sums (for a candidate table: the sum of the party's candidates' votes).
    * ``districts``: ``{"id", "name", "votes": {party_id: n}}`` per district, or for a
      candidate table ``{"id", "name", "candidates": [{"name", "party", "votes"}]}``
      (``party`` None = self-nominated), in order of first appearance; empty without a
      district column.
    * ``other_votes``: summed ``against_all`` / ``invalid`` (only the kinds found).
    * ``registered`` / ``ballots_cast``: summed, None when the table has no such data.
    * ``problems``: every row or cell not counted, sorted by line.
    * ``rows_read``: non-blank data rows in the table; ``rows_counted``: those aggregated.
    """

    parties: list[dict[str, Any]]
    districts: list[dict[str, Any]]
    other_votes: dict[str, int]
    registered: int | None
    problems: list[RowProblem]
    rows_read: int
    rows_counted: int = 0
    ballots_cast: int | None = None
    mapping: ColumnMapping | None = None
    source: str | None = None

    def describe(self) -> Message:
        """One line on what was read and where it goes (the CLI and the import dialog)."""
        with_candidates = sum(1 for d in self.districts if "candidates" in d)
        summed = len(self.districts) - with_candidates
        return msg("import.summary", parties=len(self.parties),
                   districts=msg("import.with_candidates", n=with_candidates)
                   if with_candidates else "",
                   summed=msg("import.summed", n=summed) if summed else "",
                   votes=sum(p["votes"] for p in self.parties), counted=self.rows_counted,
                   read=self.rows_read,
                   problems=msg("import.problems", n=len(self.problems)) if self.problems
                   else msg("import.every_row"))


# --------------------------------------------------------------------------- numbers

def _parse_column(values: pd.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray, dict[int, str]]:
    """Vectorised :func:`parse_count` over a column of strings.

    Returns ``(counts, bad, empty, reasons)``: int64 counts (0 where bad or empty), boolean
    masks, and the reason for each bad position. Plain digit cells (the vast majority) are
    converted by numpy in one call; only the others go through :func:`parse_count`.
    """
    raw = np.asarray(values.to_numpy(dtype=object, na_value=""), dtype=str)
    n = raw.shape[0]
    counts = np.zeros(n, dtype=np.int64)
    fast = np.strings.isdecimal(raw) & (np.strings.str_len(raw) <= MAX_DIGITS)
    try:
        counts[fast] = raw[fast].astype(np.int64)
    except ValueError:  # exotic decimal digits numpy cannot read: take the slow path
        fast[:] = False
    bad = np.zeros(n, dtype=bool)
    empty = np.zeros(n, dtype=bool)
    reasons: dict[int, str] = {}
    for i in np.flatnonzero(~fast):
        cell = raw[i]
        if not cell.strip():
            empty[i] = True
            continue
        try:
            counts[i] = parse_count(cell)
        except ValueError as exc:
            bad[i] = True
            reasons[int(i)] = str(exc)
    return counts, bad, empty, reasons


def _mostly_counts(values: pd.Series, share: float = 0.5, sample: int = 300) -> bool:
    """True when more than ``share`` of the non-empty cells (of a sample) are counts."""
    cells = [v for v in values.head(5000).tolist() if isinstance(v, str) and v.strip()]
    if not cells:
        return False
    if len(cells) > sample:
        step = len(cells) / sample
        cells = [cells[int(k * step)] for k in range(sample)]
    ok = 0
    for c in cells:
        try:
            parse_count(c)
            ok += 1
        except ValueError:
            pass
    return ok > share * len(cells)


# --------------------------------------------------------------------------- names, slugs

_TRANSLIT = {
    # Russian
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
    # Kazakh
    "ә": "a", "ғ": "g", "қ": "q", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    # Ukrainian and Belarusian, for good measure
    "є": "ye", "ї": "yi", "ґ": "g", "ў": "u", "№": "",
}  # fmt: skip


def slugify(name: str, default: str = "party") -> str:
    """A lowercase ASCII id from a name: Cyrillic transliterated, other runs become ``-``.

    >>> slugify("Ак жол")
    'ak-zhol'
    >>> slugify("Народная партия Казахстана")
    'narodnaya-partiya-kazakhstana'
    """
    out = []
    for ch in str(name).casefold():
        if ch in _TRANSLIT:
            out.append(_TRANSLIT[ch])
        else:
            decomposed = unicodedata.normalize("NFKD", ch)
            out.append("".join(c for c in decomposed if c.isascii()))
    slug = re.sub(r"[^a-z0-9]+", "-", "".join(out)).strip("-")
    return slug or default


def _unique_ids(names: Iterable[str], default: str) -> list[str]:
    """Slugs made unique by suffixes ``-2``, ``-3``... in order."""
    seen: set[str] = set()
    ids = []
    for name in names:
        base = slugify(name, default)
        candidate, k = base, 1
        while candidate in seen:
            k += 1
            candidate = f"{base}-{k}"
        seen.add(candidate)
        ids.append(candidate)
    return ids


_QUOTES_RE = re.compile(r"[\"'«»“”„‘’`]")
_SPACES_RE = re.compile(r"\s+")


def _display(text: str) -> str:
    """A cell as shown: stripped, inner runs of spaces collapsed."""
    return _SPACES_RE.sub(" ", str(text)).strip()


def _key(text: str) -> str:
    """The identity of a name: case, quotes and spacing do not matter."""
    return _SPACES_RE.sub(" ", _QUOTES_RE.sub("", str(text))).strip().casefold()


def _display_series(s: pd.Series) -> pd.Series:
    return s.astype(str).str.replace(_SPACES_RE.pattern, " ", regex=True).str.strip()


def _key_series(display: pd.Series) -> pd.Series:
    return display.str.replace(_QUOTES_RE.pattern, "", regex=True).str.strip().str.casefold()


# --------------------------------------------------------------------------- reading


_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x19\x1b-\x1f\x7f]")
# Windows-1251 bytes 0x80-0xBF that real Russian/Kazakh text hardly ever contains.
_CP1251_ODD = set(bytes(range(0x80, 0xC0)).decode("cp1251", errors="ignore")) - set(
    "\u00a0ЁёІіЇїЄє«»№–—…“”„‘’•°·Ўў"
)


def _decode(raw: bytes, name: str) -> str:
    """Bytes to text: UTF-8 (BOM or not) when the bytes are valid UTF-8, else Windows-1251."""
    not_text = f"{name}: not UTF-8 nor Windows-1251 text"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise TableImportError(f"{not_text} (it is UTF-16: save it as CSV UTF-8)")
    if b"\x00" in raw[:65536]:
        raise TableImportError(f"{not_text} (it looks like a binary file)")
    try:
        text = raw.decode("utf-8-sig")
        cp1251 = False
    except UnicodeDecodeError:
        try:
            text = raw.decode("cp1251")
        except UnicodeDecodeError:
            raise TableImportError(not_text) from None
        cp1251 = True
    sample = text[:65536]
    if len(_CONTROL_RE.findall(sample)) > max(2, len(sample) // 1000):
        raise TableImportError(f"{not_text} (it looks like a binary file)")
    if cp1251:
        high = [c for c in sample if ord(c) > 0x7F]
        odd = sum(1 for c in high if c in _CP1251_ODD)
        if high and odd > 0.05 * len(high):
            raise TableImportError(not_text)
    return text


def _sniff_delimiter(lines: list[str]) -> str:
    """The delimiter among ``,`` ``;`` and tab that splits the header and rows alike."""
    best, best_score = ",", (-1.0, 0)
    for delim in (";", "\t", ","):
        rows = list(csv.reader(lines, delimiter=delim))
        if not rows or len(rows[0]) < 2:
            continue
        width = len(rows[0])
        body = rows[1:] or rows
        same = sum(1 for r in body if len(r) == width or (len(r) > width and not any(r[width:])))
        score = (same / len(body), width)
        if score > best_score:
            best, best_score = delim, score
    return best


def _header_names(cells: list[Any], name: str) -> list[str]:
    """Stripped header names; empty ones named after their column letter; no duplicates."""
    names = []
    seen: dict[str, str] = {}
    for i, cell in enumerate(cells):
        h = _display(cell) if cell is not None else ""
        if not h:
            h = f"column {get_column_letter(i + 1)}"
        k = h.casefold()
        if k in seen:
            raise TableImportError(f"{name}: column '{h}' appears twice in the header")
        seen[k] = h
        names.append(h)
    return names


def _finish_frame(
    rows: pd.DataFrame, lines: np.ndarray, source: str, problems: list[RowProblem]
) -> pd.DataFrame:
    """Drop blank rows and columns that have neither a header nor data; index = line."""
    rows = rows.fillna("").astype(str)
    rows.index = pd.Index(lines, name=LINE_INDEX_NAME)
    if len(rows.columns):
        blank = np.ones(len(rows), dtype=bool)
        for c in rows.columns:
            blank &= rows[c].str.strip().eq("").to_numpy()
        rows = rows.loc[~blank]
        keep = [
            c
            for c in rows.columns
            if not (str(c).startswith("column ") and rows[c].str.strip().eq("").all())
        ]
        rows = rows[keep]
    rows.attrs["source"] = source
    rows.attrs["read_problems"] = problems
    return rows


def _read_csv_text(text: str, name: str) -> pd.DataFrame:
    head = text[:65536].splitlines()
    header_idx = next((i for i, line in enumerate(head) if line.strip()), None)
    if header_idx is None:
        raise TableImportError(f"{name}: the file is empty")
    delim = _sniff_delimiter([ln for ln in head[header_idx : header_idx + 50] if ln.strip()])
    header_cells = next(csv.reader([head[header_idx]], delimiter=delim))
    columns = _header_names(header_cells, name)
    # A header's trailing delimiters are harmless: rows need cells up to its last name only.
    named = max((i + 1 for i, h in enumerate(header_cells) if h.strip()), default=0)
    header_line = header_idx + 1
    problems: list[RowProblem] = []
    try:
        with warnings.catch_warnings():
            # pandas only *warns* (and drops cells) when the first rows are longer than
            # the header: make that an error and let the csv module report those rows.
            warnings.simplefilter("error", pd.errors.ParserWarning)
            frame = pd.read_csv(
                io.StringIO(text),
                sep=delim,
                header=None,
                names=list(range(len(columns))),
                skiprows=header_idx + 1,
                dtype=str,
                keep_default_na=False,
                skip_blank_lines=False,
                index_col=False,
                quotechar='"',
                engine="c",
            )
        lines = header_line + 1 + np.arange(len(frame))
        if '"' in text:  # quoted cells: delimiters and line breaks inside them need csv
            raise pd.errors.ParserError("quoted cells")
        frame, lines, problems = _drop_short_rows(text, header_idx, delim, named, frame, lines)
    except (pd.errors.ParserError, pd.errors.ParserWarning):
        frame, lines, problems = _read_csv_slow(text, header_idx, delim, len(columns), named)
    frame.columns = columns
    return _finish_frame(frame, lines, name, problems)


def _short_row(cells: int, width: int) -> str:
    return (f"{cells} cells where the header has {width}; row not read (a line cut short? "
            "empty cells still need their delimiters)")


def _drop_short_rows(
    text: str, header_idx: int, delim: str, named: int, frame: pd.DataFrame, lines: np.ndarray
) -> tuple[pd.DataFrame, np.ndarray, list[RowProblem]]:
    """pandas pads a row with fewer cells than the header with empty ones, which a wide table
    would count as 0 votes: such rows are listed instead. (Text without quotes only, so one
    line is one row.)"""
    data = text.split("\n")[header_idx + 1:]
    if data and not data[-1].strip():
        data.pop()
    if len(data) != len(frame):
        raise pd.errors.ParserError("rows and lines differ")  # let the csv module decide
    cells = np.fromiter((line.count(delim) + 1 for line in data), dtype=np.int64,
                        count=len(data))
    short = (cells < named) & np.fromiter((bool(line.strip()) for line in data), dtype=bool,
                                          count=len(data))
    problems = [RowProblem(int(lines[i]), None, _short_row(int(cells[i]), named))
                for i in np.flatnonzero(short)]
    return frame.loc[~short], lines[~short], problems


def _read_csv_slow(
    text: str, header_idx: int, delim: str, width: int, named: int
) -> tuple[pd.DataFrame, np.ndarray, list[RowProblem]]:
    """The csv module's reader: exact line numbers, ragged rows reported, not fatal."""
    reader = csv.reader(io.StringIO(text), delimiter=delim)
    rows, lines, problems = [], [], []
    previous = 0
    for record in reader:
        start, previous = previous + 1, reader.line_num
        if start <= header_idx + 1:
            continue
        if len(record) > width:
            if any(c.strip() for c in record[width:]):
                problems.append(
                    RowProblem(
                        start,
                        None,
                        f"{len(record)} cells where the header has {width}; row not read "
                        "(a stray delimiter, or an unquoted number such as 3,431,510?)",
                    )
                )
                continue
            record = record[:width]
        if len(record) < named and any(c.strip() for c in record):
            problems.append(RowProblem(start, None, _short_row(len(record), named)))
            continue
        rows.append(record + [""] * (width - len(record)))
        lines.append(start)
    frame = pd.DataFrame(rows, columns=list(range(width)), dtype=str)
    return frame, np.asarray(lines, dtype=np.int64), problems


def _cell_text(value: Any) -> str:
    """An XLSX cell as the text a user sees (integral floats without ``.0``)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _read_xlsx(path: Path, name: str, sheet: str | int | None) -> pd.DataFrame:
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise TableImportError(f"{name}: not a readable .xlsx workbook ({exc})") from None
    try:
        if sheet is None:
            ws = wb.worksheets[0]
        elif isinstance(sheet, int):
            try:
                ws = wb.worksheets[sheet]
            except IndexError:
                raise TableImportError(f"{name}: no sheet number {sheet}") from None
        elif sheet in wb.sheetnames:
            ws = wb[sheet]
        else:
            raise TableImportError(
                f"{name}: no sheet named '{sheet}' (sheets: {', '.join(wb.sheetnames)})"
            )
        rows = [[_cell_text(v) for v in row] for row in ws.iter_rows(values_only=True)]
    finally:
        wb.close()
    header_idx = next((i for i, r in enumerate(rows) if any(c.strip() for c in r)), None)
    if header_idx is None:
        raise TableImportError(f"{name}: the sheet is empty")
    width = max(
        (max((j + 1 for j, c in enumerate(r) if c.strip()), default=0) for r in rows),
        default=0,
    )
    header = (rows[header_idx] + [""] * width)[:width]
    columns = _header_names(header, name)
    body = [(r + [""] * width)[:width] for r in rows[header_idx + 1 :]]
    frame = pd.DataFrame(body, columns=list(range(width)), dtype=str)
    frame.columns = columns
    lines = header_idx + 2 + np.arange(len(body))
    return _finish_frame(frame, lines, name, [])


def read_table(path: str | os.PathLike[str], *, sheet: str | int | None = None) -> pd.DataFrame:
    """Read a CSV or XLSX result table into a DataFrame of strings.

    The format is decided on the bytes (an ``.xlsx`` saved as ``.csv`` still reads).
    CSV: UTF-8 with or without BOM when the bytes are valid UTF-8, else Windows-1251;
    delimiter sniffed among ``,`` ``;`` and tab. XLSX: the first sheet unless ``sheet``
    (name or 0-based number) is given. The header is the first non-blank row; blank rows
    and unnamed empty columns are dropped; an empty header cell above data is named after
    its column letter (``column E``). Every cell is a string (``""`` for empty).

    The index (named ``"line"``) is each row's line in the file as a spreadsheet user sees
    it. ``df.attrs["source"]`` is the file name and ``df.attrs["read_problems"]`` lists the
    rows that could not be split into cells (:class:`RowProblem`); :func:`import_table`
    reports both.

    Raises:
        TableImportError: missing or empty file, undecodable text, an old ``.xls`` or a
            broken workbook, duplicate headers.
    """
    p = Path(path)
    name = p.name
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise TableImportError(f"{name}: no such file") from None
    except OSError as exc:
        raise TableImportError(f"{name}: cannot be read ({exc.strerror})") from None
    if not raw.strip(b" \t\r\n\xef\xbb\xbf"):
        raise TableImportError(f"{name}: the file is empty")
    if raw.startswith(_ZIP_MAGIC):
        return _read_xlsx(p, name, sheet)
    if raw.startswith(_OLE_MAGIC):
        raise TableImportError(f"{name}: an old Excel .xls workbook; save it as .xlsx or CSV")
    if p.suffix.lower() in (".xlsx", ".xlsm"):
        raise TableImportError(f"{name}: not a readable .xlsx workbook")
    return _read_csv_text(_decode(raw, name), name)


# --------------------------------------------------------------------------- column mapping


def _norm_header(h: str) -> str:
    s = str(h).casefold().replace("ё", "е")
    s = re.sub(r"[_\-.:,;/\\()\[\]\"'«»№#*]+", " ", s)
    return _SPACES_RE.sub(" ", s).strip()


# (exact names, substrings) per role, on normalised headers (see _norm_header).
_OTHER_RULES: dict[str, tuple[set[str], tuple[str, ...]]] = {
    "against_all": (
        {"against all", "против всех", "барлығына қарсы", "none of the above"},
        ("против всех", "against all", "барлығына қарсы", "барлык кандидаттарга карсы"),
    ),
    "invalid": (
        {"invalid", "invalid ballots", "invalid votes", "spoiled", "spoiled ballots",
         "недействительные", "недействительных", "недействительных бюллетеней",
         "жарамсыз", "жарамсыз бюллетеньдер", "испорченные"},
        ("недействит", "жарамсыз", "invalid", "spoiled", "испорчен"),
    ),
    "registered": (
        {"registered", "registered voters", "electorate", "избирателей в списке",
         "зарегистрировано", "тізімдегі сайлаушылар", "число избирателей",
         "количество избирателей", "сайлаушылар саны"},
        ("в списк", "зарегистр", "тізімдегі", "тізімге", "registered", "electorate"),
    ),
    "ballots_cast": (
        {"ballots cast", "turnout votes", "проголосовало", "приняли участие",
         "дауыс бергендер"},
        ("ballots cast", "проголосова", "участие", "дауыс берген", "бюллетеней в ящик"),
    ),
}  # fmt: skip
_CANDIDATE_EXACT = {
    "candidate", "кандидат", "фио", "ф и о", "full name", "candidate name",
    "фамилия имя отчество", "үміткер", "аты жөні", "кандидат аты жөні",
}  # fmt: skip
_CANDIDATE_SUB = ("кандидат", "candidate", "үміткер", "фио", "аты жөні")
_GENERIC_NAME = {"name", "наименование", "название", "атауы", "аты"}
_PARTY_EXACT = {
    "party", "партия", "партиясы", "партии", "list", "party list", "party name",
    "political party", "партия список", "название партии", "наименование партии",
    "политическая партия", "саяси партия", "партия атауы", "партияның атауы",
    "избирательное объединение", "кем выдвинут", "выдвинут", "субъект выдвижения",
    "nominated by", "ұсынған", "ұсынған партия",
}  # fmt: skip
_PARTY_SUB = ("парти", "party", "партиясы")
_VOTES_EXACT = {
    "votes", "vote", "голоса", "голосов", "голос", "дауыс", "дауыстар", "дауыс саны",
    "дауыстар саны", "количество голосов", "число голосов", "голосов за", "votes received",
    "number of votes", "votes won",
}  # fmt: skip
_VOTES_SUB = ("голос", "vote", "дауыс")
# District levels: 0 = electoral district, 1 = region, 2 = polling station. The coarsest
# present wins ties between levels 1 and 2; level 0 always wins.
_DISTRICT_RULES: tuple[tuple[int, set[str], tuple[str, ...]], ...] = (
    (0, {"district", "округ", "избирательный округ", "constituency", "сайлау округі",
         "округ номер", "номер округа", "electoral district", "riding", "division"},
        ("округ", "district", "constituency")),
    (1, {"region", "регион", "область", "облыс", "тик", "аймақ", "county", "province",
         "state", "субъект", "субъект рф"},
        ("регион", "област", "облыс", "region", "province", "территориальн")),
    (2, {"участок", "polling station", "уик", "station", "precinct", "избирательный участок",
         "учаске", "сайлау учаскесі", "ward", "номер участка", "уик номер", "номер уик"},
        ("участок", "участк", "polling", "station", "precinct", "учаске")),
)  # fmt: skip
_DISTRICT_TOKENS: dict[int, set[str]] = {0: {"оик"}, 1: {"тик"}, 2: {"уик"}}
# Columns that are never party votes: totals, shares, seats, row numbers.
_IGNORE_EXACT = {"", "n", "no", "nr", "п п", "номер", "id", "number", "rank", "место", "code",
                 "код", "р с", "реттік нөмірі"}  # fmt: skip
_IGNORE_SUB = ("total", "всего", "итого", "барлығы", "valid", "действительн", "turnout",
               "явка", "процент", "percent", "%", "share", "доля", "үлес", "seats", "мандат",
               "орын", "адрес", "address", "дата", "date")  # fmt: skip
_TOTAL_LABELS = ("итого", "всего", "total", "барлығы", "жиыны", "сумма")
_SELF_NOMINATED = {"", "самовыдвижение", "самовыдвиженец", "self nominated", "self-nominated",
                   "independent", "независимый", "өзін өзі ұсыну", "өзін-өзі ұсыну"}  # fmt: skip


def _other_kind(norm: str) -> str | None:
    for kind, (exact, subs) in _OTHER_RULES.items():
        if norm in exact or any(s in norm for s in subs):
            return kind
    return None


def _district_level(norm: str) -> int | None:
    tokens = set(norm.split())
    for level, exact, subs in _DISTRICT_RULES:
        if norm in exact or tokens & _DISTRICT_TOKENS[level] or any(s in norm for s in subs):
            return level
    return None


def _synonym_hint(words: Iterable[str]) -> str:
    return " / ".join(sorted(words, key=len)[:6])


def guess_mapping(df: pd.DataFrame) -> ColumnMapping:
    """Guess what each column means, from its header (and, for the wide layout, its cells).

    Headers are compared case-insensitively after stripping punctuation, with English,
    Russian and Kazakh synonyms (``party``/``партия``/``партиясы``, ``votes``/``голоса``/
    ``дауыс``, ``district``/``округ``/``участок``/``УИК``, ``candidate``/``кандидат``/
    ``ФИО``, ``against all``/``против всех``/``барлығына қарсы``, ``invalid``/
    ``недействительные``/``жарамсыз``, ``registered``/``избирателей в списке``/
    ``тізімдегі сайлаушылар``). Several district-like columns: an electoral district wins
    over a region, a region over a polling station (rows are aggregated into the coarsest).

    Long layout: a party (or candidate) column and a votes column. Wide layout: no party
    column; the party columns are the remaining columns whose cells are mostly counts
    (totals, shares, seats, row numbers and text columns are left out).

    Raises:
        TableImportError: a votes column without a party column (or the reverse), or no
            column that could hold votes at all; the message names what is missing.
    """
    source = df.attrs.get("source")
    prefix = f"{source}: " if source else ""
    columns = [str(c) for c in df.columns]
    norms = {c: _norm_header(c) for c in columns}
    other: dict[str, str] = {}
    candidate = party = votes = None
    generic_name = None
    district_levels: list[tuple[int, int, str]] = []
    party_sub: list[str] = []
    votes_sub: list[str] = []
    ignored: set[str] = set()
    for pos, c in enumerate(columns):
        n = norms[c]
        kind = _other_kind(n)
        if kind:
            if kind not in other.values():
                other[c] = kind
            else:
                ignored.add(c)
            continue
        if n in _CANDIDATE_EXACT or any(s in n for s in _CANDIDATE_SUB):
            candidate = candidate or c
            continue
        if n in _GENERIC_NAME:
            generic_name = generic_name or c
            continue
        if n in _PARTY_EXACT:
            party = party or c
            continue
        if n in _VOTES_EXACT:
            votes = votes or c
            continue
        level = _district_level(n)
        if level is not None:
            district_levels.append((level, pos, c))
            continue
        if n in _IGNORE_EXACT or any(s in n for s in _IGNORE_SUB):
            ignored.add(c)
            continue
        if any(s in n for s in _PARTY_SUB):
            party_sub.append(c)
        if any(s in n for s in _VOTES_SUB):
            votes_sub.append(c)

    if party is None:
        party = next((c for c in party_sub if not _mostly_counts(df[c])), None)
    if party is None and candidate is None and generic_name is not None:
        party = generic_name  # "Name, Votes": the names are the parties'
    elif candidate is None and generic_name is not None and party is not None:
        candidate = generic_name  # "Name, Party, Votes": the names are candidates'
    district = None
    if district_levels:
        best = min(lvl for lvl, _, _ in district_levels)
        district = next(c for lvl, _, c in sorted(district_levels) if lvl == best)

    if party is not None or candidate is not None:
        if votes is None:
            votes = next((c for c in votes_sub if c != party and _mostly_counts(df[c])), None)
        if votes is None:
            raise TableImportError(
                f"{prefix}no votes column: expected a column named "
                f"{_synonym_hint(_VOTES_EXACT)} (columns found: {', '.join(columns)})"
            )
        return ColumnMapping(
            layout="long",
            party=party,
            votes=votes,
            district=district,
            candidate=candidate,
            other_columns=other,
        )
    if votes is not None:
        raise TableImportError(
            f"{prefix}no party column: a '{votes}' column needs a column named "
            f"{_synonym_hint(_PARTY_EXACT)} (columns found: {', '.join(columns)})"
        )
    used = set(other) | {c for _, _, c in district_levels} | ignored
    party_columns = [c for c in columns if c not in used and _mostly_counts(df[c])]
    if not party_columns:
        raise TableImportError(
            f"{prefix}no party column: expected a party and a votes column, or one column "
            f"of vote counts per party (columns found: {', '.join(columns)})"
        )
    return ColumnMapping(
        layout="wide", district=district, party_columns=party_columns, other_columns=other
    )


# --------------------------------------------------------------------------- importing


class _Progress:
    """Calls ``progress`` a few times and checks ``cancel`` at the same points."""

    def __init__(
        self, progress: Callable[[float], Any] | None, cancel: Callable[[], bool] | None
    ) -> None:
        self.progress, self.cancel = progress, cancel

    def __call__(self, fraction: float) -> None:
        if self.cancel is not None and self.cancel():
            raise ImportCancelled("import cancelled")
        if self.progress is not None:
            self.progress(min(1.0, max(0.0, fraction)))


def _line_numbers(df: pd.DataFrame) -> np.ndarray:
    if df.index.name == LINE_INDEX_NAME and pd.api.types.is_integer_dtype(df.index):
        return df.index.to_numpy(dtype=np.int64)
    return np.arange(len(df), dtype=np.int64) + 2  # a header on line 1, no blank lines


def _check_mapping(df: pd.DataFrame, mapping: ColumnMapping, prefix: str) -> None:
    missing = [c for c in mapping.used_columns() if c not in df.columns]
    if missing:
        raise TableImportError(f"{prefix}column '{missing[0]}' is not in the table")
    bad_kinds = {k for k in mapping.other_columns.values() if k not in OTHER_KINDS}
    if bad_kinds:
        raise TableImportError(
            f"{prefix}unknown column kind '{sorted(bad_kinds)[0]}' "
            f"(expected one of {', '.join(OTHER_KINDS)})"
        )
    if mapping.layout == "long":
        if mapping.votes is None:
            raise TableImportError(f"{prefix}no votes column chosen")
        if mapping.party is None and mapping.candidate is None:
            raise TableImportError(f"{prefix}no party column chosen")
        if mapping.candidate is not None and mapping.district is None:
            raise TableImportError(
                f"{prefix}a table of candidates needs a district column (district / округ)"
            )
    elif mapping.layout == "wide":
        if not mapping.party_columns:
            raise TableImportError(f"{prefix}no party columns chosen")
    else:
        raise TableImportError(f"{prefix}unknown layout '{mapping.layout}'")


def _total_rows_reported(df: pd.DataFrame, label_cols: list[str], ok: np.ndarray,
                         lines: np.ndarray, problems: list[RowProblem]) -> np.ndarray:
    """The total rows (:func:`_total_rows`); each one still counted is listed as a problem."""
    total, where = _total_rows(df, label_cols)
    for i in np.flatnonzero(total & ok):
        label = _display(df[where[int(i)]].iat[i])
        problems.append(
            RowProblem(int(lines[i]), where[int(i)], f"a total row ('{label}'); not counted")
        )
    return total


def _total_rows(df: pd.DataFrame, columns: list[str]) -> tuple[np.ndarray, dict[int, str]]:
    """Rows labelled ``Итого`` / ``Total`` / ``Барлығы`` in one of ``columns``."""
    mask = np.zeros(len(df), dtype=bool)
    where: dict[int, str] = {}
    pattern = r"^\s*(?:" + "|".join(_TOTAL_LABELS) + r")\b"
    for c in columns:
        hit = df[c].str.casefold().str.contains(pattern, regex=True).to_numpy(dtype=bool)
        for i in np.flatnonzero(hit & ~mask):
            where[int(i)] = c
        mask |= hit
    return mask, where


def import_table(
    df_or_path: pd.DataFrame | str | os.PathLike[str],
    mapping: ColumnMapping | None = None,
    *,
    progress: Callable[[float], Any] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ImportResult:
    """Read votes from a table and aggregate them per party and per district.

    ``df_or_path`` is a path (read with :func:`read_table`) or a DataFrame of strings (from
    :func:`read_table`, or any DataFrame whose header was line 1). ``mapping`` is guessed
    with :func:`guess_mapping` when None.

    Rules, applied to the whole table at once (vectorised):

    * A vote cell is read with :func:`parse_count`. A row with a cell that cannot be read
      (text, a decimal, a negative) is not counted at all and each such cell is listed in
      ``problems`` with its line, its column and the reason; every other row is counted.
    * Wide layout: an **empty** cell in a party column (or an against-all/invalid/registered
      column) counts as 0 votes and is not reported: polling-station tables often leave a
      party's cell empty when it had no votes. Long layout: an empty votes cell is a problem.
    * A row labelled ``Итого`` / ``Всего`` / ``Total`` / ``Барлығы`` (in the district or
      party column, or the first column) is a total row: reported and not counted.
    * Long layout: a row whose party is ``Против всех`` / ``Against all`` / ``Недействительные``
      ... goes to ``other_votes`` (or registered / ballots cast); an empty party name is a
      problem. Party names are matched ignoring case, quotes and spacing (``«Аманат»`` is
      ``Аманат``). An other column in a long table (e.g. registered voters) is a district
      figure repeated on every row: its first readable value per district is used.
    * With a district column, rows of one district are summed; an empty district cell is a
      problem. Candidate tables: a candidate's votes are summed over rows of the same
      district, name and party; an empty or ``самовыдвижение`` party means self-nominated.

    ``progress(fraction)`` is called a few times (never per row); when ``cancel()`` returns
    True at one of those points, :class:`ImportCancelled` is raised.

    Raises:
        TableImportError: the file cannot be read, or the mapping names missing columns.
        ImportCancelled: ``cancel()`` returned True.
    """
    step = _Progress(progress, cancel)
    step(0.0)
    if isinstance(df_or_path, pd.DataFrame):
        df = df_or_path
    else:
        df = read_table(df_or_path)
    source = df.attrs.get("source")
    prefix = f"{source}: " if source else ""
    step(0.2)
    if len(df) == 0 and not df.attrs.get("read_problems"):
        raise TableImportError(f"{prefix}the table has a header but no data rows")
    if mapping is None:
        mapping = guess_mapping(df)
    _check_mapping(df, mapping, prefix)
    df = df.fillna("").astype(str)
    lines = _line_numbers(df)
    problems: list[RowProblem] = list(df.attrs.get("read_problems", []))
    step(0.3)
    if mapping.layout == "wide":
        result = _import_wide(df, mapping, lines, problems, step)
    else:
        result = _import_long(df, mapping, lines, problems, step)
    result.problems.sort(key=lambda p: (p.line, p.column or ""))
    result.mapping = mapping
    result.source = source
    step(1.0)
    return result


def _district_codes(
    df: pd.DataFrame, column: str, rows: np.ndarray, lines: np.ndarray, problems: list[RowProblem]
) -> tuple[np.ndarray, list[str], np.ndarray]:
    """Factorise the district column over ``rows`` (first-appearance order).

    Returns per-row codes (-1 = not counted), the district names, and the updated mask of
    counted rows (rows with an empty district cell are reported and dropped).
    """
    # Normalise the distinct cells only (a few hundred), not every row.
    raw_codes, raw_uniques = pd.factorize(df[column].to_numpy(dtype=object), sort=False)
    shown = [_display(u) for u in raw_uniques]
    empty = np.array([not s for s in shown], dtype=bool)[raw_codes] & rows
    for i in np.flatnonzero(empty):
        problems.append(RowProblem(int(lines[i]), column, "no district name; row not counted"))
    rows = rows & ~empty
    key_codes, _ = pd.factorize(np.array([_key(s) for s in shown], dtype=object), sort=False)
    keys = key_codes[raw_codes]
    codes = np.full(len(df), -1, dtype=np.int64)
    sub_codes, _ = pd.factorize(keys[rows], sort=False)
    codes[rows] = sub_codes
    first = np.flatnonzero(rows)[np.unique(sub_codes, return_index=True)[1]]
    names_by_code = [shown[raw_codes[i]] for i in first]
    return codes, [str(x) for x in names_by_code], rows


def _sum_by(codes: np.ndarray, values: np.ndarray, k: int) -> np.ndarray:
    out = np.zeros(k, dtype=np.int64)
    np.add.at(out, codes, values)
    return out


def _import_wide(
    df: pd.DataFrame,
    mapping: ColumnMapping,
    lines: np.ndarray,
    problems: list[RowProblem],
    step: _Progress,
) -> ImportResult:
    n = len(df)
    ok = np.ones(n, dtype=bool)
    count_cols = list(mapping.party_columns) + list(mapping.other_columns)
    parsed: dict[str, np.ndarray] = {}
    for j, c in enumerate(count_cols):
        counts, bad, _empty, reasons = _parse_column(df[c])
        for i in np.flatnonzero(bad):
            problems.append(RowProblem(int(lines[i]), c, reasons[int(i)] + "; row not counted"))
        ok &= ~bad
        parsed[c] = counts
        step(0.3 + 0.5 * (j + 1) / len(count_cols))
    label_cols = [mapping.district] if mapping.district else []
    first = str(df.columns[0]) if len(df.columns) else None
    if first and first not in count_cols and first not in label_cols:
        label_cols.append(first)
    ok &= ~_total_rows_reported(df, label_cols, ok, lines, problems)

    party_ids = _unique_ids(mapping.party_columns, "party")
    districts: list[dict[str, Any]] = []
    if mapping.district:
        codes, names, ok = _district_codes(df, mapping.district, ok, lines, problems)
        ids = _unique_ids(names, "district")
        sel = codes[ok]
        per = {c: _sum_by(sel, parsed[c][ok], len(names)) for c in mapping.party_columns}
        for k, (did, dname) in enumerate(zip(ids, names, strict=True)):
            votes = {pid: int(per[c][k]) for pid, c in zip(party_ids, mapping.party_columns,
                                                             strict=True)}  # fmt: skip
            districts.append({"id": did, "name": dname, "votes": votes})
    step(0.9)
    parties = [
        {"id": pid, "name": _display(c), "votes": int(parsed[c][ok].sum())}
        for pid, c in zip(party_ids, mapping.party_columns, strict=True)
    ]
    sums: dict[str, int] = {}
    for c, kind in mapping.other_columns.items():
        sums[kind] = sums.get(kind, 0) + int(parsed[c][ok].sum())
    return _import_result(parties, districts, sums, problems, ok)


def _import_long(
    df: pd.DataFrame,
    mapping: ColumnMapping,
    lines: np.ndarray,
    problems: list[RowProblem],
    step: _Progress,
) -> ImportResult:
    n = len(df)
    assert mapping.votes is not None
    counts, bad, empty, reasons = _parse_column(df[mapping.votes])
    for i in np.flatnonzero(bad):
        problems.append(
            RowProblem(int(lines[i]), mapping.votes, reasons[int(i)] + "; row not counted")
        )
    for i in np.flatnonzero(empty):
        problems.append(RowProblem(int(lines[i]), mapping.votes, "no votes (empty cell); "
                                   "row not counted"))  # fmt: skip
    ok = ~bad & ~empty
    step(0.5)

    label_col = mapping.candidate or mapping.party
    assert label_col is not None
    label_cols = [label_col] + ([mapping.district] if mapping.district else [])
    first = str(df.columns[0]) if len(df.columns) else None
    if first and first not in label_cols and first != mapping.votes:
        label_cols.append(first)
    ok &= ~_total_rows_reported(df, label_cols, ok, lines, problems)

    # Rows whose label is "against all", "invalid", ...: other votes, not a party.
    label_display = _display_series(df[label_col])
    label_norm = label_display.map(_norm_header, na_action="ignore").to_numpy(dtype=object)
    other_kind = np.array([_other_kind(s) if s else None for s in label_norm], dtype=object)
    is_other = np.not_equal(other_kind, None) & ok
    sums: dict[str, int] = {}
    for i in np.flatnonzero(is_other):
        sums[other_kind[i]] = sums.get(other_kind[i], 0) + int(counts[i])
    ok &= ~is_other

    if mapping.party is not None:
        party_display = _display_series(df[mapping.party])
    else:
        party_display = pd.Series([""] * n, index=df.index, dtype=str)
    if mapping.candidate is not None:
        no_name = label_display.eq("").to_numpy(dtype=bool) & ok
        for i in np.flatnonzero(no_name):
            problems.append(RowProblem(int(lines[i]), mapping.candidate,
                                       "no candidate name; row not counted"))  # fmt: skip
        ok &= ~no_name
        party_keys = _key_series(party_display)
        self_nom = party_keys.isin(_SELF_NOMINATED).to_numpy(dtype=bool)
    else:
        no_name = party_display.eq("").to_numpy(dtype=bool) & ok
        for i in np.flatnonzero(no_name):
            problems.append(
                RowProblem(int(lines[i]), mapping.party, "no party name; row not counted")
            )
        ok &= ~no_name
        party_keys = _key_series(party_display)
        self_nom = np.zeros(n, dtype=bool)

    if mapping.district:
        dcodes, dnames, ok = _district_codes(df, mapping.district, ok, lines, problems)
    else:
        dcodes, dnames = np.zeros(n, dtype=np.int64), []
    step(0.7)

    # Parties in order of first appearance.
    has_party = ok & ~self_nom
    pkeys = party_keys.to_numpy(dtype=object)
    pcodes = np.full(n, -1, dtype=np.int64)
    sub, _ = pd.factorize(pkeys[has_party], sort=False)
    pcodes[has_party] = sub
    k_parties = int(sub.max()) + 1 if len(sub) else 0
    first_rows = np.flatnonzero(has_party)[np.unique(sub, return_index=True)[1]]
    pnames = [str(x) for x in party_display.to_numpy(dtype=object)[first_rows]]
    pids = _unique_ids(pnames, "party")
    pvotes = _sum_by(pcodes[has_party], counts[has_party], k_parties)
    parties = [
        {"id": pid, "name": name, "votes": int(v)}
        for pid, name, v in zip(pids, pnames, pvotes, strict=True)
    ]

    districts: list[dict[str, Any]] = []
    if mapping.district:
        dids = _unique_ids(dnames, "district")
        frame = pd.DataFrame({"d": dcodes[ok], "p": pcodes[ok], "v": counts[ok]})
        if mapping.candidate is not None:
            frame["c"] = _key_series(label_display).to_numpy(dtype=object)[ok]
            frame["cn"] = label_display.to_numpy(dtype=object)[ok]
            grouped = frame.groupby(["d", "c", "p"], sort=False).agg(
                v=("v", "sum"), cn=("cn", "first")
            )
            cands: list[list[dict[str, Any]]] = [[] for _ in dnames]
            for row in grouped.reset_index().itertuples(index=False):
                d, p = int(row.d), int(row.p)
                cands[d].append(
                    {"name": row.cn, "party": pids[p] if p >= 0 else None, "votes": int(row.v)}
                )
            for did, dname, cl in zip(dids, dnames, cands, strict=True):
                districts.append({"id": did, "name": dname, "candidates": cl})
        else:
            grouped = frame.groupby(["d", "p"], sort=False)["v"].sum()
            per: list[dict[str, int]] = [{} for _ in dnames]
            for (d, p), v in grouped.items():
                per[d][pids[p]] = int(v)
            for did, dname, votes in zip(dids, dnames, per, strict=True):
                order = {pid: votes[pid] for pid in pids if pid in votes}
                districts.append({"id": did, "name": dname, "votes": order})

    # Other columns in a long table: a district figure repeated on each row.
    for c, kind in mapping.other_columns.items():
        vals, vbad, vempty, why = _parse_column(df[c])
        usable = ok & ~vbad & ~vempty
        for i in np.flatnonzero(ok & vbad):
            reason = why[int(i)] + "; cell not counted"
            problems.append(RowProblem(int(lines[i]), c, reason))
        if usable.any():
            groups = dcodes[usable] if mapping.district else np.zeros(int(usable.sum()), int)
            _, first_idx = np.unique(groups, return_index=True)
            sums[kind] = sums.get(kind, 0) + int(vals[usable][first_idx].sum())
    step(0.9)
    return _import_result(parties, districts, sums, problems, ok)


def _import_result(parties: list[dict[str, Any]], districts: list[dict[str, Any]],
                   sums: dict[str, int], problems: list[RowProblem],
                   ok: np.ndarray) -> ImportResult:
    """The ImportResult of a wide or long table: ``sums`` per other-column kind, ``ok`` the
    rows counted (``len(ok)`` rows read)."""
    return ImportResult(
        parties=parties,
        districts=districts,
        other_votes={k: v for k, v in sums.items() if k in ("against_all", "invalid")},
        registered=sums.get("registered"),
        ballots_cast=sums.get("ballots_cast"),
        problems=problems,
        rows_read=len(ok),
        rows_counted=int(ok.sum()),
    )


# --------------------------------------------------------------------------- scenario


def to_scenario(result: ImportResult, *, title: str, list_seats: int = 100) -> dict[str, Any]:
    """A scenario dict (docs/format.md, format ``seatcalc-scenario`` version 1) from an import.

    Parties carry the national sums; ``other_votes`` always has ``against_all`` and
    ``invalid`` (0 when the table had none). The list tier gets ``list_seats`` seats,
    D'Hondt, no threshold, ties to the party with more votes, one nationwide count. A
    candidate table fills ``district_tier.districts`` (one plurality seat per district,
    ``district_tier.seats`` = the number of districts); otherwise the district tier is
    empty. Per-district party votes of a polling-station table are not put into
    ``list_tier.constituencies`` (their seat numbers are not in the table). The tiers are
    parallel. ``notes`` says where the numbers come from and how many rows were left out.
    """
    candidate_districts = [d for d in result.districts if "candidates" in d]
    scenario_districts = [
        {
            "id": d["id"],
            "name": d["name"],
            "region": None,
            "candidates": [
                {"name": c["name"], "party": c["party"], "affiliation": None, "votes": c["votes"]}
                for c in d["candidates"]
            ],
        }
        for d in candidate_districts
    ]
    notes = f"Imported from {result.source or 'a table'}: {result.rows_read} rows read"
    if result.problems:
        notes += f", {len(result.problems)} problem(s) left out (see the import report)"
    if result.registered is not None:
        notes += f"; {result.registered} registered voters"
    return {
        "format": "seatcalc-scenario",
        "version": 1,
        "title": title,
        "sources": [result.source] if result.source else [],
        "notes": notes + ".",
        "parties": [
            {"id": p["id"], "name": p["name"], "votes": int(p["votes"])} for p in result.parties
        ],
        "other_votes": {
            "against_all": int(result.other_votes.get("against_all", 0)),
            "invalid": int(result.other_votes.get("invalid", 0)),
        },
        "list_tier": {
            "seats": int(list_seats),
            "method": "dhondt",
            "first_divisor": None,
            "min_seats": 0,
            "threshold": {"percent": 0, "base": "valid", "inclusive": True, "or_district_seats": 0},
            "tie_break": "more_votes",
            "constituencies": None,
        },  # fmt: skip
        "district_tier": {
            "seats": len(scenario_districts),
            "rule": "plurality",
            "districts": scenario_districts,
            "declared": [],
        },
        "mixed": {"type": "parallel", "overhang": None},
    }
