"""File > Export: choose a format (and its options, e.g. a PNG width), see the chart, write.

The formats, their labels, file filters and options come from the registry
(``core.io.formats``; the UI's PNG and PDF from ``ui.export.formats``). A format that may run
off the UI thread (all but PNG) is written in a worker; a progress bar and a Cancel button
appear when the export takes longer than a moment. A cancelled or failed export leaves no
file behind and an existing file untouched (the file is replaced atomically).
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QThreadPool, QTimer, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

import ui.export.formats  # noqa: F401  (registers PNG and PDF)
from core.io.formats import (
    OutputFormat,
    export_result,
    format_for,
    format_options,
    output_format,
    output_formats,
)
from core.io.progress import ExportCancelled
from core.io.tables import slugify
from core.model.scenario import Scenario
from core.options import NumberOption
from core.rules.allocate import allocate
from core.rules.result import Result
from ui.background import PROGRESS_DELAY_MS, Task, abandon

PREVIEW_WIDTH = 460
DEFAULT_FORMAT = ".pdf"  # the report: what an analyst hands over


def format_label(fmt: OutputFormat) -> str:
    """The format as menus name it, e.g. "PDF report (.pdf)"."""
    return f"{fmt.label} ({fmt.suffix})"


def file_filter(fmt: OutputFormat) -> str:
    """The format as a file dialog filter, e.g. "PDF report (.pdf) (*.pdf)"."""
    return f"{format_label(fmt)} (*{fmt.suffix})"


class ExportDialog(QDialog):
    """Export the result of ``scenario`` (``result`` if it is up to date, else computed)."""

    exported = Signal(object)  # the Path written

    def __init__(self, scenario: Scenario, result: Result | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export")
        self.scenario = scenario
        self.allocation = result if result is not None and result.scenario == scenario else None
        self.error: str | None = None
        self._cancel = threading.Event()
        self._pool = QThreadPool(self)
        self._job: Task | None = None
        self._build()
        if self.allocation is None:
            self._compute()
        self._format_changed()

    # ------------------------------------------------------------------ layout

    def _build(self) -> None:
        self.format = QComboBox()
        for fmt in output_formats():
            self.format.addItem(format_label(fmt), fmt.suffix)
        self.format.setCurrentIndex(self.format.findData(DEFAULT_FORMAT))
        self.format.setToolTip("\n".join(f"{f.suffix}: {f.description}"
                                          for f in output_formats()))
        self.path = QLineEdit()
        browse = QPushButton("Choose…")
        browse.clicked.connect(self.choose_path)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow("Format", self.format)
        self.options: dict[str, QSpinBox | QDoubleSpinBox] = {}
        for option, _ in format_options().values():
            form.addRow(option.label, self._option_row(option))
        form.addRow("File", where)
        self.preview = QLabel()
        self.preview.setMinimumSize(PREVIEW_WIDTH, PREVIEW_WIDTH // 2)
        self.preview.setStyleSheet("QLabel { background: white; border: 1px solid #ccc; }")
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton("Export", QDialogButtonBox.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.Cancel)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self.cancel)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.preview, 1)
        lay.addWidget(self.progress)
        lay.addWidget(self.status)
        lay.addWidget(self.buttons)
        self.format.currentIndexChanged.connect(self._format_changed)

    def _compute(self) -> None:
        try:
            self.allocation = allocate(self.scenario)
        except ValueError as e:
            self.error = ("These votes and rules cannot be allocated, so there is nothing "
                          f"to export: {e}")
            self.status.setText(self.error)
            self.export_button.setEnabled(False)

    def _option_row(self, option: NumberOption) -> QHBoxLayout:
        """A spin box for ``option`` (kept in :attr:`options`), and its hint if it has one."""
        box, number = (QSpinBox(), int) if option.integer else (QDoubleSpinBox(), float)
        box.setRange(number(option.minimum), number(option.maximum))
        box.setSingleStep(number(option.step))
        box.setValue(number(option.default))
        if option.unit:
            box.setSuffix(f" {option.unit}")
        self.options[option.name] = box
        row = QHBoxLayout()
        row.addWidget(box)
        if option.hint is not None:
            hint = QLabel(option.hint(box.value()))
            box.valueChanged.connect(lambda value: hint.setText(option.hint(value)))
            row.addWidget(hint, 1)
        return row

    # ------------------------------------------------------------------ choices

    def suffix(self) -> str:
        """The chosen format's suffix, e.g. ``".pdf"``."""
        return self.format.currentData()

    def set_format(self, suffix: str) -> None:
        """Choose a format by suffix (``".xlsx"``)."""
        index = self.format.findData(suffix.lower())
        if index == self.format.currentIndex():
            self._format_changed()  # the file name follows even when the format stays
        self.format.setCurrentIndex(index)

    def _format_changed(self) -> None:
        suffix = self.suffix()
        fmt = output_format(suffix)
        for name, box in self.options.items():
            box.setEnabled(fmt.takes(name))
        text = self.path.text().strip()
        if not text:
            folder = Path.home()
            text = str(folder / f"{slugify(self.scenario.title, 'result')}{suffix}")
        else:
            text = str(Path(text).with_suffix(suffix))
        self.path.setText(text)
        self._show_preview()

    def choose_path(self) -> None:
        """Ask where to write; the suffix of the name chosen also picks the format."""
        suffix = self.suffix()
        filters = ";;".join(file_filter(f) for f in output_formats())
        path, _ = QFileDialog.getSaveFileName(self, "Export to", self.path.text(), filters,
                                              file_filter(output_format(suffix)))
        if path:
            chosen = Path(path).suffix.lower()
            if chosen in {f.suffix for f in output_formats()}:
                self.set_format(chosen)
            else:
                path += suffix
            self.path.setText(path)

    def _show_preview(self) -> None:
        """The chart as it will be exported, rendered from its SVG (the same drawing)."""
        if self.allocation is None:
            self.preview.setText("(no result)")
            return
        from core.chart.svg import result_svg

        renderer = QSvgRenderer(QByteArray(result_svg(self.allocation).encode("utf-8")))
        box = renderer.viewBoxF()
        ratio = self.devicePixelRatioF()
        width = PREVIEW_WIDTH
        height = round(width * box.height() / box.width())
        image = QImage(round(width * ratio), round(height * ratio), QImage.Format_ARGB32)
        image.setDevicePixelRatio(ratio)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, width, height))
        painter.end()
        self.preview.setPixmap(QPixmap.fromImage(image))

    # ------------------------------------------------------------------ export

    def start_export(self) -> None:
        """Write the chosen format to the chosen file (in a worker if the format may be)."""
        if self.allocation is None or self._job is not None:
            return
        path = Path(self.path.text().strip()).expanduser()
        if not path.name or path.suffix.lower() != self.suffix():
            path = path.with_suffix(self.suffix())
            self.path.setText(str(path))
        if not path.parent.is_dir():
            self._fail(f"The folder {path.parent} does not exist.")
            return
        self.status.setText(f"Writing {path.name}…")
        fmt = format_for(path)
        options = {name: box.value() for name, box in self.options.items() if fmt.takes(name)}
        if not fmt.off_ui_thread:
            try:
                export_result(self.allocation, path, options=options)
            except (OSError, ValueError) as e:
                self._fail(str(e))
                return
            self._finished(path)
            return
        self._cancel.clear()
        result = self.allocation
        self._job = Task(lambda progress, cancel: export_result(
            result, path, options=options, progress=progress, cancel=cancel), self._cancel)
        # Bound methods of this dialog: queued to the UI thread (a bare lambda would run in
        # the worker).
        self._job.signals.progress.connect(self._job_progress)
        self._job.signals.done.connect(self._job_done)
        self.export_button.setEnabled(False)
        QTimer.singleShot(PROGRESS_DELAY_MS, self._show_progress)
        self._pool.start(self._job)

    def _show_progress(self) -> None:
        if self._job is not None:
            self.progress.show()

    def cancel(self) -> None:
        """Stop a running export (nothing is written), or close the dialog."""
        if self._job is not None:
            self._cancel.set()
            self.status.setText("Cancelling…")
        else:
            self.reject()

    def is_running(self) -> bool:
        """True while an export runs in the worker."""
        return self._job is not None

    def _job_progress(self, fraction: float) -> None:
        self.progress.setValue(round(fraction * 100))

    def _job_done(self, path: Path | None, error: Exception | None) -> None:
        if self._job is None:
            return
        self._job = None
        self.progress.hide()
        self.export_button.setEnabled(True)
        if isinstance(error, ExportCancelled):
            self.status.setText("Export cancelled: nothing was written.")
        elif error is not None:
            self._fail(str(error) if isinstance(error, OSError | ValueError)
                       else f"{type(error).__name__}: {error}")
        else:
            self._finished(path)

    def _finished(self, path: Path) -> None:
        self.status.setText(f"Wrote {path}")
        self.exported.emit(path)
        self.accept()

    def _fail(self, why: str) -> None:
        self.error = why
        self.status.setText(why)
        QMessageBox.warning(self, "Export", f"The export failed:\n\n{why}")

    def done(self, code: int) -> None:
        abandon(self._job, self._pool)
        self._job = None
        super().done(code)
