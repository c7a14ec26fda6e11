"""The scenario's ``presentation`` (docs/format.md §15): read, checked by field, written back
only when used, and kept consistent when a party is removed."""

import json

import pytest

from core.io.scenario_file import load
from core.io.scenario_reader import read_scenario
from core.io.scenario_writer import scenario_dict, scenario_json
from core.model import edits
from core.model.presentation import CENTRE, Coalition, Presentation

PRESENTATION = {
    "seating": ["osdp", "qhp", "amanat", "akzhol", "respublica", "auyl"],
    "coalitions": [{"name": "Amanat + Ak Zhol", "parties": ["amanat", "akzhol"]}],
    "government": "Amanat + Ak Zhol",
    "independents": "centre",
}


@pytest.fixture
def kz():
    return scenario_dict(load("preset:kz-2023"))


def test_read_and_written_back_the_same(kz):
    kz["presentation"] = PRESENTATION
    scenario = read_scenario(kz)
    assert scenario.presentation == Presentation(
        seating=("osdp", "qhp", "amanat", "akzhol", "respublica", "auyl"),
        coalitions=(Coalition("Amanat + Ak Zhol", ("amanat", "akzhol")),),
        government="Amanat + Ak Zhol", independents=CENTRE)
    assert scenario_dict(scenario)["presentation"] == PRESENTATION
    assert read_scenario(json.loads(scenario_json(scenario))) == scenario


def test_a_file_without_it_is_written_without_it(kz):
    scenario = read_scenario(kz)
    assert scenario.presentation == Presentation()
    assert "presentation" not in scenario_dict(scenario)


@pytest.mark.parametrize(("presentation", "words"), [
    ({"government": "Cabinet"}, 'presentation.government: names no coalition: "Cabinet"'),
    ({"seating": ["amanat", "amanat"]}, 'presentation.seating[1]: names "amanat" twice'),
    ({"coalitions": [{"name": "A", "parties": ["akzol"]}]},
     'presentation.coalitions[0].parties[0]: names unknown party "akzol"'),
    ({"coalitions": [{"name": "A", "parties": []}]},
     "presentation.coalitions[0].parties: expected at least one party"),
    ({"coalitions": [{"name": "A", "parties": ["amanat"]}, {"name": "A", "parties": ["auyl"]}]},
     "presentation.coalitions[1].name: expected a name of its own"),
    ({"independents": "left"}, "presentation.independents: expected one of apart, centre"),
    ({"layout": "circle"}, "presentation.layout: not a field"),
    ({"group_government": "yes"}, "presentation.group_government: expected true or false"),
])
def test_a_bad_presentation_is_refused_by_field(kz, presentation, words):
    kz["presentation"] = presentation
    with pytest.raises(ValueError, match=words.replace("(", r"\(").replace("[", r"\[")):
        read_scenario(kz)


def test_removing_a_party_removes_it_from_the_seating_and_the_coalitions(kz):
    kz["presentation"] = {**PRESENTATION, "coalitions": [
        *PRESENTATION["coalitions"], {"name": "Baytaq", "parties": ["baytaq"]}]}
    scenario = read_scenario(kz)
    rows = [i for i, p in enumerate(scenario.parties) if p.id in ("akzhol", "baytaq")]
    kz_without = scenario_dict(edits.remove_parties(scenario, rows))
    assert kz_without["presentation"]["coalitions"] == [
        {"name": "Amanat + Ak Zhol", "parties": ["amanat"]}]
    assert "akzhol" not in kz_without["presentation"]["seating"]
    read_scenario(kz_without)  # and the file still reads
    alone = read_scenario({**kz, "presentation": {"coalitions": [
        {"name": "B", "parties": ["baytaq"]}], "government": "B"}})
    without = edits.remove_parties(alone, [len(alone.parties) - 1])
    assert without.presentation == Presentation()  # the government went with its coalition


def test_the_seating_order_is_the_charts_and_the_government_sits_together():
    p = Presentation(seating=("c", "a"), coalitions=(Coalition("G", ("b", "d")),),
                     government="G")
    assert p.order(("a", "b", "c", "d")) == ("c", "a", "b", "d")
    grouped = Presentation(**{**p.__dict__, "group_government": True})
    assert grouped.order(("a", "b", "c", "d")) == ("b", "d", "c", "a")
