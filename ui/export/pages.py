"""Pages of a report that read well: the report as sections of paragraphs and tables, laid
out by Qt's text document on A4 pages and printed page by page with a footer.

Qt lays a table out row by row but breaks a wrapped cell between its lines at the foot of a
page, and it leaves a heading alone at the foot of a page. So the report is laid out, looked
at, and laid out again until it reads well: a table is cut before a row that would straddle
two pages (the rest continues on the next page under its header: ``<thead>`` repeats on each
page), and a section whose heading would be parted from what follows starts on a new page.
A row taller than a page (never, in practice) is left to Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextDocument,
    QTextTable,
)

RESOLUTION_DPI = 300
MARGINS_MM = QMarginsF(18, 16, 18, 14)
FOOTER_PT = 7.5
HEADING_POINTS = 7.5  # the tables' headings (th in the report's style)
TEXT_WIDTH_POINTS = (210 - 2 * 18) / 25.4 * 72  # A4 less MARGINS_MM
CELL_POINTS = 12  # a cell's padding and borders (and the word 15 % wider: room to spare)
MOST_PASSES = 120  # layouts before giving up on reading well (each fixes one break)


STYLE = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9pt; color: #222; }
h1 { font-size: 17pt; margin-bottom: 2px; }
h2 { font-size: 12pt; margin-top: 14px; margin-bottom: 4px; color: #1a1a1a; }
p { margin-top: 2px; margin-bottom: 4px; }
.small { font-size: 7.5pt; color: #555; }
table { border-collapse: collapse; margin-top: 2px; }
th { background: #eeeeee; text-align: left; font-weight: bold; font-size: 7.5pt; }
td { font-size: 7.5pt; vertical-align: middle; }
td.n, th.n { text-align: right; }
"""


def swatch(color: str) -> str:
    """A party's colour as a dot, put before its name in a table."""
    return f'<span style="color:{escape(color)}; font-size:11pt">●</span>'


@dataclass
class Table:
    """A table: its header, rows of HTML cells, the right-aligned columns and the columns'
    shares of the width (percent)."""

    header: list[str]
    rows: list[list[str]]
    numeric: set[int] = field(default_factory=set)
    widths: list[float] | None = None


@dataclass
class Section:
    """A heading (or none) and what follows it: HTML paragraphs and tables."""

    heading: str | None
    parts: list[str | Table]


@dataclass
class Breaks:
    """Where pages are forced: before a section (its heading), before a table's row."""

    sections: set[int] = field(default_factory=set)
    rows: set[tuple[int, int, int]] = field(default_factory=set)  # section, part, row


def section_html(sections: list[Section], breaks: Breaks) -> str:
    """The sections as Qt rich-text HTML, with the page breaks of ``breaks``; a table cut
    before a row continues as a table of its own, starting a page, under its header."""
    out = []
    for s, section in enumerate(sections):
        style = ' style="page-break-before: always"' if s in breaks.sections else ""
        if section.heading is not None:
            out.append(f"<h2{style}>{escape(section.heading)}</h2>")
            style = ""
        for p, part in enumerate(section.parts):
            if isinstance(part, Table):
                cuts = sorted(r for (bs, bp, r) in breaks.rows if (bs, bp) == (s, p))
                for start, end in zip([0, *cuts], [*cuts, len(part.rows)], strict=True):
                    cut = start in cuts or (start == 0 and style)
                    out.append(_table(part, start, end, cut))
                style = ""
            else:
                out.append(part.replace("<p", f"<p{style}", 1) if style else part)
                style = ""
    return "".join(out)


