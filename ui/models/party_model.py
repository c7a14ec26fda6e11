"""The party table: names, colours and votes (editable), and the seats they win."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from core.model.edits import EditError, new_party, parse_party_field, set_party_fields
from core.model.edits import insert_parties as insert_party_rows
from core.model.numbers import format_count
from core.model.scenario import Scenario
from core.rules.result import Result
from ui.document import Document
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
    HORIZONTAL,
    NO_FLAGS,
    SELECTABLE,
    TOOLTIP,
)
from ui.text import shown

# The swatch first, then name and votes side by side: a "party, votes" block copied from a
# spreadsheet pastes straight in at the name column.
COLOR, NAME, VOTES, SHARE, QUALIFIED, LIST, DISTRICT, TOTAL, EXEMPT, ONE_PERSON = range(10)
HEADERS = ("Colour", "Party", "Votes", "Share", "Qualified", "List", "District", "Total",
           "Exempt", "One person")
TIPS = {
    SHARE: "Share of the threshold base",
    QUALIFIED: "Passed the threshold (or qualified by district seats, or exempt)",
    LIST: "Seats from the party list",
    DISTRICT: "District seats won by the party's own nominees",
    TOTAL: "List + district seats (+ self-nominated winners who sit with the party)",
    EXEMPT: "Exempt from the threshold (e.g. national minority parties)",
    ONE_PERSON: "A one-person list (an individual candidate on the list ballot, as in "
                "Scotland's regions): it can win one seat at most",
}
FIELDS = {NAME: "name", COLOR: "color", VOTES: "votes", EXEMPT: "threshold_exempt",
          ONE_PERSON: "one_person_list"}
TYPED = (NAME, VOTES)  # edited in the cell; the colour by its picker, the flags by their box
CHECKS = (EXEMPT, ONE_PERSON)
SUMMED = ("{name}'s votes are the sum of its constituency votes: edit them in the "
          "Constituencies tab")
_Index = QModelIndex | QPersistentModelIndex


class PartyModel(QAbstractTableModel):
    """Rows are the scenario's parties in chart order; edits go through the document."""

    input_refused = Signal(int, int, str)  # row, column, why

    def __init__(self, document: Document, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.scenario: Scenario = document.scenario
        self.result: Result | None = None
        document.changed.connect(self.set_scenario)

    # ---------------------------------------------------------------- updates

    def set_scenario(self, scenario: Scenario) -> None:
        if len(scenario.parties) != len(self.scenario.parties):
            self.beginResetModel()
            self.scenario, self.result = scenario, None
            self.endResetModel()
            return
        old, self.scenario = self.scenario.parties, scenario
        changed = [r for r, (a, b) in enumerate(zip(old, scenario.parties, strict=True)) if a != b]
        if changed:  # the typed cells now; shares and seats follow with the result
            self.dataChanged.emit(self.index(min(changed), 0),
                                  self.index(max(changed), self.columnCount() - 1))

    def set_result(self, result: Result) -> None:
        if [p.id for p in result.parties] != [p.id for p in self.scenario.parties]:
            return  # a result for an older scenario; the next one is on its way
        self.result = result
        self._all_changed()

    def _all_changed(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    # ---------------------------------------------------------------- Qt model

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.scenario.parties)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):
        if orientation == HORIZONTAL:
            if role == DISPLAY:
                return HEADERS[section]
            if role == TOOLTIP:
                return TIPS.get(section)
        elif role == DISPLAY:
            return str(section + 1)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
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

    def data(self, index: _Index, role: int = DISPLAY):
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
            return self._tooltip(index.row(), col)
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
            return format_count(party.votes)
        if col in CHECKS or self.result is None:
            return None
        r = self.result.parties[row]
        if col == SHARE:
            return f"{float(r.vote_share) * 100:.2f}%"
        if col == QUALIFIED:
            return "yes" if r.qualified else "no"
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
            return f"{self.scenario.parties[row].color}: double-click to pick another colour"
        if col == VOTES and self._summed():
            return SUMMED.format(name=self.scenario.parties[row].name)
        if self.result is None:
            return None
        if col in (SHARE, QUALIFIED):
            return shown(self.result.thresholds[row].reason)
        r = self.result.parties[row]
        if col == TOTAL and r.affiliated_seats:
            return (f"{r.seats} won by the party's nominees, plus {r.affiliated_seats} "
                    "self-nominated district winner(s) sitting with the party")
        return None

    def setData(self, index: _Index, value, role: int = EDIT) -> bool:
        col = index.column()
        if not index.isValid() or col not in FIELDS:
            return False
        if col in CHECKS:
            if role != CHECK_STATE:
                return False
            value = Qt.CheckState(value) == Qt.Checked
        elif role != EDIT:
            return False
        return self.set_cells({(index.row(), col): value}, f"Edit {HEADERS[col].lower()}")

    # ---------------------------------------------------------------- edits

    def set_cells(self, cells: dict[tuple[int, int], object], text: str) -> bool:
        """Set many cells as one undo step; refused whole, with the first reason, if any
        cell is invalid. Rows past the end become new parties."""
        changes: dict[int, dict[str, object]] = {}
        for (row, col), raw in sorted(cells.items()):
            if col not in FIELDS:
                continue
            if col == VOTES and self._summed():
                name = self.scenario.parties[row].name if row < self.rowCount() else "A party"
                self.input_refused.emit(row, col, SUMMED.format(name=name))
                return False
            try:
                changes.setdefault(row, {})[FIELDS[col]] = parse_party_field(FIELDS[col], raw)
            except EditError as e:
                self.input_refused.emit(row, col, f"{HEADERS[col]}, row {row + 1}: {e}")
                return False
        if not changes:
            return False
        scenario = self.scenario
        extra = max(changes) + 1 - len(scenario.parties)
        for _ in range(max(extra, 0)):
            scenario = insert_party_rows(scenario, len(scenario.parties), [new_party(scenario)])
        self.document.apply(set_party_fields(scenario, changes), text)
        return True
