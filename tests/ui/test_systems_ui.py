"""Compensatory, additional member and constituency systems in the desktop app (issue 4).

Hand-checked figures (the templates' illustrative votes):

New Zealand (template:nz): Sainte-Laguë over 120 seats among the qualifying parties (A, B, C,
D pass 5% of party votes; E qualifies by its district seats, F fails with 3.16% and none);
one independent district winner comes off first, so 119 seats are shared in proportion:
A 58, B 38, C 12, D 8, E 3. E won 4 districts, one more than its entitlement:
- keep: the house grows by that overhang seat, 121 seats (majority 61);
- level: the house grows until E's 4 seats are proportional too: 164 seats (A 79, B 53,
  C 16, D 11, E 4; 43 levelling seats for the others);
- drop_uncovered: E's weakest winner is not seated; the house stays at 120, E holds 3.

Scotland (template:scotland), Central Scotland region, D'Hondt with the district seats won
there counted first (A 8, B 1): quotients A 120,000/9 = 13,333, B 60,000/2 = 30,000,
C 50,000, D 25,000, E 20,000. Seats: C 50,000; B 30,000; C 25,000 and D 25,000; B 20,000 and
E 20,000; C 16,667. List seats A 0, B 2, C 3, D 1, E 1; next in line B at 60,000/4 = 15,000.
With A at 290,000 there: A 32,222 (held 8), 29,000, 26,364 take three seats between
C 50,000 and B 30,000, and C 25,000 and D 25,000 take the last two: A 3, B 1, C 2, D 1, E 0.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections import Counter
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from core.chart.seating import seat_groups
from core.chart.styles import LEVELLING, OVERHANG, UNSEATED
from core.io import scenario_file
from core.model import edits
from ui.document import Document
from ui.models.constituency_model import FIRST_PARTY, NAME, SEATS, ConstituencyModel
from ui.models.party_model import ONE_PERSON, VOTES, PartyModel
from ui.window.main_window import flush_events_until_result

# Party E's green as the chart shows it: the template's #59a14f merges with Party C's red
# under deuteranopia (core.chart.palette), so the chart shows a bluer green.
PARTY_E_GREEN = "#449966"


def settle(window) -> None:
    flush_events_until_result(window)
    assert window.result.scenario == window.document.scenario


def seats_shown(window) -> str:
    return window.results_panel.row("Total")["Seats"]


def drawn(window, style: str) -> Counter:
    """Seats drawn in ``style`` by colour: the chart's own look objects, compared by identity."""
    from ui.chart.hemicycle_widget import seat_look

    data = window.chart.scatter_item().data
    out: Counter = Counter()
    for pen, brush, symbol in zip(data["pen"], data["brush"], data["symbol"], strict=True):
        color = brush.color().name()
        path, look_pen, look_brush = seat_look(style, color)
        if symbol is path and pen is look_pen and brush is look_brush:
            out[color] += 1
    return out


def template_action(window, title_part: str):
    """The File > New from template action whose text contains ``title_part``."""
    window.menus.templates.aboutToShow.emit()  # filled when it opens
    return next(a for a in window.menus.templates.actions() if title_part in a.text())


@pytest.fixture
def nz(make_window, kz2023):
    """A window opened on kz-2023, then File > New from template > New Zealand."""
    window = make_window(kz2023)
    template_action(window, "New Zealand").trigger()
    settle(window)
    return window


@pytest.fixture
def scotland(make_window):
    return make_window(scenario_file.load("template:scotland"))


# ---------------------------------------------------------------- overhang and levelling


def test_new_from_template_nz_shows_the_overhang_seat(nz):
    assert nz.document.path is None
    assert not nz.document.modified
    assert nz.document.scenario == scenario_file.load("template:nz")
    assert seats_shown(nz) == "121"
    assert nz.results_panel.row("Party E")["Entitled"] == "3"
    assert nz.results_panel.row("Party E")["District"] == "4"
    assert drawn(nz, OVERHANG) == {PARTY_E_GREEN: 1}
    assert len(nz.chart.scatter_item().data) == 121
    legend = nz.chart.legend_text().splitlines()
    assert "overhang seat (beyond entitlement) 1" in legend
    assert "Party E 4" in legend
    assert "majority: 61 of 121 (120 + 1 overhang)" in nz.chart._majority_text
    assert "Party E won 4 district seats, entitled to 3: 1 overhang seat." in (
        nz.results_panel.notes.text())


