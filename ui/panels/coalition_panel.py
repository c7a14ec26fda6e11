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

from core.analysis.coalitions import (
    INDEPENDENT,
    MinimalWinningList,
    Power,
    minimal_winning,
    power,
)
from core.chart.seating import party_colors
from core.message import msg
from core.model.presentation import APART, CENTRE, Coalition, Presentation
from core.rules.result import Result
from ui.document import Document
from ui.models.rows_model import Cell, RowsModel, fit_height, number, read_only_table, scrolled_page
from ui.text import Retranslated, fill, share, shown
from ui.worker import Failure, Worker

ID = Qt.ItemDataRole.UserRole
MWC_SHOWN = 12  # rows of the minimal winning coalitions before the table scrolls


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


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


class CoalitionPanel(Retranslated, QWidget):
    """Seating, the coalition builder, minimal winning coalitions and power."""

    notice = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.result: Result | None = None
        self._shown: Result | None = None  # the result the tab shows (filled when on screen)
        self._why = ""  # why there is no result, if there is none
        self._worker = Worker(self)  # power and coalitions: 500 seat-winning lists take seconds
        self._build()
        document.result_changed.connect(self.show_result)
        document.result_failed.connect(self.clear)
        self.retranslate()
        if document.current_result() is not None:
            self.show_result(document.current_result())

    def retranslate(self) -> None:
        """Every word of the tab in the window's language; the result shown again in it."""
        self.seating_box.setTitle(self.tr("Seating in the chart, from the left (drag to "
                                          "reorder)"))
        self.independents.setItemText(0, self.tr("Independents apart, at the right end"))
        self.independents.setItemText(1, self.tr("Independents in the centre"))
        self.together.setText(self.tr("Government's parties together, on the left"))
        self.builder_box.setTitle(self.tr("Coalition builder"))
        self.independents_caption.setText(self.tr("Independents who join:"))
        self.save_button.setText(self.tr("Save coalition"))
        self.saved.setPlaceholderText(self.tr("Saved coalitions"))
        self.govern.setText(self.tr("Make government"))
        self.forget.setText(self.tr("Delete"))
        self.mwc_box.setTitle(self.tr("Minimal winning coalitions"))
        self.power_box.setTitle(self.tr("Voting power (exact)"))
        self.mwc_model.set_rows([], *self._mwc_columns())
        self.power_model.set_rows([], *self._power_columns())
        self._shown = None
        if self.result is not None:
            self.show_result(self.result)
        else:
            self.clear(self._why)

    def _mwc_columns(self) -> tuple[tuple[str, ...], tuple[str | None, ...]]:
        return (self.tr("Minimal winning coalition"), self.tr("Seats")), ()

    def _power_columns(self) -> tuple[tuple[str, ...], tuple[str | None, ...]]:
        return ((self.tr("Party"), self.tr("Seats"), self.tr("Banzhaf"),
                 self.tr("Shapley-Shubik")),
                (None, None, self.tr("Share of all swings: coalitions the party turns from "
                                     "losing to winning by joining"),
                 self.tr("Share of the orders of arrival in which the party completes the "
                         "majority")))

    # ---------------------------------------------------------------- layout

    def _build(self) -> None:
        lay = QVBoxLayout(scrolled_page(self))
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self._seating_box())
        lay.addWidget(self._builder_box())
        self.mwc_label = QLabel()
        self.mwc_label.setWordWrap(True)
        self.mwc_model = RowsModel(*self._mwc_columns(), parent=self)
        self.mwc_view = read_only_table(self.mwc_model)
        fit_height(self.mwc_view, MWC_SHOWN)
        self.mwc_box = QGroupBox()
        box = QVBoxLayout(self.mwc_box)
        box.addWidget(self.mwc_label)
        box.addWidget(self.mwc_view)
        lay.addWidget(self.mwc_box)
        self.power_model = RowsModel(*self._power_columns(), parent=self)
        self.power_view = read_only_table(self.power_model)
        fit_height(self.power_view)
        self.power_box = QGroupBox()
        box = QVBoxLayout(self.power_box)
        box.addWidget(self.power_view)
        lay.addWidget(self.power_box)
        lay.addStretch(1)

    def _seating_box(self) -> QGroupBox:
        box = self.seating_box = QGroupBox()
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
        self.independents.addItem("", APART)
        self.independents.addItem("", CENTRE)
        self.independents.currentIndexChanged.connect(self._independents_changed)
        self.together = QCheckBox()
        self.together.toggled.connect(self._together_changed)
        lay = QVBoxLayout(box)
        lay.addWidget(self.seating)
        lay.addWidget(self.independents)
        lay.addWidget(self.together)
        return box

    def _builder_box(self) -> QGroupBox:
        box = self.builder_box = QGroupBox()
        self.members = QListWidget()
        self.members.setFlow(QListWidget.Flow.LeftToRight)
        self.members.setWrapping(True)
        self.members.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.members.setMaximumHeight(96)
        self.members.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.members.itemChanged.connect(self._ticked)
        self.with_independents = QSpinBox()
        self.with_independents.valueChanged.connect(self._ticked)
        self.independents_caption = QLabel()
        self.independents_row = QWidget()
        row = QHBoxLayout(self.independents_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.independents_caption)
        row.addWidget(self.with_independents)
        row.addStretch(1)
        self.bar = CoalitionBar()
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.name = QLineEdit()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_coalition)
        self.saved = QComboBox()
        self.saved.activated.connect(self._show_saved)
        self.govern = QPushButton()
        self.govern.clicked.connect(self.make_government)
        self.forget = QPushButton()
        self.forget.clicked.connect(self.delete_coalition)
        naming = QHBoxLayout()
        naming.addWidget(self.name, 1)
        naming.addWidget(self.save_button)
        kept = QHBoxLayout()
        kept.addWidget(self.saved, 1)
        kept.addWidget(self.govern)
        kept.addWidget(self.forget)
        self.saved.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.saved.setMinimumContentsLength(10)
        lay = QVBoxLayout(box)
        lay.addWidget(self.members)
        lay.addWidget(self.independents_row)
        lay.addWidget(self.bar)
        lay.addWidget(self.verdict)
        lay.addLayout(naming)
        lay.addLayout(kept)
        return box

    # ---------------------------------------------------------------- showing

    def clear(self, why: str = "") -> None:
        """No result (the scenario cannot be allocated): nothing to seat or to weigh."""
        self.result, self._shown, self._why = None, None, why
        for widget in (self.seating, self.members, self.saved):
            widget.clear()
        self.bar.set_bar([], 0, 0, 0)
        self.verdict.setText(why)
        self.power_model.set_rows([])
        self.mwc_model.set_rows([])
        self.mwc_label.clear()
        self.name.setPlaceholderText(self._name_hint())

    def show_result(self, result: Result) -> None:
        """Fill the lists and tables for ``result`` (keeping the ticks of parties still
        there), once the tab is on screen: a hidden tab costs an edit nothing."""
        self.result = result
        if self.isVisible():
            self._fill_result(result)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.result is not None and self._shown is not self.result:
            self._fill_result(self.result)

    def _fill_result(self, result: Result) -> None:
        self._shown = result
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
        self.independents_row.setVisible(alone > 0)
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
        self._worker.run(lambda: (power(result), minimal_winning(result)),
                         lambda weighed: self._show_power(result, *weighed), self._not_weighed)

    def wait(self) -> None:
        """Block until the power and the coalitions are counted (tests, closing)."""
        self._worker.wait()

    def _not_weighed(self, failure: Failure) -> None:
        self.mwc_label.setText(failure.message)

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
            shown_name = (fill(self.tr("{name} (government)"), name=c.name)
                          if c.name == presentation.government else c.name)
            self.saved.addItem(shown_name, c.name)
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
        extra = self.with_independents.value() if not self.independents_row.isHidden() else 0
        parts = [(p.seats_with_affiliated, colors[p.id]) for p in members]
        if extra:
            parts.append((extra, "#8c8c8c"))
        m = result.majority
        seats = sum(n for n, _ in parts)
        self.bar.set_bar(parts, m.house, m.simple, m.two_thirds)
        self.verdict.setText(self._verdict(seats, m.house, m.simple, m.two_thirds)
                             if parts else self.tr("Tick parties to form a coalition."))
        self.name.setPlaceholderText(" + ".join(p.name for p in members) or self._name_hint())

    def _name_hint(self) -> str:
        return self.tr("Name (e.g. the parties' names)")

    def _verdict(self, seats: int, house: int, simple: int, two_thirds: int) -> str:
        """The coalition's seats against the majorities, in the headline's words."""
        if seats >= two_thirds:
            status = shown(msg("headline.two_thirds", needed=two_thirds))
        elif seats >= simple:
            status = shown(msg("headline.simple", needed=simple, short=two_thirds - seats))
        else:
            status = fill(self.tr("no majority: {short} short of {needed}"),
                          short=simple - seats, needed=simple)
        return fill(self.tr("{held}: {status}."), status=status,
                    held=msg("headline.held", seats=seats, house=house))

    def _show_power(self, result: Result, powers: tuple[Power, ...],
                    listed: MinimalWinningList) -> None:
        if result is not self.result:  # counted for a result replaced since
            return
        rows, independents = [], []
        colors = party_colors(result)
        for p in powers:
            if p.player.kind == INDEPENDENT:
                independents.append(p)
                continue
            name = shown(p.player.name)
            rows.append([Cell(name, name, swatch=colors.get(p.player.id)),
                         number(str(p.player.seats)),
                         number(share(p.banzhaf, 1), str(p.banzhaf)),
                         number(share(p.shapley_shubik, 1), str(p.shapley_shubik))])
        if independents:
            one = independents[0]
            rows.append([Cell(fill(self.tr("Each independent (×{n})"), n=len(independents))),
                         number("1"), number(share(one.banzhaf, 1), str(one.banzhaf)),
                         number(share(one.shapley_shubik, 1), str(one.shapley_shubik))])
        self.power_model.set_rows(rows)
        self.mwc_model.set_rows([[Cell(self._coalition_text(c)), number(str(c.seats))]
                                 for c in listed.coalitions])
        text = fill(self.tr("{n} minimal winning {n:plural:coalition|coalitions}: each wins a "
                            "majority of {needed}, and loses it if any member leaves."),
                    n=listed.total, needed=result.majority.simple)
        if len(listed.coalitions) < listed.total:
            text += " " + fill(self.tr("The first {n} are listed."), n=len(listed.coalitions))
        self.mwc_label.setText(text)

    def _coalition_text(self, coalition) -> str:
        names = [shown(m.name) for m in coalition.members]
        if coalition.independents:
            names.append(fill(self.tr("{n} {n:plural:independent|independents}"),
                              n=coalition.independents))
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
                   fill(self.tr("Save coalition {name}"), name=name))
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
            self._edit(replace(p, government=name), fill(self.tr("Government: {name}"),
                                                          name=name))

    def delete_coalition(self) -> None:
        name = self.saved.currentData()
        p = self.document.scenario.presentation
        if name is None:
            return
        self._edit(replace(p, coalitions=tuple(c for c in p.coalitions if c.name != name),
                           government=None if p.government == name else p.government),
                   fill(self.tr("Delete coalition {name}"), name=name))
