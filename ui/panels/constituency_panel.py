"""The Constituencies tab: the list tier counted separately in each constituency (region).

A "Use constituencies" switch, the editable table of seats and votes per constituency, and
the read-only table of the seats each party won there. Every change is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.model import edits
from core.model.scenario import Scenario
from core.rules.result import Result
from ui.document import Document
from ui.models.constituency_model import NAME, ConstituencyModel, seat_table
from ui.models.rows_model import RowsModel, read_only_table
from ui.models.table_view import SheetView


def explanation(s: Scenario) -> str:
    """What the constituencies mean under the scenario's system, in a sentence or two."""
    regions = s.list_tier.constituencies
    if regions is None:
        if s.mixed_type == "compensatory":
            return ("The list tier is counted nationwide: a compensatory (MMP) system shares "
                    "its entitlement over the whole country.")
        return ("The list tier is counted nationwide. Tick \"Use constituencies\" to allocate "
                "its seats separately in each constituency or region (Norway's counties, "
                "Spain's provinces, Scotland's regions).")
    seats = s.list_tier.seats
    if s.mixed_type == "additional_member":
        text = (f"{len(regions)} region(s), {seats} list seats. In each region the list seats "
                "go by the divisor sequence, the district seats won there counted first "
                "(a district's region is set in the district results).")
    else:
        text = (f"{len(regions)} constituency(ies), {seats} list seats, each allocated "
                "separately with the list tier's method.")
    return text + (" A party's national votes are the sum of its votes here (the Parties tab "
                   "shows them, read only).")


class ConstituencyPanel(QWidget):
    """Edits ``document.scenario.list_tier.constituencies`` and shows the seats won there."""

    refused = Signal(str)  # an edit that could not be made, and why
    notice = Signal(str)  # what an edit did, for the status bar

    def __init__(self, document: Document, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.use = QCheckBox("Use constituencies")
        self.use.setToolTip("Allocate the list seats separately in each constituency")
        self.add_button = QPushButton("Add constituency")
        self.remove_button = QPushButton("Remove")
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.model = ConstituencyModel(document, self)
        self.view = SheetView()
        self.view.setModel(self.model)
        self.view.fill_with_column(NAME, 140)
        self.seats_caption = QLabel()
        self.seats_caption.setWordWrap(True)
        self.seats_model = RowsModel(["Constituency"], parent=self)
        self.seats_view = read_only_table(self.seats_model, stretch=None)
        self._build()
        self.use.toggled.connect(self.set_used)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        document.changed.connect(self.show_scenario)
        document.result_changed.connect(self.show_result)
        self.show_scenario(document.scenario)

    def _build(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.use)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.info)
        caption = QLabel("Seats and list votes per constituency (editable, pastes from a "
                         "spreadsheet):")
        caption.setWordWrap(True)  # a narrow window wraps it rather than widening
        layout.addWidget(caption)
        layout.addWidget(self.view, 3)
        layout.addWidget(self.seats_caption)
        layout.addWidget(self.seats_view, 2)

    # ---------------------------------------------------------------- document -> view

    def show_scenario(self, s: Scenario) -> None:
        """Follow the document (undo included) without echoing the switch back as an edit."""
        used = s.list_tier.constituencies is not None
        with QSignalBlocker(self.use):
            self.use.setChecked(used)
        self.use.setEnabled(used or s.mixed_type != "compensatory")
        self.add_button.setEnabled(used)
        self.remove_button.setEnabled(used)
        self.view.setEnabled(used)
        self.info.setText(explanation(s))

    def show_result(self, result: Result) -> None:
        """The seats won in each constituency (an empty table when there are none)."""
        headers, rows = seat_table(result)
        self.seats_model.set_rows(rows, headers)
        regional = len(headers) > len(result.parties) + 2
        self.seats_caption.setText(
            "" if not rows else
            "Seats won in each region, district + list; \"Next in line\" is the first party "
            "left without a list seat, with its quotient:" if regional else
            "List seats won in each constituency"
            + (" (–: below the threshold there):" if _has_dash(rows) else ":"))

    # ---------------------------------------------------------------- edits

    def _apply(self, func, text: str) -> bool:
        try:
            self.document.apply(func(self.document.scenario), text)
        except edits.EditError as e:
            self.refused.emit(str(e))
            self.show_scenario(self.document.scenario)
            return False
        return True

    def set_used(self, on: bool) -> None:
        """Switch between one nationwide count and counting by constituency."""
        seats = self.document.scenario.list_tier.seats
        text = "Use constituencies" if on else "Count the list tier nationwide"
        if not self._apply(lambda s: edits.use_constituencies(s, on), text):
            return
        self.notice.emit(
            f"One constituency, \"Whole country\", now holds all {seats} list seats and the "
            "national votes: add constituencies and split the seats and votes among them."
            if on else "The list tier is counted nationwide again; each party keeps the sum "
                       "of its constituency votes.")

    def add(self) -> None:
        """Append a constituency without seats or votes, and select its name."""
        if self._apply(edits.add_constituencies, "Add constituency"):
            row = self.model.rowCount() - 1
            self.view.setCurrentIndex(self.model.index(row, NAME))

    def remove_selected(self) -> None:
        """Remove the selected constituencies (their seats and votes leave the totals)."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        if not rows:
            self.refused.emit("Select a constituency first (click one of its cells)")
            return
        self._apply(lambda s: edits.remove_constituencies(s, rows), "Remove constituency")



def _has_dash(rows) -> bool:
    return any(cell.text == "–" for row in rows for cell in row)
