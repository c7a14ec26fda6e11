"""The What-if tab: sliders move votes, the results panel and the chart follow, Reset and undo
bring back the original votes exactly.

By hand, kz-2023: 5 points of the 6,366,441 valid votes is 318,322 votes; moved from Amanat
(3,431,510 -> 3,113,188) to Auyl (693,938 -> 1,012,260), Hare gives Amanat 36 list seats
(58 with its district seats, + 1 self-nominated) and Auyl 12.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

from collections import Counter
from fractions import Fraction

from core.rules.allocate import allocate
from ui.models.party_model import VOTES
from ui.panels.whatif_panel import WhatIf, against_all_percent, compose
from ui.window.main_window import flush_events_until_result

# Auyl's teal (#00897b) turns the independents' grey under deuteranopia: the chart shows it
# greener (core.chart.palette).
AMANAT_BLUE, AUYL_GREEN = "#1f5aa6", "#448866"


def results_seats(window, name: str) -> str:
    """The list seats the results panel shows for a party."""
    return window.results_panel.row(name)["List"]


def chart_colours(window) -> Counter:
    return Counter(b.color().name() for b in window.chart.scatter_item().data["brush"])


def settled(qtbot, window) -> None:
    """Wait for the debounced what-if and the recompute that follows it."""
    panel = window.whatif_panel
    qtbot.waitUntil(lambda: not panel._timer.isActive(), timeout=5000)
    flush_events_until_result(window)


def open_whatif(window):
    window.tabs.setCurrentWidget(window.whatif_panel)
    return window.whatif_panel


def test_moving_five_points_from_amanat_to_auyl_and_reset(qtbot, window, kz2023):
    panel = open_whatif(window)
    assert (panel.from_box.currentText(), panel.to_box.currentText()) == (
        "Amanat", "Auyl People's Democratic Patriotic Party")
    before_chart = chart_colours(window)
    assert results_seats(window, "Amanat") == "40"
    panel.shift.slider.setValue(50)  # tenths of a point
    settled(qtbot, window)
    parties = window.document.scenario.parties
    assert (parties[0].votes, parties[1].votes) == (3_113_188, 1_012_260)
    assert results_seats(window, "Amanat") == "36"
    assert results_seats(window, "Auyl People's Democratic Patriotic Party") == "12"
    assert results_seats(window, "Ak Zhol Democratic Party") == "6"
    after_chart = chart_colours(window)
    assert after_chart[AMANAT_BLUE] == before_chart[AMANAT_BLUE] - 4
    assert after_chart[AUYL_GREEN] == before_chart[AUYL_GREEN] + 4
    assert window.document.undo_stack.count() == 1
    assert "5 points Amanat → Auyl" in window.document.undo_stack.undoText()
    assert panel.shift_votes.text() == "= 318,322 votes from Amanat to Auyl People's " \
        "Democratic Patriotic Party (of a threshold base of 6,366,441)"
    delta = {panel.delta_model.cell(r, 0).text: panel.delta_model.cell(r, 4).text
             for r in range(panel.delta_model.rowCount())}
    assert (delta["Amanat"], delta["Auyl People's Democratic Patriotic Party"]) == ("−4", "+4")

    panel.reset_button.click()
    settled(qtbot, window)
    assert window.document.scenario == kz2023  # exactly the original votes
    assert results_seats(window, "Amanat") == "40"
    assert chart_colours(window) == before_chart
    assert panel.shift.value() == 0
    assert not panel.reset_button.isEnabled()


def test_dragging_previews_without_touching_the_document(qtbot, window, kz2023):
    panel = open_whatif(window)
    slider = panel.shift.slider
    slider.setSliderDown(True)
    slider.setValue(50)
    qtbot.waitUntil(lambda: results_seats(window, "Amanat") == "36", timeout=5000)
    assert window.document.scenario == kz2023  # a preview only
    assert window.document.undo_stack.count() == 0
    assert chart_colours(window)[AMANAT_BLUE] == 58
    slider.setSliderDown(False)  # released: one undoable edit
    settled(qtbot, window)
    assert window.document.undo_stack.count() == 1
    assert window.document.scenario.parties[0].votes == 3_113_188
    assert results_seats(window, "Amanat") == "36"


def test_undo_and_redo_move_the_sliders_with_the_votes(qtbot, window, kz2023):
    panel = open_whatif(window)
    panel.shift.field.setValue(2.5)
    settled(qtbot, window)
    panel.turnout.slider.setValue(110)
    settled(qtbot, window)
    assert window.document.undo_stack.count() == 2
    stack = window.document.undo_stack
    stack.undo()
    settled(qtbot, window)
    assert (panel.shift.value(), panel.turnout.value()) == (Fraction(5, 2), 100)
    stack.undo()
    settled(qtbot, window)
    assert window.document.scenario == kz2023
    assert panel.shift.value() == 0
    stack.redo()
    stack.redo()
    settled(qtbot, window)
    assert (panel.shift.value(), panel.turnout.value()) == (Fraction(5, 2), 110)
    panel.reset()
    settled(qtbot, window)
    assert window.document.scenario == kz2023  # reset still finds the first original


def test_an_edit_elsewhere_becomes_the_new_original(qtbot, window):
    panel = open_whatif(window)
    panel.shift.slider.setValue(30)
    settled(qtbot, window)
    assert window.party_model.setData(window.party_model.index(2, VOTES), "600 000")
    settled(qtbot, window)
    assert panel.shift.value() == 0
    assert panel.original == window.document.scenario
    assert panel.original.parties[2].votes == 600_000
    assert panel.original.parties[0].votes == 3_431_510 - 190_993  # 3% of 6,366,441, kept


def test_compose_is_the_original_at_rest_and_applies_each_change(kz2023):
    at_rest = WhatIf("amanat", "auyl")
    assert compose(kz2023, at_rest) is kz2023
    more = compose(kz2023, WhatIf("amanat", "auyl", turnout=Fraction(110)))
    assert more.parties[0].votes == round(3_431_510 * Fraction(11, 10))
    assert more.against_all == round(kz2023.against_all * Fraction(11, 10))
    protest = compose(kz2023, WhatIf("amanat", "auyl", against_all=Fraction(10)))
    assert abs(against_all_percent(protest) - 10) < Fraction(1, 10**5)  # whole ballots
    assert [p.votes for p in protest.parties] == [p.votes for p in kz2023.parties]
    back = compose(kz2023, WhatIf("amanat", "auyl", points=Fraction(-5)))
    assert back.parties[0].votes == 3_431_510 + 318_322  # negative points: the other way


def test_against_all_slider_changes_the_threshold_base(qtbot, window):
    panel = open_whatif(window)
    panel.against.field.setValue(15.0)
    settled(qtbot, window)
    s = window.document.scenario
    assert abs(against_all_percent(s) - 15) < Fraction(1, 1000)
    result = allocate(s)
    osdp = result.party("osdp")
    assert not osdp.qualified  # 331,058 votes are under 5% once protest votes swell the base
    assert results_seats(window, "Nationwide Social Democratic Party (OSDP)") == "0"


def test_delta_model_passes_qtmodeltester(qtmodeltester, qtbot, window):
    panel = open_whatif(window)
    qtmodeltester.check(panel.delta_model)
    panel.shift.slider.setValue(50)
    settled(qtbot, window)
    qtmodeltester.check(panel.delta_model)
    assert panel.delta_model.rowCount() == 7


def test_what_ifs_never_allocate_on_the_ui_thread(qtbot, window, monkeypatch):
    import threading

    from ui.panels import whatif_panel

    threads = []

    def recorded(scenario):
        threads.append(threading.current_thread())
        return allocate(scenario)

    monkeypatch.setattr(whatif_panel, "allocate", recorded)
    panel = open_whatif(window)
    panel.original_result = None  # the original's result is not at hand: computed aside
    slider = panel.shift.slider
    slider.setSliderDown(True)
    slider.setValue(50)
    qtbot.waitUntil(lambda: results_seats(window, "Amanat") == "36", timeout=5000)
    slider.setSliderDown(False)
    settled(qtbot, window)
    qtbot.waitUntil(lambda: panel.delta_model.rowCount() == 7
                    and panel.delta_model.cell(0, 4).text == "−4", timeout=5000)
    assert threads
    assert threading.main_thread() not in threads
