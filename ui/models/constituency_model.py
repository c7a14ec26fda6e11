"""The constituencies of the list tier: names, seats and votes (editable), and the seats won.

``ConstituencyModel`` is the editable table: one row per constituency, then a column per party
with its votes there; a party's national votes are the sum of these (``core.model.edits`` keeps
``parties[].votes`` equal to it, as ``core.rules.allocate.national_votes`` counts). ``seat_table``
turns a Result into the read-only rows of seats won per constituency.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from core.model.edits import (
    add_constituencies,
    parse_constituency_field,
    set_constituency_fields,
)
from core.model.scenario import Scenario
from core.rules.result import ConstituencyResult, Result
from ui.models.editable import Cells, EditableTableModel, Index
from ui.models.rows_model import Cell, number
from ui.qt_names import ALIGN_RIGHT, ALIGNMENT, DECORATION, DISPLAY, EDIT, HORIZONTAL
from ui.text import count, decimal, fill, new_names

translate = QCoreApplication.translate  # translate(context, text): pyside6-lupdate reads it

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
        return [self.tr("Constituency"), self.tr("Seats"), *(p.name for p in self.scenario.parties),
                self.tr("Total votes")]

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
        return fill(self.tr("Edit {column} in {constituency}"), column=self.shown_headers()[column],
                    constituency=self._regions()[row].name)

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
            return fill(self.tr("{party}'s list votes in each constituency; its national votes "
                                "are their sum"), party=name)
        if column == SEATS:
            return self.tr("List seats of the constituency (the tier's seats are their sum)")
        return None if column == NAME else self.tr("Party votes in the constituency (read only)")

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
        return value if role == EDIT else count(value)

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
            scenario = add_constituencies(scenario, extra, new_names())
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
    headers = [translate("seat_table", "Constituency"), translate("seat_table", "Seats")]
    if regional:
        headers = [translate("seat_table", "Region"), translate("seat_table", "District + list"),
                   translate("seat_table", "Next in line")]
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
            f"{names[nxt.party]}: {decimal(nxt.quotient, 1)}",
            fill(translate("seat_table", "{party} held {n} {n:plural:seat|seats} here; its "
                                         "quotient votes / divisor was {q}, the first left "
                                         "without a seat"),
                 party=names[nxt.party], n=nxt.held, q=decimal(nxt.quotient))))
    return row + [_seats_cell(c, p.id, p.name, regional) for p in result.parties]


def _seats_cell(c: ConstituencyResult, party_id: str, name: str, regional: bool) -> Cell:
    listed, district = c.seats.get(party_id, 0), c.district_seats.get(party_id, 0)
    if party_id not in c.qualified and not district:
        return number("–", fill(translate("seat_table", "{party} did not qualify for the list "
                                                        "seats of {constituency}"),
                                party=name, constituency=c.name), color=MUTED)
    if not regional:
        return number(str(listed), bold=listed > 0)
    tip = fill(translate("seat_table", "{party} in {region}: {district} district "
                                       "{district:plural:seat|seats} + {listed} list "
                                       "{listed:plural:seat|seats}"),
               party=name, region=c.name, district=district, listed=listed)
    return number(f"{district} + {listed}", tip, bold=district + listed > 0,
                  color=None if district + listed else MUTED)


def _total_row(result: Result, regional: bool) -> list[Cell]:
    regions = result.constituencies
    listed = sum(c.seats_total for c in regions)
    district = sum(sum(c.district_seats.values()) for c in regions)
    row = [Cell(translate("seat_table", "Total"), bold=True),
           number(f"{district} + {listed}" if regional else str(listed), bold=True)]
    if regional:
        row.append(Cell(""))
    for p in result.parties:
        listed = sum(c.seats.get(p.id, 0) for c in regions)
        district = sum(c.district_seats.get(p.id, 0) for c in regions)
        text = f"{district} + {listed}" if regional else str(listed)
        row.append(number(text, fill(translate("seat_table", "{party}: {n} {n:plural:seat|seats} "
                                                             "in all"),
                                     party=p.name, n=district + listed), bold=True))
    return row
