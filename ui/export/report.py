"""The PDF report an analyst can hand over, in the language asked for, laid out by Qt's text
document (``ui.export.pages``) and written with QPdfWriter.

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
from core.message import QT_TRANSLATE_NOOP, Term, msg
from core.model.scenario import DISTRICT_RULES, THRESHOLD_BASES, TIE_BREAKS
from core.rules.linkages import LINKAGES, overhang_rules
from core.rules.result import Result
from core.rules.thresholds import constituency_bases
from core.text import formats
from core.text.describe import headline, method_rule, threshold_rule, tie_message
from core.text.render import fill, render
from core.text.translations import translate
from core.version import version
from ui.application import ensure_application
from ui.export.pages import (
    Section,
    Table,
    lay_out,
    paged_document,
    pdf_writer,
    print_pages,
    swatch,
)

CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
CHART_MARKER = "[[seatcalc-chart]]"
CHART_WIDTH_SHARE = 0.8  # of the text width, at most ...
CHART_HEIGHT_SHARE = 0.62  # ... and of the page's height: the results start on page 1
MAX_EXPLANATION_ROWS = 120  # longer seat-by-seat tables: the XLSX holds them all


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


def pdf_bytes(result: Result, steps: Steps, lang: str = "en", layout: str = DEFAULT_LAYOUT,
              **options: float) -> bytes:
    """The report of ``result`` as a PDF (A4, 300 dpi), written in ``lang``, its chart in the
    chart layout ``layout`` with its ``options``.

    ``steps(fraction)`` is called between the steps (progress, and a point where a cancel
    stops it). Creates an offscreen application when none runs (the command line).
    """
    ensure_application()
    steps(0.0)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    title = result.scenario.title_in(lang)
    writer = pdf_writer(buffer, title, f"SeatCalc {version()}")
    document = paged_document(writer)
    chart = _ChartObject(result_svg(result, layout, lang, **options), document)
    document.documentLayout().registerHandler(CHART_OBJECT, chart)
    lay_out(document, report_sections(result, lang), _head(result, lang), _tail(),
            _place_chart)
    steps(0.5)
    print_pages(document, writer,
                f"{title} · {render(msg('chart.caption_made', version=version()), lang)}")
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


def _words(text: str, lang: str, **args: Any) -> str:
    """A text of the report (marked in context "report") in ``lang``, filled with ``args``
    (the placeholders of ``core.text.render``)."""
    return fill(translate("report", text, lang), lang, **args)


def _say(text: str, lang: str, **args: Any) -> str:
    """:func:`_words`, escaped for the report's HTML."""
    return escape(_words(text, lang, **args))


def report_html(result: Result, lang: str = "en") -> str:
    """The report as Qt rich-text HTML, in ``lang``, before it is cut into pages (the chart
    as a marker paragraph). Measures its tables' headings with Qt's fonts: creates an
    offscreen application when none runs."""
    from ui.export.pages import Breaks, section_html

    ensure_application()
    return (_head(result, lang) + section_html(report_sections(result, lang), Breaks())
            + _tail())


def _head(result: Result, lang: str) -> str:
    return (f"<html><body>{_title(result, lang)}<p align=\"center\">{CHART_MARKER}</p>"
            f"<p>{escape(render(headline(result), lang))}</p>")


def _tail() -> str:
    return "</body></html>"


def report_sections(result: Result, lang: str = "en") -> list[Section]:
    """The report's sections, after the title, the chart and the headline, in ``lang``."""
    def section(heading: str, parts: list[str | Table]) -> Section:
        return Section(_words(heading, lang), parts)

    sections = [
        section(QT_TRANSLATE_NOOP("report", "Results"), _results_table(result, lang)),
        section(QT_TRANSLATE_NOOP("report", "Rules"), _rules(result, lang)),
        section(QT_TRANSLATE_NOOP("report", "Threshold test"), _threshold(result, lang)),
        section(QT_TRANSLATE_NOOP("report", "Majorities"), [_majorities(result, lang)]),
        section(QT_TRANSLATE_NOOP("report", "Indices"), [_indices(result, lang)]),
        section(QT_TRANSLATE_NOOP("report", "How the list seats were allocated"),
                _explanation(explanation_table(result, lang), lang)),
        section(QT_TRANSLATE_NOOP("report", "Ties and warnings"),
                [_ties_and_warnings(result, lang)]),
    ]
    if result.scenario.notes:
        notes = escape(result.scenario.notes).replace("\n", "<br>")
        sections.append(section(QT_TRANSLATE_NOOP("report", "Notes"),
                                [f'<p class="small">{notes}</p>']))
    return sections


