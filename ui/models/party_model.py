"""The party table: names, colours and votes (editable), and the seats they win."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from core.chart.seating import party_colors
from core.message import QT_TRANSLATE_NOOP
from core.model.edits import EditError, new_party, parse_party_field, set_party_fields
from core.model.edits import insert_parties as insert_party_rows
from core.model.scenario import Scenario
from ui.models.editable import Cells, EditableTableModel, Index
from ui.qt_names import (
    ALIGN_RIGHT,
    ALIGNMENT,
    CHECK_STATE,
    CHECKABLE,
    DECORATION,
    DISPLAY,
    EDIT,
    EDITABLE,
    FOREGROUND,
    NO_FLAGS,
    SELECTABLE,
    TOOLTIP,
)
from ui.text import count, fill, new_names, plain_tooltip, said, share, shown

# The swatch first, then name and votes side by side: a "party, votes" block copied from a
# spreadsheet pastes straight in at the name column.
COLOR, NAME, VOTES, SHARE, QUALIFIED, LIST, DISTRICT, TOTAL, EXEMPT, ONE_PERSON = range(10)
FIELDS = {NAME: "name", COLOR: "color", VOTES: "votes", EXEMPT: "threshold_exempt",
          ONE_PERSON: "one_person_list"}
# Refused when a party's votes are typed while the constituencies hold them (also its tip).
SUMMED = QT_TRANSLATE_NOOP("refusal", "{name}'s votes are the sum of its constituency votes: "
                                      "edit them in the Constituencies tab")
TYPED = (NAME, VOTES)  # edited in the cell; the colour by its picker, the flags by their box
CHECKS = (EXEMPT, ONE_PERSON)


class PartyModel(EditableTableModel):
    """Rows are the scenario's parties in table order (the chart seats them in the
    presentation's order); edits go through the document."""

    grows = True  # pasted rows past the end become new parties

    def headers(self) -> tuple[str, ...]:
        # The swatch's column has no heading (its tip says what it is): the table stays narrow.
        return ("", self.tr("Party"), self.tr("Votes"), self.tr("Share"),
                self.tr("Passed"), self.tr("List"), self.tr("District"), self.tr("Total"),
                self.tr("Exempt"), self.tr("One person"))

    def row_count(self) -> int:
        return len(self.scenario.parties)

    def shape(self, scenario: Scenario) -> int:
        return len(scenario.parties)

    def header_tip(self, column: int) -> str | None:
        return {
            COLOR: self.tr("The party's colour (double-click to change it)"),
            SHARE: self.tr("Share of the threshold base"),
            QUALIFIED: self.tr("Passed the threshold (or qualified by district seats, or "
                               "exempt)"),
            LIST: self.tr("Seats from the party list"),
            DISTRICT: self.tr("District seats won by the party's own nominees"),
            TOTAL: self.tr("List + district seats (+ self-nominated winners who sit with the "
                           "party)"),
            EXEMPT: self.tr("Exempt from the threshold (e.g. national minority parties)"),
            ONE_PERSON: self.tr("A one-person list (an individual candidate on the list "
                                "ballot, as in Scotland's regions): it can win one seat at "
                                "most"),
        }.get(column)

    def _summed_text(self, name: str) -> str:
        return said(EditError(SUMMED, name=name))

    def editable(self, column: int) -> bool:
        return column in FIELDS

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return NO_FLAGS
        if index.column() in CHECKS:
            return CHECKABLE
        if index.column() == VOTES and self._summed():
            return SELECTABLE
        return EDITABLE if index.column() in TYPED else SELECTABLE

    def _summed(self) -> bool:
        """Votes come from the constituencies (their sum), not typed here."""
        return self.scenario.list_tier.constituencies is not None

    def data(self, index: Index, role: int = DISPLAY):
        if not index.isValid():
            return None
        party = self.scenario.parties[index.row()]
        col = index.column()
        if role == DISPLAY:
            return self._display(index.row(), col)
        if role == EDIT and col in FIELDS and col not in CHECKS:
            return party.votes if col == VOTES else getattr(party, FIELDS[col])
        if role == CHECK_STATE and col in CHECKS:
            return Qt.Checked if getattr(party, FIELDS[col]) else Qt.Unchecked
        if role == DECORATION and col == COLOR:
            return QColor(party.color)
        if role == FOREGROUND and col == VOTES and self._summed():
            return QBrush(QColor("#555555"))
        if role == ALIGNMENT and col not in (NAME, COLOR, *CHECKS):
            return ALIGN_RIGHT
        if role == TOOLTIP:
            return plain_tooltip(self._tooltip(index.row(), col))
        if role == FOREGROUND and self.result and not self.result.parties[
                index.row()].qualified and col in (SHARE, QUALIFIED):
            return QBrush(QColor("#b00020"))
        return None

    def _display(self, row: int, col: int):
        party = self.scenario.parties[row]
        if col == NAME:
            return party.name
        if col == COLOR:
            return None  # the swatch says it; the code is in the tooltip and the editor
        if col == VOTES:
            return count(party.votes)
        if col in CHECKS or self.result is None:
            return None
        r = self.result.parties[row]
        if col == SHARE:
            return share(r.vote_share)
        if col == QUALIFIED:
            return self.tr("yes") if r.qualified else self.tr("no")
        if col == LIST:
            return r.list_seats
        if col == DISTRICT:
            return r.district_seats
        if col == TOTAL:
            extra = f" (+{r.affiliated_seats})" if r.affiliated_seats else ""
            return f"{r.seats}{extra}"
        return None

    def _tooltip(self, row: int, col: int) -> str | None:
        if col == COLOR:
            own = self.scenario.parties[row].color
            text = fill(self.tr("{color}: double-click to pick another colour"), color=own)
            chart = party_colors(self.result).get(self.scenario.parties[row].id) if (
                self.result and self.result.scenario.parties == self.scenario.parties) else None
            if chart and chart != own:
                text += "\n" + fill(self.tr("The chart shows it as {chart}: {color} is too close "
                                            "to another seat-winning party's colour for "
                                            "colour-blind readers"), chart=chart, color=own)
            return text
        if col == VOTES and self._summed():
            return self._summed_text(self.scenario.parties[row].name)
        if self.result is None:
            return None
        if col in (SHARE, QUALIFIED):
            return shown(self.result.thresholds[row].reason)
        r = self.result.parties[row]
        if col == TOTAL and r.affiliated_seats:
            return fill(self.tr("{seats} won by the party's nominees, plus {n} self-nominated "
                                "district {n:plural:winner|winners} sitting with the party"),
                        seats=r.seats, n=r.affiliated_seats)
        return None

    def setData(self, index: Index, value, role: int = EDIT) -> bool:
        if role == CHECK_STATE and index.isValid() and index.column() in CHECKS:
            checked = Qt.CheckState(value) == Qt.Checked
            return self.set_cells({(index.row(), index.column()): checked},
                                  self.edit_text(index.row(), index.column()))
        return super().setData(index, value, role)

    # ---------------------------------------------------------------- edits

    def parse_cell(self, row: int, column: int, raw: object) -> object:
        if column == VOTES and self._summed():
            name = self.scenario.parties[row].name if row < self.rowCount() else self.tr(
                "A party")
            raise EditError(SUMMED, name=name)
        return parse_party_field(FIELDS[column], raw)

    def apply_cells(self, scenario: Scenario, cells: Cells) -> Scenario:
        changes: dict[int, dict[str, object]] = {}
        for (row, column), value in cells.items():
            changes.setdefault(row, {})[FIELDS[column]] = value
        for _ in range(max(changes) + 1 - len(scenario.parties)):
            scenario = insert_party_rows(scenario, len(scenario.parties),
                                         [new_party(scenario, new_names())])
        return set_party_fields(scenario, changes)
