"""Scenario files: every kind of broken file is refused with ``<field>: <what>``, in-process
(read_scenario / parse_scenario) and through the command line (exit 2, one ``error:`` line,
no traceback); valid files round-trip."""

import subprocess
import sys
from pathlib import Path

import pytest

from core.io import scenario_file
from core.io.scenario_reader import parse_scenario, read_scenario
from core.io.scenario_writer import scenario_dict
from core.model.scenario import ScenarioError

ROOT = Path(__file__).resolve().parents[2]
BROKEN = ROOT / "tests" / "data" / "broken"


def _valid() -> dict:
    return {
        "format": "seatcalc-scenario",
        "version": 1,
        "title": "Test",
        "parties": [
            {"id": "a", "name": "A", "votes": 600},
            {"id": "b", "name": "B", "votes": 300},
            {"id": "c", "name": "C", "votes": 80},
            {"id": "d", "name": "D", "votes": 20},
        ],
        "other_votes": {"against_all": 0, "invalid": 0},
        "list_tier": {"seats": 10, "method": "dhondt",
                      "threshold": {"percent": 5, "base": "valid", "inclusive": True}},
        "district_tier": {"seats": 2, "declared": [{"party": "a", "affiliation": None,
                                                    "seats": 1}]},
    }


def _set(path: str, value):
    """A mutation setting ``path`` (dots and [i]) of the valid scenario to ``value``."""
    def mutate(d: dict) -> None:
        *parents, last = path.replace("[", ".").replace("]", "").split(".")
        for key in parents:
            d = d[int(key)] if isinstance(d, list) else d[key]
        if isinstance(d, list):
            d[int(last)] = value
        else:
            d[last] = value
    return mutate


def _drop(path: str):
    def mutate(d: dict) -> None:
        *parents, last = path.split(".")
        for key in parents:
            d = d[key]
        del d[last]
    return mutate


def _add_district(candidates):
    def mutate(d: dict) -> None:
        d["district_tier"]["declared"] = []
        d["district_tier"]["districts"] = [{"id": "1", "name": "North",
                                            "candidates": candidates}]
    return mutate


