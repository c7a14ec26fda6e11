"""The constituencies of the list tier: names, seats and votes (editable), and the seats won.

``ConstituencyModel`` is the editable table: one row per constituency, then a column per party
with its votes there; a party's national votes are the sum of these (``core.model.edits`` keeps
``parties[].votes`` equal to it, as ``core.rules.allocate.national_votes`` counts). ``seat_table``
turns a Result into the read-only rows of seats won per constituency.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from core.model.edits import (
    add_constituencies,
    parse_constituency_field,
    set_constituency_fields,
)
from core.model.numbers import format_count
from core.model.scenario import Scenario
from core.rules.result import ConstituencyResult, Result
from ui.models.editable import Cells, EditableTableModel, Index
from ui.models.rows_model import Cell, number
from ui.qt_names import ALIGN_RIGHT, ALIGNMENT, DECORATION, DISPLAY, EDIT, HORIZONTAL

NAME, SEATS = 0, 1
FIRST_PARTY = 2  # one votes column per party from here, then the total
MUTED = "#8a8a8a"


class ConstituencyModel(EditableTableModel):
    """Rows are the list tier's constituencies (none when it is counted nationwide)."""

    grows = True  # pasted rows past the end become new constituencies

    def _regions(self):
        return self.scenario.list_tier.constituencies or ()

    def total_column(self) -> int:
        """The read-only column of each constituency's total party votes."""
        return FIRST_PARTY + len(self.scenario.parties)

    def party_column(self, party_id: str) -> int:
        """The votes column of a party."""
        ids = [p.id for p in self.scenario.parties]
        return FIRST_PARTY + ids.index(party_id)

    def headers(self) -> list[str]:
        return ["Constituency", "Seats", *(p.name for p in self.scenario.parties),
                "Total votes"]

    def row_count(self) -> int:
        return len(self._regions())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.total_column() + 1  # without naming them all

    def shape(self, scenario: Scenario) -> tuple:
        """What decides the table's rows and columns."""
        regions = scenario.list_tier.constituencies or ()
        return len(regions), tuple(p.id for p in scenario.parties)

    def editable(self, column: int) -> bool:
        return column != self.total_column()

    def edit_text(self, row: int, column: int) -> str:
        return f"Edit {self.headers()[column]} in {self._regions()[row].name}"

    # ---------------------------------------------------------------- Qt model

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):
        parties = self.scenario.parties
        party = parties[section - FIRST_PARTY] if orientation == HORIZONTAL and (
            FIRST_PARTY <= section < len(parties) + FIRST_PARTY) else None
        if role == DECORATION and party is not None:
            return QColor(party.color)
        return super().headerData(section, orientation, role)

    def header_tip(self, column: int) -> str | None:
        if FIRST_PARTY <= column < self.total_column():
            name = self.scenario.parties[column - FIRST_PARTY].name
            return f"{name}'s list votes in each constituency; its national votes are their sum"
        return {SEATS: "List seats of the constituency (the tier's seats are their sum)",
                NAME: None}.get(column, "Party votes in the constituency (read only)")

    def data(self, index: Index, role: int = DISPLAY):
        if not index.isValid():
            return None
        c = self._regions()[index.row()]
        col = index.column()
        if role == ALIGNMENT:
            return None if col == NAME else ALIGN_RIGHT
        if role not in (DISPLAY, EDIT):
            return None
        if col == NAME:
            return c.name
        if col == SEATS:
            return c.seats
        if col == self.total_column():
            value = sum(c.votes.values())
        else:
            value = c.votes.get(self.scenario.parties[col - FIRST_PARTY].id, 0)
        return value if role == EDIT else format_count(value)

    # ---------------------------------------------------------------- edits

    def _field(self, col: int) -> str:
        if col == NAME:
            return "name"
        if col == SEATS:
            return "seats"
        return self.scenario.parties[col - FIRST_PARTY].id

    def parse_cell(self, row: int, column: int, raw: object) -> object:
        return parse_constituency_field(self._field(column), raw)

    def apply_cells(self, scenario: Scenario, cells: Cells) -> Scenario:
        changes: dict[int, dict[str, object]] = {}
        for (row, column), value in cells.items():
            changes.setdefault(row, {})[self._field(column)] = value
        extra = max(changes) + 1 - len(scenario.list_tier.constituencies or ())
        if extra > 0:
            scenario = add_constituencies(scenario, extra)
        return set_constituency_fields(scenario, changes)


# -------------------------------------------------------------------- seats won


def seat_table(result: Result) -> tuple[list[str], list[list[Cell]]]:
    """Headers and rows of the seats won in each constituency, then a total row.

    Under the additional member system a party's cell reads "district + list" (the district
    seats won in the region count first), and a column after the seats names the next party
    in line with its quotient: how close the last list seat was. Parties below a per-constituency
    threshold show a grey dash.
    """
    parties = result.parties
    regional = any(c.district_seats for c in result.constituencies) or (
        result.scenario.mixed_type == "additional_member")
    headers = ["Constituency", "Seats"]
    if regional:
        headers = ["Region", "District + list", "Next in line"]
    headers += [p.name for p in parties]
    rows = [_constituency_row(result, c, regional) for c in result.constituencies]
    if rows:
        rows.append(_total_row(result, regional))
    return headers, rows


def _constituency_row(result: Result, c: ConstituencyResult, regional: bool) -> list[Cell]:
    names = {p.id: p.name for p in result.parties}
    district = sum(c.district_seats.values())
    row = [Cell(c.name), number(f"{district} + {c.seats_total}" if regional
                                else str(c.seats_total))]
    if regional:
        nxt = c.next_in_line
        row.append(Cell("") if nxt is None else Cell(
            f"{names[nxt.party]}: {float(nxt.quotient):,.1f}",
            f"{names[nxt.party]} held {nxt.held} seat(s) here; its quotient votes / divisor "
            f"was {float(nxt.quotient):,.2f}, the first left without a seat"))
    return row + [_seats_cell(c, p.id, p.name, regional) for p in result.parties]


def _seats_cell(c: ConstituencyResult, party_id: str, name: str, regional: bool) -> Cell:
    listed, district = c.seats.get(party_id, 0), c.district_seats.get(party_id, 0)
    if party_id not in c.qualified and not district:
        return number("–", f"{name} did not qualify for {c.name}'s list seats", color=MUTED)
    if not regional:
        return number(str(listed), bold=listed > 0)
    tip = f"{name} in {c.name}: {district} district seat(s) + {listed} list seat(s)"
    return number(f"{district} + {listed}", tip, bold=district + listed > 0,
                  color=None if district + listed else MUTED)


def _total_row(result: Result, regional: bool) -> list[Cell]:
    regions = result.constituencies
    listed = sum(c.seats_total for c in regions)
    district = sum(sum(c.district_seats.values()) for c in regions)
    row = [Cell("Total", bold=True),
           number(f"{district} + {listed}" if regional else str(listed), bold=True)]
    if regional:
        row.append(Cell(""))
    for p in result.parties:
        listed = sum(c.seats.get(p.id, 0) for c in regions)
        district = sum(c.district_seats.get(p.id, 0) for c in regions)
        text = f"{district} + {listed}" if regional else str(listed)
        row.append(number(text, f"{p.name}: {district + listed} seat(s) in all", bold=True))
    return row