def _title(result: Result, lang: str) -> str:
    s = result.scenario
    made = _say(QT_TRANSLATE_NOOP("report", "report made with SeatCalc {version} on {date}"),
                lang, version=version(),
                date=formats.format_date(dt.date.today().isoformat(), lang))
    when = (_say(QT_TRANSLATE_NOOP("report", "Election of {date}"), lang,
                 date=formats.format_date(s.date, lang)) + " · ") if s.date else ""
    sources = ("".join(f"<br>{escape(src)}" for src in s.sources)
               or "<br>" + _say(QT_TRANSLATE_NOOP("report", "(no sources given)"), lang))
    heading = _say(QT_TRANSLATE_NOOP("report", "Sources:"), lang)
    return (f"<h1>{escape(s.title_in(lang))}</h1><p class='small'>{when}{made}</p>"
            f"<p class='small'><b>{heading}</b>{sources}</p>")


def _results_table(result: Result, lang: str) -> list[str | Table]:
    """The result table (``core.io.result_table``), as every other output shows it, its
    swatches in the chart's colours."""
    rows = []
    colors = party_colors(result)
    yes, no = (_say(QT_TRANSLATE_NOOP("report", "yes"), lang),
               _say(QT_TRANSLATE_NOOP("report", "no"), lang))
    for row in result_rows(result):
        if row.kind in (AGAINST_ALL, INVALID):
            continue
        v = row.values
        name = escape(render(row.name, lang))
        if row.color:
            name = f"{swatch(colors.get(row.id or '', row.color))} {name}"
        elif row.kind == TOTAL:
            name = f"<b>{name}</b>"
        extra = f" (+{row.affiliated})" if row.affiliated else ""
        share = None if row.kind == TOTAL else v["seat_share"]
        rows.append([
            name, "" if v["votes"] is None else formats.format_count(v["votes"], lang),
            "" if row.kind != PARTY else formats.format_share(v["vote_share"], 2, lang),
            "" if row.kind != PARTY else (yes if v["qualified"] else no),
            *("" if v[k] is None else str(v[k]) for k in ("list_seats", "district_seats")),
            f"<b>{v['seats']}</b>{extra}",
            "" if share is None else formats.format_share(share, 1, lang)])
    header = [translate("report", h, lang) for h in (
        QT_TRANSLATE_NOOP("report", "Party"), QT_TRANSLATE_NOOP("report", "Votes"),
        QT_TRANSLATE_NOOP("report", "Share"), QT_TRANSLATE_NOOP("report", "Passed"),
        QT_TRANSLATE_NOOP("report", "List"), QT_TRANSLATE_NOOP("report", "District"),
        QT_TRANSLATE_NOOP("report", "Seats"), QT_TRANSLATE_NOOP("report", "Seat share"))]
    base = Term("rules", THRESHOLD_BASES[result.scenario.list_tier.threshold.base])
    note = _say(QT_TRANSLATE_NOOP(
        "report", "Share: of {base}. Seats count a party's own nominees; (+n): self-nominated "
        "district winners who sit with it. Seat share: of the elected seats, by nominating "
        "party (as the indices)."), lang, base=base)
    return [Table(header, rows, {1, 2, 4, 5, 6, 7}, [33, 13, 9, 9, 6, 10, 10, 10]),
            f"<p class='small'>{note}</p>"]


