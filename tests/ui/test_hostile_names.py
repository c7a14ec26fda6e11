"""Names are data (issue 11 item 14): markup in a party name or a title is shown as the
characters typed, never rendered, in every rich-text label and tooltip of the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from core.io.scenario_reader import read_scenario
from tests.ui.test_analysis_ui import show_analysis
from ui.qt_names import TOOLTIP
from ui.window.actions import show_sources

IMG = '<img src="/etc/passwd">'
BOLD = "<b>Bold</b> party"


def _scenario():
    return read_scenario({
        "format": "seatcalc-scenario", "version": 1, "title": f"Title {IMG}",
        "sources": [IMG], "notes": BOLD,
        "parties": [{"id": "a", "name": IMG, "votes": 6000}, {"id": "b", "name": BOLD,
                                                               "votes": 3000}],
        "list_tier": {"seats": 10, "method": "dhondt"},
    })


def test_rich_text_labels_show_names_as_typed(make_window, qtbot) -> None:
    window = make_window(_scenario())
    show_analysis(qtbot, window)
    labels = window.findChildren(QLabel)
    assert any("&lt;img" in label.text() for label in labels)  # escaped in rich text
    for label in labels:
        if "<img" in label.text() or "<b>Bold</b>" in label.text():  # raw: plain text only
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()


def test_tooltips_are_plain_text(make_window) -> None:
    window = make_window(_scenario())
    tip = window.party_model.index(0, 1).data(TOOLTIP)
    assert tip is None or "<img" not in tip
    rows = window.results_panel.model
    tips = [rows.index(r, 0).data(TOOLTIP) for r in range(rows.rowCount())]
    assert all(t is None or "<img" not in t for t in tips)


def test_the_sources_dialog_escapes_everything(make_window, dialogs) -> None:
    window = make_window(_scenario())
    show_sources(window)
    (kind, text, *_), = dialogs.calls
    assert "&lt;img" in text
    assert "<img" not in text
    assert "&lt;b&gt;Bold" in text
