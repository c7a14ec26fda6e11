"""Hostile scenario files (issue 11): each class a review found is refused with a message
naming the field, or read exactly; none is ignored in silence, none hangs or crashes."""

from __future__ import annotations

import json
import time

import pytest

from core.io.scenario_reader import parse_scenario, read_scenario
from core.io.scenario_writer import scenario_dict
from core.model import limits
from core.model.scenario import ScenarioError
from core.rules.allocate import allocate
from core.text.render import render


def _file(**changes) -> dict:
    data = {
        "format": "seatcalc-scenario", "version": 1, "title": "T",
        "parties": [{"id": "a", "name": "A", "votes": 600}, {"id": "b", "name": "B", "votes": 400}],
        "list_tier": {"seats": 10, "method": "dhondt", "threshold": {"percent": 5}},
    }
    for path, value in changes.items():
        target, *keys = path.split("__")
        node = data
        for key in [target, *keys][:-1]:
            node = node[int(key)] if isinstance(node, list) else node[key]
        last = [target, *keys][-1]
        node[int(last) if isinstance(node, list) else last] = value
    return data


def _refused(text: str) -> ScenarioError:
    with pytest.raises(ScenarioError) as caught:
        parse_scenario(text)
    return caught.value


def test_a_key_given_twice_is_refused_not_resolved_silently() -> None:
    text = json.dumps(_file()).replace('"votes": 600', '"votes": 600, "votes": 900')
    error = _refused(text)
    assert '"votes" appears twice' in error.problem


def test_numbers_are_read_exactly_never_rounded() -> None:
    text = json.dumps(_file()).replace('"votes": 600', '"votes": 999999999999.0')
    assert parse_scenario(text).parties[0].votes == 999_999_999_999
    text = json.dumps(_file()).replace('"votes": 600', '"votes": 10000000000000001.0')
    error = _refused(text)
    assert error.field == "parties[0].votes"
    assert "limit" in error.problem


@pytest.mark.parametrize("where", ["list_tier", "list_tier__threshold", "parties__0", "mixed"])
def test_an_unknown_field_inside_a_section_is_refused_by_name(where: str) -> None:
    data = _file(mixed={"type": "parallel"})
    node = data
    for key in where.split("__"):
        node = node[int(key)] if isinstance(node, list) else node[key]
    node["majority_bonus_v9"] = {"seats": 50}
    with pytest.raises(ScenarioError) as caught:
        read_scenario(data)
    assert caught.value.field.endswith("majority_bonus_v9")
    assert "newer version" in caught.value.problem


def test_an_unknown_top_level_field_is_kept_and_reported() -> None:
    data = _file(x_analyst_note="seen")
    scenario = read_scenario(data)
    assert scenario_dict(scenario)["x_analyst_note"] == "seen"
    warnings = [render(w) for w in allocate(scenario).warnings]
    assert any('"x_analyst_note"' in w for w in warnings)


@pytest.mark.parametrize("value", ['"1e100000000"', "1e100000000", "1e400", '"1e400"',
                                   "1" * 5000, "NaN", "Infinity"])
def test_huge_or_non_numbers_are_refused_at_once(value: str) -> None:
    text = json.dumps(_file()).replace('"percent": 5', f'"percent": {value}')
    start = time.perf_counter()
    error = _refused(text)
    assert time.perf_counter() - start < 30  # a hang guard only
    assert error.field in ("list_tier.threshold.percent", "file")


@pytest.mark.parametrize("value", [["a"], {"id": "a"}, 3, True])
def test_a_list_or_object_where_a_party_id_belongs_is_refused(value) -> None:
    data = _file(district_tier={"seats": 1, "districts": [
        {"id": "d", "candidates": [{"name": "X", "party": value, "votes": 5}]}]})
    with pytest.raises(ScenarioError) as caught:
        read_scenario(data)
    assert caught.value.field == "district_tier.districts[0].candidates[0].party"


def test_control_characters_in_names_are_refused_but_notes_keep_their_lines() -> None:
    with pytest.raises(ScenarioError) as caught:
        read_scenario(_file(parties__0__name="A\nerror: forged"))
    assert caught.value.field == "parties[0].name"
    assert "\n" not in str(caught.value)
    assert read_scenario(_file(notes="line one\nline two")).notes == "line one\nline two"


def test_a_lone_surrogate_is_refused_with_a_plain_message() -> None:
    error = _refused(json.dumps(_file()).replace('"name": "A"', '"name": "A\\ud800"'))
    assert error.field == "parties[0].name"


@pytest.mark.parametrize(("path", "value", "field"), [
    ("list_tier__seats", 10**15, "list_tier.seats"),
    ("parties__0__votes", 10**30, "parties[0].votes"),
    ("district_tier", {"seats": 10**7, "declared": [{"party": "a", "seats": 10**7}]},
     "district_tier.seats"),
])
def test_limits_are_checked_before_any_work(path: str, value, field: str) -> None:
    start = time.perf_counter()
    with pytest.raises(ScenarioError) as caught:
        read_scenario(_file(**{path: value}))
    assert time.perf_counter() - start < 30  # a hang guard, not a timing
    assert caught.value.field == field
    assert "limit" in caught.value.problem


def test_too_many_parties_is_refused_naming_the_limit() -> None:
    parties = [{"id": str(i), "votes": 1} for i in range(limits.MAX_PARTIES + 1)]
    with pytest.raises(ScenarioError) as caught:
        read_scenario(_file(parties=parties))
    assert caught.value.field == "parties"
    assert f"{limits.MAX_PARTIES:,}" in caught.value.problem
