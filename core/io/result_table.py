"""The result table: one definition of the rows and columns that the command line's table,
the CSV and XLSX exports, the JSON, the PDF report and the window's results panel all show.

Conventions (the same everywhere): vote shares over the threshold base; seats by nominating
party, ``seats_with_affiliated`` adding the self-nominated winners who sit with the party;
seat shares over the *elected* seats (appointed members are in the house but not elected),
as the disproportionality indices count them.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from core.message import QT_TRANSLATE_NOOP, Message, Term, msg
from core.rules.result import Result

# Row kinds.
PARTY = "party"
INDEPENDENTS = "independents"
APPOINTED = "appointed"
AGAINST_ALL = "against_all"
INVALID = "invalid"
TOTAL = "total"


@dataclass(frozen=True)
class Column:
    """``id`` is the CSV header and JSON key; ``header`` the English heading (translated in
    context "table"); ``kind`` how to show a value: text, count, share, flag or seats."""

    id: str
    header: str
    kind: str


COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("table", "Party"), "text"),
    Column("votes", QT_TRANSLATE_NOOP("table", "Votes"), "count"),
    Column("vote_share", QT_TRANSLATE_NOOP("table", "Vote share"), "share"),
    Column("qualified", QT_TRANSLATE_NOOP("table", "Passed threshold"), "flag"),
    Column("list_seats", QT_TRANSLATE_NOOP("table", "List seats"), "seats"),
    Column("district_seats", QT_TRANSLATE_NOOP("table", "District seats"), "seats"),
    Column("seats", QT_TRANSLATE_NOOP("table", "Seats"), "seats"),
    Column("seats_with_affiliated", QT_TRANSLATE_NOOP("table", "Seats with affiliated"),
           "seats"),
    Column("seat_share", QT_TRANSLATE_NOOP("table", "Seat share"), "share"),
)
ROW_NAMES = {
    INDEPENDENTS: QT_TRANSLATE_NOOP("table", "Independents (self-nominated)"),
    AGAINST_ALL: QT_TRANSLATE_NOOP("table", "Against all"),
    INVALID: QT_TRANSLATE_NOOP("table", "Invalid ballots"),
    TOTAL: QT_TRANSLATE_NOOP("table", "Total"),
}


@dataclass(frozen=True)
class Row:
    """One line of the table. ``name`` is data (a party's name as entered) or a Term;
    ``values`` maps column ids to values (None: empty); an appointed body's name is a
    Message. ``id`` is the party id (parties
    only); ``color`` its colour; ``affiliated`` the self-nominated winners sitting with it."""

    kind: str
    id: str | None
    name: str | Term | Message
    values: dict[str, Any]
    color: str | None = None
    affiliated: int = 0


def elected_seats(result: Result) -> int:
    """The seats filled by election: the house without the appointed members."""
    return result.seats_total - result.appointed_seats


def seat_share(result: Result, seats: int) -> Fraction | None:
    """``seats`` over the elected seats (None when nobody was elected)."""
    elected = elected_seats(result)
    return Fraction(seats, elected) if elected else None


def result_rows(result: Result) -> list[Row]:
    """The parties in scenario order, then the independents, the appointed members, the
    ballots against all and invalid (when the scenario has them), and the total."""
    rows = [Row(PARTY, p.id, p.name, {
        "name": p.name, "votes": p.votes, "vote_share": p.vote_share,
        "qualified": p.qualified, "list_seats": p.list_seats,
        "district_seats": p.district_seats, "seats": p.seats,
        "seats_with_affiliated": p.seats_with_affiliated,
        "seat_share": seat_share(result, p.seats)}, p.color, p.affiliated_seats)
        for p in result.parties]
    independents = result.independent_seats
    if independents:
        sitting_alone = independents - sum(p.affiliated_seats for p in result.parties)
        rows.append(_other(INDEPENDENTS, Term("table", ROW_NAMES[INDEPENDENTS]),
                           list_seats=0, district_seats=independents, seats=independents,
                           seats_with_affiliated=sitting_alone,
                           seat_share=seat_share(result, independents)))
    for a in result.scenario.appointed:
        rows.append(_other(APPOINTED, msg("table.appointed", name=a.name), seats=a.seats,
                           seats_with_affiliated=a.seats))
    s = result.scenario
    if s.against_all:
        rows.append(_other(AGAINST_ALL, Term("table", ROW_NAMES[AGAINST_ALL]),
                           votes=s.against_all))
    if s.invalid:
        rows.append(_other(INVALID, Term("table", ROW_NAMES[INVALID]), votes=s.invalid))
    total = result.seats_total
    rows.append(_other(TOTAL, Term("table", ROW_NAMES[TOTAL]),
                       votes=sum(p.votes for p in result.parties),
                       list_seats=sum(p.list_seats for p in result.parties),
                       district_seats=sum(p.district_seats for p in result.parties)
                       + independents,
                       seats=total, seats_with_affiliated=total,
                       seat_share=Fraction(1) if elected_seats(result) else None))
    return rows


def _other(kind: str, name: Term | Message, **values: Any) -> Row:
    return Row(kind, None, name, {c.id: values.get(c.id) for c in COLUMNS})
