"""The XLSX workbook of a Result, and the explanation table the workbook and the PDF share.

The formats are registered in ``core.io.formats`` (which writes every file atomically); this
module is loaded, with openpyxl, only when a workbook is written or a report explains.

The XLSX workbook has five sheets: Results, Party votes, Districts, Rules and Explanation, their
names and labels in the language asked for.
Counts are stored as integers, shares as fractions shown with a ``%`` number format, so an
analyst can compute with every cell. "Party votes" is laid out to be imported back
(``core.io.tables.import_table``: a party column, a votes column, the against-all and
invalid ballots as labelled rows).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from core.analysis.explain import DivisorStep, Explanation, explain
from core.io.progress import Steps
from core.io.result_table import COLUMNS, result_rows
from core.message import QT_TRANSLATE_NOOP, Term, msg
from core.model.scenario import DISTRICT_RULES, THRESHOLD_BASES, TIE_BREAKS
from core.rules.linkages import LINKAGES, overhang_rules
from core.rules.result import Result
from core.text.describe import method_rule, threshold_rule, tie_message
from core.text.formats import format_exact
from core.text.render import render, render_all
from core.text.translations import translate

__all__ = [
    "ExplanationTable",
    "explanation_table",
    "to_xlsx_bytes",
]

COUNT = "#,##0"
PERCENT = "0.00%"
DECIMAL = "#,##0.000"
_XLSX_FORMATS = {"text": None, "count": COUNT, "share": PERCENT, "flag": None,
                 "seats": None}

# --------------------------------------------------------------------------- explanation


@dataclass(frozen=True)
class ExplanationTable:
    """``core.analysis.explain.explain`` laid out for reports: sentences, then a table.

    ``kind`` is ``"divisor"`` (one row per seat in the order won, then the first quotient
    that missed), ``"quota"`` (one row per qualifying party: quota, whole seats, remainder)
    or ``"none"`` (no single count to explain). ``formats`` gives an XLSX number format per
    column (None = as is).
    """

    kind: str
    summary: tuple[str, ...]
    columns: tuple[str, ...]
    formats: tuple[str | None, ...]
    rows: tuple[tuple[Any, ...], ...]


def _say(text: str, lang: str) -> str:
    """A label of this module (marked in context "export") in ``lang``."""
    return translate("export", text, lang)


def explanation_table(result: Result, lang: str = "en") -> ExplanationTable:
    """Explain the list seats of ``result`` (``core.analysis.explain.explain``) for the XLSX
    "Explanation" sheet and the PDF report, in ``lang``."""
    e = explain(result)
    names = {p.id: p.name for p in result.scenario.parties}
    summary = [render(msg("export.list_seats_by", n=result.scenario.list_tier.seats,
                          method=method_rule(result.scenario)), lang)]
    excluded = [names[t.party_id] for t in e.thresholds if not t.passed]
    if excluded:
        summary.append(render(msg("export.below_threshold", parties=excluded), lang))
    if e.steps or e.runners_up:
        return _divisor_table(e, names, summary, lang)
    if e.quota_lines:
        return _quota_table(e, names, summary, lang)
    return ExplanationTable("none", (*summary, *render_all(e.notes, lang),
                                     render(msg("export.nothing_to_explain"), lang)), (), (), ())


def _divisor_table(e: Explanation, names: dict[str, str], summary: list[str], lang: str
                   ) -> ExplanationTable:
    """Seat by seat: the quotients votes/divisor awarded, highest first, then the first miss."""
    first = e.minimum_seats * sum(t.passed for t in e.thresholds)
    if e.minimum_seats:
        summary.append(render(msg("export.minimum_first", n=e.minimum_seats), lang))
    tie = _say(QT_TRANSLATE_NOOP("export", "yes"), lang)
    rows = [_quotient_row(first + (step.seat or 0), step, names, tie) for step in e.steps]
    if e.runners_up:
        rows.append(_quotient_row(_say(QT_TRANSLATE_NOOP("export", "next"), lang),
                                  e.runners_up[0], names, tie))
        summary.append(render(msg("export.last_row_missed"), lang))
    summary += [*render_all(e.notes, lang), *(render(msg("cli.tie", text=t), lang) for t in e.ties)]
    columns = (QT_TRANSLATE_NOOP("export", "Seat"), QT_TRANSLATE_NOOP("export", "Party"),
               QT_TRANSLATE_NOOP("export", "Party's seat"), QT_TRANSLATE_NOOP("export", "Divisor"),
               QT_TRANSLATE_NOOP("export", "Quotient"),
               QT_TRANSLATE_NOOP("export", "Exact quotient"),
               QT_TRANSLATE_NOOP("export", "Tie at the cut-off"))
    return ExplanationTable(
        "divisor", tuple(summary), tuple(_say(c, lang) for c in columns),
        (None, None, None, "0.###", DECIMAL, None, None), tuple(rows))


def _quotient_row(seat: int | str, step: DivisorStep, names: dict[str, str], tie: str
                  ) -> tuple[Any, ...]:
    if step.quotient is not None:
        exact: Fraction | str = step.quotient
    elif step.divisor == 0:
        exact = "∞"
    else:  # Huntington-Hill: the divisor √(k(k+1)) is irrational
        exact = f"{step.votes}/√({step.k}×{step.k + 1})"
    quotient = "∞" if step.quotient_float == float("inf") else step.quotient_float
    return (seat, names[step.party_id], step.k + 1, step.divisor_float, quotient, exact,
            tie if step.tie else None)


def _quota_table(e: Explanation, names: dict[str, str], summary: list[str], lang: str
                 ) -> ExplanationTable:
    """Per party: votes/quota, whole seats, remainder and whether it won a remainder seat."""
    quota = e.quota
    if quota is None:  # a count with no quota (no seats): nothing to divide by
        return ExplanationTable("none", tuple(summary), (), (), ())
    per = Fraction(e.qualifying_votes) / quota  # seats (Hare), seats + 1 (H-B), ...
    code = "export.quota_formula" if per.denominator == 1 else "export.quota"
    summary.append(render(msg(code, votes=e.qualifying_votes, per=per.numerator,
                              exact=format_exact(quota, lang), quota=e.quota_float,
                              seats=e.seats), lang))
    summary.append(render(msg("export.whole_and_remainders", whole=e.whole_seats,
                              left=e.remainder_seats), lang))
    summary += [*render_all(e.notes, lang), *(render(msg("cli.tie", text=t), lang) for t in e.ties)]
    rows = tuple((names[q.party_id], q.votes, float(Fraction(q.votes) / quota), q.whole,
                  q.remainder_float, q.remainder_rank, q.seats - q.whole, q.seats)
                 for q in e.quota_lines)
    columns = (QT_TRANSLATE_NOOP("export", "Party"), QT_TRANSLATE_NOOP("export", "Votes"),
               QT_TRANSLATE_NOOP("export", "Votes / quota"),
               QT_TRANSLATE_NOOP("export", "Whole seats"),
               QT_TRANSLATE_NOOP("export", "Remainder (votes)"),
               QT_TRANSLATE_NOOP("export", "Rank"), QT_TRANSLATE_NOOP("export", "Extra seat"),
               QT_TRANSLATE_NOOP("export", "List seats"))
    return ExplanationTable(
        "quota", tuple(summary), tuple(_say(c, lang) for c in columns),
        (None, COUNT, DECIMAL, None, DECIMAL, None, None, None), rows)


def _fraction_text(value: Fraction) -> str:
    return str(value) if value.denominator == 1 else f"{value.numerator}/{value.denominator}"


# --------------------------------------------------------------------------- XLSX


def to_xlsx_bytes(result: Result, step: Steps, lang: str = "en") -> bytes:
    """The XLSX workbook of ``result`` as bytes, its labels in ``lang`` (see the module
    docstring for its sheets); ``step(fraction)`` after each sheet (progress, and a cancel
    point)."""
    book = Workbook()
    sheets = [(_results_sheet, 0.1), (_party_votes_sheet, 0.2), (_districts_sheet, 0.7),
              (_rules_sheet, 0.8), (_explanation_sheet, 0.9)]
    book.remove(book.active)
    for write, done in sheets:
        write(book, result, step, lang)
        step(done)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _sheet(book: Workbook, title: str, columns: Sequence[str], widths: Sequence[int],
           lang: str) -> Worksheet:
    """A sheet named ``title`` with a bold, frozen header row of ``columns`` and the given
    column widths; the title and the columns are labels of this module, said in ``lang``."""
    ws = book.create_sheet(_say(title, lang))
    for cell in _append(ws, [_say(c, lang) for c in columns]):
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    return ws


def _yes_no(value: bool, lang: str) -> str:
    return _say(QT_TRANSLATE_NOOP("export", "yes") if value else QT_TRANSLATE_NOOP("export", "no"),
                lang)


def _xlsx_value(value: Any, lang: str) -> Any:
    """A result-table value as a cell: counts as numbers, shares as fractions of 1."""
    if isinstance(value, bool):
        return _yes_no(value, lang)
    if isinstance(value, Fraction):
        return float(value)
    return value


def _append(ws: Worksheet, values: Iterable[Any], formats: Sequence[str | None] = ()
            ) -> list[Cell]:
    """Append a row with the number formats (None = general) and return its cells.

    Text is stored as text, never as a formula: a party named ``=HYPERLINK(...)`` stays a
    name (OWASP, CSV injection). Cells are built here rather than looked up after the append
    (``ws.max_row`` walks every cell: quadratic in rows)."""
    cells = []
    for i, value in enumerate(values):
        cell = Cell(ws, value=value)
        if isinstance(value, str):
            cell.data_type = "s"
        fmt = formats[i] if i < len(formats) else None
        if fmt:
            cell.number_format = fmt
        cells.append(cell)
    ws.append(cells)
    return cells


def _results_sheet(book: Workbook, result: Result, step: Steps, lang: str) -> None:
    """The result table (``core.io.result_table``), as every other output shows it."""
    head = [c.header for c in COLUMNS]
    ws = _sheet(book, QT_TRANSLATE_NOOP("export", "Results"),
                [head[0], QT_TRANSLATE_NOOP("export", "Id"), *head[1:]],
                (42, 14, 13, 11, 10, 9, 9, 8, 11, 10), lang)
    for cell, column in zip(ws[1], [head[0], "", *head[1:]], strict=True):
        if column:  # the result table's headings are translated in its context
            cell.value = render(Term("table", column), lang)
    formats = [None, None, *(_XLSX_FORMATS[c.kind] for c in COLUMNS[1:])]
    for row in result_rows(result):
        cells = _append(ws, [render(row.name, lang), row.id,
                             *(_xlsx_value(row.values.get(c.id), lang) for c in COLUMNS[1:])],
                        formats)
    cells[0].font = Font(bold=True)
    m, ix = result.majority, result.indices
    ws.append([])
    largest = result.party(m.largest).name if m.largest else _say(
        QT_TRANSLATE_NOOP("export", "none"), lang)
    for label, value, fmt in (
        (QT_TRANSLATE_NOOP("export", "Seats in the house"), m.house, None),
        (QT_TRANSLATE_NOOP("export", "Simple majority (seats)"), m.simple, None),
        (QT_TRANSLATE_NOOP("export", "Two-thirds majority (seats)"), m.two_thirds, None),
        (QT_TRANSLATE_NOOP("export", "Largest party"), largest, None),
        (QT_TRANSLATE_NOOP("export", "Largest party's seats (with affiliated)"), m.largest_seats,
         None),
        (QT_TRANSLATE_NOOP("export", "Gallagher index"), ix.gallagher, "0.00"),
        (QT_TRANSLATE_NOOP("export", "Loosemore-Hanby index"), ix.loosemore_hanby, "0.00"),
        (QT_TRANSLATE_NOOP("export", "Effective number of parties (votes)"), ix.enp_votes,
         "0.00"),
        (QT_TRANSLATE_NOOP("export", "Effective number of parties (seats)"), ix.enp_seats,
         "0.00"),
    ):
        _append(ws, (_say(label, lang), None, value), (None, None, fmt))
    names = {p.id: p.name for p in result.parties}
    for t in result.ties:
        _append(ws, [_say(QT_TRANSLATE_NOOP("export", "Tie"), lang), None,
                     render(tie_message(t, names), lang)])
    for w in result.warnings:
        _append(ws, [_say(QT_TRANSLATE_NOOP("export", "Warning"), lang), None, render(w, lang)])


def _party_votes_sheet(book: Workbook, result: Result, step: Steps, lang: str) -> None:
    """Laid out to be imported back: its headings and the two labelled rows are words the
    table import knows in every language (``core.io.tables``)."""
    s = result.scenario
    ws = _sheet(book, QT_TRANSLATE_NOOP("export", "Party votes"), (
        QT_TRANSLATE_NOOP("export", "Party"), QT_TRANSLATE_NOOP("export", "Votes"),
        QT_TRANSLATE_NOOP("export", "Colour"), QT_TRANSLATE_NOOP("export", "Registration order"),
        QT_TRANSLATE_NOOP("export", "Threshold exempt")), (42, 13, 10, 12, 10), lang)
    for p in s.parties:
        _append(ws, (p.name, p.votes, p.color, p.registration_order,
                     _yes_no(p.threshold_exempt, lang)), (None, COUNT))
    _append(ws, (_say(QT_TRANSLATE_NOOP("export", "Against all"), lang), s.against_all),
            (None, COUNT))
    _append(ws, (_say(QT_TRANSLATE_NOOP("export", "Invalid ballots"), lang), s.invalid),
            (None, COUNT))


def _districts_sheet(book: Workbook, result: Result, step: Steps, lang: str) -> None:
    """Candidates by district (winner marked), declared totals, then list constituencies."""
    s = result.scenario
    ws = _sheet(book, QT_TRANSLATE_NOOP("export", "Districts"), (
        QT_TRANSLATE_NOOP("export", "District"), QT_TRANSLATE_NOOP("export", "Region"),
        QT_TRANSLATE_NOOP("export", "Candidate"), QT_TRANSLATE_NOOP("export", "Nominated by"),
        QT_TRANSLATE_NOOP("export", "Sits with"), QT_TRANSLATE_NOOP("export", "Votes"),
        QT_TRANSLATE_NOOP("export", "Winner"), QT_TRANSLATE_NOOP("export", "Margin")),
        (24, 16, 30, 22, 16, 12, 8, 10), lang)
    formats = (None, None, None, None, None, COUNT, None, COUNT)
    # The Result's winners (a lot among tied candidates included), by their district's index.
    winners = {w.district_index: w for w in result.district_winners
               if w.district_index is not None}
    names = {p.id: p.name for p in s.parties}
    self_nominated = _say(QT_TRANSLATE_NOOP("export", "self-nominated"), lang)
    yes = _yes_no(True, lang)
    districts = s.district_tier.districts
    for n, d in enumerate(districts):
        if n % 500 == 0:
            step(0.2 + 0.4 * n / max(len(districts), 1))
        won = winners.get(n)
        for j, c in sorted(enumerate(d.candidates), key=lambda jc: -jc[1].votes):
            is_winner = won is not None and won.candidate_index == j
            _append(ws, (d.name, d.region, c.name, _party_name(names, c.party, self_nominated),
                         _party_name(names, c.affiliation, None), c.votes,
                         yes if is_winner else None,
                         won.margin if won is not None and is_winner else None), formats)
    for dec in s.district_tier.declared:
        _append(ws, (_say(QT_TRANSLATE_NOOP("export", "(declared total)"), lang), dec.region,
                     render(msg("export.declared_seats", n=dec.seats), lang),
                     _party_name(names, dec.party, self_nominated),
                     _party_name(names, dec.affiliation, None), None, yes, None), formats)
    _constituencies(book, result, lang)


def _party_name(names: dict[str, str], party: str | None, none: str | None) -> str | None:
    return none if party is None else names[party]


def _constituencies(book: Workbook, result: Result, lang: str) -> None:
    """List-tier constituencies (when the scenario has them): votes per party per row."""
    constituencies = result.scenario.list_tier.constituencies
    if not constituencies:
        return
    parties = result.scenario.parties
    ws = _sheet(book, QT_TRANSLATE_NOOP("export", "Constituencies"),
                (QT_TRANSLATE_NOOP("export", "Constituency"), QT_TRANSLATE_NOOP("export", "Seats"),
                 *(p.name for p in parties)), (24, 8, *(14 for _ in parties)), lang)
    for cell, p in zip(ws[1][2:], parties, strict=True):
        cell.value = p.name  # a party's name is data, even where it reads like a label
    for c in constituencies:
        _append(ws, (c.name, c.seats, *(c.votes.get(p.id, 0) for p in parties)),
                (None, None, *(COUNT for _ in parties)))


def _rules_sheet(book: Workbook, result: Result, step: Steps, lang: str) -> None:
    s = result.scenario
    tier, t = s.list_tier, s.list_tier.threshold
    ws = _sheet(book, QT_TRANSLATE_NOOP("export", "Rules"), (
        QT_TRANSLATE_NOOP("export", "Rule"), QT_TRANSLATE_NOOP("export", "Value")), (34, 90), lang)
    overhang = (render(Term("linkage", overhang_rules()[s.overhang]), lang) if s.overhang
                else _say(QT_TRANSLATE_NOOP("export", "none"), lang))
    rows: list[tuple[str, Any, str | None]] = [
        (QT_TRANSLATE_NOOP("export", "Title"), s.title_in(lang), None),
        (QT_TRANSLATE_NOOP("export", "Date"), s.date, None),
        *((QT_TRANSLATE_NOOP("export", "Source"), src, None) for src in s.sources),
        (QT_TRANSLATE_NOOP("export", "List seats"), tier.seats, None),
        (QT_TRANSLATE_NOOP("export", "Method"), render(method_rule(s), lang), None),
        (QT_TRANSLATE_NOOP("export", "Threshold"), render(threshold_rule(s), lang), None),
        (QT_TRANSLATE_NOOP("export", "Threshold percent"), float(t.percent) / 100, "0.00##%"),
        (QT_TRANSLATE_NOOP("export", "Threshold base"),
         render(Term("rules", THRESHOLD_BASES[t.base]), lang), None),
        (QT_TRANSLATE_NOOP("export", "Threshold base (votes)"), result.threshold_base, COUNT),
        (QT_TRANSLATE_NOOP("export", "Ties on the list"),
         render(Term("rules", TIE_BREAKS[tier.tie_break]), lang), None),
        (QT_TRANSLATE_NOOP("export", "District seats"), s.district_tier.seats, None),
        (QT_TRANSLATE_NOOP("export", "District rule"),
         render(Term("rules", DISTRICT_RULES[s.district_tier.rule]), lang), None),
        (QT_TRANSLATE_NOOP("export", "Tiers"),
         render(Term("linkage", LINKAGES[s.mixed_type].name), lang), None),
        (QT_TRANSLATE_NOOP("export", "Overhang"), overhang, None),
        (QT_TRANSLATE_NOOP("export", "Appointed seats"), result.appointed_seats, None),
        (QT_TRANSLATE_NOOP("export", "Against all"), s.against_all, COUNT),
        (QT_TRANSLATE_NOOP("export", "Invalid ballots"), s.invalid, COUNT),
        (QT_TRANSLATE_NOOP("export", "Registered voters"), s.registered_voters, COUNT),
        (QT_TRANSLATE_NOOP("export", "Notes"), s.notes, None),
    ]
    for label, value, fmt in rows:
        cells = _append(ws, (_say(label, lang), value), (None, fmt))
    cells[1].alignment = Alignment(wrap_text=True, vertical="top")  # the notes
    ws.append([])
    for cell in _append(ws, [_say(c, lang) for c in (
            QT_TRANSLATE_NOOP("export", "Threshold test"), QT_TRANSLATE_NOOP("export", "Votes"),
            QT_TRANSLATE_NOOP("export", "Base"), QT_TRANSLATE_NOOP("export", "Share"),
            QT_TRANSLATE_NOOP("export", "Passed"), QT_TRANSLATE_NOOP("export", "Reason"))]):
        cell.font = Font(bold=True)
    names = {p.id: p.name for p in s.parties}
    for test in result.thresholds:
        _append(ws, (names[test.party_id], test.votes, test.base, float(test.share),
                     _yes_no(test.passed, lang), render(test.reason, lang)),
                (None, COUNT, COUNT, "0.000%"))


def _explanation_sheet(book: Workbook, result: Result, step: Steps, lang: str) -> None:
    ex = explanation_table(result, lang)
    ws = book.create_sheet(_say(QT_TRANSLATE_NOOP("export", "Explanation"), lang))
    for line in ex.summary:
        _append(ws, [line])
    ws.append([])
    if ex.columns:
        for cell in _append(ws, ex.columns):
            cell.font = Font(bold=True)
        header = len(ex.summary) + 2
        for row in ex.rows:  # an exact quotient as the text "a/b": a spreadsheet keeps it
            _append(ws, [_fraction_text(v) if isinstance(v, Fraction) else v for v in row],
                    ex.formats)
        ws.freeze_panes = f"A{header + 1}"
    widths = ((40, 13, 14, 12, 18, 14, 14, 10) if ex.kind == "quota"
              else (8, 40, 12, 10, 16, 24, 12))
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
