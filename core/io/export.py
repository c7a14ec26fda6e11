"""The XLSX workbook of a Result, and the explanation table the workbook and the PDF share.

The formats are registered in ``core.io.formats`` (which writes every file atomically); this
module is loaded, with openpyxl, only when a workbook is written or a report explains.

The XLSX workbook has five sheets: Results, Party votes, Districts, Rules and Explanation.
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
from core.message import Term
from core.model.scenario import THRESHOLD_BASES, TIE_BREAKS
from core.rules.linkages import LINKAGES
from core.rules.result import Result
from core.text.describe import method_rule, threshold_rule, tie_message
from core.text.formats import format_exact
from core.text.render import render, render_all

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


def explanation_table(result: Result) -> ExplanationTable:
    """Explain the list seats of ``result`` (``core.analysis.explain.explain``) for the XLSX
    "Explanation" sheet and the PDF report."""
    e = explain(result)
    names = {p.id: p.name for p in result.scenario.parties}
    summary = [f"{result.scenario.list_tier.seats} list seat(s) by "
               f"{render(method_rule(result.scenario))}."]
    excluded = [names[t.party_id] for t in e.thresholds if not t.passed]
    if excluded:
        summary.append(f"Below the threshold, not sharing in the list seats: "
                       f"{', '.join(excluded)}.")
    if e.steps or e.runners_up:
        return _divisor_table(e, names, summary)
    if e.quota_lines:
        return _quota_table(e, names, summary)
    return ExplanationTable("none", (*summary, *render_all(e.notes), "No list seats to explain."),
                            (), (), ())


def _divisor_table(e: Explanation, names: dict[str, str], summary: list[str]
                   ) -> ExplanationTable:
    """Seat by seat: the quotients votes/divisor awarded, highest first, then the first miss."""
    first = e.minimum_seats * sum(t.passed for t in e.thresholds)
    if e.minimum_seats:
        summary.append(f"Each party first receives {e.minimum_seats} seat(s) without a "
                       "quotient.")
    rows = [_quotient_row(first + (step.seat or 0), step, names) for step in e.steps]
    if e.runners_up:
        rows.append(_quotient_row("next", e.runners_up[0], names))
        summary.append("The last row is the highest quotient that won no seat.")
    summary += [*render_all(e.notes), *(f"Tie: {render(t)}." for t in e.ties)]
    return ExplanationTable(
        "divisor", tuple(summary),
        ("Seat", "Party", "Party's seat", "Divisor", "Quotient", "Exact quotient",
         "Tie at the cut-off"),
        (None, None, None, "0.###", DECIMAL, None, None), tuple(rows))


def _quotient_row(seat: int | str, step: DivisorStep, names: dict[str, str]
                  ) -> tuple[Any, ...]:
    if step.quotient is not None:
        exact: Fraction | str = step.quotient
    elif step.divisor == 0:
        exact = "∞"
    else:  # Huntington-Hill: the divisor √(k(k+1)) is irrational
        exact = f"{step.votes}/√({step.k}×{step.k + 1})"
    quotient = "∞" if step.quotient_float == float("inf") else step.quotient_float
    return (seat, names[step.party_id], step.k + 1, step.divisor_float, quotient, exact,
            "yes" if step.tie else None)


def _quota_table(e: Explanation, names: dict[str, str], summary: list[str]
                 ) -> ExplanationTable:
    """Per party: votes/quota, whole seats, remainder and whether it won a remainder seat."""
    quota = e.quota
    if quota is None:  # a count with no quota (no seats): nothing to divide by
        return ExplanationTable("none", tuple(summary), (), (), ())
    per = Fraction(e.qualifying_votes) / quota  # seats (Hare), seats + 1 (H-B), ...
    formula = f"{e.qualifying_votes:,} / {per.numerator} = " if per.denominator == 1 else ""
    summary.append(f"Quota: {formula}{format_exact(quota)} ≈ {e.quota_float:,.3f} votes a seat "
                   f"({e.qualifying_votes:,} qualifying votes, {e.seats} seats).")
    summary.append(f"{e.whole_seats} seat(s) by whole quotas; the {e.remainder_seats} left "
                   "over go to the largest remainders.")
    summary += [*render_all(e.notes), *(f"Tie: {render(t)}." for t in e.ties)]
    rows = tuple((names[q.party_id], q.votes, float(Fraction(q.votes) / quota), q.whole,
                  q.remainder_float, q.remainder_rank, q.seats - q.whole, q.seats)
                 for q in e.quota_lines)
    return ExplanationTable(
        "quota", tuple(summary),
        ("Party", "Votes", "Votes / quota", "Whole seats", "Remainder (votes)",
         "Rank", "Extra seat", "List seats"),
        (None, COUNT, DECIMAL, None, DECIMAL, None, None, None), rows)


def _fraction_text(value: Fraction) -> str:
    return str(value) if value.denominator == 1 else f"{value.numerator}/{value.denominator}"


# --------------------------------------------------------------------------- XLSX


def to_xlsx_bytes(result: Result, step: Steps) -> bytes:
    """The XLSX workbook of ``result`` as bytes (see the module docstring for its sheets);
    ``step(fraction)`` after each sheet (progress, and a cancel point)."""
    book = Workbook()
    sheets = [(_results_sheet, 0.1), (_party_votes_sheet, 0.2), (_districts_sheet, 0.7),
              (_rules_sheet, 0.8), (_explanation_sheet, 0.9)]
    book.remove(book.active)
    for write, done in sheets:
        write(book, result, step)
        step(done)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _sheet(book: Workbook, title: str, columns: Sequence[str],
           widths: Sequence[int]) -> Worksheet:
    """A sheet with a bold, frozen header row and the given column widths."""
    ws = book.create_sheet(title)
    for cell in _append(ws, columns):
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    return ws


def _xlsx_value(value: Any) -> Any:
    """A result-table value as a cell: counts as numbers, shares as fractions of 1."""
    if isinstance(value, bool):
        return "yes" if value else "no"
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


def _results_sheet(book: Workbook, result: Result, step: Steps) -> None:
    """The result table (``core.io.result_table``), as every other output shows it."""
    head = [render(Term("table", c.header)) for c in COLUMNS]
    ws = _sheet(book, "Results", [head[0], "Id", *head[1:]], (42, 14, 13, 11, 10, 9, 9, 8, 11, 10))
    formats = [None, None, *(_XLSX_FORMATS[c.kind] for c in COLUMNS[1:])]
    for row in result_rows(result):
        cells = _append(ws, [render(row.name), row.id, *(_xlsx_value(row.values.get(c.id))
                                                          for c in COLUMNS[1:])], formats)
    cells[0].font = Font(bold=True)
    m, ix = result.majority, result.indices
    ws.append([])
    for label, value, fmt in (
        ("Seats in the house", m.house, None),
        ("Simple majority (seats)", m.simple, None),
        ("Two-thirds majority (seats)", m.two_thirds, None),
        ("Largest party", result.party(m.largest).name if m.largest else "none", None),
        ("Largest party's seats (with affiliated)", m.largest_seats, None),
        ("Gallagher index", ix.gallagher, "0.00"),
        ("Loosemore-Hanby index", ix.loosemore_hanby, "0.00"),
        ("Effective number of parties (votes)", ix.enp_votes, "0.00"),
        ("Effective number of parties (seats)", ix.enp_seats, "0.00"),
    ):
        _append(ws, (label, None, value), (None, None, fmt))
    names = {p.id: p.name for p in result.parties}
    for t in result.ties:
        _append(ws, ["Tie", None, render(tie_message(t, names))])
    for w in result.warnings:
        _append(ws, ["Warning", None, render(w)])


def _party_votes_sheet(book: Workbook, result: Result, step: Steps) -> None:
    s = result.scenario
    ws = _sheet(book, "Party votes", ("Party", "Votes", "Colour", "Registration order",
                                      "Threshold exempt"), (42, 13, 10, 12, 10))
    for p in s.parties:
        _append(ws, (p.name, p.votes, p.color, p.registration_order,
                     "yes" if p.threshold_exempt else "no"), (None, COUNT))
    _append(ws, ("Against all", s.against_all), (None, COUNT))
    _append(ws, ("Invalid ballots", s.invalid), (None, COUNT))


def _districts_sheet(book: Workbook, result: Result, step: Steps) -> None:
    """Candidates by district (winner marked), declared totals, then list constituencies."""
    s = result.scenario
    ws = _sheet(book, "Districts", ("District", "Region", "Candidate", "Nominated by",
                                    "Sits with", "Votes", "Winner", "Margin"),
                (24, 16, 30, 22, 16, 12, 8, 10))
    formats = (None, None, None, None, None, COUNT, None, COUNT)
    # The Result's winners (a lot among tied candidates included), by their district's index.
    winners = {w.district_index: w for w in result.district_winners
               if w.district_index is not None}
    names = {p.id: p.name for p in s.parties}
    districts = s.district_tier.districts
    for n, d in enumerate(districts):
        if n % 500 == 0:
            step(0.2 + 0.4 * n / max(len(districts), 1))
        won = winners.get(n)
        for j, c in sorted(enumerate(d.candidates), key=lambda jc: -jc[1].votes):
            margin = won.margin if won is not None and won.candidate_index == j else None
            _append(ws, (d.name, d.region, c.name, _party_name(names, c.party),
                         _party_name(names, c.affiliation, None), c.votes,
                         "yes" if won is not None and won.candidate_index == j else None,
                         margin), formats)
    for dec in s.district_tier.declared:
        _append(ws, ("(declared total)", dec.region, f"{dec.seats} seat(s)",
                     _party_name(names, dec.party), _party_name(names, dec.affiliation, None),
                     None, "yes", None), formats)
    _constituencies(book, result, step)


def _party_name(names: dict[str, str], party: str | None,
                none: str | None = "self-nominated") -> str | None:
    return none if party is None else names[party]


def _constituencies(book: Workbook, result: Result, step: Steps) -> None:
    """List-tier constituencies (when the scenario has them): votes per party per row."""
    constituencies = result.scenario.list_tier.constituencies
    if not constituencies:
        return
    parties = result.scenario.parties
    ws = _sheet(book, "Constituencies", ("Constituency", "Seats", *(p.name for p in parties)),
                (24, 8, *(14 for _ in parties)))
    for c in constituencies:
        _append(ws, (c.name, c.seats, *(c.votes.get(p.id, 0) for p in parties)),
                (None, None, *(COUNT for _ in parties)))


def _rules_sheet(book: Workbook, result: Result, step: Steps) -> None:
    s = result.scenario
    tier, t = s.list_tier, s.list_tier.threshold
    ws = _sheet(book, "Rules", ("Rule", "Value"), (34, 90))
    rows: list[tuple[str, Any, str | None]] = [
        ("Title", s.title, None), ("Date", s.date, None),
        *(("Source", src, None) for src in s.sources),
        ("List seats", tier.seats, None),
        ("Method", render(method_rule(s)), None),
        ("Threshold", render(threshold_rule(s)), None),
        ("Threshold percent", float(t.percent) / 100, "0.00##%"),
        ("Threshold base", render(Term("rules", THRESHOLD_BASES[t.base])), None),
        ("Threshold base (votes)", result.threshold_base, COUNT),
        ("Ties on the list", render(Term("rules", TIE_BREAKS[tier.tie_break])), None),
        ("District seats", s.district_tier.seats, None),
        ("District rule", s.district_tier.rule, None),
        ("Tiers", render(Term("linkage", LINKAGES[s.mixed_type].name)), None),
        ("Overhang", s.overhang or "none", None),
        ("Appointed seats", result.appointed_seats, None),
        ("Against all", s.against_all, COUNT), ("Invalid ballots", s.invalid, COUNT),
        ("Registered voters", s.registered_voters, COUNT),
        ("Notes", s.notes, None),
    ]
    for label, value, fmt in rows:
        cells = _append(ws, (label, value), (None, fmt))
    cells[1].alignment = Alignment(wrap_text=True, vertical="top")  # the notes
    ws.append([])
    for cell in _append(ws, ["Threshold test", "Votes", "Base", "Share", "Passed", "Reason"]):
        cell.font = Font(bold=True)
    names = {p.id: p.name for p in s.parties}
    for test in result.thresholds:
        _append(ws, (names[test.party_id], test.votes, test.base, float(test.share),
                     "yes" if test.passed else "no", render(test.reason)),
                (None, COUNT, COUNT, "0.000%"))


def _explanation_sheet(book: Workbook, result: Result, step: Steps) -> None:
    ex = explanation_table(result)
    ws = book.create_sheet("Explanation")
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