# (case, mutation, field, problem): the message is exactly "<field>: <problem>".
CASES = [
    ("wrong version", _set("version", 2), "version",
     "expected 1 (this SeatCalc reads version 1), got 2"),
    ("version true", _set("version", True), "version",
     "expected 1 (this SeatCalc reads version 1), got true"),
    ("wrong format marker", _set("format", "seatcalc"), "format",
     'expected "seatcalc-scenario", got "seatcalc"'),
    ("missing format", _drop("format"), "format",
     'expected "seatcalc-scenario", got null'),
    ("missing votes", lambda d: d["parties"][2].pop("votes"), "parties[2].votes",
     "missing (required)"),
    ("missing list tier", _drop("list_tier"), "list_tier", "missing (required)"),
    ("missing method", _drop("list_tier.method"), "list_tier.method", "missing (required)"),
    ("negative votes", _set("parties[1].votes", -5), "parties[1].votes",
     "expected a non-negative integer, got -5"),
    ("decimal-comma votes", _set("parties[3].votes", "12,5"), "parties[3].votes",
     'expected a non-negative integer, got "12,5"'),
    ("fractional votes", _set("parties[0].votes", 12.5), "parties[0].votes",
     "expected a non-negative integer, got 12.5"),
    ("text votes", _set("parties[2].votes", "many"), "parties[2].votes",
     'expected a non-negative integer, got "many"'),
    ("boolean votes", _set("parties[2].votes", True), "parties[2].votes",
     "expected a non-negative integer, got true"),
    ("duplicate ids", _set("parties[2].id", "a"), "parties[2].id", 'duplicate id "a"'),
    ("empty id", _set("parties[1].id", " "), "parties[1].id", "expected a non-empty id"),
    ("unknown method", _set("list_tier.method", "dhont"), "list_tier.method",
     "expected one of dhondt, sainte-lague, huntington-hill, adams, danish, imperiali, hare, "
     'droop, hagenbach-bischoff, imperiali-quota; got "dhont"'),
    ("district names an unknown party",
     _add_district([{"name": "X", "party": "a", "votes": 10},
                    {"name": "Y", "party": "zz", "votes": 5}]),
     "district_tier.districts[0].candidates[1].party", 'names unknown party "zz"'),
    ("declared total names an unknown party", _set("district_tier.declared[0].party", "zz"),
     "district_tier.declared[0].party", 'names unknown party "zz"'),
    ("zero seats", lambda d: (d["list_tier"].update(seats=0), d.pop("district_tier")),
     "list_tier.seats", "the house has no seats (every tier has 0)"),
    ("negative seats", _set("list_tier.seats", -3), "list_tier.seats",
     "expected a non-negative integer, got -3"),
    ("threshold over 100", _set("list_tier.threshold.percent", 120),
     "list_tier.threshold.percent", "expected a percentage from 0 to 100, got 120"),
    ("threshold not a number", _set("list_tier.threshold.percent", "5%"),
     "list_tier.threshold.percent", 'expected a number, got "5%"'),
    ("unknown threshold base", _set("list_tier.threshold.base", "registered"),
     "list_tier.threshold.base",
     'expected one of parties, valid, cast; got "registered"'),
    ("inclusive not a flag", _set("list_tier.threshold.inclusive", "yes"),
     "list_tier.threshold.inclusive", 'expected true or false, got "yes"'),
    ("threshold not an object", _set("list_tier.threshold", [5]), "list_tier.threshold",
     "expected an object, got a list"),
    ("no parties", _set("parties", []), "parties", "expected at least one party, got none"),
    ("parties not a list", _set("parties", {"a": 1}), "parties",
     "expected a list, got an object"),
    ("more declared district seats than the tier has",
     lambda d: d["district_tier"]["declared"].append({"party": None, "seats": 2}),
     "district_tier.declared", "3 district seats are given but the tier has 2"),
    ("bad colour", _set("parties[1].color", "red"), "parties[1].color",
     'expected #rrggbb, got "red"'),
    ("unknown tie break", _set("list_tier.tie_break", "coin"), "list_tier.tie_break",
     'expected one of more_votes, registration_order, lot; got "coin"'),
    ("first divisor on a quota method",
     lambda d: d["list_tier"].update(method="hare", first_divisor=1.4),
     "list_tier.first_divisor", "applies to divisor methods only, not hare"),
    ("first divisor above the second",
     lambda d: d["list_tier"].update(method="sainte-lague", first_divisor=5),
     "list_tier.first_divisor",
     "the first divisor must lie between 0 and the second divisor (3), got 5"),
    ("minimum seats on a quota method",
     lambda d: d["list_tier"].update(method="hare", min_seats=1),
     "list_tier.min_seats", "a minimum per unit needs a divisor method, not hare"),
    ("negative against-all", _set("other_votes", {"against_all": -1}),
     "other_votes.against_all", "expected a non-negative integer, got -1"),
    ("district without candidates", _add_district([]),
     "district_tier.districts[0].candidates", "expected at least one candidate"),
    ("constituency names an unknown party",
     _set("list_tier.constituencies", [{"id": "x", "seats": 10, "votes": {"q": 1}}]),
     "list_tier.constituencies[0].votes", 'names unknown party "q"'),
    ("constituency seats disagree",
     _set("list_tier.constituencies", [{"id": "x", "seats": 7, "votes": {"a": 1}}]),
     "list_tier.seats", "is 10 but the constituencies have 7 seats"),
    ("unknown mixed type", _set("mixed", {"type": "mmp"}), "mixed.type",
     'expected one of parallel, compensatory, additional_member, land_lists, '
     'levelling_seats, biproportional, second_scrutiny; got "mmp"'),
]