def _rules(result: Result, lang: str) -> list[str | Table]:
    s = result.scenario
    tier = s.list_tier

    def line(label: str, text: str) -> str:
        return f"<p><b>{_say(label, lang)}</b> {text}</p>"

    lines = [line(QT_TRANSLATE_NOOP("report", "List tier:"), _say(QT_TRANSLATE_NOOP(
                 "report", "{n} {n:plural:seat|seats}, {method}."), lang, n=tier.seats,
                 method=method_rule(s))),
             line(QT_TRANSLATE_NOOP("report", "Threshold:"),
                  escape(render(threshold_rule(s), lang))),
             line(QT_TRANSLATE_NOOP("report", "Ties:"), _say(QT_TRANSLATE_NOOP(
                 "report", "decided in favour of {rule}."), lang,
                 rule=Term("rules", TIE_BREAKS[tier.tie_break])))]
    if s.district_tier.seats:
        lines.append(line(QT_TRANSLATE_NOOP("report", "District tier:"), _say(
            QT_TRANSLATE_NOOP("report", "{n} {n:plural:seat|seats} in single-member districts, "
                                        "{rule}."), lang, n=s.district_tier.seats,
            rule=Term("rules", DISTRICT_RULES[s.district_tier.rule]))))
    if s.list_tier.seats and s.district_tier.seats:
        tiers = escape(render(Term("linkage", LINKAGES[s.mixed_type].name), lang))
        if s.overhang:
            tiers += "; " + escape(render(Term("linkage", overhang_rules()[s.overhang]), lang))
        lines.append(line(QT_TRANSLATE_NOOP("report", "Tiers:"), tiers + "."))
    if s.appointed:
        lines.append(line(QT_TRANSLATE_NOOP("report", "Appointed:"), _say(QT_TRANSLATE_NOOP(
            "report", "{n} {n:plural:seat|seats} ({bodies})."), lang,
            n=sum(a.seats for a in s.appointed), bodies=", ".join(a.name for a in s.appointed))))
    return [*lines]


def _threshold(result: Result, lang: str) -> list[str | Table]:
    s = result.scenario
    base_rule = s.list_tier.threshold.base
    words = {"parties": QT_TRANSLATE_NOOP("report", "{n} party votes"),
             "against": QT_TRANSLATE_NOOP("report", "{n} against all"),
             "invalid": QT_TRANSLATE_NOOP("report", "{n} invalid ballots")}
    values = {"parties": sum(p.votes for p in s.parties), "against": s.against_all,
              "invalid": s.invalid}
    parts = {"parties": ["parties"], "valid": ["parties", "against"],
             "cast": ["parties", "against", "invalid"]}[base_rule]
    sum_text = " + ".join(fill(translate("report", words[k], lang), lang, n=values[k])
                          for k in parts)
    intro = _say(QT_TRANSLATE_NOOP(
        "report", "Denominator ({base}): {sum} = {total} votes. The test compares whole "
        "numbers (votes × 100 against percent × denominator), never rounded shares."), lang,
        base=Term("rules", THRESHOLD_BASES[base_rule]), sum=sum_text,
        total=result.threshold_base)
    bases = constituency_bases(s)
    if bases:  # tested in each constituency: the national figures are for reference only
        each = ", ".join(f"{name} {formats.format_count(base, lang)}" for name, base in bases)
        intro = _say(QT_TRANSLATE_NOOP(
            "report", "The threshold is tested in each constituency on its own {base}: {each}. "
            "Below, each party's national share for reference, and in how many constituencies "
            "it passed."), lang, base=Term("rules", THRESHOLD_BASES[base_rule]), each=each)
    names = {p.id: p.name for p in s.parties}
    yes, no = (_say(QT_TRANSLATE_NOOP("report", "yes"), lang),
               _say(QT_TRANSLATE_NOOP("report", "no"), lang))
    rows = [[escape(names[t.party_id]), formats.format_count(t.votes, lang),
             formats.format_count(t.base, lang), formats.format_share(t.share, 4, lang),
             yes if t.passed else f"<b>{no}</b>", escape(render(t.reason, lang))]
            for t in result.thresholds]
    header = [translate("report", h, lang) for h in (
        QT_TRANSLATE_NOOP("report", "Party"), QT_TRANSLATE_NOOP("report", "Votes"),
        QT_TRANSLATE_NOOP("report", "Base"), QT_TRANSLATE_NOOP("report", "Share"),
        QT_TRANSLATE_NOOP("report", "Passed"), QT_TRANSLATE_NOOP("report", "Why"))]
    return [f"<p>{intro}</p>", Table(header, rows, {1, 2, 3}, [31, 12, 14, 12, 10, 21])]


