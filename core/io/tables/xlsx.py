"""A streaming reader of .xlsx sheets: every row, whatever the workbook declares.

openpyxl's read-only mode trusts the sheet's ``<dimension>`` (a stale one loses rows, a
forged one at XFD1048576 makes it build a billion empty cells), reads every shared string
before the first row (a 300 KB file holding one 300 MB string), reads formulas without a
saved value as empty cells (0 votes) and raises its own TypeErrors on odd files. This
reader takes the sheet's XML as it streams past instead: the rows that are there, with
their own row numbers, each cell checked against the limits (``core.io.tables.limits``)
as it is read, and a formula without a saved value kept as its formula text (``=SUM(...)``)
so that a vote cell holding one is listed, not counted as 0.

Only what a result table needs is read: the workbook's sheet list, shared strings, the
styles that mark dates, and cell values (numbers as written, strings, booleans as
TRUE/FALSE, errors as ``#DIV/0!``, dates as ISO text).
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from datetime import datetime, time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError, XMLPullParser

from core.io.tables import limits
from core.io.tables.records import TableImportError
from core.message import QT_TRANSLATE_NOOP

_REF_RE = re.compile(r"([A-Z]{1,3})?([0-9]+)?")
_INTEGRAL_RE = re.compile(r"(-?[0-9]+)\.0*")
_READ_BYTES = 1 << 16
# Excel's built-in number formats that show a date or a time (ECMA-376, 18.8.30).
_BUILTIN_DATES = {14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47}


def _element_events(parser: XMLPullParser[Element]) -> Iterator[tuple[str, Element]]:
    """The parser's pending ``start`` and ``end`` events (the only kinds it is asked for:
    the others, namespace and comment events, carry no element)."""
    for event in parser.read_events():
        if len(event) == 2 and isinstance(event[1], Element):
            yield event[0], event[1]


def _local(tag: str) -> str:
    """A tag without its namespace: transitional and strict OOXML alike."""
    return tag.rsplit("}", 1)[-1]


def _attr(element: Element, name: str) -> str | None:
    """An attribute by local name, whatever its namespace (``r:id``)."""
    for key, value in element.attrib.items():
        if _local(key) == name:
            return value
    return None


def is_workbook(archive: zipfile.ZipFile) -> bool:
    """True when a zip archive holds a spreadsheet (rather than, say, one CSV file)."""
    names = set(archive.namelist())
    return "xl/workbook.xml" in names or "_rels/.rels" in names


class Workbook:
    """An open .xlsx archive: its sheets by name, rows streamed from one of them."""

    def __init__(self, archive: zipfile.ZipFile, name: str) -> None:
        self.archive, self.name = archive, name
        book = self._find_book()
        rels = self._relationships(book)
        sheets = []
        for element in self._elements(book):
            if _local(element.tag) == "sheet":
                target = rels.get(_attr(element, "id") or "", ("", ""))[0]
                sheets.append((element.get("name") or "", target))
        if not sheets:
            raise TableImportError(QT_TRANSLATE_NOOP("refusal", "the workbook has no sheets"),
                                   where=name)
        self.sheets = sheets
        kinds = {kind: target for target, kind in rels.values()}
        self._strings_part = kinds.get("sharedStrings")
        self._styles_part = kinds.get("styles")

    @property
    def sheet_names(self) -> list[str]:
        """The sheets, in workbook order."""
        return [n for n, _ in self.sheets]

    def sheet_part(self, sheet: str | int | None) -> str:
        """The archive path of ``sheet`` (a name, a 0-based number, or None: the first)."""
        if sheet is None:
            return self.sheets[0][1]
        if isinstance(sheet, int):
            if not 0 <= sheet < len(self.sheets):
                raise TableImportError(QT_TRANSLATE_NOOP("refusal", "no sheet number {sheet}"),
                                       where=self.name, sheet=str(sheet))
            return self.sheets[sheet][1]
        for n, part in self.sheets:
            if n == sheet:
                return part
        raise TableImportError(QT_TRANSLATE_NOOP(
            "refusal", "no sheet named '{sheet}' (sheets: {sheets})"), where=self.name,
            sheet=sheet, sheets=", ".join(self.sheet_names))

    def rows(self, part: str) -> Iterator[tuple[int, list[tuple[int, str]]]]:
        """``(row number, [(column, text), ...])`` for every row of the sheet at ``part``
        that has a cell, in file order; columns are 1-based. Limits are checked as cells
        are read (``core.io.tables.limits``)."""
        self._check_parts([part, self._strings_part, self._styles_part])
        strings = self._shared_strings()
        dates = self._date_styles()
        reader = _SheetRows(self.name, strings, dates)
        yield from reader.rows(self._elements(part, keep="row"))

    # ------------------------------------------------------------------ parts

    def _find_book(self) -> str:
        names = set(self.archive.namelist())
        if "_rels/.rels" in names:
            for element in self._elements("_rels/.rels"):
                if (element.get("Type") or "").endswith("/officeDocument"):
                    return (element.get("Target") or "").lstrip("/")
        if "xl/workbook.xml" in names:
            return "xl/workbook.xml"
        raise broken_workbook(self.name, TableImportError(QT_TRANSLATE_NOOP("refusal",
                                                                           "no workbook part")))

    def _relationships(self, part: str) -> dict[str, tuple[str, str]]:
        """``{id: (target path, type's last word)}`` of ``part``'s relationships."""
        folder, base = posixpath.split(part)
        rels_part = posixpath.join(folder, "_rels", base + ".rels")
        if rels_part not in self.archive.namelist():
            return {}
        out = {}
        for element in self._elements(rels_part):
            target = element.get("Target") or ""
            path = target.lstrip("/") if target.startswith("/") else \
                posixpath.normpath(posixpath.join(folder, target))
            kind = (element.get("Type") or "").rsplit("/", 1)[-1]
            out[element.get("Id") or ""] = (path, kind)
        return out

    def _check_parts(self, parts: list[str | None]) -> None:
        """The limits on the parts a sheet needs, together, before any is inflated."""
        total = 0
        names = set(self.archive.namelist())
        for part in parts:
            if part is None or (part not in names and part != parts[0]):
                continue
            info = self._info(part)
            total += info.file_size
            limits.check_zip_part(self.name, part, info.compress_size, info.file_size, total)

    def _info(self, part: str) -> zipfile.ZipInfo:
        try:
            return self.archive.getinfo(part)
        except KeyError:
            raise broken_workbook(self.name, TableImportError(QT_TRANSLATE_NOOP(
                "refusal", "part {part} is missing"), part=part)) from None

    def _elements(self, part: str, keep: str | None = None) -> Iterator[Element]:
        """The elements of an XML part as each one ends. With ``keep`` (a tag), only those
        are yielded and each is dropped from the tree after use (memory stays flat)."""
        info = self._info(part)
        if keep is None:  # small parts: checked one by one here
            limits.check_zip_part(self.name, part, info.compress_size, info.file_size,
                                  info.file_size)
        parser: XMLPullParser[Element] = XMLPullParser(events=("start", "end"))
        parent: Element | None = None  # the element that holds the kept ones
        inside = 0  # depth inside a kept element
        try:
            with self.archive.open(info) as stream:
                while block := stream.read(_READ_BYTES):
                    parser.feed(block)
                    for event, element in _element_events(parser):
                        if keep is None:
                            if event == "end":
                                yield element
                            continue
                        kept = _local(element.tag) == keep
                        if event == "start":
                            inside += kept
                            if not inside:
                                parent = element
                        elif kept:
                            inside -= 1
                            yield element
                            if parent is not None:
                                parent.clear()  # what was read so far
                parser.close()
        except ParseError as exc:
            raise TableImportError(QT_TRANSLATE_NOOP(
                "refusal", "not a readable .xlsx workbook (part {part} is not well-formed XML: "
                           "{why})"), where=self.name, part=part, why=str(exc)) from None
        except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
            raise broken_workbook(self.name, str(exc)) from None

    def _shared_strings(self) -> list[str]:
        if self._strings_part is None or self._strings_part not in self.archive.namelist():
            return []
        strings: list[str] = []
        for element in self._elements(self._strings_part, keep="si"):
            strings.append(_rich_text(element))
            limits.check_cells(self.name, len(strings))
        return strings

    def _date_styles(self) -> set[int]:
        """Indexes of the cell styles whose number format shows a date."""
        if self._styles_part is None or self._styles_part not in self.archive.namelist():
            return set()
        from openpyxl.styles.numbers import is_date_format

        custom: dict[int, str] = {}
        xfs: list[int] = []
        in_cell_xfs = False
        for element in self._elements(self._styles_part):
            tag = _local(element.tag)
            if tag == "numFmt":
                custom[_whole(element.get("numFmtId"), -1)] = element.get("formatCode") or ""
            elif tag == "xf" and not in_cell_xfs:
                xfs.append(_whole(element.get("numFmtId"), 0))
            elif tag == "cellStyleXfs":
                xfs.clear()  # the xf elements so far were cell *style* formats
            elif tag == "cellXfs":
                in_cell_xfs = True
        return {i for i, fmt in enumerate(xfs)
                if fmt in _BUILTIN_DATES or (fmt in custom and is_date_format(custom[fmt]))}


def _rich_text(element: Element) -> str:
    """The text of an ``<si>`` or ``<is>``: its ``<t>``, or its runs' ``<t>``; phonetic
    guides (``<rPh>``) left out."""
    parts = []
    for child in element:
        tag = _local(child.tag)
        if tag == "t":
            parts.append(child.text or "")
        elif tag == "r":
            parts.extend(t.text or "" for t in child if _local(t.tag) == "t")
    return "".join(parts)


class _SheetRows:
    """Turns ``<row>`` elements into ``(row number, [(column, text)])``."""

    def __init__(self, name: str, strings: list[str], dates: set[int]) -> None:
        self.name, self.strings, self.dates = name, strings, dates
        self._columns: dict[str, int] = {}
        self.cells = 0

    def rows(self, elements: Iterator[Element]) -> Iterator[tuple[int, list[tuple[int, str]]]]:
        previous = rows = 0
        for row in elements:
            number = _whole(row.get("r"), 0) or previous + 1  # a broken number: the next
            previous = number
            cells = []
            column = 0
            for cell in row:
                if _local(cell.tag) != "c":
                    continue
                column = self._column(cell.get("r"), column + 1)
                text = self._text(cell)
                if text:
                    if len(text) > limits.MAX_CELL_CHARS:
                        raise limits.cell_too_long(self.name, len(text),
                                                   cell=cell.get("r") or "")
                    cells.append((column, text))
            if cells:
                self.cells += len(cells)
                rows += 1
                limits.check_rows(self.name, rows)
                limits.check_cells(self.name, self.cells)
                yield number, cells

    def _column(self, ref: str | None, default: int) -> int:
        if ref:
            letters = ref.rstrip("0123456789")
            column = self._columns.get(letters)
            if column is None:
                if not letters.isalpha() or not letters.isascii() or len(letters) > 3:
                    raise broken_workbook(self.name, TableImportError(QT_TRANSLATE_NOOP(
                        "refusal", "a cell reference '{ref}'"), ref=ref[:20]))
                column = 0
                for ch in letters.upper():
                    column = column * 26 + ord(ch) - 64
                self._columns[letters] = column
        else:
            column = default
        limits.check_column(self.name, column)
        return column

    def _text(self, cell: Element) -> str:
        kind = cell.get("t") or "n"
        value = formula = None
        inline = None
        for child in cell:
            tag = _local(child.tag)
            if tag == "v":
                value = child.text or ""
            elif tag == "f":
                formula = child
            elif tag == "is":
                inline = child
        if kind == "inlineStr":
            return _rich_text(inline) if inline is not None else ""
        if formula is not None and (value is None or (not value and kind != "str")):
            # No saved value (scripts write <v/> or nothing): never an empty, 0-vote cell.
            return "=" + (formula.text or "(shared formula)")
        if value is None:
            return ""
        if kind == "s":
            try:
                return self.strings[int(value)]
            except (ValueError, IndexError):
                raise broken_workbook(self.name, TableImportError(QT_TRANSLATE_NOOP(
                    "refusal", "shared string {index} is missing"), index=value[:20])) from None
        if kind == "b":
            return "TRUE" if value.strip() in ("1", "true") else "FALSE"
        if kind == "n":
            style = cell.get("s")
            if style and _whole(style, -1) in self.dates:
                return _date_text(value)
            return _number_text(value)
        return value  # str (a formula's text), e (an error such as #DIV/0!), d (ISO date)


def _whole(text: str | None, default: int) -> int:
    """An attribute that should be a whole number; ``default`` when absent or not one."""
    return int(text) if text and text.isascii() and text.isdigit() else default


def _number_text(value: str) -> str:
    """A stored number as a user sees it: integral values without ``.0`` or exponent."""
    if value.isdigit():
        return value
    integral = _INTEGRAL_RE.fullmatch(value)
    if integral:
        return integral.group(1)
    if "E" in value or "e" in value:
        try:
            number = Decimal(value)
        except InvalidOperation:
            return value
        if number.is_finite() and number.adjusted() < 19 and number == number.to_integral_value():
            return str(int(number))
    return value


def _date_text(value: str) -> str:
    from openpyxl.utils.datetime import from_excel

    try:
        moment: datetime | time = from_excel(float(value))  # a time for serials under 1
        return moment.isoformat()
    except (ValueError, OverflowError, TypeError):
        return _number_text(value)


def broken_workbook(name: str, why: str | TableImportError) -> TableImportError:
    """The refusal of a file that is not a readable workbook; ``why`` says what is broken
    (the zip module's own words, or a phrase of ours in the reader's language)."""
    return TableImportError(QT_TRANSLATE_NOOP("refusal", "not a readable .xlsx workbook ({why})"),
                            where=name, why=why)


def open_workbook(path: Path, name: str) -> tuple[zipfile.ZipFile, Workbook | None]:
    """The zip archive at ``path`` and, when it holds a spreadsheet, the :class:`Workbook`."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise broken_workbook(name, str(exc)) from None
    try:
        return archive, (Workbook(archive, name) if is_workbook(archive) else None)
    except BaseException:
        archive.close()
        raise
