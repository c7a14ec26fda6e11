"""File > Export: choose a format (and its options, e.g. a PNG width), see the chart, write.

The formats, their labels, file filters and options come from the registry
(``core.io.formats``; the UI's PNG and PDF from ``ui.export.formats``). The dialog exports
the document's Result (it waits for it when an edit is still being allocated; it never
allocates itself). A format that may run off the UI thread (all but PNG) is written in a
worker; a progress bar and a Cancel button appear when the export takes longer than a
moment. A cancelled or failed export leaves no file behind and an existing file untouched
(the file is replaced atomically).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QRectF, QTimer, Signal
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
from core.chart.layouts import chart_layout, layout_options, layout_values
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
from core.message import Term
from core.options import ChoiceOption, Option
from core.refusal import Refusal
from core.rules.result import Result
from ui import text as ui_text
from ui.document import Document
from ui.text import fill, said, shown
from ui.worker import Failure, Worker

PREVIEW_WIDTH = 460
PROGRESS_DELAY_MS = 300  # a progress bar appears only for exports slower than this
DEFAULT_FORMAT = ".pdf"  # the report: what an analyst hands over


def format_label(fmt: OutputFormat) -> str:
    """The format as menus name it, e.g. "PDF report (.pdf)"."""
    return f"{shown(Term('formats', fmt.label))} ({fmt.suffix})"


def file_filter(fmt: OutputFormat) -> str:
    """The format as a file dialog filter, e.g. "PDF report (.pdf) (*.pdf)"."""
    return f"{format_label(fmt)} (*{fmt.suffix})"


class ExportDialog(QDialog):
    """Export the document's result into a file of ``folder`` (the default place)."""

    exported = Signal(object)  # the Path written

    def __init__(self, document: Document, folder: str | Path | None = None,
                 parent: QWidget | None = None, chart: dict[str, Any] | None = None) -> None:
        """``chart``: the chart's layout and options as the window shows them (the
        defaults of the chart formats' options)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self._chart_defaults = chart or {}
        self._layout_names = {option.name for option in layout_options()}
        self.scenario = document.scenario
        self.folder = Path(folder) if folder else Path.home()
        self.allocation: Result | None = None
        self.error: str | None = None
        self._worker = Worker(self, expected=(ExportCancelled, OSError))
        self._build()
        self._format_changed()
        if document.current_result() is not None:
            self._allocated(document.current_result())
        elif document.failure is not None:
            self._refused(document.failure)
        else:
            self.status.setText(self.tr("Computing the result…"))
            self.export_button.setEnabled(False)
            document.result_changed.connect(self._allocated)
            document.result_failed.connect(self._refused)

    # ------------------------------------------------------------------ layout

    def _build(self) -> None:
        self.format = QComboBox()
        for fmt in output_formats():
            self.format.addItem(format_label(fmt), fmt.suffix)
        self.format.setCurrentIndex(self.format.findData(DEFAULT_FORMAT))
        self.format.setToolTip("\n".join(f"{f.suffix}: {shown(Term('formats', f.description))}"
                                          for f in output_formats()))
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_path)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        self.options: dict[str, QSpinBox | QDoubleSpinBox | QComboBox] = {}
        for option, _ in format_options().values():
            form.addRow(shown(Term("formats", option.label)), self._option_row(option))
            self._set_option(option.name, self._chart_defaults.get(option.name))
        form.addRow(self.tr("File"), where)
        self.preview = QLabel()
        self.preview.setMinimumSize(PREVIEW_WIDTH, PREVIEW_WIDTH // 2)
        self.preview.setStyleSheet("QLabel { background: white; border: 1px solid #ccc; }")
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export"),
                                                    QDialogButtonBox.AcceptRole)
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

    def _allocated(self, result: Result) -> None:
        if result.scenario is not self.scenario or self.allocation is not None:
            return
        self.allocation = result
        self.status.clear()
        self.export_button.setEnabled(True)
        self._show_preview()

    def _refused(self, why: str) -> None:
        self.error = fill(self.tr("There is nothing to export. {why}"), why=why)
        self.status.setText(self.error)
        self.export_button.setEnabled(False)

    def _option_row(self, option: Option) -> QHBoxLayout:
        """A spin box for ``option`` (kept in :attr:`options`), and its hint if it has one;
        a drop-down list for a choice."""
        if isinstance(option, ChoiceOption):
            return self._choice_row(option)
        box, number = (QSpinBox(), int) if option.integer else (QDoubleSpinBox(), float)
        box.setRange(number(option.minimum), number(option.maximum))
        box.setSingleStep(number(option.step))
        box.setValue(number(option.default))
        if option.unit:
            box.setSuffix(" " + shown(Term("formats", option.unit)))
        if option.name in self._layout_names:
            box.valueChanged.connect(self._show_preview)
        self.options[option.name] = box
        row = QHBoxLayout()
        row.addWidget(box)
        if option.hint is not None:
            hint = QLabel(shown(option.hint(box.value())))
            box.valueChanged.connect(lambda value: hint.setText(shown(option.hint(value))))
            row.addWidget(hint, 1)
        return row

    def _choice_row(self, option: ChoiceOption) -> QHBoxLayout:
        box = QComboBox()
        for choice, label in zip(option.choices, option.labels, strict=True):
            box.addItem(shown(Term("chart", label)), choice)
        box.setCurrentIndex(box.findData(option.default))
        box.currentIndexChanged.connect(self._format_changed)
        self.options[option.name] = box
        row = QHBoxLayout()
        row.addWidget(box)
        return row

    def _set_option(self, name: str, value: Any) -> None:
        """Start ``name`` at ``value`` (quietly: the dialog is still being built)."""
        box = self.options[name]
        if value is None:
            return
        box.blockSignals(True)
        if isinstance(box, QComboBox):
            box.setCurrentIndex(max(box.findData(value), 0))
        else:
            box.setValue(value)
        box.blockSignals(False)

    def option_values(self, fmt: OutputFormat) -> dict[str, Any]:
        """The chosen values of the options ``fmt`` takes."""
        return {name: box.currentData() if isinstance(box, QComboBox) else box.value()
                for name, box in self.options.items() if fmt.takes(name)}

    def _chart_options(self) -> tuple[str, dict[str, Any]]:
        """The chart layout chosen and the values of the options it takes."""
        return layout_values(self.option_values(output_format(".svg")))

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
        layout = self.options["layout"].currentData() if "layout" in self.options else None
        takes = {o.name for o in chart_layout(layout).options} if layout else set()
        for name, box in self.options.items():
            box.setEnabled(fmt.takes(name) and (name not in self._layout_names or name in takes))
        text = self.path.text().strip()
        if not text:
            name = slugify(self.scenario.title_in(ui_text.language), "result")
            text = str(self.folder / f"{name}{suffix}")
        else:
            text = str(Path(text).with_suffix(suffix))
        self.path.setText(text)
        self._show_preview()

    def choose_path(self) -> None:
        """Ask where to write; the suffix of the name chosen also picks the format."""
        suffix = self.suffix()
        filters = ";;".join(file_filter(f) for f in output_formats())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text(), filters,
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
            self.preview.setText(self.tr("(no result)"))
            return
        from core.chart.svg import result_svg

        layout, options = self._chart_options()
        svg = result_svg(self.allocation, layout, ui_text.language, **options)
        renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
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
        if self.allocation is None or self._worker.busy:
            return
        path = Path(self.path.text().strip()).expanduser()
        if not path.name or path.suffix.lower() != self.suffix():
            path = path.with_suffix(self.suffix())
            self.path.setText(str(path))
        if not path.parent.is_dir():
            self._fail(fill(self.tr("The folder {folder} does not exist."), folder=path.parent))
            return
        self.status.setText(fill(self.tr("Writing {file}…"), file=path.name))
        fmt = format_for(path)
        options = self.option_values(fmt)
        if "layout" in options:  # only the options the chosen layout takes
            layout, own = layout_values(options)
            options = {"layout": layout, **own,
                       **{k: v for k, v in options.items() if k not in self._layout_names}}
        lang = ui_text.language
        if not fmt.off_ui_thread:
            try:
                export_result(self.allocation, path, options=options, lang=lang)
            except (OSError, ValueError) as e:
                self._fail(said(e) if isinstance(e, Refusal) else str(e))
                return
            self._finished(path)
            return
        result = self.allocation
        self._worker.run_with_progress(
            lambda progress, cancelled: export_result(result, path, options=options,
                                                      progress=progress, cancel=cancelled,
                                                      lang=lang),
            self._job_done, self._job_failed, self._job_progress)
        self.export_button.setEnabled(False)
        QTimer.singleShot(PROGRESS_DELAY_MS, self._show_progress)

    def _show_progress(self) -> None:
        if self._worker.busy:
            self.progress.show()

    def cancel(self) -> None:
        """Stop a running export (nothing is written), or close the dialog."""
        if self._worker.busy:
            self._worker.cancel()
            self.status.setText(self.tr("Cancelling…"))
        else:
            self.reject()

    def is_running(self) -> bool:
        """True while an export runs in the worker."""
        return self._worker.busy

    def _job_progress(self, fraction: float) -> None:
        self.progress.setValue(round(fraction * 100))

    def _job_done(self, path: Path) -> None:
        self.progress.hide()
        self.export_button.setEnabled(True)
        self._finished(path)

    def _job_failed(self, failure: Failure) -> None:
        self.progress.hide()
        self.export_button.setEnabled(True)
        if isinstance(failure.error, ExportCancelled):
            self.status.setText(self.tr("Export cancelled: nothing was written."))
        else:
            self._fail(failure.message)

    def _finished(self, path: Path) -> None:
        self.status.setText(fill(self.tr("Wrote {path}"), path=path))
        self.exported.emit(path)
        self.accept()

    def _fail(self, why: str) -> None:
        self.error = why
        self.status.setText(why)
        QMessageBox.warning(self, self.tr("Export"), self.tr("The export failed:") + f"\n\n{why}")

    def done(self, code: int) -> None:
        self._worker.abandon()
        super().done(code)