@pytest.mark.parametrize(("mutate", "field", "problem"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_broken_scenario_names_field_and_problem(mutate, field, problem) -> None:
    data = _valid()
    mutate(data)
    with pytest.raises(ScenarioError) as caught:
        read_scenario(data)
    assert caught.value.field == field
    assert caught.value.problem == problem
    assert str(caught.value) == f"{field}: {problem}"


def test_the_valid_base_is_valid() -> None:
    # Every case above breaks exactly one thing of this scenario.
    scenario = read_scenario(_valid())
    assert [p.id for p in scenario.parties] == ["a", "b", "c", "d"]


@pytest.mark.parametrize(("top", "kind"), [([1, 2], "a list"), ("text", "text"),
                                           (None, "null"), (3, "3")])
def test_non_object_top_level(top, kind) -> None:
    with pytest.raises(ScenarioError, match=f"^file: expected an object, got {kind}$"):
        read_scenario(top)


def test_not_json() -> None:
    with pytest.raises(ScenarioError) as caught:
        parse_scenario('{"format": "seatcalc-scenario",')
    assert caught.value.field == "file"
    assert caught.value.problem.startswith("not valid JSON (")


def test_deeply_nested_json_is_refused_not_crashed() -> None:
    with pytest.raises(ScenarioError, match="^file: "):
        parse_scenario("[" * 100_000 + "]" * 100_000)


def test_threshold_percent_is_an_exact_decimal() -> None:
    data = _valid()
    data["list_tier"]["threshold"]["percent"] = 7.1  # the float 7.1 is 7.0999999999999996447
    assert read_scenario(data).list_tier.threshold.percent * 10 == 71


# ------------------------------------------------------------------------ round trips


@pytest.mark.parametrize("name", ["kz-2021", "kz-2023"])
def test_presets_round_trip(name: str, tmp_path: Path) -> None:
    scenario = scenario_file.load(f"preset:{name}")
    assert read_scenario(scenario_dict(scenario)) == scenario
    out = tmp_path / f"{name}.seats.json"
    scenario_file.save(scenario, out)
    assert scenario_file.load(str(out)) == scenario
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left behind


def test_unknown_keys_are_kept() -> None:
    data = _valid()
    data["x_analyst_note"] = {"kept": True}
    assert scenario_dict(read_scenario(data))["x_analyst_note"] == {"kept": True}


def test_unknown_preset_and_missing_file() -> None:
    with pytest.raises(ScenarioError, match="^preset:nowhere: no such built-in scenario "
                                            r"\(known: kz-2021, kz-2023"):
        scenario_file.load("preset:nowhere")
    with pytest.raises(ScenarioError, match="no such file"):
        scenario_file.load(str(BROKEN / "does-not-exist.json"))


# ---------------------------------------------------------------- through the command line

CLI_CASES = {
    "not-json.json": "error: file: not valid JSON (",
    "not-utf8.json": "error: file: not UTF-8 text",
    "top-level-list.json": "error: file: expected an object, got a list",
    "wrong-version.json": "error: version: expected 1 (this SeatCalc reads version 1), got 2",
    "fractional-votes.json":
        'error: parties[3].votes: expected a non-negative integer, got "12,5"',
    "unknown-method.json": "error: list_tier.method: expected one of dhondt, ",
    "unknown-party-in-district.json":
        'error: district_tier.districts[0].candidates[1].party: names unknown party "zz"',
    "too-many-declared.json":
        "error: district_tier.declared: 3 district seats are given but the tier has 2",
}


def test_every_broken_fixture_is_exercised() -> None:
    assert sorted(p.name for p in BROKEN.glob("*.json")) == sorted(CLI_CASES)


@pytest.mark.parametrize(("name", "message"), sorted(CLI_CASES.items()))
def test_cli_refuses_broken_file(name: str, message: str) -> None:
    run = subprocess.run([sys.executable, "main.py", "compute", str(BROKEN / name)],
                         cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert run.returncode == 2
    assert run.stdout == ""
    assert run.stderr.startswith(message)
    assert run.stderr.count("\n") == 1  # one line
    assert "Traceback" not in run.stderr


def test_titles_in_other_languages_are_read_shown_and_written_back() -> None:
    data = {**_valid(), "titles": {"ru": "Проверка", "kk": "Тексеру", "uk": "Перевірка"}}
    s = read_scenario(data)
    assert (s.title_in("ru"), s.title_in("kk"), s.title_in("en")) == ("Проверка", "Тексеру",
                                                                       "Test")
    assert scenario_dict(s)["titles"] == data["titles"]  # a code not spoken yet is kept
    assert "titles" not in scenario_dict(read_scenario(_valid()))  # written only when used
    with pytest.raises(ScenarioError) as caught:
        read_scenario({**_valid(), "titles": {"Russian": "Проверка"}})
    assert caught.value.field == 'titles["Russian"]'
    with pytest.raises(ScenarioError) as caught:
        read_scenario({**_valid(), "titles": {"ru": 7}})
    assert (caught.value.field, caught.value.problem) == ("titles.ru", "expected text, got 7")


def test_presets_and_templates_are_listed_by_their_title_in_the_language() -> None:
    kazakh = dict(scenario_file.presets("kk"))
    assert kazakh["kz-2023"] == "Қазақстан, Мәжіліс, 2023 жылғы 19 наурыз"
    assert dict(scenario_file.presets())["kz-2023"] == "Kazakhstan, Majilis, 19 March 2023"
    assert all(title.startswith("Шаблон: ") for _, title in scenario_file.templates("ru"))
