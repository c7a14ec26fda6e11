"""The table models: Qt's model contract (qtmodeltester), edits that go through the
document, and winners marked from the Result."""

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from core.io import scenario_file
from core.model.scenario import Candidate, District, DistrictTier, Scenario
from ui.document import Document
from ui.models.district_model import CandidateModel, DeclaredModel
from ui.models.party_model import COLOR, EXEMPT, LIST, NAME, VOTES, PartyModel


@pytest.fixture
def three_districts(kz2023) -> Scenario:
    """kz-2023 with three of its district seats given as candidate results instead of totals."""

    def district(n: int, *candidates: tuple[str, str | None, str | None, int]) -> District:
        return District(str(n), f"District {n}", None,
                        tuple(Candidate(*c) for c in candidates))

    districts = (
        district(1, ("A. Amanatova", "amanat", None, 52_000), ("B. Auylov", "auyl", None, 31_000)),
        district(2, ("C. Self", None, "amanat", 40_100), ("D. Respov", "respublica", None, 40_000),
                 ("E. Zholov", "akzhol", None, 9_000)),
        district(3, ("F. Osdpov", "osdp", None, 25_000)),
    )
    declared = kz2023.district_tier.declared
    trimmed = (replace(declared[0], seats=20),) + declared[1:2] + (replace(declared[2], seats=5),)
    return replace(kz2023, district_tier=DistrictTier(29, "plurality", districts, trimmed))


def test_party_model_passes_qtmodeltester(qtmodeltester, kz2023):
    from core.rules.allocate import allocate

    model = PartyModel(Document(kz2023))
    qtmodeltester.check(model)
    model.set_result(allocate(kz2023))
    qtmodeltester.check(model)
    assert model.index(0, LIST).data() == 40


def test_candidate_and_declared_models_pass_qtmodeltester(qtmodeltester, three_districts):
    document = Document(three_districts)
    candidates, declared = CandidateModel(document), DeclaredModel(document)
    assert candidates.rowCount() == 6
    assert declared.rowCount() == 3
    qtmodeltester.check(candidates)
    qtmodeltester.check(declared)


def test_models_pass_qtmodeltester_with_nothing_in_them(qtmodeltester, kz2023):
    empty = Document(replace(kz2023, district_tier=DistrictTier(29)))
    qtmodeltester.check(CandidateModel(empty))
    qtmodeltester.check(DeclaredModel(empty))


def test_every_table_model_of_the_window_passes_qtmodeltester(qtmodeltester, make_window):
    window = make_window(scenario_file.load("template:scotland"))
    for model in (window.party_model, window.candidate_model, window.declared_model,
                  window.constituency_panel.model, window.constituency_panel.seats_model,
                  window.results_panel.model):
        qtmodeltester.check(model)


def winners(model: CandidateModel) -> list[str]:
    return [model.index(r, model.RESULT).data() for r in range(model.rowCount())]


def test_candidate_model_marks_the_winner_and_follows_vote_edits(qapp, three_districts):
    document = Document(three_districts)
    model = CandidateModel(document)
    document.wait()
    assert winners(model) == ["won", "", "won", "", "", "won"]
    assert model.index(2, model.PARTY).data() == "self-nominated"
    assert model.index(2, model.SITS_WITH).data() == "Amanat"
    assert model.setData(model.index(3, model.VOTES), "40 200")
    document.wait()
    assert winners(model)[2:4] == ["", "won"]
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    document.wait()
    assert winners(model)[2:4] == ["won", ""]


def test_a_tie_drawn_by_lot_is_marked_as_the_result_seats_it(qapp, three_districts):
    # District 1: Ann and Bob tie. With tie-break "lot" and seed 2 the lot falls on Bob, the
    # second listed (seed 0 would give Ann): the table must mark the Result's winner.
    tied = (Candidate("Ann", "amanat", None, 52_000), Candidate("Bob", "auyl", None, 52_000))
    districts = (replace(three_districts.district_tier.districts[0], candidates=tied),
                 *three_districts.district_tier.districts[1:])
    scenario = replace(three_districts,
                       list_tier=replace(three_districts.list_tier, tie_break="lot", seed=2),
                       district_tier=replace(three_districts.district_tier, districts=districts))
    document = Document(scenario)
    model = CandidateModel(document)
    document.wait()
    first = document.result.district_winners[0]
    assert (first.candidate, first.party, first.candidate_index) == ("Bob", "auyl", 1)
    assert winners(model)[:2] == ["", "won"]
    assert model.index(1, model.NAME).data(Qt.FontRole).bold()
    assert model.index(0, model.NAME).data(Qt.FontRole) is None


