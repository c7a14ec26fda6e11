"""The table models: Qt's model contract (qtmodeltester), and edits that go through the document."""

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

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


def test_candidate_model_marks_the_winner_and_follows_vote_edits(three_districts):
    document = Document(three_districts)
    model = CandidateModel(document)
    result = [model.index(r, model.RESULT).data() for r in range(6)]
    assert result == ["won", "", "won", "", "", "won"]
    assert model.index(2, model.PARTY).data() == "self-nominated"
    assert model.index(2, model.SITS_WITH).data() == "Amanat"
    assert model.setData(model.index(3, model.VOTES), "40 200")
    assert [model.index(r, model.RESULT).data() for r in (2, 3)] == ["", "won"]
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert [model.index(r, model.RESULT).data() for r in (2, 3)] == ["won", ""]


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
