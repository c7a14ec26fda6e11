"""District results: candidates with their votes (winner computed), and declared totals."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from core.model.edits import (
    EditError,
    parse_constituency_field,
    party_ref,
    set_candidate,
    set_declared,
)
from core.model.numbers import format_count, parse_count
from core.model.scenario import Scenario
from ui.document import Document
from ui.qt_names import (
    ALIGN_RIGHT,
    ALIGNMENT,
    DISPLAY,
    EDIT,
    EDITABLE,
    FONT,
    HORIZONTAL,
    NO_FLAGS,
    SELECTABLE,
)

_Index = QModelIndex | QPersistentModelIndex
SELF = "self-nominated"


class _ScenarioTableModel(QAbstractTableModel):
    """Shared plumbing: follows the document, reports refused input, fixed headers."""

    HEADERS: tuple[str, ...] = ()
    EDITABLE: frozenset[int] = frozenset()
    input_refused = Signal(int, int, str)

    def __init__(self, document: Document, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.scenario: Scenario = document.scenario
        self._rows = self._build_rows(self.scenario)
        document.changed.connect(self.set_scenario)

    def _build_rows(self, scenario: Scenario) -> list:
        raise NotImplementedError

    def set_scenario(self, scenario: Scenario) -> None:
        rows = self._build_rows(scenario)
        if len(rows) != len(self._rows):
            self.beginResetModel()
            self.scenario, self._rows = scenario, rows
            self.endResetModel()
        else:
            self.scenario, self._rows = scenario, rows
            if rows:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(rows) - 1, len(self.HEADERS) - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):
        if role == DISPLAY:
            return self.HEADERS[section] if orientation == HORIZONTAL else str(section + 1)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return NO_FLAGS
        return EDITABLE if index.column() in self.EDITABLE else SELECTABLE

    def setData(self, index: _Index, value, role: int = EDIT) -> bool:
        if not index.isValid() or role != EDIT or index.column() not in self.EDITABLE:
            return False
        try:
            scenario = self._edited(index.row(), index.column(), value)
        except (EditError, ValueError) as e:
            self.input_refused.emit(index.row(), index.column(),
                                    f"{self.HEADERS[index.column()]}, row {index.row() + 1}: {e}")
            return False
        self.document.apply(scenario, f"Edit {self.HEADERS[index.column()].lower()}")
        return True

    def _edited(self, row: int, col: int, value) -> Scenario:
        raise NotImplementedError

    def _party_name(self, pid: str | None) -> str:
        return SELF if pid is None else self.scenario.party(pid).name


class CandidateModel(_ScenarioTableModel):
    """One row per candidate; the winner of each district is marked and bold."""

    HEADERS = ("District", "Candidate", "Nominated by", "Sits with", "Votes", "Result")
    DISTRICT, NAME, PARTY, SITS_WITH, VOTES, RESULT = range(6)
    EDITABLE = frozenset({NAME, PARTY, SITS_WITH, VOTES})

    def _build_rows(self, scenario: Scenario) -> list[tuple[int, int]]:
        return [(d, c) for d, district in enumerate(scenario.district_tier.districts)
                for c in range(len(district.candidates))]

    def district_of_row(self, row: int) -> int:
        return self._rows[row][0]

    def _winner(self, d: int) -> int:
        candidates = self.scenario.district_tier.districts[d].candidates
        return max(range(len(candidates)), key=lambda c: candidates[c].votes)

    def data(self, index: _Index, role: int = DISPLAY):
        if not index.isValid():
            return None
        d, c = self._rows[index.row()]
        district = self.scenario.district_tier.districts[d]
        cand = district.candidates[c]
        col = index.column()
        won = self._winner(d) == c
        if role in (DISPLAY, EDIT):
            return {
                self.DISTRICT: district.name if c == 0 or role == EDIT else "",
                self.NAME: cand.name,
                self.PARTY: self._party_name(cand.party),
                self.SITS_WITH: "" if cand.affiliation is None
                else self._party_name(cand.affiliation),
                self.VOTES: cand.votes if role == EDIT else format_count(cand.votes),
                self.RESULT: "won" if won else "",
            }[col]
        if role == FONT and won:
            font = QFont()
            font.setBold(True)
            return font
        if role == ALIGNMENT and col == self.VOTES:
            return ALIGN_RIGHT
        return None

    def _edited(self, row: int, col: int, value) -> Scenario:
        d, c = self._rows[row]
        if col == self.VOTES:
            return set_candidate(self.scenario, d, c, votes=parse_count(str(value)))
        if col == self.NAME:
            return set_candidate(self.scenario, d, c, name=str(value).strip())
        if col == self.PARTY:
            return set_candidate(self.scenario, d, c, party=party_ref(self.scenario, value))
        return set_candidate(self.scenario, d, c, affiliation=party_ref(self.scenario, value))


class DeclaredModel(_ScenarioTableModel):
    """District seats known only as totals (official summaries)."""

    HEADERS = ("Nominated by", "Sits with", "Seats")
    PARTY, SITS_WITH, SEATS = range(3)
    EDITABLE = frozenset({PARTY, SITS_WITH, SEATS})

    def _build_rows(self, scenario: Scenario) -> list[int]:
        return list(range(len(scenario.district_tier.declared)))

    def data(self, index: _Index, role: int = DISPLAY):
        if not index.isValid() or role not in (DISPLAY, EDIT,
                                               ALIGNMENT):
            return None
        dec = self.scenario.district_tier.declared[index.row()]
        col = index.column()
        if role == ALIGNMENT:
            return ALIGN_RIGHT if col == self.SEATS else None
        if col == self.PARTY:
            return self._party_name(dec.party)
        if col == self.SITS_WITH:
            return "" if dec.affiliation is None else self._party_name(dec.affiliation)
        return dec.seats

    def _edited(self, row: int, col: int, value) -> Scenario:
        if col == self.SEATS:
            # Worded as seats, not votes (the same reading as a constituency's seats).
            seats = parse_constituency_field("seats", value)
            return set_declared(self.scenario, row, seats=seats)
        field = "party" if col == self.PARTY else "affiliation"
        return set_declared(self.scenario, row, **{field: party_ref(self.scenario, value)})