def _majorities(result: Result, lang: str) -> str:
    m = result.majority
    return "<p>" + _say(QT_TRANSLATE_NOOP(
        "report", "House: {house} {house:plural:seat|seats}. Simple majority: {simple} "
        "{simple:plural:seat|seats}; two-thirds majority: {two_thirds} "
        "{two_thirds:plural:seat|seats}."), lang, house=m.house, simple=m.simple,
        two_thirds=m.two_thirds) + "</p>"


def _indices(result: Result, lang: str) -> str:
    ix = result.indices
    return ("<p>" + _say(QT_TRANSLATE_NOOP(
        "report", "Gallagher least-squares index {gallagher:dec2}; Loosemore-Hanby index "
        "{lh:dec2}; effective number of parties {votes:dec2} by votes and {seats:dec2} by "
        "seats."), lang, gallagher=ix.gallagher, lh=ix.loosemore_hanby, votes=ix.enp_votes,
        seats=ix.enp_seats) + "</p><p class='small'>" + _say(QT_TRANSLATE_NOOP(
            "report", "Vote shares over all parties' votes, seat shares over the elected "
            "seats; independent winners count as one-seat units."), lang) + "</p>")


def _explanation(ex: ExplanationTable, lang: str) -> list[str | Table]:
    parts: list[str | Table] = [f"<p>{escape(line)}</p>" for line in ex.summary]
    if not ex.columns:
        return parts
    rows = [[_cell_text(v, f, lang) for v, f in zip(row, ex.formats, strict=True)]
            for row in ex.rows[:MAX_EXPLANATION_ROWS]]
    numeric = {i for i, v in enumerate(ex.rows[0])
               if isinstance(v, int | float | Fraction) and not isinstance(v, bool)}
    widths = [30, 12, 11, 9, 14, 7, 9, 8] if ex.kind == "quota" else [8, 32, 10, 10, 12, 16, 12]
    parts.append(Table(list(ex.columns), rows, numeric, widths))
    if len(ex.rows) > MAX_EXPLANATION_ROWS:
        parts.append("<p class='small'>" + _say(QT_TRANSLATE_NOOP(
            "report", "The first {shown} of {n} rows; the XLSX export has them all."), lang,
            shown=MAX_EXPLANATION_ROWS, n=len(ex.rows)) + "</p>")
    return parts


def _cell_text(value: Any, fmt: str | None, lang: str) -> str:
    """A cell of the explanation: an exact fraction as its decimal (the repeating part in
    brackets), a rounded float to three places, a count grouped."""
    if value is None:
        return ""
    if isinstance(value, Fraction):
        return escape(formats.format_exact(value, lang))
    if isinstance(value, float):
        return formats.format_decimal(value, 3, lang) if fmt else formats.format_number(value,
                                                                                        lang)
    if isinstance(value, int) and fmt:
        return formats.format_count(value, lang)
    return escape(str(value))


def _ties_and_warnings(result: Result, lang: str) -> str:
    names = {p.id: p.name for p in result.parties}
    lines = [escape(render(msg("cli.tie", text=tie_message(t, names)), lang))
             for t in result.ties]
    lines += [escape(render(msg("cli.warning", text=w), lang)) for w in result.warnings]
    return ("".join(f"<p>{line}</p>" for line in lines)
            or "<p>" + _say(QT_TRANSLATE_NOOP("report", "No ties and no warnings."), lang)
            + "</p>")
