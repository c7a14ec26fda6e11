"""The main window as an analyst uses it: each test asserts what is shown afterwards.

Expected seats for kz-2023 (Hare quota, 69 list seats, 5% of valid votes) were checked by hand:
with Amanat at 2,000,000 votes the qualifying votes are 4,540,209, the quota 65,800.1, and the
largest remainders go to the People's Party (.58) and Auyl (.55): Amanat 30 list seats.
"""

import dataclasses
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from core.io import scenario_file
from core.rules.allocate import allocate
from ui.models.party_model import COLOR, LIST, NAME, TOTAL, VOTES
from ui.text import shown as shown_message
from ui.window.main_window import flush_events_until_result

AMANAT_BLUE = "#1f5aa6"


# ---------------------------------------------------------------- what the analyst sees


def shown(window, row: int, col: int):
    """The text of a party-table cell as displayed."""
    return window.party_model.index(row, col).data(Qt.DisplayRole)


def results_row(window, name: str) -> dict[str, str]:
    """One row of the results panel's table, by column header."""
    return window.results_panel.row(name)


def chart_seats(window) -> Counter:
    """Seats drawn in the hemicycle, counted by fill colour (list and district seats)."""
    spots = window.chart.scatter_item().data
    return Counter(brush.color().name() for brush in spots["brush"])


def legend_lines(window) -> list[str]:
    return window.chart.legend_text().splitlines()


def snapshot(window) -> tuple:
    """Everything a seat edit changes on screen."""
    return (shown(window, 0, LIST), shown(window, 0, TOTAL), results_row(window, "Amanat"),
            chart_seats(window), legend_lines(window), window.results_panel.headline.text())


def settle(window) -> None:
    flush_events_until_result(window)
    assert window.result.scenario == window.document.scenario


# ---------------------------------------------------------------- editing votes


def test_opens_on_kz_2023_with_98_seats(window):
    assert (shown(window, 0, NAME), shown(window, 0, LIST), shown(window, 0, TOTAL)) == (
        "Amanat", 40, "62 (+1)")
    assert results_row(window, "Amanat")["Seats"] == "62 (+1)"
    assert window.chart.scatter_item().data.size == 98
    assert chart_seats(window)[AMANAT_BLUE] == 62  # 40 list + 22 district; +1 drawn grey
    assert legend_lines(window)[0] == "Amanat 62 (+1)"


def test_editing_amanat_votes_changes_seats_and_chart_and_undo_restores(window):
    before = snapshot(window)
    stack = window.document.undo_stack
    assert window.party_model.setData(window.party_model.index(0, VOTES), "2 000 000")
    settle(window)
    assert window.document.scenario.parties[0].votes == 2_000_000
    assert stack.count() == 1
    assert (shown(window, 0, LIST), shown(window, 0, TOTAL)) == (30, "52 (+1)")
    assert results_row(window, "Amanat")["List"] == "30"
    assert results_row(window, "Amanat")["Seats"] == "52 (+1)"
    assert results_row(window, "Auyl People's Democratic Patriotic Party")["Seats"] == "11"
    assert chart_seats(window)[AMANAT_BLUE] == 52
    assert legend_lines(window)[0] == "Amanat 52 (+1)"
    assert window.chart.scatter_item().data.size == 98
    assert window.isWindowModified()

    stack.undo()
    settle(window)
    assert snapshot(window) == before
    assert not window.isWindowModified()


def test_typing_votes_into_the_cell_editor(window, qtbot):
    view, index = window.party_view, window.party_model.index(0, VOTES)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)  # typed as text, read by the model
    editor.selectAll()
    qtbot.keyClicks(editor, "2,000,000")
    QTest.keyClick(editor, Qt.Key_Return)
    settle(window)
    assert window.document.scenario.parties[0].votes == 2_000_000
    assert (shown(window, 0, LIST), results_row(window, "Amanat")["List"]) == (30, "30")
    assert chart_seats(window)[AMANAT_BLUE] == 52
    window.document.undo_stack.undo()
    settle(window)
    assert (shown(window, 0, LIST), chart_seats(window)[AMANAT_BLUE]) == (40, 62)


def test_typing_12_5x_into_a_vote_cell_is_refused_and_changes_nothing(window, qtbot):
    before_scenario, before_shown = window.document.scenario, snapshot(window)
    view, index = window.party_view, window.party_model.index(0, VOTES)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "12,5x")
    with qtbot.waitSignal(window.party_model.input_refused, timeout=1000) as refused:
        QTest.keyClick(editor, Qt.Key_Return)
    row, col, why = refused.args
    assert (row, col) == (0, VOTES)
    assert "12,5x" in why
    assert "whole number" in why
    assert "digits" in why
    assert window.message.isVisible()
    assert "12,5x" in window.message.text()
    assert "Votes, row 1" in window.message.text()
    settle(window)
    assert window.document.scenario == before_scenario
    assert window.document.undo_stack.count() == 0
    assert snapshot(window) == before_shown
    assert shown(window, 0, VOTES) == "3,431,510"


