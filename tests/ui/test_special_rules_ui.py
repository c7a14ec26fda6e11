"""The list tier's special rules in the desktop app (issue 14): the Rules tab edits each as a
line of text (one undo step, refused with the field named), the chart draws bonus seats as
such, and the analysis says how close the majority bonus is to a step."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from core.chart.seating import BONUS, majority_text
from core.io import scenario_file
from tests.ui.test_systems_ui import drawn, settle
from ui.window.main_window import flush_events_until_result


def type_rule(window, key: str, text: str) -> None:
    line = window.rules.special[key]
    line.setText(text)
    line.editingFinished.emit()
    flush_events_until_result(window)


def test_a_majority_bonus_typed_in_the_rules_tab_is_one_undo_step(make_window):
    window = make_window(scenario_file.load("template:it-2006"))
    assert window.result.party("unione").seats == 340
    type_rule(window, "majority_bonus", "")
    settle(window)
    assert window.result.party("unione").seats == 309
    assert "majority_bonus" not in window.document.scenario.list_tier.adjustments
    type_rule(window, "majority_bonus", "top_up_to=55/100")  # 55% of 617 = 339.35 -> 340
    settle(window)
    assert window.result.party("unione").seats == 340
    window.document.undo_stack.undo()
    settle(window)
    assert window.result.party("unione").seats == 309
    assert window.rules.special["majority_bonus"].text() == ""


def test_a_bad_rule_is_refused_naming_the_field(make_window):
    window = make_window(scenario_file.load("template:gr-2023"))
    before = window.document.scenario
    type_rule(window, "majority_bonus", "min_percent=25, seats_at_min=lots")
    assert window.document.scenario == before
    assert "list_tier.majority_bonus.seats_at_min" in window.message.text()
    assert window.rules.special["majority_bonus"].text().startswith("min_percent=25")


def test_list_lengths_by_constituency_and_coalition_thresholds(make_window):
    window = make_window(scenario_file.load("template:jp-2024"))
    assert window.rules.special["list_lengths"].text() == "kita-kanto: dpfp=1; tokai: dpfp=1"
    type_rule(window, "list_lengths", "tokai: dpfp=1")
    settle(window)
    assert window.result.party("dpfp").list_seats == 18  # Kita-Kanto's second seat is back
    type_rule(window, "members", "dpfp=2")
    type_rule(window, "alliances", "2=20")
    settle(window)
    assert window.document.scenario.party("dpfp").members == 2
    assert window.document.scenario.list_tier.threshold.alliances == ((2, 20),)
    assert not window.result.party("dpfp").qualified


def test_bonus_seats_are_drawn_as_such_with_a_legend_line(make_window):
    window = make_window(scenario_file.load("template:am-2021"))
    aa = window.document.scenario.party("aa").color
    assert drawn(window, BONUS) == {aa: 2}
    assert "bonus seats 2" in window.chart.legend_text()
    assert majority_text(window.result) == "majority: 54 of 107 (105 + 2 bonus)"


def test_how_close_says_what_moves_the_bonus(make_window, qtbot):
    window = make_window(scenario_file.load("template:gr-2023"))
    panel = window.analysis_panel
    window.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.closeness is not None, timeout=60_000)
    text = panel.majority_label.text()
    assert "Majority bonus" in text
    assert "260,133 fewer votes" in text  # ND falls below 40% and gets 49


def test_germany_2021_counted_under_the_2023_law_from_the_rules_tab(make_window):
    window = make_window(scenario_file.load("template:de-2021"))
    assert window.rules.mixed.currentData() == "land_lists"
    rules = window.rules
    rules.overhang.setCurrentIndex(rules.overhang.findData("drop_uncovered"))
    settle(window)
    assert window.results_panel.row("Total")["Seats"] == "598"  # no overhang, no levelling
    assert window.results_panel.row("CSU")["Seats"] == "34"
    notes = window.results_panel.notes.text()
    assert "CSU: 11 district winners not seated (beyond the seats of its Land lists" in notes
    assert "Second-vote coverage, Bayern: the Land list of CSU has 34 seats for its 45" in notes
    window.document.undo_stack.undo()
    settle(window)
    assert window.results_panel.row("Total")["Seats"] == "736"


def test_sweden_twelve_percent_in_a_constituency_is_a_line_of_the_rules_tab(make_window):
    window = make_window(scenario_file.load("template:se-2022"))
    assert window.rules.special["or_constituency_percent"].text() == "12"
    type_rule(window, "or_constituency_percent", "3")  # "others" has 3.194% in one valkrets
    settle(window)
    assert window.result.party("others").qualified  # it takes part there (and wins nothing)
    window.document.undo_stack.undo()
    settle(window)
    assert not window.result.party("others").qualified
    type_rule(window, "or_constituency_percent", "twelve")
    assert "list_tier.threshold.or_constituency_percent" in window.message.text()


def test_czechia_2021_regions_and_second_scrutiny_in_the_window(make_window):
    window = make_window(scenario_file.load("template:cz-2021"))
    assert window.rules.mixed.currentData() == "second_scrutiny"
    assert not window.rules.overhang.isEnabled()
    assert window.results_panel.row("Total")["Seats"] == "200"
    assert window.results_panel.row("ANO")["Seats"] == "72"
    assert "Second scrutiny: 1 seat not given in the regions (Středočeský kraj 1)" in (
        window.results_panel.notes.text())
