"""The import dialog's tables: the columns and their meaning, the first rows, the protocol
checks that fail, and the party merges."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.io.tables.roles import ROLES, role_label, roles_from_mapping
from core.message import QT_TRANSLATE_NOOP
from ui import text as ui_text
from ui.models.rows_model import Cell, RowsModel, number, read_only_table
from ui.text import count, fill, shown

PREVIEW_ROWS = 50
CHECK_HEADERS = (QT_TRANSLATE_NOOP("ChecksView", "Line"),
                 QT_TRANSLATE_NOOP("ChecksView", "Station"),
                 QT_TRANSLATE_NOOP("ChecksView", "Relation"),
                 QT_TRANSLATE_NOOP("ChecksView", "Left side"),
                 QT_TRANSLATE_NOOP("ChecksView", "Right side"),
                 QT_TRANSLATE_NOOP("ChecksView", "Difference"))
MAX_CHECK_ROWS = 5000  # shown in the table; the totals above count them all


class RoleBox(QComboBox):
    """A combo box whose current text ends in "…" when its column is too narrow (a protocol
    line's name in Russian runs to 90 characters); the list shows every name whole."""

    def paintEvent(self, event) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, field.width())
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class ColumnsTable(QTableWidget):
    """One row per column: its header, a combo box of roles, what it is read as (or why it
    is skipped), and its first values. ``changed`` is called when a role changes."""

    def __init__(self, changed: Callable[[], None]) -> None:
        super().__init__(0, 4)
        self.changed = changed
        self.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Means"), self.tr("Read as"),
                                        self.tr("First values")])
        self.horizontalHeader().setSectionResizeMode(3, QHeaderView.Stretch)
        self.verticalHeader().hide()

    def fill(self, table, mapping) -> None:
        """The columns of ``table`` with the roles of ``mapping`` (None: all unused)."""
        from core.io.tables.report import column_meaning

        roles = roles_from_mapping(mapping) if mapping is not None else {}
        skipped = mapping.skipped if mapping is not None else {}
        self.setRowCount(len(table.columns))
        for r, column in enumerate(table.columns):
            self.setItem(r, 0, QTableWidgetItem(column))
            combo = RoleBox()
            for role in ROLES:
                combo.addItem(role_label(role, ui_text.language), role)
            combo.setCurrentIndex(combo.findData(roles.get(column, "")))
            combo.setToolTip(combo.currentText())  # the whole line's name, when it is cut short
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
            combo.currentIndexChanged.connect(self.changed)
            combo.currentTextChanged.connect(combo.setToolTip)
            self.setCellWidget(r, 1, combo)
            if column in roles:
                note = shown(column_meaning(column, roles[column], mapping))
            else:
                why = shown(skipped[column]) if column in skipped else self.tr("not used")
                note = fill(self.tr("skipped: {why}"), why=why)
            self.setItem(r, 2, QTableWidgetItem(note))
            values = [v for v in table.preview[column].head(5).tolist() if str(v).strip()]
            self.setItem(r, 3, QTableWidgetItem(", ".join(map(str, values))))
        for c in (0, 1, 2):
            self.resizeColumnToContents(c)
        for c, widest in ((0, 320), (1, 360), (2, 360)):  # long protocol lines are cut short
            self.setColumnWidth(c, min(self.columnWidth(c), widest))

    def roles(self) -> dict[str, str]:
        """``{column: role}`` as currently chosen."""
        return {self.item(r, 0).text(): self.cellWidget(r, 1).currentData()
                for r in range(self.rowCount())}

    def set_role(self, column: str, role: str) -> None:
        """Choose the role of ``column``."""
        choose(self, column, 1, role)


def choose(table: QTableWidget, row_text: str, column: int, data: object) -> None:
    """In the row whose first cell reads ``row_text``, set the combo box of ``column``."""
    for r in range(table.rowCount()):
        if table.item(r, 0).text() == row_text:
            combo = table.cellWidget(r, column)
            combo.setCurrentIndex(combo.findData(data))
            return
    raise KeyError(row_text)


