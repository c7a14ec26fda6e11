"""The Coalitions tab: where the parties sit in the chart, and who can govern together.

* Seating: the chart's order from the left, set by dragging the parties; where the
  independents sit; the government's parties seated together. Saved with the scenario
  (``presentation``, docs/format.md) as one undoable edit each; no seat changes.
* Builder: tick parties and see their seats against the majority and two-thirds lines at
  once; save the coalition under a name, make it the government (highlighted in the chart).
* Every minimal winning coalition, and each player's Banzhaf and Shapley-Shubik power
  (``core.analysis.coalitions``: exact, by counting over seat totals).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.analysis.coalitions import INDEPENDENT, minimal_winning, power
from core.chart.seating import party_colors
from core.model.numbers import format_count
from core.model.presentation import APART, CENTRE, Coalition, Presentation
from core.rules.result import Result
from ui.document import Document
from ui.models.rows_model import Cell, RowsModel, fit_height, number, read_only_table, scrolled_page

ID = Qt.ItemDataRole.UserRole
MWC_SHOWN = 12  # rows of the minimal winning coalitions before the table scrolls


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def _percent(share) -> str:
    return f"{float(share) * 100:.1f}%"


class CoalitionBar(QWidget):
    """The coalition's seats as a bar across the house, its members in their colours, with
    the majority and two-thirds lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parts: list[tuple[int, str]] = []  # seats and colour of each member
        self.house = self.simple = self.two_thirds = 0
        self.setMinimumHeight(34)

    def set_bar(self, parts: list[tuple[int, str]], house: int, simple: int,
                two_thirds: int) -> None:
        self.parts, self.house, self.simple, self.two_thirds = parts, house, simple, two_thirds
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(300, 38)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(1, 8, -1, -8)
        painter.fillRect(box, QColor("#eeeeee"))
        if self.house:
            scale = box.width() / self.house
            x = box.left()
            for seats, color in self.parts:
                painter.fillRect(QRectF(x, box.top(), seats * scale, box.height()),
                                 QColor(color))
                x += seats * scale
            for seats, dash in ((self.simple, Qt.PenStyle.SolidLine),
                                (self.two_thirds, Qt.PenStyle.DashLine)):
                line_x = box.left() + seats * scale
                painter.setPen(QPen(QColor("#111111"), 2, dash))
                painter.drawLine(round(line_x), 2, round(line_x), self.height() - 2)
        painter.end()


