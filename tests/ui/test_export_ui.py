"""File > Export and the PDF report, looked at as an analyst would: text, chart, pixels."""

import shutil
import subprocess
import threading

import openpyxl
import pytest
from PySide6.QtGui import QColor, QImage

from core.chart.svg import result_svg
from core.io.formats import export_result
from core.io.progress import ExportCancelled
from core.rules.allocate import allocate
from ui.dialogs import export_dialog
from ui.dialogs.export_dialog import ExportDialog
from ui.document import Document

AMANAT_BLUE = QColor("#1f5aa6")
PARTY_NAMES = ("Amanat", "Respublica", "Ak Zhol Democratic Party", "Baytaq (Greens)",
               "Nationwide Social Democratic Party (OSDP)")


def needs(tool: str) -> str:
    """The path of a poppler tool; a missing tool is a failure, not a silent skip."""
    path = shutil.which(tool)
    assert path, f"{tool} is missing: apt-get install -y poppler-utils"
    return path


def blue_pixels(image: QImage, tolerance: int = 6) -> list[tuple[int, int]]:
    """Positions of pixels within ``tolerance`` of Amanat's blue in each channel."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    target = (AMANAT_BLUE.red(), AMANAT_BLUE.green(), AMANAT_BLUE.blue())
    found = []
    for y in range(0, image.height()):
        for x in range(0, image.width()):
            c = image.pixelColor(x, y)
            if all(abs(a - b) <= tolerance for a, b in zip((c.red(), c.green(), c.blue()),
                                                            target, strict=True)):
                found.append((x, y))
    return found


@pytest.fixture
def kz_result(kz2023):
    return allocate(kz2023)


def dialog_on(qtbot, scenario) -> ExportDialog:
    """The Export dialog of a document whose result is computed."""
    document = Document(scenario)
    document.wait()
    dialog = ExportDialog(document)
    qtbot.addWidget(dialog)
    return dialog


def test_pdf_report_names_the_parties_and_shows_the_rules(qapp, kz_result, tmp_path):
    pdf = export_result(kz_result, tmp_path / "report.pdf")
    text = subprocess.run([needs("pdftotext"), "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    for name in PARTY_NAMES:
        assert name in text
    assert "Kazakhstan, Majilis, 19 March 2023" in text
    assert "6,366,441" in text  # the threshold's exact denominator
    assert "Hare quota" in text
    assert "86,546.652173…" in text  # the exact quota of the explanation, as a decimal
    assert "Simple majority: 50 seats" in text


def test_pdf_first_page_shows_the_chart(qapp, kz_result, tmp_path):
    pdf = export_result(kz_result, tmp_path / "report.pdf")
    subprocess.run([needs("pdftoppm"), "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf),
                    str(tmp_path / "page")], check=True)
    page = QImage(str(next(tmp_path.glob("page*.png"))))
    assert not page.isNull()
    blue = blue_pixels(page)
    # The 63 Amanat seats make a large blue wedge on the left half of the hemicycle, in
    # the upper part of the page; a colour swatch in a table alone is far smaller.
    assert len(blue) > 400
    xs = [x for x, _ in blue]
    ys = [y for _, y in blue]
    assert max(xs) - min(xs) > page.width() * 0.15
    assert sorted(ys)[len(ys) // 2] < page.height() * 0.6


def test_png_has_the_chosen_width_and_the_chart(qapp, kz_result, tmp_path):
    path = export_result(kz_result, tmp_path / "chart.png", options={"width": 1200})
    image = QImage(str(path))
    assert image.width() == 1200
    assert len(blue_pixels(image.scaledToWidth(300))) > 200


def test_svg_file_is_the_chart_the_dialog_previews(qapp, kz_result, tmp_path):
    path = export_result(kz_result, tmp_path / "chart.svg")
    text = path.read_text(encoding="utf-8")
    assert text == result_svg(kz_result)  # what the dialog previews and the PDF shows
    assert text.count('class="seat"') == 98
    assert "Amanat 62 (+1)" in text  # the legend, as on screen


def test_dialog_exports_xlsx_in_the_worker(qtbot, kz2023, tmp_path):
    dialog = dialog_on(qtbot, kz2023)
    dialog.set_format(".xlsx")
    dialog.path.setText(str(tmp_path / "kz.xlsx"))
    with qtbot.waitSignal(dialog.exported, timeout=10000) as blocker:
        dialog.export_button.click()
    assert blocker.args == [tmp_path / "kz.xlsx"]
    assert openpyxl.load_workbook(tmp_path / "kz.xlsx")["Results"]["C2"].value == 3431510


def test_dialog_changes_the_suffix_with_the_format(qtbot, kz2023, tmp_path):
    dialog = dialog_on(qtbot, kz2023)
    dialog.path.setText(str(tmp_path / "kz.csv"))
    dialog.set_format(".pdf")
    assert dialog.path.text().endswith("kz.pdf")
    assert not dialog.options["width"].isEnabled()
    dialog.set_format(".png")
    assert dialog.options["width"].isEnabled()
    assert dialog.preview.pixmap() is not None
    assert not dialog.preview.pixmap().isNull()


def test_dialog_writes_png_at_the_chosen_width(qtbot, kz2023, tmp_path):
    dialog = dialog_on(qtbot, kz2023)
    dialog.set_format(".png")
    dialog.options["width"].setValue(800)
    dialog.path.setText(str(tmp_path / "kz.png"))
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        dialog.export_button.click()
    assert QImage(str(tmp_path / "kz.png")).width() == 800


def test_dialog_cancel_writes_nothing(qtbot, kz2023, tmp_path, monkeypatch):
    started = threading.Event()

    def slow_export(result, path, *, progress=None, cancel=None, **kwargs):
        started.set()
        while not cancel():  # a large export, until the analyst cancels
            progress(0.5)
            threading.Event().wait(0.01)
        raise ExportCancelled("export cancelled")

    monkeypatch.setattr(export_dialog, "export_result", slow_export)
    monkeypatch.setattr(export_dialog, "PROGRESS_DELAY_MS", 0)
    dialog = dialog_on(qtbot, kz2023)
    dialog.set_format(".xlsx")
    dialog.path.setText(str(tmp_path / "kz.xlsx"))
    dialog.export_button.click()
    assert started.wait(5)
    qtbot.waitUntil(lambda: not dialog.progress.isHidden())
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=5000)
    assert "cancelled" in dialog.status.text()
    assert not (tmp_path / "kz.xlsx").exists()
    assert dialog.result() != ExportDialog.DialogCode.Accepted


def test_dialog_reports_a_missing_folder(qtbot, kz2023, tmp_path, dialogs):
    dialog = dialog_on(qtbot, kz2023)
    dialog.set_format(".csv")
    dialog.path.setText(str(tmp_path / "nowhere" / "kz.csv"))
    dialog.export_button.click()
    assert dialogs.kinds() == ["warning"]
    assert "does not exist" in dialogs.calls[0][1]


def test_menu_export_opens_the_dialog_on_the_shown_result(window, monkeypatch):
    seen = {}

    def fake_exec(self):
        seen["seats"] = self.allocation.seats_total
        return 0

    monkeypatch.setattr(ExportDialog, "exec", fake_exec)
    window.export_dialog()
    assert seen == {"seats": 98}


def test_dialog_exports_the_documents_result_once_it_is_computed(qtbot, kz2023):
    document = Document(kz2023)  # its allocation is still on the worker
    dialog = ExportDialog(document)
    qtbot.addWidget(dialog)
    assert dialog.allocation is None
    assert not dialog.export_button.isEnabled()
    assert "Computing" in dialog.status.text()
    document.wait()
    assert dialog.allocation is document.result  # the document's, not one of its own
    assert dialog.export_button.isEnabled()
    assert not dialog.preview.pixmap().isNull()


def test_dialog_says_why_there_is_nothing_to_export(qtbot, kz2023, monkeypatch):
    from core.rules.methods import AllocationError
    from ui import document as document_module

    def refuse(scenario, previous=None):
        raise AllocationError("no party passes the threshold")

    monkeypatch.setattr(document_module, "allocate", refuse)
    document = Document(kz2023)
    dialog = ExportDialog(document)
    qtbot.addWidget(dialog)
    document.wait()
    assert dialog.allocation is None
    assert not dialog.export_button.isEnabled()
    assert dialog.status.text() == ("There is nothing to export. These votes and rules cannot "
                                    "be allocated: no party passes the threshold")


def test_the_dialog_exports_the_chart_in_the_windows_layout(qtbot, window, tmp_path):
    # View > Chart layout: Westminster; File > Export starts from it, the arc switched off.
    window.set_chart_layout("westminster")
    dialog = ExportDialog(window.document, tmp_path, window, chart=window.chart_options())
    qtbot.addWidget(dialog)
    assert dialog.options["layout"].currentData() == "westminster"
    dialog.set_format(".svg")
    assert not dialog.options["arc"].isEnabled()  # Westminster has no arc
    dialog.path.setText(str(tmp_path / "kz.svg"))
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        dialog.export_button.click()
    svg = (tmp_path / "kz.svg").read_text(encoding="utf-8")
    assert 'class="speaker"' in svg
    assert svg.count('class="seat"') == 98
    dialog.options["layout"].setCurrentIndex(dialog.options["layout"].findData("hemicycle"))
    assert dialog.options["arc"].isEnabled()
