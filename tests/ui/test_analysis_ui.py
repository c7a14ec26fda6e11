"""The Analysis tab and the Compare window, as an analyst reads them.

kz-2023 by hand (Hare, 69 list seats, 5% of 6,366,441 valid votes): six parties qualify with
5,971,719 votes, the quota is 5,971,719/69 ≈ 86,546.65; whole quotas give 67 seats and the two
largest remainders, OSDP (71,418.04) then Amanat (56,190.57), the last two.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

import re
from dataclasses import replace

import pytest

from core.analysis.closeness import how_close
from core.rules.allocate import allocate
from core.text.formats import format_count
from ui.window.main_window import flush_events_until_result


def show_analysis(qtbot, window):
    """Open the Analysis tab and wait until "how close" is shown for the current result."""
    window.tabs.setCurrentWidget(window.analysis_panel)
    flush_events_until_result(window)
    panel = window.analysis_panel
    qtbot.waitUntil(lambda: panel.closeness is not None and panel.result is window.result,
                    timeout=20_000)
    return panel


def column(model, header: str) -> list[str]:
    return model.column_texts(model.headers().index(header))


def row_of(model, name: str) -> dict[str, str]:
    names = model.column_texts(0)
    return {h: model.cell(names.index(name), c).text for c, h in enumerate(model.headers())}


def count(text: str) -> int | None:
    """A shown count (``+219 451``, ``−54 274``) as a number; None for "—" or words."""
    digits = re.sub(r"\D", "", text)
    return int(digits) if digits else None


# ---------------------------------------------------------------- explain


def test_explain_shows_the_hare_quota_and_the_remainder_seats(qtbot, window):
    panel = show_analysis(qtbot, window)
    quota = panel.method_label.text()
    assert f"{format_count(5_971_719)} / 69 ≈ 86,546.65" in quota
    assert "Hare quota" in quota
    model = panel.explain_model
    extra = dict(zip(model.column_texts(0), column(model, "Extra seat"), strict=True))
    assert [name for name, mark in extra.items() if mark == "+1"] == [
        "Amanat", "Nationwide Social Democratic Party (OSDP)"]
    osdp = row_of(model, "Nationwide Social Democratic Party (OSDP)")
    assert (osdp["Whole"], osdp["Remainder"], osdp["Rank"], osdp["List seats"]) == (
        "3", "71,418.04", "1", "4")
    assert row_of(model, "Amanat")["Rank"] == "2"
    assert "(OSDP) with 71,418.04, Amanat with 56,190.57." in panel.count_label.text()
    assert panel.count_label.text().startswith("67 seats by whole quotas, 2 by")
    # The threshold with its exact denominator; Baytaq fails and has no count.
    assert f"5% of {format_count(6_366_441)} valid votes" in panel.threshold_label.text()
    baytaq = row_of(model, "Baytaq (Greens)")
    assert (baytaq["Threshold"], baytaq["Whole"], baytaq["List seats"]) == ("2.30% < 5%", "", "")
    remainder_tip = model.cell(5, model.headers().index("Remainder")).tip
    assert remainder_tip.endswith(f"= {format_count(1_642_615)}/23 votes")  # exact
    assert not panel.order_view.isVisible()  # no seat order for a quota method


def test_divisor_method_lists_every_seat_in_order(qtbot, window, kz2023):
    dhondt = replace(kz2023, list_tier=replace(kz2023.list_tier, method="dhondt"))
    window.document.apply(dhondt, "D'Hondt")
    panel = show_analysis(qtbot, window)
    order = panel.order_model
    seats = order.column_texts(0)
    assert seats[:69] == [str(n) for n in range(1, 70)]
    assert set(seats[69:]) == {"next"}
    assert order.column_texts(1)[0] == "Amanat"
    assert order.cell(0, 4).text == "3,431,510.00"  # 3,431,510 / 1
    # The last seat won beats every party's next quotient (exact values in the tooltips).
    quotients = [float(q.replace(",", "")) for q in order.column_texts(4)]
    assert min(quotients[:69]) >= max(quotients[69:])
    assert panel.order_view.isVisible()
    assert "D'Hondt" in panel.method_label.text()
    amanat = row_of(panel.explain_model, "Amanat")
    assert amanat["List seats"] == "41"


def test_how_close_table_matches_core(qtbot, window):
    panel = show_analysis(qtbot, window)
    expected = how_close(allocate(window.document.scenario))
    model = panel.close_model
    for row, c in enumerate(expected.parties):
        shown = {h: model.cell(row, k).text for k, h in enumerate(model.headers())}
        assert count(shown["Votes"]) == c.votes
        assert count(shown["Seats"]) == c.seats
        assert count(shown["One more seat"]) == c.votes_to_gain_seat
        assert count(shown["One seat fewer"].partition(":")[0]) == c.votes_to_lose_seat
        assert count(shown["Fail threshold"]) == c.votes_to_fail_threshold
        passes = shown["Pass threshold"]
        assert (passes == "passes") == (c.votes_to_pass_threshold == 0)
        if c.votes_to_pass_threshold:
            assert count(passes) == c.votes_to_pass_threshold
    assert row_of(model, "Baytaq (Greens)")["Pass threshold"] == f"+{format_count(180_938)}"
    # OSDP's first lost seat goes with the threshold: all 4 at once, and the table says so.
    osdp_lose = model.cell(5, model.headers().index("One seat fewer"))
    assert osdp_lose.text == f"−{format_count(13_407)}: all 4 list"
    assert osdp_lose.tip.startswith(f"{format_count(13_407)} fewer votes take it below the "
                                    "threshold: it loses all 4 of its list seats at once")
    auyl_lose = model.cell(1, model.headers().index("One seat fewer"))
    assert auyl_lose.tip.startswith(f"It can lose {format_count(61_123)} votes and keep its 8")
    simple = expected.majorities[0]
    assert f"loses it with {format_count(simple.votes_to_lose)} fewer votes" in \
        panel.majority_label.text()
    assert f"needs {format_count(254_720)} more votes" in panel.majority_label.text()


def test_how_close_waits_until_the_tab_is_shown(qtbot, window):
    panel = window.analysis_panel
    assert not panel.isVisible()
    assert panel.closeness is None  # nothing computed behind the analyst's back
    show_analysis(qtbot, window)
    assert panel.close_model.rowCount() == 7


def test_analysis_models_pass_qtmodeltester(qtmodeltester, qtbot, window, kz2023):
    panel = show_analysis(qtbot, window)
    for model in (panel.explain_model, panel.close_model, panel.order_model):
        qtmodeltester.check(model)
    window.document.apply(replace(kz2023, list_tier=replace(kz2023.list_tier,
                                                            method="sainte-lague")), "SL")
    panel = show_analysis(qtbot, window)
    assert panel.order_model.rowCount() > 69
    for model in (panel.explain_model, panel.close_model, panel.order_model):
        qtmodeltester.check(model)


# ---------------------------------------------------------------- compare


@pytest.fixture
def compare(qtbot, window):
    window.open_compare(0)
    dialog = window.compare_dialog

    def ready():
        dialog.wait()
        return dialog.comparison is not None and dialog.rules_comparison is not None

    qtbot.waitUntil(ready, timeout=10_000)
    return dialog


def test_every_method_side_by_side_with_the_indices(compare, qtmodeltester):
    model = compare.methods_model
    headers = model.headers()
    assert headers[0] == "Party"
    assert len(headers) == 11
    assert "Hare\n(in use)" in headers
    amanat = row_of(model, "Amanat")
    assert (amanat["D'Hondt"], amanat["Hare\n(in use)"], amanat["Adams"]) == (
        "63 (+1)", "62 (+1)", "61 (+1)")
    assert row_of(model, "Nationwide Social Democratic Party (OSDP)")["D'Hondt"] == "3"
    assert row_of(model, "Gallagher index")["D'Hondt"] == "7.57"
    assert row_of(model, "Its majority")["Imperiali"] == "two thirds"
    dhondt = headers.index("D'Hondt")
    assert model.cell(0, dhondt).color == "#1b6e20"  # one more than under Hare: green
    qtmodeltester.check(model)


def test_kz_2023_votes_under_the_pre_2022_rules(compare, qtmodeltester):
    compare.show_tab(1)
    assert compare.rules_box.currentData() == "template:kz-before-2022"
    model = compare.rules_model
    assert model.headers() == ["Party", "As held", "Under these rules", "Change"]
    assert row_of(model, "Amanat") == {"Party": "Amanat", "As held": "62 (+1)",
                                       "Under these rules": "60", "Change": "−3"}
    assert row_of(model, "Nationwide Social Democratic Party (OSDP)")["Under these rules"] == "0"
    assert row_of(model, "Seats in the house")["Under these rules"] == "107"
    assert "threshold 7% of party votes" in compare.rules_note.text()
    assert compare.held_chart.chart.scatter_item().data.size == 98
    assert compare.other_chart.chart.scatter_item().data.size == 107
    qtmodeltester.check(model)


def test_rules_that_cannot_take_the_votes_are_greyed_saying_why(qtbot, compare):
    compare.show_tab(1)
    box = compare.rules_box
    item = box.model().item(box.findData("template:ru-duma"))
    assert not item.isEnabled()
    assert item.toolTip() == ("Cannot apply: these rules have 225 district seats and this "
                              "scenario has results for 29: district results cannot be "
                              "carried over")
    usable = {box.itemData(r) for r in range(box.count()) if box.model().item(r).isEnabled()}
    assert {"template:kz-before-2022", "template:netherlands"} <= usable
    assert not usable & {"template:spain", "template:norway", "template:ru-duma"}
    assert box.model().item(box.currentIndex()).isEnabled()


def test_compare_follows_the_document(qtbot, compare, window):
    amanat = window.document.scenario.parties[0]
    fewer = window.document.scenario.with_votes({amanat.id: 2_000_000})
    window.document.apply(fewer, "Edit votes")
    qtbot.waitUntil(lambda: row_of(compare.methods_model, "Amanat")["Hare\n(in use)"]
                    == "52 (+1)", timeout=10_000)


def test_analysis_menu_offers_the_four_tools(window):
    from PySide6.QtWidgets import QMenu

    menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&Analysis")
    texts = [a.text() for a in menu.actions()]
    assert texts == ["Compare &methods…", "Compare with other &rules…",
                     "&Projection and Monte Carlo…", "&What-if…"]
    menu.actions()[3].trigger()
    assert window.tabs.currentWidget() is window.whatif_panel