class CoalitionPanel(QWidget):
    """Seating, the coalition builder, minimal winning coalitions and power."""

    notice = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.result: Result | None = None
        self._build()
        document.result_changed.connect(self.show_result)
        document.result_failed.connect(self.clear)
        if document.current_result() is not None:
            self.show_result(document.current_result())

    # ---------------------------------------------------------------- layout

    def _build(self) -> None:
        lay = QVBoxLayout(scrolled_page(self))
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self._seating_box())
        lay.addWidget(self._builder_box())
        self.mwc_label = QLabel()
        self.mwc_label.setWordWrap(True)
        self.mwc_model = RowsModel((self.tr("Minimal winning coalition"), self.tr("Seats")),
                                   parent=self)
        self.mwc_view = read_only_table(self.mwc_model)
        fit_height(self.mwc_view, MWC_SHOWN)
        mwc = QGroupBox(self.tr("Minimal winning coalitions"))
        box = QVBoxLayout(mwc)
        box.addWidget(self.mwc_label)
        box.addWidget(self.mwc_view)
        lay.addWidget(mwc)
        self.power_model = RowsModel(
            (self.tr("Party"), self.tr("Seats"), self.tr("Banzhaf"), self.tr("Shapley-Shubik")),
            (None, None, self.tr("Share of all swings: coalitions the party turns from losing "
                                 "to winning by joining"),
             self.tr("Share of the orders of arrival in which the party completes the "
                     "majority")), self)
        self.power_view = read_only_table(self.power_model)
        fit_height(self.power_view)
        strength = QGroupBox(self.tr("Voting power (exact)"))
        box = QVBoxLayout(strength)
        box.addWidget(self.power_view)
        lay.addWidget(strength)
        lay.addStretch(1)

    def _seating_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Seating in the chart, from the left (drag to reorder)"))
        self.seating = QListWidget()
        self.seating.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.seating.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.seating.setFlow(QListWidget.Flow.LeftToRight)
        self.seating.setWrapping(True)
        self.seating.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.seating.setMaximumHeight(96)
        self.seating.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.seating.model().rowsMoved.connect(self._seating_moved)
        self.independents = QComboBox()
        self.independents.addItem(self.tr("Independents apart, at the right end"), APART)
        self.independents.addItem(self.tr("Independents in the centre"), CENTRE)
        self.independents.currentIndexChanged.connect(self._independents_changed)
        self.together = QCheckBox(self.tr("Government's parties together, on the left"))
        self.together.toggled.connect(self._together_changed)
        lay = QVBoxLayout(box)
        lay.addWidget(self.seating)
        lay.addWidget(self.independents)
        lay.addWidget(self.together)
        return box

    def _builder_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Coalition builder"))
        self.members = QListWidget()
        self.members.setFlow(QListWidget.Flow.LeftToRight)
        self.members.setWrapping(True)
        self.members.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.members.setMaximumHeight(96)
        self.members.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.members.itemChanged.connect(self._ticked)
        self.with_independents = QSpinBox()
        self.with_independents.setPrefix(self.tr("with "))
        self.with_independents.setSuffix(self.tr(" independent(s)"))
        self.with_independents.valueChanged.connect(self._ticked)
        self.bar = CoalitionBar()
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name (e.g. the parties' names)"))
        save = QPushButton(self.tr("Save coalition"))
        save.clicked.connect(self.save_coalition)
        self.saved = QComboBox()
        self.saved.activated.connect(self._show_saved)
        self.govern = QPushButton(self.tr("Make government"))
        self.govern.clicked.connect(self.make_government)
        self.forget = QPushButton(self.tr("Delete"))
        self.forget.clicked.connect(self.delete_coalition)
        naming = QHBoxLayout()
        naming.addWidget(self.name, 1)
        naming.addWidget(save)
        kept = QHBoxLayout()
        kept.addWidget(self.saved, 1)
        kept.addWidget(self.govern)
        kept.addWidget(self.forget)
        self.saved.setPlaceholderText(self.tr("Saved coalitions"))
        self.saved.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.saved.setMinimumContentsLength(10)
        lay = QVBoxLayout(box)
        lay.addWidget(self.members)
        lay.addWidget(self.with_independents)
        lay.addWidget(self.bar)
        lay.addWidget(self.verdict)
        lay.addLayout(naming)
        lay.addLayout(kept)
        return box

    # ---------------------------------------------------------------- showing

    def clear(self, why: str = "") -> None:
        """No result (the scenario cannot be allocated): nothing to seat or to weigh."""
        self.result = None
        for widget in (self.seating, self.members, self.saved):
            widget.clear()
        self.bar.set_bar([], 0, 0, 0)
        self.verdict.setText(why)
        self.power_model.set_rows([])
        self.mwc_model.set_rows([])
        self.mwc_label.clear()

    def show_result(self, result: Result) -> None:
        """Fill the lists and tables for ``result`` (keeping the ticks of parties still
        there)."""
        self.result = result
        presentation = result.scenario.presentation
        colors = party_colors(result)
        names = {p.id: p for p in result.parties}
        self._fill(self.seating, [(pid, names[pid].name, colors[pid], None)
                                  for pid in presentation.order(tuple(names))])
        ticked = self.ticked()
        self._fill(self.members, [(p.id, f"{p.name} ({p.seats_with_affiliated})", colors[p.id],
                                   p.id in ticked)
                                  for p in result.parties if p.seats_with_affiliated])
        alone = result.independent_seats - sum(p.affiliated_seats for p in result.parties)
        self.with_independents.setRange(0, max(alone, 0))
        self.with_independents.setVisible(alone > 0)
        for box, value in ((self.independents, presentation.independents),
                           (self.together, presentation.group_government)):
            box.blockSignals(True)
            if isinstance(box, QComboBox):
                box.setCurrentIndex(box.findData(value))
            else:
                box.setChecked(value)
            box.blockSignals(False)
        self._fill_saved(presentation)
        self._ticked()
        self._show_power(result)

    @staticmethod
    def _fill(widget: QListWidget, rows: list[tuple[str, str, str, bool | None]]) -> None:
        widget.blockSignals(True)
        widget.model().blockSignals(True)
        widget.clear()
        for pid, text, color, checked in rows:
            item = QListWidgetItem(_swatch(color), text)
            item.setData(ID, pid)
            if checked is not None:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            widget.addItem(item)
        widget.model().blockSignals(False)
        widget.blockSignals(False)
        widget.doItemsLayout()

    def _fill_saved(self, presentation: Presentation) -> None:
        self.saved.blockSignals(True)
        self.saved.clear()
        for c in presentation.coalitions:
            mark = self.tr(" (government)") if c.name == presentation.government else ""
            self.saved.addItem(c.name + mark, c.name)
        chosen = self.saved.findData(presentation.government)
        self.saved.setCurrentIndex(chosen if chosen >= 0 else self.saved.count() - 1)
        self.saved.blockSignals(False)
        for button in (self.govern, self.forget):
            button.setEnabled(bool(presentation.coalitions))

    def ticked(self) -> set[str]:
        """The ids of the parties ticked in the builder."""
        return {self.members.item(i).data(ID) for i in range(self.members.count())
                if self.members.item(i).checkState() == Qt.CheckState.Checked}

    def _ticked(self, *_) -> None:
        result = self.result
        if result is None:
            return
        chosen = self.ticked()
        colors = party_colors(result)
        members = [p for p in result.parties if p.id in chosen]
        extra = self.with_independents.value() if self.with_independents.isVisible() else 0
        parts = [(p.seats_with_affiliated, colors[p.id]) for p in members]
        if extra:
            parts.append((extra, "#8c8c8c"))
        m = result.majority
        seats = sum(n for n, _ in parts)
        self.bar.set_bar(parts, m.house, m.simple, m.two_thirds)
        self.verdict.setText(self._verdict(seats, m.house, m.simple, m.two_thirds)
                             if parts else self.tr("Tick parties to form a coalition."))
        self.name.setPlaceholderText(" + ".join(p.name for p in members)
                                     or self.tr("Name (e.g. the parties' names)"))

    def _verdict(self, seats: int, house: int, simple: int, two_thirds: int) -> str:
        if seats >= two_thirds:
            status = self.tr("a two-thirds majority ({0} needed)").format(two_thirds)
        elif seats >= simple:
            status = self.tr("a majority ({0} needed), {1} short of two thirds ({2})").format(
                simple, two_thirds - seats, two_thirds)
        else:
            status = self.tr("no majority: {0} short of {1}").format(simple - seats, simple)
        return self.tr("{0} of {1} seats: {2}.").format(seats, house, status)

    def _show_power(self, result: Result) -> None:
        rows, independents = [], []
        colors = party_colors(result)
        for p in power(result):
            if p.player.kind == INDEPENDENT:
                independents.append(p)
                continue
            rows.append([Cell(p.player.name, swatch=colors.get(p.player.id)),
                         number(str(p.player.seats)),
                         number(_percent(p.banzhaf), str(p.banzhaf)),
                         number(_percent(p.shapley_shubik), str(p.shapley_shubik))])
        if independents:
            one = independents[0]
            rows.append([Cell(self.tr("Each independent (×{0})").format(len(independents))),
                         number("1"), number(_percent(one.banzhaf), str(one.banzhaf)),
                         number(_percent(one.shapley_shubik), str(one.shapley_shubik))])
        self.power_model.set_rows(rows)
        listed = minimal_winning(result)
        self.mwc_model.set_rows([[Cell(self._coalition_text(c)), number(str(c.seats))]
                                 for c in listed.coalitions])
        shown = len(listed.coalitions)
        self.mwc_label.setText(
            self.tr("{0} minimal winning coalition(s): each wins a majority of {1}, and loses "
                    "it if any member leaves.").format(format_count(listed.total),
                                                       result.majority.simple)
            + (self.tr(" The first {0} are listed.").format(shown) if shown < listed.total
               else ""))

    def _coalition_text(self, coalition) -> str:
        names = [m.name for m in coalition.members]
        if coalition.independents:
            names.append(self.tr("{0} independent(s)").format(coalition.independents))
        return " + ".join(names)

    # ---------------------------------------------------------------- edits

    def _edit(self, presentation: Presentation, text: str) -> None:
        s = self.document.scenario
        self.document.apply(replace(s, presentation=presentation), text)

    def _seating_moved(self, *_) -> None:
        order = tuple(self.seating.item(i).data(ID) for i in range(self.seating.count()))
        p = self.document.scenario.presentation
        self._edit(replace(p, seating=order), self.tr("Seating order"))

    def _independents_changed(self) -> None:
        p = self.document.scenario.presentation
        self._edit(replace(p, independents=self.independents.currentData()),
                   self.tr("Independents' seats"))

    def _together_changed(self, on: bool) -> None:
        p = self.document.scenario.presentation
        self._edit(replace(p, group_government=on), self.tr("Government seated together"))

    def save_coalition(self) -> None:
        """Save the ticked parties as a coalition (replacing one of the same name)."""
        chosen = self.ticked()
        if not chosen:
            self.notice.emit(self.tr("Tick the coalition's parties first."))
            return
        s = self.document.scenario
        name = self.name.text().strip() or self.name.placeholderText()
        parties = tuple(p.id for p in s.parties if p.id in chosen)
        kept = tuple(c for c in s.presentation.coalitions if c.name != name)
        self._edit(replace(s.presentation, coalitions=(*kept, Coalition(name, parties))),
                   self.tr("Save coalition {0}").format(name))
        self.name.clear()

    def _show_saved(self) -> None:
        """Tick the parties of the coalition chosen in the saved list."""
        coalition = self.document.scenario.presentation.coalition(self.saved.currentData())
        if coalition is None:
            return
        self.members.blockSignals(True)
        for i in range(self.members.count()):
            item = self.members.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(ID) in coalition.parties
                               else Qt.CheckState.Unchecked)
        self.members.blockSignals(False)
        self.name.setText(coalition.name)
        self._ticked()

    def make_government(self) -> None:
        """The chosen saved coalition becomes the government (highlighted in the chart)."""
        name = self.saved.currentData()
        p = self.document.scenario.presentation
        if name is not None:
            self._edit(replace(p, government=name), self.tr("Government: {0}").format(name))

    def delete_coalition(self) -> None:
        name = self.saved.currentData()
        p = self.document.scenario.presentation
        if name is None:
            return
        self._edit(replace(p, coalitions=tuple(c for c in p.coalitions if c.name != name),
                           government=None if p.government == name else p.government),
                   self.tr("Delete coalition {0}").format(name))
