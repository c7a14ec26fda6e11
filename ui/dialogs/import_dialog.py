"""File > Import: a CSV/XLSX result table becomes a new scenario.

Steps on one page: pick a file (and a sheet), check the guessed meaning of each column
(a combo box per column), look at the first rows, read the votes (progress bar and Cancel for
large files, in a worker thread), see every row that could not be read with its line and
reason, then create the scenario. Nothing touches the open scenario until the caller takes
``dialog.scenario`` after ``exec()`` returned Accepted; a broken file only shows a message.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.io.scenario_reader import read_scenario
from core.message import QT_TRANSLATE_NOOP, Term
from core.model.scenario import Scenario, ScenarioError
from core.refusal import Refusal
from ui.text import fill, said, shown
from ui.worker import Failure, Worker

PREVIEW_ROWS = 50
PARTY_COLUMN = "party_column"
# What a column can mean (English; shown translated in context "ImportDialog").
ROLES = {
    "": QT_TRANSLATE_NOOP("ImportDialog", "(not used)"),
    "party": QT_TRANSLATE_NOOP("ImportDialog", "Party name"),
    "votes": QT_TRANSLATE_NOOP("ImportDialog", "Votes"),
    "district": QT_TRANSLATE_NOOP("ImportDialog", "District / polling station"),
    "candidate": QT_TRANSLATE_NOOP("ImportDialog", "Candidate"),
    PARTY_COLUMN: QT_TRANSLATE_NOOP("ImportDialog", "Votes of a party (one column per party)"),
    "against_all": QT_TRANSLATE_NOOP("ImportDialog", "Against all"),
    "invalid": QT_TRANSLATE_NOOP("ImportDialog", "Invalid ballots"),
    "registered": QT_TRANSLATE_NOOP("ImportDialog", "Registered voters"),
    "ballots_cast": QT_TRANSLATE_NOOP("ImportDialog", "Ballots cast"),
}
SINGLE_ROLES = ("party", "votes", "district", "candidate")
PROGRESS_DELAY_MS = 300  # a progress bar appears only for reads slower than this


class MappingError(Refusal):
    """The column choices do not describe a table that can be read."""


def mapping_from_roles(roles: dict[str, str]):
    """A ``ColumnMapping`` from ``{column: role}`` (roles as in :data:`ROLES`).

    Raises MappingError when a single role is given twice, when one-column-per-party
    columns are mixed with a party/votes column, or when no votes are mapped at all.
    """
    from core.io.tables import ColumnMapping

    single: dict[str, str] = {}
    for column, role in roles.items():
        if role in SINGLE_ROLES:
            if role in single:
                raise MappingError(QT_TRANSLATE_NOOP(
                    "refusal", "two columns are marked '{role}': '{first}' and '{second}'; keep "
                    "one"), role=Term("ImportDialog", ROLES[role]), first=single[role],
                    second=column)
            single[role] = column
    party_columns = [c for c, r in roles.items() if r == PARTY_COLUMN]
    other = {c: r for c, r in roles.items() if r and r not in SINGLE_ROLES and r != PARTY_COLUMN}
    if party_columns and ("party" in single or "votes" in single):
        raise MappingError(QT_TRANSLATE_NOOP(
            "refusal", "a table has either a party column and a votes column, or one column per "
            "party; not both"))
    if not party_columns and not ("votes" in single and ("party" in single
                                                         or "candidate" in single)):
        raise MappingError(QT_TRANSLATE_NOOP(
            "refusal", "mark a party (or candidate) column and a votes column, or the columns "
            "that hold each party's votes"))
    layout = "wide" if party_columns else "long"
    return ColumnMapping(layout, party=single.get("party"), votes=single.get("votes"),
                         district=single.get("district"), candidate=single.get("candidate"),
                         party_columns=party_columns, other_columns=other)


def roles_from_mapping(mapping) -> dict[str, str]:
    """``{column: role}`` of a ``ColumnMapping`` (the inverse of :func:`mapping_from_roles`)."""
    roles = {c: PARTY_COLUMN for c in mapping.party_columns}
    roles.update(mapping.other_columns)
    for role in SINGLE_ROLES:
        column = getattr(mapping, role)
        if column:
            roles[column] = role
    return roles


class ImportDialog(QDialog):
    """Import a result table; after ``exec()`` is Accepted, ``scenario`` is the new one."""

    loaded = Signal()  # the table was read and its columns guessed
    votes_read = Signal()  # the votes were read (see ``imported``)
    failed = Signal(str)  # a clear message for the analyst

    def __init__(self, parent: QWidget | None = None, start_dir: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a result table"))
        self.resize(900, 720)
        self.start_dir = start_dir or str(Path.home())
        self.path: Path | None = None
        self.frame = None  # the table, from core.io.tables.read_table
        self.imported = None  # core.io.tables.ImportResult
        self.scenario: Scenario | None = None
        self.error: str | None = None
        from core.io.tables import ImportCancelled  # pandas: the dialog reads tables anyway

        # A cancelled read is not a fault; nor is a file that cannot be opened.
        self._worker = Worker(self, expected=(OSError, ImportCancelled))
        self._cancelled = False
        self._build()

    # ------------------------------------------------------------------ layout

    def _build(self) -> None:
        self.file = QLineEdit()
        self.file.setReadOnly(True)
        browse = QPushButton(self.tr("Choose file…"))
        browse.clicked.connect(self.choose_file)
        self.sheet = QComboBox()
        self.sheet.setEnabled(False)
        self.sheet.activated.connect(lambda _: self._reload_sheet())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Table")))
        top.addWidget(self.file, 1)
        top.addWidget(browse)
        top.addWidget(QLabel(self.tr("Sheet")))
        top.addWidget(self.sheet)
        self.columns = QTableWidget(0, 3)
        self.columns.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Means"),
                                                self.tr("First values")])
        self.columns.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.columns.verticalHeader().hide()
        self.preview = QTableWidget(0, 0)
        self.preview.setEditTriggers(QTableWidget.NoEditTriggers)
        self.read_button = QPushButton(self.tr("Read votes"))
        self.read_button.setEnabled(False)
        self.read_button.clicked.connect(self.read_votes)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel { color: #8a1020; }")
        self.progress = QProgressBar()
        self.progress.hide()
        self.stop_button = QPushButton(self.tr("Cancel reading"))
        self.stop_button.hide()
        self.stop_button.clicked.connect(self.cancel_task)
        self.title = QLineEdit()
        self.seats = QSpinBox()
        self.seats.setRange(0, 100000)
        self.seats.setValue(100)
        form = QFormLayout()
        form.addRow(self.tr("Title of the new scenario"), self.title)
        form.addRow(self.tr("List seats"), self.seats)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.create_button = self.buttons.addButton(self.tr("Create scenario"),
                                                    QDialogButtonBox.AcceptRole)
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self.create_scenario)
        self.buttons.rejected.connect(self.reject)
        busy = QHBoxLayout()
        busy.addWidget(self.read_button)
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.stop_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.message)
        lay.addWidget(QLabel(self.tr("What each column means (guessed; change it where it is "
                                     "wrong):")))
        lay.addWidget(self.columns, 2)
        lay.addWidget(QLabel(fill(self.tr("The first {n} rows, with their line in the file:"),
                                  n=PREVIEW_ROWS)))
        lay.addWidget(self.preview, 2)
        lay.addLayout(busy)
        lay.addWidget(self.summary)
        lay.addWidget(QLabel(self.tr("Rows not counted (line, column, reason):")))
        lay.addWidget(self.problems, 1)
        lay.addLayout(form)
        lay.addWidget(self.buttons)

    # ------------------------------------------------------------------ step 1: the file

    def choose_file(self) -> None:
        """Ask for a table and read it."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a result table"), self.start_dir,
            self.tr("Result tables (*.csv *.xlsx *.txt *.tsv);;All files (*)"))
        if path:
            self.open_file(path)

    def open_file(self, path: str | Path, sheet: str | None = None) -> None:
        """Read ``path`` (``sheet`` of a workbook) in the worker, then guess its columns."""
        from core.io.tables import read_table

        self.path = Path(path)
        self.file.setText(str(self.path))
        self.title.setText(self.title.text() or self.path.stem)
        self._clear()

        def read(progress, cancel):
            frame = read_table(self.path, sheet=sheet)
            return frame, _sheet_names(self.path)

        self._run(read, self._loaded, busy=True)

    def _reload_sheet(self) -> None:
        if self.path is not None:
            self.open_file(self.path, self.sheet.currentText())

    def _loaded(self, value) -> None:
        from core.io.tables import TableImportError, guess_mapping

        self.frame, sheets = value
        self.sheet.blockSignals(True)
        current = self.sheet.currentText()
        self.sheet.clear()
        self.sheet.addItems(sheets)
        if current in sheets:
            self.sheet.setCurrentText(current)
        self.sheet.setEnabled(len(sheets) > 1)
        self.sheet.blockSignals(False)
        self._fill_preview()
        try:
            roles = roles_from_mapping(guess_mapping(self.frame))
        except TableImportError as e:
            roles = {}
            self._fail(said(e) + ". " + self.tr("Mark the columns by hand below."), block=False)
        self._fill_columns(roles)
        self.read_button.setEnabled(True)
        self.loaded.emit()

    def _clear(self) -> None:
        self.frame = self.imported = None
        self.error = None
        self.message.clear()
        self.columns.setRowCount(0)
        self.preview.clear()
        self.preview.setRowCount(0)
        self.preview.setColumnCount(0)
        self.problems.clear()
        self.summary.clear()
        self.read_button.setEnabled(False)
        self.create_button.setEnabled(False)

    def _fill_preview(self) -> None:
        head = self.frame.head(PREVIEW_ROWS)
        self.preview.setColumnCount(len(head.columns))
        self.preview.setRowCount(len(head))
        self.preview.setHorizontalHeaderLabels([str(c) for c in head.columns])
        self.preview.setVerticalHeaderLabels([str(line) for line in head.index])
        for r, row in enumerate(head.itertuples(index=False)):
            for c, value in enumerate(row):
                self.preview.setItem(r, c, QTableWidgetItem(str(value)))
        self.preview.resizeColumnsToContents()

    def _fill_columns(self, roles: dict[str, str]) -> None:
        columns = [str(c) for c in self.frame.columns]
        self.columns.setRowCount(len(columns))
        for r, column in enumerate(columns):
            self.columns.setItem(r, 0, QTableWidgetItem(column))
            combo = QComboBox()
            for role, label in ROLES.items():
                combo.addItem(shown(Term("ImportDialog", label)), role)
            combo.setCurrentIndex(combo.findData(roles.get(column, "")))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.columns.setCellWidget(r, 1, combo)
            values = [v for v in self.frame[column].head(5).tolist() if str(v).strip()]
            self.columns.setItem(r, 2, QTableWidgetItem(", ".join(map(str, values))))
        self.columns.resizeColumnToContents(0)
        self.columns.resizeColumnToContents(1)

    # ------------------------------------------------------------------ step 2: the mapping

    def roles(self) -> dict[str, str]:
        """``{column: role}`` as currently chosen in the combo boxes."""
        return {self.columns.item(r, 0).text(): self.columns.cellWidget(r, 1).currentData()
                for r in range(self.columns.rowCount())}

    def set_role(self, column: str, role: str) -> None:
        """Choose the meaning of ``column`` (a key of :data:`ROLES`)."""
        for r in range(self.columns.rowCount()):
            if self.columns.item(r, 0).text() == column:
                combo = self.columns.cellWidget(r, 1)
                combo.setCurrentIndex(combo.findData(role))
                return
        raise KeyError(column)

    def _mapping_changed(self) -> None:
        self.imported = None
        self.create_button.setEnabled(False)
        self.problems.clear()
        self.summary.setText(self.tr("The columns changed: read the votes again."))

    # ------------------------------------------------------------------ step 3: the votes

    def read_votes(self) -> None:
        """Read and aggregate the votes with the chosen columns (in the worker)."""
        from core.io.tables import import_table

        if self.frame is None:
            return
        try:
            mapping = mapping_from_roles(self.roles())
        except MappingError as e:
            why = said(e)
            self._fail(why[:1].upper() + why[1:] + ".")
            return
        frame = self.frame
        self._run(lambda progress, cancel: import_table(frame, mapping, progress=progress,
                                                        cancel=cancel), self._votes_read)

    def _votes_read(self, imported) -> None:
        self.imported = imported
        self.message.clear()
        self.problems.clear()
        self.problems.addItems([str(p) for p in imported.problems])
        self.summary.setText(shown(imported.describe()) + ".")
        self.create_button.setEnabled(bool(imported.parties))
        if not imported.parties:
            self._fail(self.tr("No party votes could be read from this table."))
        self.votes_read.emit()

    # ------------------------------------------------------------------ step 4: the scenario

    def create_scenario(self) -> None:
        """Build the new scenario from the votes read; accept the dialog."""
        from core.io.tables import to_scenario

        if self.imported is None:
            return
        title = self.title.text().strip() or (self.path.stem if self.path else
                                              self.tr("Imported"))
        try:
            self.scenario = read_scenario(
                to_scenario(self.imported, title=title, list_seats=self.seats.value()))
        except ScenarioError as e:
            self._fail(fill(self.tr("The table does not make a valid scenario: {why}"),
                            why=said(e)))
            return
        self.accept()

    # ------------------------------------------------------------------ worker

    def _run(self, func, on_done: Callable[[Any], None], busy: bool = False) -> None:
        if self._worker.busy:
            return
        self._cancelled = False
        self.progress.setRange(0, 0 if busy else 100)
        self.progress.setValue(0)
        self.read_button.setEnabled(False)
        QTimer.singleShot(PROGRESS_DELAY_MS, self._show_progress)
        self._worker.run_with_progress(func, lambda value: self._task_done(on_done, value),
                                       self._task_failed, self._task_progress)

    def _show_progress(self) -> None:
        if self._worker.busy:
            self.progress.show()
            self.stop_button.show()

    def is_busy(self) -> bool:
        """True while a table is being read in the worker."""
        return self._worker.busy

    def cancel_task(self) -> None:
        """Stop reading the votes (the table stays as it was before)."""
        self._cancelled = True
        self._worker.cancel()

    def _task_progress(self, fraction: float) -> None:
        if self.progress.maximum():
            self.progress.setValue(round(fraction * 100))

    def _task_ended(self) -> None:
        self.progress.hide()
        self.stop_button.hide()
        self.read_button.setEnabled(self.frame is not None)

    def _task_done(self, on_done: Callable[[Any], None], value: Any) -> None:
        self._task_ended()
        if self._cancelled:
            self.summary.setText(self.tr("Reading cancelled: nothing was imported."))
        else:
            on_done(value)

    def _task_failed(self, failure: Failure) -> None:
        from core.io.tables import ImportCancelled

        self._task_ended()
        if isinstance(failure.error, ImportCancelled):
            self.summary.setText(self.tr("Reading cancelled: nothing was imported."))
        else:
            self._fail(failure.message)

    def _fail(self, why: str, block: bool = True) -> None:
        self.error = why
        self.message.setText(why)
        self.failed.emit(why)
        if block:
            QMessageBox.warning(self, self.tr("Import"), why)

    def done(self, code: int) -> None:
        self._worker.abandon()
        super().done(code)


def _sheet_names(path: Path) -> list[str]:
    """The sheets of a workbook (empty for a text table)."""
    import zipfile

    if not zipfile.is_zipfile(path):
        return []
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return list(book.sheetnames)
    finally:
        book.close()