def test_pasting_a_3x2_block_fills_six_cells_in_one_undo_step(window):
    # Party and votes, as copied from two adjacent spreadsheet columns.
    view, stack = window.party_view, window.document.undo_stack
    before = window.document.scenario
    view.setCurrentIndex(window.party_model.index(1, NAME))
    block = "Alpha\t700000\r\nBeta\t600 000\r\nGamma\t500,000\r\n"
    assert view.paste(block)
    settle(window)
    parties = window.document.scenario.parties
    assert [(p.name, p.votes) for p in parties[1:4]] == [
        ("Alpha", 700_000), ("Beta", 600_000), ("Gamma", 500_000)]
    assert parties[0] == before.parties[0]
    assert parties[4:] == before.parties[4:]
    assert stack.count() == 1
    assert [shown(window, r, NAME) for r in (1, 2, 3)] == ["Alpha", "Beta", "Gamma"]
    stack.undo()
    settle(window)
    assert window.document.scenario == before


def test_colours_paste_as_hex_codes(window):
    window.party_view.setCurrentIndex(window.party_model.index(1, COLOR))
    assert window.party_view.paste("#112233\n#445566\n")
    settle(window)
    swatches = [window.party_model.index(r, COLOR).data(Qt.DecorationRole) for r in (1, 2)]
    assert [c.name() for c in swatches] == ["#112233", "#445566"]


def test_a_paste_with_one_bad_cell_is_refused_whole(window):
    before = window.document.scenario
    window.party_view.setCurrentIndex(window.party_model.index(1, VOTES))
    assert not window.party_view.paste("700000\n12,5\n500000\n")
    assert window.document.scenario == before
    assert window.document.undo_stack.count() == 0
    assert "row 3" in window.message.text()
    assert "12,5" in window.message.text()


# ---------------------------------------------------------------- files


def test_save_close_reopen_gives_the_identical_scenario(make_window, kz2023, dialogs,
                                                        tmp_path):
    window = make_window(kz2023)
    window.party_model.setData(window.party_model.index(0, VOTES), "2000000")
    window.party_model.setData(window.party_model.index(6, NAME), "Baytaq")
    edited = window.document.scenario
    dialogs.file_name = str(tmp_path / "kz-edited")
    assert window.save_as()
    saved = tmp_path / "kz-edited.seats.json"
    assert window.document.path == saved
    assert not window.isWindowModified()
    assert "kz-edited.seats.json" in window.windowTitle()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["autosave", saved.name]  # no temp
    content = saved.read_bytes()
    assert window.close()
    assert "question" not in dialogs.kinds()  # nothing unsaved: closing does not ask

    reopened = make_window(kz2023)
    assert reopened.open_spec(str(saved))
    settle(reopened)
    assert reopened.document.scenario == edited
    assert scenario_file.load(str(saved)) == edited
    assert shown(reopened, 6, NAME) == "Baytaq"
    assert shown(reopened, 0, LIST) == 30
    dialogs.file_name = str(tmp_path / "again.seats.json")
    assert reopened.save_as()
    assert (tmp_path / "again.seats.json").read_bytes() == content


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(window, dialogs):
    window.party_model.setData(window.party_model.index(0, VOTES), "2000000")
    dialogs.answer = QMessageBox.Cancel
    assert not window.close()
    assert dialogs.kinds() == ["question"]
    assert "unsaved" in dialogs.calls[0][1]
    assert window.isVisible()
    assert window.document.scenario.parties[0].votes == 2_000_000
    dialogs.answer = QMessageBox.Discard
    assert window.close()
    assert not window.isVisible()


def test_a_bad_file_is_refused_and_changes_nothing(window, dialogs, tmp_path):
    bad = tmp_path / "bad.seats.json"
    bad.write_text('{"format": "seatcalc-scenario", "version": 1, "parties": 3}')
    before = window.document.scenario
    assert not window.open_spec(str(bad))
    assert dialogs.kinds() == ["warning"]
    assert "parties" in dialogs.calls[0][1]
    assert window.document.scenario == before


# ---------------------------------------------------------------- rules


def _party_seats(window) -> dict[str, int]:
    return {p.id: p.list_seats for p in window.result.parties}


