"""The PDF report an analyst can hand over, laid out by Qt's text document (``ui.export.pages``)
and written with QPdfWriter.

Contents, in order: title, date and sources; the parliament chart with its caption (drawn as
vector paths from the chart's SVG, so it stays sharp at any zoom, and never so tall that the
first page is left with the title alone); who holds the majority; the results table; the
rules in words; the threshold test with its exact denominator; majorities;
disproportionality indices; how the list seats were allocated; ties and warnings; notes.
Tables never split a row between pages and repeat their header on each; a heading stays
with what follows it; exact fractions are written as decimals (a repeating part in
brackets). Every page has a footer: the title, "made with SeatCalc" and its version, and
the page number.

Only reentrant Qt classes are used (QTextDocument, QSvgRenderer, QPdfWriter), so the
report can be written off the UI thread (a QGuiApplication must exist). :func:`pdf_bytes` is
the PDF format's writer (``ui.export.formats``).
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from html import escape
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRectF, QSizeF
from PySide6.QtGui import QPyTextObject, QTextCharFormat, QTextDocument, QTextFormat
from PySide6.QtSvg import QSvgRenderer

from core.chart.layouts import DEFAULT_LAYOUT
from core.chart.seating import party_colors
from core.chart.svg import result_svg
from core.io.export import ExplanationTable, explanation_table
from core.io.progress import Steps
from core.io.result_table import AGAINST_ALL, INVALID, PARTY, TOTAL, result_rows
from core.message import Term
from core.model.scenario import THRESHOLD_BASES, TIE_BREAKS
from core.rules.result import Result
from core.rules.thresholds import constituency_bases
from core.text.describe import method_rule, threshold_rule, tie_message
from core.text.formats import format_exact
from core.version import version
from ui.application import ensure_application
from ui.export.pages import Section, Table, lay_out, page_size, pdf_writer, print_pages
from ui.panels.results_panel import headline_html
from ui.text import language, shown

CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
CHART_MARKER = "[[seatcalc-chart]]"
CHART_WIDTH_SHARE = 0.8  # of the text width, at most ...
CHART_HEIGHT_SHARE = 0.62  # ... and of the page's height: the results start on page 1
MAX_EXPLANATION_ROWS = 120  # longer seat-by-seat tables: the XLSX holds them all

_STYLE = """
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


