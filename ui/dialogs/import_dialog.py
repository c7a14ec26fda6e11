"""File > Import: a CSV/XLSX result table becomes a new scenario.

Steps on one page: pick a file (and a sheet), check the guessed meaning of each column
(a combo box per column, with what it is read as or why it is skipped), look at the first
rows, read the votes (progress bar and Cancel for large files, in a worker thread), see
every row that could not be read with its line and reason, the protocol checks that fail,
merge parties that are one (``Labour and Co-operative`` into ``Labour``), open the
observer statistics, then create the scenario. Nothing touches the open scenario until the
caller takes ``dialog.scenario`` after ``exec()`` returned Accepted; a broken file only
shows a message.
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
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.io.scenario_reader import read_scenario
from core.io.tables.roles import (
    PARTY_COLUMN,
    ROLES,
    SINGLE_ROLES,
    MappingError,
    mapping_from_roles,
    roles_from_mapping,
)
from core.message import QT_TRANSLATE_NOOP
from core.model.scenario import Scenario, ScenarioError
from ui import text as ui_text
from ui.dialogs.import_parts import ChecksView, ColumnsTable, MergeTable, PreviewTable
from ui.text import fill, said, shown
from ui.worker import Failure, Worker

__all__ = ["PARTY_COLUMN", "ROLES", "SINGLE_ROLES", "ImportDialog", "MappingError",
           "mapping_from_roles", "roles_from_mapping"]

PROGRESS_DELAY_MS = 300  # a progress bar appears only for reads slower than this
CANCELLED = QT_TRANSLATE_NOOP("ImportDialog", "Reading cancelled: nothing was imported.")


class ImportDialog(QDialog):
    """Import a result table; after ``exec()`` is Accepted, ``scenario`` is the new one."""

    loaded = Signal()  # the table was read and its columns guessed
    votes_read = Signal()  # the votes were read (see ``imported``)
    failed = Signal(str)  # a clear message for the analyst

    def __init__(self, parent: QWidget | None = None, start_dir: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a result table"))
        self.resize(1000, 780)
        self.start_dir = start_dir or str(Path.home())
        self.path: Path | None = None
        self.table = None  # core.io.tables.Table
        self.frame = None  # its first rows (a DataFrame of strings)
        self.imported = None  # core.io.tables.ImportResult
        self.scenario: Scenario | None = None
        self.error: str | None = None
        from core.io.tables import ImportCancelled  # pandas: loaded with the dialog

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
        for widget in (QLabel(self.tr("Table")), self.file, browse, QLabel(self.tr("Sheet")),
                       self.sheet):
            top.addWidget(widget, 1 if widget is self.file else 0)
        self.columns = ColumnsTable(self._mapping_changed)
        self.preview = PreviewTable()
        upper = QTabWidget()
        upper.addTab(self.columns, self.tr("What each column means"))
        upper.addTab(self.preview, self.tr("First rows"))
        self.read_button = QPushButton(self.tr("Read votes"))
        self.read_button.setEnabled(False)
        self.read_button.clicked.connect(self.read_votes)
        self.progress = QProgressBar()
        self.progress.hide()
        self.stop_button = QPushButton(self.tr("Cancel reading"))
        self.stop_button.hide()
        self.stop_button.clicked.connect(self.cancel_task)
        busy = QHBoxLayout()
        busy.addWidget(self.read_button)
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.stop_button)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel { color: #8a1020; }")
        self.problems = QListWidget()
        self.checks = ChecksView()
        self.merges = MergeTable()
        self.lower = QTabWidget()
        self.lower.addTab(self.problems, self.tr("Rows not counted"))
        self.lower.addTab(self.checks, self.tr("Protocol checks"))
        self.lower.addTab(self.merges, self.tr("Merge parties"))
        self.lower.setEnabled(False)
        self._build_form()
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.message)
        lay.addWidget(upper, 3)
        lay.addLayout(busy)
        lay.addWidget(self.summary)
        lay.addWidget(self.lower, 2)
        lay.addLayout(self.form)
        lay.addWidget(self.buttons)

    def _build_form(self) -> None:
        from core.io import scenario_file

        self.title = QLineEdit()
        self.seats = QSpinBox()
        self.seats.setRange(0, 100000)
        self.seats.setValue(100)
        self.rules = QComboBox()
        self.rules.addItem(self.tr("D'Hondt, no threshold (edit the rules afterwards)"), None)
        for name, title in scenario_file.templates(ui_text.language):
            self.rules.addItem(title, f"template:{name}")
        self.rules.currentIndexChanged.connect(self._rules_changed)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Title of the new scenario"), self.title)
        self.form.addRow(self.tr("List rules"), self.rules)
        self.form.addRow(self.tr("List seats"), self.seats)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.observer_button = self.buttons.addButton(self.tr("Observer statistics…"),
                                                      QDialogButtonBox.ActionRole)
        self.observer_button.setEnabled(False)
        self.observer_button.clicked.connect(self.open_observer)
        self.create_button = self.buttons.addButton(self.tr("Create scenario"),
                                                    QDialogButtonBox.AcceptRole)
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self.create_scenario)
        self.buttons.rejected.connect(self.reject)

    # ------------------------------------------------------------------ step 1: the file

    def choose_file(self) -> None:
        """Ask for a table and read it."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a result table"), self.start_dir,
            self.tr("Result tables (*.csv *.xlsx *.txt *.tsv *.zip);;All files (*)"))
        if path:
            self.open_file(path)

    def open_file(self, path: str | Path, sheet: str | None = None) -> None:
        """Open ``path`` (``sheet`` of a workbook) in the worker, then guess its columns."""
        from core.io.tables import open_table

        self.path = Path(path)
        self.file.setText(str(self.path))
        self.title.setText(self.title.text() or self.path.stem.removesuffix(".csv"))
        self._clear()
        self._run(lambda progress, cancel: open_table(self.path, sheet=sheet), self._loaded,
                  busy=True)

    def _reload_sheet(self) -> None:
        if self.path is not None:
            self.open_file(self.path, self.sheet.currentText())

    def _loaded(self, table) -> None:
        from core.io.tables import TableImportError, guess_mapping

        self.table, self.frame = table, table.preview
        self.sheet.blockSignals(True)
        current = self.sheet.currentText()
        self.sheet.clear()
        self.sheet.addItems(table.sheets)
        if current in table.sheets:
            self.sheet.setCurrentText(current)
        self.sheet.setEnabled(len(table.sheets) > 1)
        self.sheet.blockSignals(False)
        self.preview.fill(table.preview)
        try:
            mapping = guess_mapping(table)
        except TableImportError as e:
            mapping = None
            self._fail(said(e) + ". " + self.tr("Mark the columns by hand below."), block=False)
        self.columns.fill(table, mapping)
        self.read_button.setEnabled(True)
        self.loaded.emit()

    def _clear(self) -> None:
        self.table = self.frame = self.imported = None
        self.error = None
        self.message.clear()
        self.columns.setRowCount(0)
        self.preview.clear()
        self._clear_votes()
        self.read_button.setEnabled(False)

    def _clear_votes(self) -> None:
        self.imported = None
        self.problems.clear()
        self.checks.show_report(None)
        self.merges.fill([])
        self.summary.clear()
        self.lower.setEnabled(False)
        self.create_button.setEnabled(False)
        self.observer_button.setEnabled(False)

    # ------------------------------------------------------------------ step 2: the mapping

    def roles(self) -> dict[str, str]:
        """``{column: role}`` as currently chosen in the combo boxes."""
        return self.columns.roles()

    def set_role(self, column: str, role: str) -> None:
        """Choose the meaning of ``column`` (a key of :data:`ROLES`)."""
        self.columns.set_role(column, role)

    def _mapping_changed(self) -> None:
        self._clear_votes()
        self.summary.setText(self.tr("The columns changed: read the votes again."))

    # ------------------------------------------------------------------ step 3: the votes

    def read_votes(self) -> None:
        """Read and aggregate the votes with the chosen columns (in the worker)."""
        from core.io import tables

        if self.table is None:
            return
        try:
            mapping = mapping_from_roles({c: r for c, r in self.roles().items() if r})
        except MappingError as e:
            why = said(e)
            self._fail(why[:1].upper() + why[1:] + ".")
            return
        table = self.table
        self._run(lambda progress, cancel: tables.import_table(table, mapping, progress=progress,
                                                               cancel=cancel), self._votes_read)

    def _votes_read(self, imported) -> None:
        from core.io.tables.scenario import is_candidate_table

        self.imported = imported
        self.message.clear()
        self.problems.clear()
        self.problems.addItems([shown(p.message()) for p in imported.problems])
        self.checks.show_report(imported.checks)
        self.merges.fill(imported.parties)
        self.summary.setText(shown(imported.describe()) + ".")
        self.lower.setEnabled(True)
        if imported.checks is not None and imported.checks.failed_rows():
            self.lower.setCurrentWidget(self.checks)
        if is_candidate_table(imported):
            self.seats.setValue(0)  # first past the post: the candidates' votes are no list
        self.create_button.setEnabled(bool(imported.parties))
        self.observer_button.setEnabled(imported.stations is not None)
        if not imported.parties:
            self._fail(self.tr("No party votes could be read from this table."))
        self.votes_read.emit()

    def _rules_changed(self) -> None:
        from core.io import scenario_file

        spec = self.rules.currentData()
        if spec:
            self.seats.setValue(scenario_file.load(spec).list_tier.seats)

    # ------------------------------------------------------------------ step 4: the scenario

    def merged(self):
        """The votes read, with the parties merged as the Merge tab says."""
        from core.io.tables import merge_parties

        return merge_parties(self.imported, self.merges.merges())

    def create_scenario(self) -> None:
        """Build the new scenario from the votes read; accept the dialog."""
        from core.io import scenario_file
        from core.io.scenario_writer import scenario_dict
        from core.io.tables import TableImportError, to_scenario

        if self.imported is None:
            return
        title = self.title.text().strip() or (self.path.stem if self.path else
                                              self.tr("Imported"))
        spec = self.rules.currentData()
        try:
            rules = scenario_dict(scenario_file.load(spec)) if spec else None
            self.scenario = read_scenario(to_scenario(self.merged(), title=title,
                                                      list_seats=self.seats.value(),
                                                      rules=rules, lang=ui_text.language))
        except (ScenarioError, TableImportError) as e:
            self._fail(fill(self.tr("The table does not make a valid scenario: {why}"),
                            why=said(e)))
            return
        self.accept()

    def open_observer(self) -> None:
        """The observer statistics of the stations read (a dialog of its own)."""
        from ui.dialogs.observer_dialog import ObserverDialog

        if self.imported is None or self.imported.stations is None:
            return
        title = self.title.text().strip() or (self.path.stem if self.path else "")
        self.observer = ObserverDialog(self.merged().stations, title, self)
        self.observer.show()

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
        self.read_button.setEnabled(self.table is not None)

    def _task_done(self, on_done: Callable[[Any], None], value: Any) -> None:
        self._task_ended()
        if self._cancelled:
            self.summary.setText(self.tr(CANCELLED))
        else:
            on_done(value)

    def _task_failed(self, failure: Failure) -> None:
        from core.io.tables import ImportCancelled

        self._task_ended()
        if isinstance(failure.error, ImportCancelled):
            self.summary.setText(self.tr(CANCELLED))
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
