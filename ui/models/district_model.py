"""District results: candidates with their votes (the Result's winner marked), declared totals."""

from __future__ import annotations

from PySide6.QtGui import QFont

from core.model.edits import (
    parse_constituency_field,
    parse_name,
    party_ref,
    set_candidate,
    set_declared,
)
from core.model.numbers import parse_count
from core.model.scenario import Scenario
from core.rules.allocate import Result
from ui.document import Document
from ui.models.editable import Cells, EditableTableModel, Index
from ui.qt_names import ALIGN_RIGHT, ALIGNMENT, DISPLAY, EDIT, FONT
from ui.text import count


class _DistrictTable(EditableTableModel):
    """Rows derived from the district tier, fixed columns."""

    EDITABLE: frozenset[int] = frozenset()

    def __init__(self, document: Document, parent=None) -> None:
        self._rows = self._build_rows(document.scenario)  # before the base asks for rows
        super().__init__(document, parent)

    def _build_rows(self, scenario: Scenario) -> list:
        raise NotImplementedError

    def set_scenario(self, scenario: Scenario) -> None:
        self._rows = self._build_rows(scenario)
        super().set_scenario(scenario)

    def row_count(self) -> int:
        return len(self._rows)

    def editable(self, column: int) -> bool:
        return column in self.EDITABLE

    def _self_nominated(self) -> str:
        return self.tr("self-nominated")

    def _party_name(self, pid: str | None) -> str:
        return self._self_nominated() if pid is None else self.scenario.party(pid).name

    def _party_ref(self, raw: object) -> str | None:
        """A party id from a typed name or id; "self-nominated" (as shown) gives None."""
        if str(raw or "").strip().casefold() == self._self_nominated().casefold():
            return None
        return party_ref(self.scenario, raw)


class CandidateModel(_DistrictTable):
    """One row per candidate; the Result's winner of each district is marked and bold."""

    DISTRICT, NAME, PARTY, SITS_WITH, VOTES, RESULT = range(6)
    EDITABLE = frozenset({NAME, PARTY, SITS_WITH, VOTES})
    FIELDS = {NAME: "name", PARTY: "party", SITS_WITH: "affiliation", VOTES: "votes"}

    def headers(self) -> tuple[str, ...]:
        return (self.tr("District"), self.tr("Candidate"), self.tr("Nominated by"),
                self.tr("Sits with"), self.tr("Votes"), self.tr("Result"))

    def _build_rows(self, scenario: Scenario) -> list[tuple[int, int]]:
        return [(d, c) for d, district in enumerate(scenario.district_tier.districts)
                for c in range(len(district.candidates))]

    def shape(self, scenario: Scenario) -> int:
        return sum(len(d.candidates) for d in scenario.district_tier.districts)

    def district_of_row(self, row: int) -> int:
        return self._rows[row][0]

    _winners: frozenset[tuple[int, int]] = frozenset()  # (district, candidate) of the result

    def set_result(self, result: Result) -> None:
        if result.scenario is self.scenario:
            self._winners = frozenset((w.district_index, w.candidate_index)
                                      for w in result.district_winners
                                      if w.district_index is not None)
        super().set_result(result)

    def data(self, index: Index, role: int = DISPLAY):
        if not index.isValid():
            return None
        d, c = self._rows[index.row()]
        district = self.scenario.district_tier.districts[d]
        cand = district.candidates[c]
        col = index.column()
        won = self.result is not None and (d, c) in self._winners
        if role in (DISPLAY, EDIT):
            return {
                self.DISTRICT: district.name if c == 0 or role == EDIT else "",
                self.NAME: cand.name,
                self.PARTY: self._party_name(cand.party),
                self.SITS_WITH: "" if cand.affiliation is None
                else self._party_name(cand.affiliation),
                self.VOTES: cand.votes if role == EDIT else count(cand.votes),
                self.RESULT: self.tr("won") if won else "",
            }[col]
        if role == FONT and won:
            font = QFont()
            font.setBold(True)
            return font
        if role == ALIGNMENT and col == self.VOTES:
            return ALIGN_RIGHT
        return None

    def parse_cell(self, row: int, column: int, raw: object) -> object:
        if column == self.VOTES:
            return parse_count(str(raw))
        if column == self.NAME:
            return parse_name(raw)
        return self._party_ref(raw)

    def apply_cells(self, scenario: Scenario, cells: Cells) -> Scenario:
        for (row, column), value in cells.items():
            d, c = self._rows[row]
            scenario = set_candidate(scenario, d, c, **{self.FIELDS[column]: value})
        return scenario


class DeclaredModel(_DistrictTable):
    """District seats known only as totals (official summaries)."""

    PARTY, SITS_WITH, SEATS = range(3)
    EDITABLE = frozenset({PARTY, SITS_WITH, SEATS})
    FIELDS = {PARTY: "party", SITS_WITH: "affiliation", SEATS: "seats"}

    def headers(self) -> tuple[str, ...]:
        return self.tr("Nominated by"), self.tr("Sits with"), self.tr("Seats")

    def _build_rows(self, scenario: Scenario) -> list[int]:
        return list(range(len(scenario.district_tier.declared)))

    def shape(self, scenario: Scenario) -> int:
        return len(scenario.district_tier.declared)

    def data(self, index: Index, role: int = DISPLAY):
        if not index.isValid() or role not in (DISPLAY, EDIT, ALIGNMENT):
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

    def parse_cell(self, row: int, column: int, raw: object) -> object:
        if column == self.SEATS:
            # Worded as seats, not votes (the same reading as a constituency's seats).
            return parse_constituency_field("seats", raw)
        return self._party_ref(raw)

    def apply_cells(self, scenario: Scenario, cells: Cells) -> Scenario:
        for (row, column), value in cells.items():
            scenario = set_declared(scenario, row, **{self.FIELDS[column]: value})
        return scenario