class _ChartObject(QPyTextObject):
    """Draws the chart SVG where the document holds the chart object: vector paths, as wide
    as CHART_WIDTH_SHARE of the text and no taller than CHART_HEIGHT_SHARE of a page."""

    def __init__(self, svg: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
        box = self.renderer.viewBoxF()
        self.aspect = box.height() / box.width() if box.width() else 0.5

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:
        page = doc.pageSize()
        width = max(doc.textWidth(), page.width(), 400.0) * CHART_WIDTH_SHARE
        if page.height() > 0:
            width = min(width, page.height() * CHART_HEIGHT_SHARE / self.aspect)
        return QSizeF(width, width * self.aspect)

    def drawObject(self, painter, rect: QRectF, doc: QTextDocument, pos: int,
                   fmt: QTextFormat) -> None:
        self.renderer.render(painter, rect)


def pdf_bytes(result: Result, steps: Steps, layout: str = DEFAULT_LAYOUT,
              **options: float) -> bytes:
    """The report of ``result`` as a PDF (A4, 300 dpi), its chart in the chart layout
    ``layout`` with its ``options``.

    ``steps(fraction)`` is called between the steps (progress, and a point where a cancel
    stops it). Creates an offscreen application when none runs (the command line).
    """
    ensure_application()
    steps(0.0)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf_writer(buffer, result.scenario.title, f"SeatCalc {version()}")
    document = QTextDocument()
    document.setDefaultStyleSheet(_STYLE)
    document.documentLayout().setPaintDevice(writer)
    document.setPageSize(page_size(writer))
    document.setDocumentMargin(0)
    chart = _ChartObject(result_svg(result, layout, language, **options), document)
    document.documentLayout().registerHandler(CHART_OBJECT, chart)
    lay_out(document, report_sections(result), _head(result), _tail(result), _place_chart)
    steps(0.5)
    print_pages(document, writer, f"{result.scenario.title} · made with SeatCalc {version()}")
    del writer  # ends the PDF
    return bytes(buffer.data())


def _place_chart(document: QTextDocument) -> None:
    """Replace the chart marker paragraph's text by the chart object."""
    cursor = document.find(CHART_MARKER)
    if cursor.isNull():
        raise RuntimeError("the report template lost its chart marker")
    fmt = QTextCharFormat()
    fmt.setObjectType(CHART_OBJECT)
    cursor.insertText("\ufffc", fmt)
    # Laid out again whole: Qt's relayout after this edit gives the paragraphs that follow a
    # table cut by a page break no width at all (they vanish; measured with Qt 6.10).
    document.markContentsDirty(0, document.characterCount())


# --------------------------------------------------------------------------- HTML


def report_html(result: Result) -> str:
    """The report as Qt rich-text HTML, before it is cut into pages (the chart as a marker
    paragraph)."""
    from ui.export.pages import Breaks, section_html

    return _head(result) + section_html(report_sections(result), Breaks()) + _tail(result)


def _head(result: Result) -> str:
    return (f"<html><body>{_title(result)}<p align=\"center\">{CHART_MARKER}</p>"
            f"<p>{headline_html(result)}</p>")


def _tail(result: Result) -> str:
    return "</body></html>"


def report_sections(result: Result) -> list[Section]:
    """The report's sections, after the title, the chart and the headline."""
    sections = [
        Section("Results", _results_table(result)),
        Section("Rules", _rules(result)),
        Section("Threshold test", _threshold(result)),
        Section("Majorities", [_majorities(result)]),
        Section("Indices", [_indices(result)]),
        Section("How the list seats were allocated", _explanation(explanation_table(result))),
        Section("Ties and warnings", [_ties_and_warnings(result)]),
    ]
    if result.scenario.notes:
        notes = escape(result.scenario.notes).replace("\n", "<br>")
        sections.append(Section("Notes", [f'<p class="small">{notes}</p>']))
    return sections


def _title(result: Result) -> str:
    s = result.scenario
    when = f"Election of {escape(s.date)} · " if s.date else ""
    made = f"report made with SeatCalc {version()} on {dt.date.today().isoformat()}"
    sources = "".join(f"<br>{escape(src)}" for src in s.sources) or "<br>(no sources given)"
    return (f"<h1>{escape(s.title)}</h1><p class='small'>{when}{made}</p>"
            f"<p class='small'><b>Sources:</b>{sources}</p>")


def _swatch(color: str) -> str:
    return f'<span style="color:{escape(color)}; font-size:11pt">●</span>'


def _results_table(result: Result) -> list[str | Table]:
    """The result table (``core.io.result_table``), as every other output shows it, its
    swatches in the chart's colours."""
    rows = []
    colors = party_colors(result)
    for row in result_rows(result):
        if row.kind in (AGAINST_ALL, INVALID):
            continue
        v = row.values
        name = escape(shown(row.name))
        if row.color:
            name = f"{_swatch(colors.get(row.id or '', row.color))} {name}"
        elif row.kind == TOTAL:
            name = f"<b>{name}</b>"
        extra = f" (+{row.affiliated})" if row.affiliated else ""
        share = None if row.kind == TOTAL else v["seat_share"]
        rows.append([
            name, "" if v["votes"] is None else f"{v['votes']:,}",
            "" if row.kind != PARTY else f"{float(v['vote_share']):.2%}",
            "" if row.kind != PARTY else ("yes" if v["qualified"] else "no"),
            *("" if v[k] is None else str(v[k]) for k in ("list_seats", "district_seats")),
            f"<b>{v['seats']}</b>{extra}",
            "" if share is None else f"{float(share):.1%}"])
    header = ["Party", "Votes", "Share", "Passed", "List", "District", "Seats", "Seat share"]
    base = shown(Term("rules", THRESHOLD_BASES[result.scenario.list_tier.threshold.base]))
    return [Table(header, rows, {1, 2, 4, 5, 6, 7}, [33, 13, 9, 9, 6, 10, 10, 10]),
            f"<p class='small'>Share: of {escape(base)}. Seats count a party's own nominees; "
            "(+n): self-nominated district winners who sit with it. Seat share: of the elected "
            "seats, by nominating party (as the indices).</p>"]


def _rules(result: Result) -> list[str | Table]:
    s = result.scenario
    tier = s.list_tier
    lines = [f"<b>List tier:</b> {tier.seats} seats, {escape(shown(method_rule(s)))}.",
             f"<b>Threshold:</b> {escape(shown(threshold_rule(s)))}",
             "<b>Ties:</b> decided in favour of "
             f"{escape(shown(Term('rules', TIE_BREAKS[tier.tie_break])))}."]
    if s.district_tier.seats:
        lines.append(f"<b>District tier:</b> {s.district_tier.seats} seats, "
                     f"{escape(s.district_tier.rule)} in single-member districts.")
    if s.list_tier.seats and s.district_tier.seats:
        lines.append(f"<b>Tiers:</b> {escape(s.mixed_type)}"
                     + (f", overhang: {escape(s.overhang)}" if s.overhang else "") + ".")
    if s.appointed:
        lines.append(f"<b>Appointed:</b> {sum(a.seats for a in s.appointed)} seats "
                     f"({escape(', '.join(a.name for a in s.appointed))}).")
    return [f"<p>{line}</p>" for line in lines]


def _threshold(result: Result) -> list[str | Table]:
    s = result.scenario
    base_rule = s.list_tier.threshold.base
    parts = {"parties": ["party votes"], "valid": ["party votes", "against all"],
             "cast": ["party votes", "against all", "invalid ballots"]}[base_rule]
    values = {"party votes": sum(p.votes for p in s.parties), "against all": s.against_all,
              "invalid ballots": s.invalid}
    sum_text = " + ".join(f"{values[k]:,} {k}" for k in parts)
    base_words = shown(Term("rules", THRESHOLD_BASES[base_rule]))
    intro = (f"<p>Denominator ({escape(base_words)}): {sum_text} = "
             f"<b>{result.threshold_base:,}</b> votes. The test compares whole numbers "
             "(votes × 100 against percent × denominator), never rounded shares.</p>")
    bases = constituency_bases(s)
    if bases:  # tested in each constituency: the national figures are for reference only
        each = ", ".join(f"{escape(name)} {base:,}" for name, base in bases)
        intro = (f"<p>The threshold is tested in each constituency on its own "
                 f"{escape(base_words)}: {each}. Below, each party's national share for "
                 "reference, and in how many constituencies it passed.</p>")
    names = {p.id: p.name for p in s.parties}
    rows = [[escape(names[t.party_id]), f"{t.votes:,}", f"{t.base:,}",
             f"{float(t.share):.4%}", "yes" if t.passed else "<b>no</b>",
             escape(shown(t.reason))]
            for t in result.thresholds]
    return [intro, Table(["Party", "Votes", "Base", "Share", "Passed", "Why"], rows,
                         {1, 2, 3}, [33, 12, 15, 11, 9, 20])]


def _majorities(result: Result) -> str:
    m = result.majority
    return (f"<p>House: {m.house} seats. Simple majority: {m.simple} seats; two-thirds "
            f"majority: {m.two_thirds} seats.</p>")


def _indices(result: Result) -> str:
    ix = result.indices
    return (f"<p>Gallagher least-squares index {ix.gallagher:.2f}; Loosemore-Hanby index "
            f"{ix.loosemore_hanby:.2f}; effective number of parties {ix.enp_votes:.2f} by "
            f"votes and {ix.enp_seats:.2f} by seats.</p><p class='small'>Vote shares over "
            "all parties' votes, seat shares over the elected seats; independent winners "
            "count as one-seat units.</p>")


def _explanation(ex: ExplanationTable) -> list[str | Table]:
    parts: list[str | Table] = [f"<p>{escape(line)}</p>" for line in ex.summary]
    if not ex.columns:
        return parts
    rows = [[_cell_text(v, f) for v, f in zip(row, ex.formats, strict=True)]
            for row in ex.rows[:MAX_EXPLANATION_ROWS]]
    numeric = {i for i, v in enumerate(ex.rows[0])
               if isinstance(v, int | float | Fraction) and not isinstance(v, bool)}
    widths = [32, 12, 11, 9, 14, 7, 8, 7] if ex.kind == "quota" else [8, 34, 10, 10, 12, 16, 10]
    parts.append(Table(list(ex.columns), rows, numeric, widths))
    if len(ex.rows) > MAX_EXPLANATION_ROWS:
        parts.append(f"<p class='small'>The first {MAX_EXPLANATION_ROWS} of {len(ex.rows)} "
                     "rows; the XLSX export has them all.</p>")
    return parts


def _cell_text(value: Any, fmt: str | None) -> str:
    """A cell of the explanation: an exact fraction as its decimal (the repeating part in
    brackets), a rounded float to three places, a count grouped."""
    if value is None:
        return ""
    if isinstance(value, Fraction):
        return escape(format_exact(value))
    if isinstance(value, float):
        return f"{value:,.3f}" if fmt else f"{value:g}"
    if isinstance(value, int) and fmt:
        return f"{value:,}"
    return escape(str(value))


def _ties_and_warnings(result: Result) -> str:
    names = {p.id: p.name for p in result.parties}
    lines = [f"Tie: {escape(shown(tie_message(t, names)))}." for t in result.ties]
    lines += [f"Warning: {escape(shown(w))}" for w in result.warnings]
    return "".join(f"<p>{line}</p>" for line in lines) or "<p>No ties and no warnings.</p>"