def _table(table: Table, start: int, end: int, new_page: bool) -> str:
    widths = fit_headings(table.widths, table.header) if table.widths else None

    def cell(tag: str, i: int, text: str) -> str:
        nowrap = ' style="white-space:nowrap"' if tag == "td" and i in table.numeric else ""
        cls = ' class="n"' if i in table.numeric else ""
        width = f' width="{widths[i]:.1f}%"' if widths and tag == "th" else ""
        return f"<{tag}{cls}{nowrap}{width}>{text}</{tag}>"

    head = "".join(cell("th", i, escape(h)) for i, h in enumerate(table.header))
    body = "".join("<tr>" + "".join(cell("td", i, t) for i, t in enumerate(r)) + "</tr>"
                   for r in table.rows[start:end])
    brk = "page-break-before: always; " if new_page else ""
    return (f'<table border="1" cellspacing="0" cellpadding="2" width="100%" '
            f'style="{brk}border-color:#bbbbbb"><thead><tr>{head}</tr></thead>{body}</table>')


def fit_headings(widths: list[float], header: list[str]) -> list[float]:
    """``widths`` with every column but the first at least as wide as its heading's longest
    word (Russian and Kazakh headings are longer: a word cut in two is unreadable); the first
    column, the names, gives up what the others take."""
    font = QFont("DejaVu Sans")
    font.setPointSizeF(HEADING_POINTS)
    font.setBold(True)
    metrics = QFontMetricsF(font)
    points = 72 / metrics.fontDpi()

    def needed(heading: str) -> float:
        word = max(metrics.horizontalAdvance(w) for w in heading.split() or [""])
        return (word * points * 1.15 + CELL_POINTS) / TEXT_WIDTH_POINTS * 100

    fitted = [widths[0], *(max(w, needed(h)) for w, h in zip(widths[1:], header[1:],
                                                              strict=True))]
    fitted[0] = max(100 - sum(fitted[1:]), 15.0)
    return fitted


# --------------------------------------------------------------------------- layout


def lay_out(document: QTextDocument, sections: list[Section], head: str, tail: str,
            prepare: Callable[[QTextDocument], None]) -> None:
    """Set ``head`` + the sections + ``tail`` as the document's HTML, laid out again with
    page breaks until no table row straddles two pages and no heading is parted from what
    follows it. ``prepare(document)`` runs after each setHtml (the chart object)."""
    breaks = Breaks()
    for _ in range(MOST_PASSES):
        document.setHtml(head + section_html(sections, breaks) + tail)
        prepare(document)
        fix = _first_fault(document, sections, breaks)
        if fix is None:
            return
        fix(breaks)