def test_district_models_refuse_bad_input_with_a_reason(qtbot, three_districts):
    document = Document(three_districts)
    candidates, declared = CandidateModel(document), DeclaredModel(document)
    with qtbot.waitSignal(candidates.input_refused) as refused:
        assert not candidates.setData(candidates.index(0, candidates.PARTY), "Nur Otan")
    assert "no party 'Nur Otan'" in refused.args[2]
    with qtbot.waitSignal(declared.input_refused) as refused:
        assert not declared.setData(declared.index(0, declared.SEATS), "30")
    assert "makes 39 district seats but the tier has 29" in refused.args[2]
    assert document.scenario == three_districts
    assert document.undo_stack.count() == 0
    assert declared.setData(declared.index(2, declared.PARTY), "Ak Zhol Democratic Party")
    assert document.scenario.district_tier.declared[2].party == "akzhol"


def test_party_model_checkbox_and_refusals(qtbot, kz2023):
    document = Document(kz2023)
    model = PartyModel(document)
    baytaq = model.index(6, EXEMPT)
    assert model.setData(baytaq, Qt.Checked.value, Qt.CheckStateRole)
    assert document.scenario.parties[6].threshold_exempt
    assert baytaq.data(Qt.CheckStateRole) == Qt.Checked
    for col, text, why in ((VOTES, "-5", "whole number"), (COLOR, "blue", "#rrggbb"),
                           (NAME, "  ", "needs a name")):
        with qtbot.waitSignal(model.input_refused) as refused:
            assert not model.setData(model.index(2, col), text)
        assert why in refused.args[2]
    assert document.undo_stack.count() == 1


def test_a_paste_past_the_last_row_adds_parties_in_the_same_step(kz2023):
    document = Document(kz2023)
    model = PartyModel(document)
    assert model.set_cells({(7, NAME): "Newcomers", (7, VOTES): "1000", (8, NAME): "Others"},
                           "Paste")
    assert model.rowCount() == 9
    assert document.undo_stack.count() == 1
    assert [(p.name, p.votes) for p in document.scenario.parties[7:]] == [
        ("Newcomers", 1000), ("Others", 0)]
    document.undo_stack.undo()
    assert model.rowCount() == 7
    assert document.scenario == kz2023


def test_a_refused_paste_changes_nothing_and_leaves_nothing_to_redo(make_window,
                                                                   three_districts):
    window = make_window(three_districts)
    view, model, stack = window.candidate_view, window.candidate_model, window.document.undo_stack
    view.setCurrentIndex(model.index(0, model.VOTES))
    assert not view.paste("60 000\n12,5x\n")  # the first cell is fine, the second is not
    assert window.document.scenario == three_districts
    assert (stack.count(), stack.canUndo(), stack.canRedo()) == (0, False, False)
    stack.redo()  # nothing half-applied is waiting here
    assert window.document.scenario == three_districts
    assert "Votes, row 2: expected a whole number of votes" in window.message.text()
    declared = window.declared_view
    declared.setCurrentIndex(window.declared_model.index(0, DeclaredModel.SEATS))
    assert not declared.paste("19\n30\n")  # each reads, together they overfill the tier
    assert window.document.scenario == three_districts
    assert (stack.count(), stack.canRedo()) == (0, False)


def test_a_pasted_block_is_one_step_undone_and_redone_whole(make_window, three_districts):
    window = make_window(three_districts)
    view, model, stack = window.candidate_view, window.candidate_model, window.document.undo_stack
    view.setCurrentIndex(model.index(0, model.NAME))
    assert view.paste("Ann\tAuyl People's Democratic Patriotic Party\t\t1 000\n"
                      "Bob\tself-nominated\tAmanat\t2 000\n")
    pasted = window.document.scenario.district_tier.districts[0].candidates
    assert [(c.name, c.party, c.affiliation, c.votes) for c in pasted] == [
        ("Ann", "auyl", None, 1_000), ("Bob", None, "amanat", 2_000)]
    assert stack.count() == 1
    stack.undo()
    assert window.document.scenario == three_districts
    stack.redo()
    assert window.document.scenario.district_tier.districts[0].candidates == pasted


def test_a_pasted_name_with_a_line_break_or_control_character(window) -> None:
    # Names go into XLSX, SVG and PDF: a line break becomes a space, a control character is
    # refused at the cell (issue 11 item 14).
    from ui.models.party_model import NAME

    model = window.party_model
    assert model.setData(model.index(0, NAME), "Amanat\nParty")
    assert window.document.scenario.parties[0].name == "Amanat Party"
    assert not model.setData(model.index(0, NAME), "Am\x07anat")
    assert window.document.scenario.parties[0].name == "Amanat Party"
