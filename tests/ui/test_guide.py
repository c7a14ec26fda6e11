"""Help > SeatCalc guide (F1): offline, and true to the program: every tab, layout and
command it names exists, and its worked Kazakhstan example gives the program's figures."""

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from core.analysis.explain import explain
from core.chart.layouts import chart_layouts
from core.cli.registry import commands
from core.io.scenario_file import load
from core.rules.allocate import allocate
from core.rules.thresholds import threshold_base, votes_to_pass
from core.text.formats import format_count, format_exact
from ui.dialogs.guide_dialog import guide_file

GUIDE = guide_file().read_text(encoding="utf-8")
TEXT = re.sub(r"<[^>]+>", "", GUIDE).replace("&gt;", ">")


def test_f1_opens_the_guide(window, qtbot):
    action = next(a for a in window.findChildren(type(window.menus.inputs))
                  if a.text() == "SeatCalc &guide")
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    action.trigger()
    assert window.guide.isVisible()
    assert "A worked example: Kazakhstan 2023" in window.guide.browser.toPlainText()


def test_the_guide_names_every_tab_layout_and_command(window):
    import ui.commands  # noqa: F401  (registers open and screenshot)

    for i in range(window.tabs.count()):
        assert f"<h3>{window.tabs.tabText(i)}</h3>" in GUIDE
    for layout in chart_layouts():
        assert layout.label.lower() in TEXT.lower()
    for command in commands():
        assert f"seatcalc {command.name}" in TEXT or f"| {command.name}" in TEXT, command.name


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


def switch(window, lang):
    from PySide6.QtCore import QCoreApplication

    window.choose_language(lang)
    for _ in range(3):  # LanguageChange reaches the window, then its children
        QCoreApplication.processEvents()


def test_in_another_language_the_guide_says_it_is_in_english(window):
    switch(window, "ru")
    window.open_guide()
    assert not window.guide.note.isHidden()
    assert window.guide.note.text()
    assert "A worked example: Kazakhstan 2023" in window.guide.browser.toPlainText()
    switch(window, "en")
    assert window.guide.note.isHidden()


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
