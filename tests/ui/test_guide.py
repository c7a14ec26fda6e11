"""Help > SeatCalc guide (F1): offline, in each language, and true to the program: every tab,
layout and command it names exists, and its worked Kazakhstan example gives the program's
figures."""

import html
import re

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from core.analysis.explain import explain
from core.chart.layouts import chart_layouts
from core.cli.registry import commands
from core.io.scenario_file import load
from core.message import Term
from core.rules.allocate import allocate
from core.rules.thresholds import threshold_base, votes_to_pass
from core.text.formats import format_count, format_exact
from core.text.languages import LANGUAGES
from core.text.render import render
from ui.dialogs.buttons import close_button
from ui.dialogs.guide_dialog import guide_file

GUIDE = guide_file("en").read_text(encoding="utf-8")
TEXT = re.sub(r"<[^>]+>", "", GUIDE).replace("&gt;", ">")


def guide_text(lang: str) -> tuple[str, str]:
    """The guide of ``lang`` as HTML and as plain text."""
    source = guide_file(lang).read_text(encoding="utf-8")
    return source, html.unescape(re.sub(r"<[^>]+>", "", source))


def test_f1_opens_the_guide(window, qtbot):
    action = next(a for a in window.findChildren(type(window.menus.inputs))
                  if a.text() == "SeatCalc &guide")
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    action.trigger()
    assert window.guide.isVisible()
    assert "A worked example: Kazakhstan 2023" in window.guide.browser.toPlainText()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_guide_names_every_tab_layout_and_command(window, lang):
    import ui.commands  # noqa: F401  (registers open and screenshot)

    assert guide_file(lang).name == ("guide.html" if lang == "en" else f"guide.{lang}.html")
    source, text = guide_text(lang)
    switch(window, lang)
    for i in range(window.tabs.count()):
        assert f"<h3>{window.tabs.tabText(i)}</h3>" in source
    for layout in chart_layouts():
        assert render(Term("chart", layout.label), lang).lower() in text.lower()
    for command in commands():
        assert f"seatcalc {command.name}" in text or f"| {command.name}" in text, command.name
    switch(window, "en")


def test_the_worked_example_is_what_the_program_computes():
    scenario = load("preset:kz-2023")
    result = allocate(scenario)
    base = threshold_base(scenario)
    assert f"= {format_count(base)}" in TEXT
    assert f"at least {format_count(votes_to_pass(scenario.list_tier.threshold, base))} votes"\
        in TEXT
    e = explain(result)
    assert f"{format_count(e.qualifying_votes)} / 69 = {format_exact(e.quota)}" in TEXT
    assert "OSDP (71,418) and Amanat (56,190)" in TEXT
    assert f"Amanat holds {result.majority.largest_seats} of {result.seats_total} seats" in TEXT
    assert f"Amanat has {result.party('amanat').list_seats} list" in TEXT


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_translated_worked_example_has_the_programs_figures(lang):
    # The same figures, written as the language writes numbers (6 366 441; 92 267,26…).
    scenario = load("preset:kz-2023")
    e = explain(allocate(scenario))
    base = threshold_base(scenario)
    _, text = guide_text(lang)
    for figure in (format_count(base, lang),
                   format_count(votes_to_pass(scenario.list_tier.threshold, base), lang),
                   f"{format_count(e.qualifying_votes, lang)} / 69 = "
                   f"{format_exact(e.quota, lang)}",
                   format_count(71418, lang), format_count(56190, lang)):
        assert figure in text, figure


def switch(window, lang):
    from PySide6.QtCore import QCoreApplication

    window.choose_language(lang)
    for _ in range(3):  # LanguageChange reaches the window, then its children
        QCoreApplication.processEvents()


def test_in_russian_the_guide_is_russian(window):
    switch(window, "ru")
    window.open_guide()
    assert window.guide.note.isHidden()
    assert f"{window.tabs.tabText(0)}" in window.guide.browser.toPlainText()
    assert "A worked example" not in window.guide.browser.toPlainText()
    switch(window, "kk")  # and its Close button in Kazakh, not Qt's Russian «Закрыть»
    assert close_button(window.guide.buttons).text() == "Жабу"
    switch(window, "en")


def test_a_language_without_its_guide_gets_the_english_one_and_says_so(window, monkeypatch):
    import ui.dialogs.guide_dialog as guide_dialog

    real = guide_dialog.resource_path
    monkeypatch.setattr(guide_dialog, "resource_path", _without("guide.kk.html", real))
    switch(window, "kk")
    window.open_guide()
    assert not window.guide.note.isHidden()
    assert window.guide.note.text()
    assert "A worked example: Kazakhstan 2023" in window.guide.browser.toPlainText()
    switch(window, "en")
    assert window.guide.note.isHidden()


def _without(name, real):
    """``resource_path`` as if the file ``name`` were not there."""
    return lambda *parts: real(*parts[:-1], "no-such-file") if parts[-1] == name else real(*parts)


def test_the_view_menu_keeps_its_ticks_when_the_language_changes(window):
    window.set_chart_layout("westminster")
    window.menus.inputs.setChecked(False)
    window.toggle_inputs()
    switch(window, "kk")
    assert window.menus.layouts["westminster"].isChecked()
    assert not window.menus.inputs.isChecked()
    assert not any(action.isEnabled() for action in window.menus.arcs.values())
    assert window.chart.layout_id() == "westminster"
    window.menus.inputs.setChecked(True)
    window.toggle_inputs()
    window.tabs.setCurrentWidget(window.coalition_panel)  # filled when on screen
    window.coalition_panel.wait()
    QCoreApplication.processEvents()
    assert window.coalition_panel.power_model.rowCount() > 0  # shown again, in Kazakh