def _first_fault(document: QTextDocument, sections: list[Section], breaks: Breaks
                 ) -> Callable[[Breaks], None] | None:
    """The first place that reads badly, as the break that mends it (None: all is well)."""
    layout = document.documentLayout()
    height = document.pageSize().height()

    def page(y: float) -> int:
        return int(y // height)

    tables = iter(_tables(document))
    headings = iter(_headings(document))
    for s, section in enumerate(sections):
        if section.heading is not None:
            heading, following = next(headings)
            if s not in breaks.sections and page(heading.top()) != page(following - 0.5):
                return lambda b, s=s: b.sections.add(s)  # a heading alone at a page's foot
        for p, part in enumerate(section.parts):
            if not isinstance(part, Table):
                continue
            cuts = sorted(r for (bs, bp, r) in breaks.rows if (bs, bp) == (s, p))
            for start in [0, *cuts]:
                table = next(tables)
                rows = _row_spans(layout, table)
                if (section.heading is not None and start == 0 and p == _first_table(section)
                        and len(rows) > 1 and s not in breaks.sections
                        and page(heading.top()) != page(rows[1][1] - 0.5)):
                    return lambda b, s=s: b.sections.add(s)  # parted from its table's top
                for r, (top, bottom) in enumerate(rows[1:], start=1):
                    row = start + r - 1
                    if (page(top) != page(bottom - 0.5) and row != start
                            and (s, p, row) not in breaks.rows):
                        return lambda b, k=(s, p, row): b.rows.add(k)
    return None


def _first_table(section: Section) -> int | None:
    """The index of the section's first table if it is among its first two parts (a table,
    or a paragraph that introduces it and the table); None otherwise."""
    for p, part in enumerate(section.parts[:2]):
        if isinstance(part, Table):
            return p
    return None


def _tables(document: QTextDocument) -> list[QTextTable]:
    return [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]


def _headings(document: QTextDocument) -> list[tuple[QRectF, float]]:
    """Each section heading's box, and the bottom of the line that follows it."""
    layout = document.documentLayout()
    out = []
    block: QTextBlock = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == 2:
            following = block.next()
            rect = layout.blockBoundingRect(block)
            below = layout.blockBoundingRect(following) if following.isValid() else rect
            first_line = following.layout().lineAt(0) if following.isValid() and (
                following.layout().lineCount()) else None
            out.append((rect, below.top() + (first_line.height() if first_line else 0)))
        block = block.next()
    return out


def _row_spans(layout: QAbstractTextDocumentLayout, table: QTextTable
               ) -> list[tuple[float, float]]:
    """The top and bottom of each row of ``table`` in document coordinates: its cells' text,
    and below it the cell's padding and border (the gap between two rows' texts), which Qt
    keeps on the row's page too: a row whose text fits but whose frame does not is split."""
    texts = []
    for row in range(table.rows()):
        cells = [table.cellAt(row, c) for c in range(table.columns())]
        texts.append((
            min(layout.blockBoundingRect(c.firstCursorPosition().block()).top() for c in cells),
            max(layout.blockBoundingRect(c.lastCursorPosition().block()).bottom()
                for c in cells)))
    gaps = [below[0] - above[1] for above, below in zip(texts, texts[1:], strict=False)]
    gap = min((g for g in gaps if g > 0), default=0.0)
    return [(top, bottom + gap) for top, bottom in texts]


# --------------------------------------------------------------------------- printing


def pdf_writer(buffer, title: str, creator: str) -> QPdfWriter:
    """An A4 portrait PDF writer at RESOLUTION_DPI into ``buffer``."""
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator(creator)
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, MARGINS_MM,
                                     QPageLayout.Unit.Millimeter))
    return writer


def paged_document(writer: QPdfWriter) -> QTextDocument:
    """An empty document in the report's style, laid out on ``writer``'s pages (less the
    footer's line), to be filled by :func:`lay_out`."""
    document = QTextDocument()
    document.setDefaultStyleSheet(STYLE)
    document.documentLayout().setPaintDevice(writer)
    document.setPageSize(page_size(writer))
    document.setDocumentMargin(0)
    return document


def page_size(writer: QPdfWriter) -> QSizeF:
    """The text's page: the writer's printable area less the footer's line."""
    area = writer.pageLayout().paintRectPixels(RESOLUTION_DPI)
    footer = FOOTER_PT / 72 * RESOLUTION_DPI * 2.2
    return QSizeF(area.width(), area.height() - footer)


def print_pages(document: QTextDocument, writer: QPdfWriter, footer: str) -> None:
    """Every page of the laid-out ``document`` onto ``writer``, each with ``footer`` on the
    left and "page N of M" on the right."""
    size = document.pageSize()
    area = writer.pageLayout().paintRectPixels(RESOLUTION_DPI)
    count = document.pageCount()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(FOOTER_PT)
    painter = QPainter(writer)
    try:
        for n in range(count):
            if n:
                writer.newPage()
            painter.save()
            painter.translate(0, -n * size.height())
            document.drawContents(painter, QRectF(0, n * size.height(), size.width(),
                                                  size.height()))
            painter.restore()
            painter.setFont(font)
            painter.setPen(QColor("#555555"))
            line = QRectF(0, size.height(), area.width(), area.height() - size.height())
            bottom = Qt.AlignmentFlag.AlignBottom
            shown = painter.fontMetrics().elidedText(footer, Qt.TextElideMode.ElideRight,
                                                     round(line.width() * 0.8))
            painter.drawText(line, bottom | Qt.AlignmentFlag.AlignLeft, shown)
            painter.drawText(line, bottom | Qt.AlignmentFlag.AlignRight,
                             f"{n + 1} / {count}")
    finally:
        painter.end()
