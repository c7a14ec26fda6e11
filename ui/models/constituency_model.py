"""The constituencies of the list tier: names, seats and votes (editable), and the seats won.

``ConstituencyModel`` is the editable table: one row per constituency, then a column per party
with its votes there; a party's national votes are the sum of these (``core.model.edits`` keeps
``parties[].votes`` equal to it, as ``core.rules.allocate.national_votes`` counts). ``seat_table``
turns a Result into the read-only rows of seats won per constituency.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from core.model.edits import (
    EditError,
    add_constituencies,
    parse_constituency_field,
    set_constituency_fields,
)
from core.model.numbers import format_count
from core.model.scenario import Scenario
from core.rules.result import ConstituencyResult, Result
from ui.document import Document
from ui.models.rows_model import Cell, number
from ui.qt_names import (
    ALIGN_RIGHT,
    ALIGNMENT,
    DECORATION,
    DISPLAY,
    EDIT,
    EDITABLE,
    HORIZONTAL,
    NO_FLAGS,
    SELECTABLE,
    TOOLTIP,
)

NAME, SEATS = 0, 1
FIRST_PARTY = 2  # one votes column per party from here, then the total
_Index = QModelIndex | QPersistentModelIndex
MUTED = "#8a8a8a"


class ConstituencyModel(QAbstractTableModel):
    """Rows are the list tier's constituencies (none when it is counted nationwide)."""

    input_refused = Signal(int, int, str)  # row, column, why

    def __init__(self, document: Document, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.scenario: Scenario = document.scenario
        document.changed.connect(self.set_scenario)

    # ---------------------------------------------------------------- updates

    def set_scenario(self, scenario: Scenario) -> None:
        """Follow the document: a reset when rows or party columns change, else new data."""
        if _shape(scenario) != _shape(self.scenario):
            self.beginResetModel()
            self.scenario = scenario
            self.endResetModel()
            return
        self.scenario = scenario
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    def _regions(self):
        return self.scenario.list_tier.constituencies or ()

    def total_column(self) -> int:
        """The read-only column of each constituency's total party votes."""
        return FIRST_PARTY + len(self.scenario.parties)

    def party_column(self, party_id: str) -> int:
        """The votes column of a party."""
        ids = [p.id for p in self.scenario.parties]
        return FIRST_PARTY + ids.index(party_id)

    # ---------------------------------------------------------------- Qt model

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._regions())

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.total_column() + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = DISPLAY):
        if orientation != HORIZONTAL:
            return str(section + 1) if role == DISPLAY else None
        parties = self.scenario.parties
        party = parties[section - FIRST_PARTY] if FIRST_PARTY <= section < len(
            parties) + FIRST_PARTY else None
        if role == DISPLAY:
            if party is not None:
                return party.name
            return {NAME: "Constituency", SEATS: "Seats"}.get(section, "Total votes")
        if role == DECORATION and party is not None:
            return QColor(party.color)
        if role == TOOLTIP:
            if party is not None:
                return (f"{party.name}'s list votes in each constituency; its national votes "
                        "are their sum")
            return {SEATS: "List seats of the constituency (the tier's seats are their sum)",
                    NAME: None}.get(section, "Party votes in the constituency (read only)")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return NO_FLAGS
        return SELECTABLE if index.column() == self.total_column() else EDITABLE

    def data(self, index: _Index, role: int = DISPLAY):
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

    def setData(self, index: _Index, value, role: int = EDIT) -> bool:
        if not index.isValid() or role != EDIT or not self.flags(index) & Qt.ItemIsEditable:
            return False
        return self.set_cells({(index.row(), index.column()): value},
                              f"Edit {self.headerData(index.column(), HORIZONTAL)}"
                              f" in {self._regions()[index.row()].name}")

    # ---------------------------------------------------------------- edits

    def _field(self, col: int) -> str | None:
        if col == NAME:
            return "name"
        if col == SEATS:
            return "seats"
        if FIRST_PARTY <= col < self.total_column():
            return self.scenario.parties[col - FIRST_PARTY].id
        return None

    def set_cells(self, cells: dict[tuple[int, int], object], text: str) -> bool:
        """Set many cells as one undo step; refused whole, with the first reason, if any
        cell is invalid. Rows past the end become new constituencies."""
        changes: dict[int, dict[str, object]] = {}
        for (row, col), raw in sorted(cells.items()):
            field = self._field(col)
            if field is None:
                continue
            try:
                changes.setdefault(row, {})[field] = parse_constituency_field(field, raw)
            except EditError as e:
                header = self.headerData(col, HORIZONTAL)
                self.input_refused.emit(row, col, f"{header}, row {row + 1}: {e}")
                return False
        if not changes:
            return False
        scenario = self.scenario
        try:
            extra = max(changes) + 1 - len(self._regions())
            if extra > 0:
                scenario = add_constituencies(scenario, extra)
            scenario = set_constituency_fields(scenario, changes)
        except EditError as e:
            self.input_refused.emit(min(changes), 0, str(e))
            return False
        self.document.apply(scenario, text)
        return True


def _shape(scenario: Scenario) -> tuple:
    """What decides the table's rows and columns."""
    regions = scenario.list_tier.constituencies or ()
    return len(regions), tuple(p.id for p in scenario.parties)


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
