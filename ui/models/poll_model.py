"""The poll table of the projection view: one row per poll kept with the scenario (pollster,
date, sample size, and a share per party), edited like every other table: typed or pasted
cells become one undo step of the document (``core.model.edits``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.model.poll_edits import parse_poll_field, set_poll_fields
from core.model.scenario import Scenario
from core.model.swing import reference_votes
from core.text import formats
from ui import text as ui_text
from ui.models.editable import Cells, EditableTableModel, Index
from ui.qt_names import ALIGN_RIGHT, ALIGNMENT, DISPLAY, EDIT, TOOLTIP
from ui.text import count, fill

FIXED = ("pollster", "date", "sample_size")
MAX_PARTY_COLUMNS = 12  # the parties in a poll, or the largest ones, beyond: not shown


translate = QCoreApplication.translate  # translate(context, text): pyside6-lupdate reads it


def poll_parties(scenario: Scenario) -> list[str]:
    """The parties with a column: every party named in a poll, then the largest by votes
    (district votes where there is no list vote), up to MAX_PARTY_COLUMNS in all."""
    named = {pid for p in scenario.polls for pid in p.shares}
    votes = reference_votes(scenario)
    ranked = sorted(scenario.parties, key=lambda p: -votes[p.id])
    chosen = [p.id for p in scenario.parties if p.id in named]
    for p in ranked:
        if len(chosen) >= max(MAX_PARTY_COLUMNS, len(named)):
            break
        if p.id not in chosen and votes[p.id]:
            chosen.append(p.id)
    order = {p.id: i for i, p in enumerate(scenario.parties)}
    return sorted(chosen, key=order.__getitem__)


class PollModel(EditableTableModel):
    """Rows are the scenario's polls; columns the fixed fields, then party shares (%)."""

    def _parties(self) -> list[str]:
        return poll_parties(self.scenario)

    def headers(self) -> list[str]:
        names = {p.id: p.name for p in self.scenario.parties}
        return [translate("PollModel", "Pollster"), translate("PollModel", "Date"),
                translate("PollModel", "Sample"), *(names[pid] + " %" for pid in self._parties())]

    def row_count(self) -> int:
        return len(self.scenario.polls)

    def shape(self, scenario: Scenario) -> tuple:
        return len(scenario.polls), tuple(poll_parties(scenario))

    def editable(self, column: int) -> bool:
        return True

    def header_tip(self, column: int) -> str | None:
        if column == 1:
            return translate("PollModel", "YYYY-MM-DD; newer polls weigh more in the average "
                                          "(half-life 14 days)")
        if column == 2:
            return translate("PollModel", "People asked; larger samples weigh more (square root)")
        return None

    def field(self, column: int) -> str:
        return FIXED[column] if column < len(FIXED) else self._parties()[column - len(FIXED)]

    def data(self, index: Index, role: int = DISPLAY):
        if not index.isValid():
            return None
        poll = self.scenario.polls[index.row()]
        name = self.field(index.column())
        if role in (DISPLAY, EDIT):
            if name == "pollster":
                return poll.pollster or poll.id
            if name == "date":
                return poll.date or ""
            if name == "sample_size":
                return "" if poll.sample_size is None else count(poll.sample_size)
            share = poll.shares.get(name)
            return "" if share is None else formats.format_number(share, ui_text.language)
        if role == ALIGNMENT and index.column() >= 2:
            return ALIGN_RIGHT
        if role == TOOLTIP and index.column() == 0:
            return fill(translate("PollModel", "Poll id: {id}"), id=poll.id)
        return None

    def parse_cell(self, row: int, column: int, raw: object) -> object:
        return parse_poll_field(self.field(column), raw)

    def apply_cells(self, scenario: Scenario, cells: Cells) -> Scenario:
        changes: dict[int, dict[str, object]] = {}
        for (row, column), value in cells.items():
            changes.setdefault(row, {})[self.field(column)] = value
        return set_poll_fields(scenario, changes)

    def edit_text(self, row: int, column: int) -> str:
        return translate("PollModel", "Edit poll")
