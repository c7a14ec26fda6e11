"""The Constituencies tab: the list tier counted separately in each constituency (region).

A "Use constituencies" switch, the editable table of seats and votes per constituency, and
the read-only table of the seats each party won there. Every change is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.model import edits
from core.model.scenario import Scenario
from core.rules.result import Result
from ui.document import Document
from ui.models.constituency_model import NAME, ConstituencyModel, seat_table
from ui.models.rows_model import RowsModel, read_only_table
from ui.models.table_view import SheetView
from ui.text import Retranslated, fill, new_names, said

translate = QCoreApplication.translate  # translate(context, text): pyside6-lupdate reads it


def explanation(s: Scenario) -> str:
    """What the constituencies mean under the scenario's system, in a sentence or two."""
    regions = s.list_tier.constituencies
    if regions is None:
        if s.mixed_type == "compensatory":
            return translate("ConstituencyPanel", "The list tier is counted nationwide: a "
                             "compensatory (MMP) system shares its entitlement over the whole "
                             "country.")
        return translate("ConstituencyPanel", "The list tier is counted nationwide. Tick \"Use "
                         "constituencies\" to allocate its seats separately in each "
                         "constituency or region (Norway's counties, Spain's provinces, "
                         "Scotland's regions).")
    seats = s.list_tier.seats
    if s.mixed_type == "additional_member":
        text = fill(translate("ConstituencyPanel", "{n} {n:plural:region|regions}, {seats} list "
                              "seats. In each region the list seats go by the divisor sequence, "
                              "the district seats won there counted first (a district's region "
                              "is set in the district results)."), n=len(regions), seats=seats)
    else:
        text = fill(translate("ConstituencyPanel", "{n} {n:plural:constituency|constituencies}, "
                              "{seats} list seats, each allocated separately with the list "
                              "tier's method."), n=len(regions), seats=seats)
    return text + " " + translate("ConstituencyPanel", "A party's national votes are the sum of "
                                  "its votes here (the Parties tab shows them, read only).")


class ConstituencyPanel(Retranslated, QWidget):
    """Edits ``document.scenario.list_tier.constituencies`` and shows the seats won there."""

    refused = Signal(str)  # an edit that could not be made, and why
    notice = Signal(str)  # what an edit did, for the status bar

    def __init__(self, document: Document, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.result: Result | None = None
        self.use = QCheckBox()
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.table_caption = QLabel()
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.model = ConstituencyModel(document, self)
        self.view = SheetView()
        self.view.setModel(self.model)
        self.view.fill_with_column(NAME, 140)
        self.seats_caption = QLabel()
        self.seats_caption.setWordWrap(True)
        self.seats_model = RowsModel([""], parent=self)
        self.seats_view = read_only_table(self.seats_model, stretch=None)
        self._build()
        self.use.toggled.connect(self.set_used)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        document.changed.connect(self.show_scenario)
        document.result_changed.connect(self.show_result)
        self.retranslate()

    def _build(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.use)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.info)
        self.table_caption.setWordWrap(True)  # a narrow window wraps it rather than widening
        layout.addWidget(self.table_caption)
        layout.addWidget(self.view, 3)
        layout.addWidget(self.seats_caption)
        layout.addWidget(self.seats_view, 2)

    def retranslate(self) -> None:
        """Every word of the tab in the window's language."""
        self.use.setText(self.tr("Use constituencies"))
        self.use.setToolTip(self.tr("Allocate the list seats separately in each constituency"))
        self.add_button.setText(self.tr("Add constituency"))
        self.remove_button.setText(self.tr("Remove"))
        self.table_caption.setText(self.tr("Seats and list votes per constituency (editable, "
                                           "pastes from a spreadsheet):"))
        self.show_scenario(self.document.scenario)
        if self.result is not None:
            self.show_result(self.result)

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
        self.result = result
        headers, rows = seat_table(result)
        self.seats_model.set_rows(rows, headers)
        regional = len(headers) > len(result.parties) + 2
        if not rows:
            caption = ""
        elif regional:
            caption = self.tr("Seats won in each region, district + list; \"Next in line\" is "
                              "the first party left without a list seat, with its quotient:")
        elif _has_dash(rows):
            caption = self.tr("List seats won in each constituency (–: below the threshold "
                              "there):")
        else:
            caption = self.tr("List seats won in each constituency:")
        self.seats_caption.setText(caption)

    # ---------------------------------------------------------------- edits

    def _apply(self, func, text: str) -> bool:
        try:
            self.document.apply(func(self.document.scenario), text)
        except edits.EditError as e:
            self.refused.emit(said(e))
            self.show_scenario(self.document.scenario)
            return False
        return True

    def set_used(self, on: bool) -> None:
        """Switch between one nationwide count and counting by constituency."""
        seats = self.document.scenario.list_tier.seats
        text = self.tr("Use constituencies") if on else self.tr("Count the list tier nationwide")
        names = new_names()
        if not self._apply(lambda s: edits.use_constituencies(s, on, names), text):
            return
        self.notice.emit(
            fill(self.tr("One constituency, \"{whole}\", now holds all {n} list seats and the "
                         "national votes: add constituencies and split the seats and votes "
                         "among them."), whole=names["whole_country"], n=seats)
            if on else self.tr("The list tier is counted nationwide again; each party keeps "
                               "the sum of its constituency votes."))

    def add(self) -> None:
        """Append a constituency without seats or votes, and select its name."""
        if self._apply(lambda s: edits.add_constituencies(s, 1, new_names()),
                       self.tr("Add constituency")):
            row = self.model.rowCount() - 1
            self.view.setCurrentIndex(self.model.index(row, NAME))

    def remove_selected(self) -> None:
        """Remove the selected constituencies (their seats and votes leave the totals)."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        if not rows:
            self.refused.emit(self.tr("Select a constituency first (click one of its cells)"))
            return
        self._apply(lambda s: edits.remove_constituencies(s, rows),
                    self.tr("Remove constituency"))



def _has_dash(rows) -> bool:
    return any(cell.text == "–" for row in rows for cell in row)