class PreviewTable(QTableWidget):
    """The first rows of the table, each with its line in the file."""

    def __init__(self) -> None:
        super().__init__(0, 0)
        self.setEditTriggers(QTableWidget.NoEditTriggers)

    def fill(self, frame) -> None:
        head = frame.head(PREVIEW_ROWS)
        self.setColumnCount(len(head.columns))
        self.setRowCount(len(head))
        self.setHorizontalHeaderLabels([str(c) for c in head.columns])
        self.setVerticalHeaderLabels([str(line) for line in head.index])
        for r, row in enumerate(head.itertuples(index=False)):
            for c, value in enumerate(row):
                self.setItem(r, c, QTableWidgetItem(str(value)))
        self.resizeColumnsToContents()

    def clear(self) -> None:
        super().clear()
        self.setRowCount(0)
        self.setColumnCount(0)


def check_rows(report, limit: int = MAX_CHECK_ROWS) -> list[list[Cell]]:
    """One row per failing station and relation: line, station, the relation, both sides."""
    rows = []
    for line, station, relation, left, right in report.failures()[:limit]:
        law = relation.citation
        difference = ("+" if left >= right else "-") + count(abs(left - right))
        rows.append([number(str(line)), Cell(station),
                     Cell(shown(relation.words), tip=shown(law) if law else None),
                     number(count(left)), number(count(right)),
                     number(difference, color="#b00020")])
    return rows


class ChecksView(QWidget):
    """The protocol's control relations: what was checked, the totals, the failing rows."""

    def __init__(self) -> None:
        super().__init__()
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.model = RowsModel([self.tr(h) for h in CHECK_HEADERS], parent=self)
        self.view = read_only_table(self.model, stretch=2)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.totals)
        lay.addWidget(self.view, 1)

    def show_report(self, report) -> None:
        """Show a ``CheckReport`` (None: the table has no protocol lines to relate)."""
        if report is None:
            self.totals.setText(self.tr("No protocol checks: the table lacks the protocol lines "
                                        "they relate (valid, invalid, ballots in the boxes, "
                                        "...)."))
            self.model.set_rows([])
            return
        per = report.per_relation()
        lines = [fill(self.tr("{rows} rows checked; <b>{failed}</b> fail at least one "
                              "relation:"), rows=report.rows, failed=report.failed_rows())]
        for relation in report.relations:
            law = f" [{escape(shown(relation.citation))}]" if relation.citation else ""
            lines.append("&nbsp;&nbsp;" + fill(self.tr("{relation}: <b>{n}</b> failing"),
                                               relation=escape(shown(relation.words)) + law,
                                               n=per[relation.code]))
        failures = sum(per.values())
        if failures > MAX_CHECK_ROWS:
            lines.append(fill(self.tr("(the first {shown} of {n} failures are listed)"),
                              shown=MAX_CHECK_ROWS, n=failures))
        self.totals.setText("<br>".join(lines))
        self.model.set_rows(check_rows(report))


class MergeTable(QTableWidget):
    """One row per party: its votes and a combo box "count as": itself or another party."""

    def __init__(self) -> None:
        super().__init__(0, 3)
        self.setHorizontalHeaderLabels([self.tr("Party"), self.tr("Votes"), self.tr("Count as")])
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.verticalHeader().hide()
        self.setEditTriggers(QTableWidget.NoEditTriggers)

    def fill(self, parties: list[dict]) -> None:
        names = [p["name"] for p in parties]
        self.setRowCount(len(parties))
        for r, party in enumerate(parties):
            self.setItem(r, 0, QTableWidgetItem(party["name"]))
            votes = QTableWidgetItem(count(party["votes"]))
            votes.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            self.setItem(r, 1, votes)
            combo = QComboBox()
            combo.addItem(self.tr("itself"), None)
            for other in names:
                if other != party["name"]:
                    combo.addItem(other, other)
            self.setCellWidget(r, 2, combo)
        self.resizeColumnToContents(1)
        self.resizeColumnToContents(2)

    def merge(self, name: str, into: str) -> None:
        """Count party ``name`` as party ``into``."""
        choose(self, name, 2, into)

    def merges(self) -> list[tuple[str, str]]:
        """``[(name, into)]`` as chosen."""
        out = []
        for r in range(self.rowCount()):
            into = self.cellWidget(r, 2).currentData()
            if into:
                out.append((self.item(r, 0).text(), into))
        return out