def test_dhondt_gives_amanat_41_and_osdp_3_in_one_undo_step(window, kz2023):
    from dataclasses import replace

    dhondt = allocate(replace(kz2023, list_tier=replace(kz2023.list_tier, method="dhondt")))
    assert (dhondt.party("amanat").list_seats, dhondt.party("osdp").list_seats) == (41, 3)
    combo = window.rules.method
    combo.setCurrentIndex(combo.findData("dhondt"))
    settle(window)
    assert window.document.scenario.list_tier.method == "dhondt"
    assert window.document.undo_stack.count() == 1
    assert shown(window, 0, LIST) == 41
    assert results_row(window, "Amanat")["List"] == "41"
    osdp = "Nationwide Social Democratic Party (OSDP)"
    assert shown(window, 5, LIST) == 3
    assert results_row(window, osdp)["Seats"] == "3"
    assert legend_lines(window)[5] == f"{osdp} 3"
    window.document.undo_stack.undo()
    settle(window)
    assert combo.currentData() == "hare"
    assert shown(window, 0, LIST) == 40


def test_a_7_percent_threshold_drops_the_parties_below_it(window):
    window.rules.threshold.setValue(7.0)
    settle(window)
    assert window.document.undo_stack.count() == 1
    assert window.document.scenario.list_tier.threshold.percent == 7
    qualified = [window.party_model.index(r, 4).data() for r in range(7)]
    assert qualified == ["yes", "yes", "yes", "yes", "no", "no", "no"]  # 6.80% and 5.20% out
    assert [shown(window, r, LIST) for r in range(7)] == [46, 9, 7, 7, 0, 0, 0]
    window.document.undo_stack.undo()
    settle(window)
    assert window.rules.threshold.value() == 5.0
    assert shown(window, 4, LIST) == 5


# ---------------------------------------------------------------- rows


def test_add_remove_and_move_parties_are_one_undo_step_each(window):
    stack, model, view = window.document.undo_stack, window.party_model, window.party_view
    original = window.document.scenario
    view.setCurrentIndex(model.index(6, NAME))
    window.add_party()
    assert (model.rowCount(), stack.count()) == (8, 1)
    assert shown(window, 7, NAME) == "Party 8"
    window.remove_parties()  # the new row is current
    assert (model.rowCount(), stack.count()) == (7, 2)
    assert window.document.scenario == original
    view.setCurrentIndex(model.index(2, NAME))
    window.move_party(-1)
    settle(window)
    assert [shown(window, r, NAME) for r in (1, 2)] == [
        "Respublica", "Auyl People's Democratic Patriotic Party"]
    assert stack.count() == 3
    assert legend_lines(window)[1] == "Respublica 6"  # the chart follows the table order
    window.move_party(1)
    assert window.document.scenario == original
    assert stack.count() == 4
    for _ in range(4):
        stack.undo()
    assert window.document.scenario == original
    assert model.rowCount() == 7


def test_removing_a_party_named_by_a_declared_district_total_is_refused(window):
    before = window.document.scenario
    window.party_view.setCurrentIndex(window.party_model.index(0, NAME))
    window.remove_parties()
    assert window.document.scenario == before
    assert window.document.undo_stack.count() == 0
    assert window.message.isVisible()
    assert "Amanat" in window.message.text()
    assert "declared" in window.message.text()


def test_other_ballots_refuse_bad_input_and_update_turnout(window):
    window.against_all.setText("12,5")
    window.against_all.editingFinished.emit()
    assert window.document.scenario.against_all == 248_291
    assert window.message.isVisible()
    assert "12,5" in window.message.text()
    assert window.against_all.text() == "248,291"
    window.invalid.setText("0")
    window.invalid.editingFinished.emit()
    assert window.document.scenario.invalid == 0
    assert "6,366,441 ballots" in window.turnout.text()


def test_more_ballots_than_registered_voters_is_flagged(make_window, kz2023) -> None:
    # Issue 11 item 16: 1,000 registered voters and 6.5 million ballots said "652186.00%".
    window = make_window(dataclasses.replace(kz2023, registered_voters=1000))
    assert "check both figures" in window.turnout.text()
    assert any("registered voters" in shown_message(w)
               for w in window.document.current_result().warnings)


def test_adding_a_district_to_a_full_tier_asks_before_the_house_grows(make_window, kz2023,
                                                                     dialogs) -> None:
    full = dataclasses.replace(kz2023, district_tier=dataclasses.replace(
        kz2023.district_tier, seats=sum(d.seats for d in kz2023.district_tier.declared)))
    window = make_window(full)
    dialogs.answer = QMessageBox.No
    window.add_district()
    assert dialogs.kinds() == ["question"]
    assert "grows from" in dialogs.calls[0][1]
    assert window.document.scenario == full  # nothing changed
    dialogs.answer = QMessageBox.Yes
    window.add_district()
    assert window.document.scenario.district_tier.seats == full.district_tier.seats + 1