def test_overhang_rule_level_then_drop_each_one_undo_step(nz):
    rules, stack = nz.rules, nz.document.undo_stack
    rules.overhang.setCurrentIndex(rules.overhang.findData("level"))
    settle(nz)
    assert stack.count() == 1
    assert nz.document.scenario.overhang == "level"
    assert seats_shown(nz) == "164"
    assert nz.results_panel.row("Party A")["Seats"] == "79"
    levelling = drawn(nz, LEVELLING)
    assert sum(levelling.values()) == 43
    assert PARTY_E_GREEN not in levelling
    assert drawn(nz, OVERHANG) == {PARTY_E_GREEN: 1}
    assert "levelling seats 43" in nz.chart.legend_text().splitlines()
    assert "(120 + 1 overhang + 43 levelling)" in nz.chart._majority_text

    rules.overhang.setCurrentIndex(rules.overhang.findData("drop_uncovered"))
    settle(nz)
    assert stack.count() == 2
    assert seats_shown(nz) == "120"
    assert nz.results_panel.row("Party E")["Seats"] == "3"
    assert not drawn(nz, OVERHANG)
    assert not drawn(nz, LEVELLING)
    assert "Party E: 1 district winner not seated" in nz.chart.legend_text().splitlines()
    assert "Party E: 1 district winner not seated (beyond its entitlement of 3)." in (
        nz.results_panel.notes.text())

    stack.undo()
    settle(nz)
    assert seats_shown(nz) == "164"
    stack.undo()
    settle(nz)
    assert seats_shown(nz) == "121"
    assert rules.overhang.currentData() == "keep"


def test_unseated_winners_are_a_legend_note_not_a_seat(nz):
    result = nz.result
    dropped = replace(result, parties=tuple(
        replace(p, district_seats=p.district_seats - 1, unseated=1) if p.id == "e" else p
        for p in result.parties))
    groups = seat_groups(dropped)
    assert UNSEATED not in {g.style for g in groups}
    assert sum(g.count for g in groups) == dropped.seats_total


# ---------------------------------------------------------------- constituencies


def test_scotland_shows_each_region_with_district_and_list_seats(scotland):
    panel = scotland.constituency_panel
    assert panel.use.isChecked()
    assert panel.model.rowCount() == 8
    table = panel.seats_model
    headers = table.headers()
    assert headers[:3] == ["Region", "District + list", "Next in line"]
    central = table.column_texts(0).index("Central Scotland")
    cells = {h: table.cell(central, c).text for c, h in enumerate(headers)}
    assert (cells["Party A"], cells["Party B"], cells["Party C"], cells["Party D"],
            cells["Party E"]) == ("8 + 0", "1 + 2", "0 + 3", "0 + 1", "0 + 1")
    assert cells["District + list"] == "9 + 7"
    assert cells["Next in line"] == "Party B: 15,000.0"
    total = {h: table.cell(8, c).text for c, h in enumerate(headers)}
    assert total["District + list"] == "73 + 56"
    assert "Additional member" in scotland.results_panel.notes.text()


def test_editing_a_constituency_vote_is_one_undo_step_and_moves_seats(scotland):
    panel, stack = scotland.constituency_panel, scotland.document.undo_stack
    model = panel.model
    column = model.party_column("a")
    national_before = scotland.document.scenario.party("a").votes
    assert model.setData(model.index(0, column), "290 000")
    settle(scotland)
    assert stack.count() == 1
    s = scotland.document.scenario
    assert s.list_tier.constituencies[0].votes["a"] == 290_000
    assert s.party("a").votes == national_before + 170_000  # the national sum follows
    assert not any("differ" in w for w in scotland.result.warnings)
    central = panel.seats_model
    row = [central.cell(0, c).text for c in range(central.columnCount())]
    assert row[3:8] == ["8 + 3", "1 + 1", "0 + 2", "0 + 1", "0 + 0"]
    stack.undo()
    settle(scotland)
    assert panel.seats_model.cell(0, 3).text == "8 + 0"
    assert scotland.document.scenario.party("a").votes == national_before


def test_party_votes_are_read_only_sums_with_constituencies(scotland):
    model, stack = scotland.party_model, scotland.document.undo_stack
    index = model.index(0, VOTES)
    assert not model.flags(index) & Qt.ItemIsEditable
    assert not model.setData(index, "5")
    assert stack.count() == 0
    assert "Constituencies tab" in model.index(0, VOTES).data(Qt.ToolTipRole)
    independent = model.index(5, ONE_PERSON)
    assert independent.data(Qt.CheckStateRole) == Qt.Checked


def test_refused_constituency_input_changes_nothing(scotland):
    model, stack = scotland.constituency_panel.model, scotland.document.undo_stack
    assert not model.setData(model.index(0, model.party_column("a")), "12,5")
    assert not model.setData(model.index(0, NAME), "  ")
    assert stack.count() == 0
    assert scotland.message.isHidden() is False
    assert "Constituency, row 1" in scotland.message.text()


def test_use_constituencies_toggle_and_add_remove(make_window, kz2023, qtbot):
    window = make_window(kz2023)
    panel, stack = window.constituency_panel, window.document.undo_stack
    before = window.result.parties
    panel.use.setChecked(True)
    settle(window)
    s = window.document.scenario
    assert [c.name for c in s.list_tier.constituencies] == ["Whole country"]
    assert s.list_tier.constituencies[0].seats == 69
    assert [p.seats for p in window.result.parties] == [p.seats for p in before]
    assert "Whole country" in window.statusBar().currentMessage()
    assert window.rules.scope.isEnabled()
    assert not window.rules.list_seats.isEnabled()

    panel.add()
    assert panel.model.setData(panel.model.index(1, SEATS), "9")
    qtbot.waitUntil(window.message.isVisible)
    assert "Constituency 2" in window.message.text()  # seats but no votes: said, not hidden
    amanat = panel.model.party_column("amanat")
    assert panel.model.setData(panel.model.index(1, amanat), "100 000")
    settle(window)
    assert window.document.scenario.list_tier.seats == 78  # 69 + 9
    assert window.result.constituencies[1].seats["amanat"] == 9
    assert stack.count() == 4

    panel.view.setCurrentIndex(panel.model.index(1, NAME))
    panel.remove_selected()
    settle(window)
    assert window.document.scenario.list_tier.seats == 69
    panel.view.setCurrentIndex(panel.model.index(0, NAME))
    panel.remove_selected()  # the last one: refused, with the way out
    assert "untick" in window.message.text()

    panel.use.setChecked(False)
    settle(window)
    assert window.document.scenario.list_tier.constituencies is None
    assert stack.count() == 6
    assert [p.seats for p in window.result.parties] == [p.seats for p in before]


def test_use_constituencies_refused_under_compensatory(nz):
    panel = nz.constituency_panel
    assert not panel.use.isEnabled()
    with pytest.raises(edits.EditError, match="nationwide"):
        edits.use_constituencies(nz.document.scenario, True)


def test_threshold_scope_edits_the_scenario(scotland):
    rules = scotland.rules
    assert rules.scope.isEnabled()
    assert rules.scope.currentData() == "national"
    rules.scope.setCurrentIndex(rules.scope.findData("constituency"))
    settle(scotland)
    assert scotland.document.scenario.list_tier.threshold.scope == "constituency"
    assert scotland.document.undo_stack.count() == 1


# ---------------------------------------------------------------- Norway, models


def test_norway_template_shows_first_divisor_1_4(make_window):
    window = make_window(scenario_file.load("template:norway"))
    assert window.rules.first_divisor.value() == pytest.approx(1.4)
    assert window.rules.first_divisor.text() == "1.40"
    table = window.constituency_panel.seats_model
    assert table.headers()[:2] == ["Constituency", "Seats"]
    oslo = [table.cell(0, c).text for c in range(table.columnCount())]
    assert oslo == ["Oslo", "19", "7", "5", "2", "2", "2", "1"]


@pytest.mark.parametrize("spec", ["template:scotland", "template:norway", "preset:kz-2023"])
def test_models_pass_qtmodeltester(qtmodeltester, qapp, spec):
    document = Document(scenario_file.load(spec))
    qtmodeltester.check(ConstituencyModel(document))
    qtmodeltester.check(PartyModel(document))


def test_constituency_model_paste_adds_rows_as_one_step(qapp):
    document = Document(scenario_file.load("template:norway"))
    model = ConstituencyModel(document)
    assert model.set_cells({(3, NAME): "Troms", (3, SEATS): "6", (3, FIRST_PARTY): "9 000"},
                           "Paste")
    s = document.scenario
    assert document.undo_stack.count() == 1
    assert model.rowCount() == 4
    assert (s.list_tier.constituencies[3].name, s.list_tier.seats) == ("Troms", 44)
    assert s.party("a").votes == 212_000 + 9_000
