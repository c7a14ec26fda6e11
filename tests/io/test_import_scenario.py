"""From an imported table to a scenario (issue 15, item 5): a first-past-the-post house from
a candidate table, registered voters from an electorate, party merges, distinct colours,
and the built-in UK 2024 scenario built from the Library's candidate table."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

import main
from core.io import scenario_file
from core.io.tables import (
    TableImportError,
    import_table,
    merge_parties,
    parse_merges,
    party_colours,
    to_scenario,
)
from core.io.tables.scenario import PALETTE
from core.rules.allocate import allocate

UK_CSV = Path("/work/shared/data/uk/ge-2024-candidates.csv")
UK_MERGES = ["Labour and Co-operative=Labour", "Scottish Green Party=Green",
             "Green Party Northern Ireland=Green"]
CANDIDATES = (
    "constituency,region,electorate,candidate,party,votes\n"
    "Ayr,Scotland,70000,Ann,Labour,20000\n"
    "Ayr,Scotland,70000,Bob,Labour and Co-operative,1\n"  # (two Labour names in one seat)
    "Ayr,Scotland,70000,Cal,Conservative,15000\n"
    "Bath,South West,72000,Dee,Liberal Democrat,22000\n"
    "Bath,South West,72000,Eve,Labour and Co-operative,9000\n"
    "Cork North,,65000,Fin,Independent,12000\n"
    "Cork North,,65000,Gus,Conservative,11000\n"
)


@pytest.fixture
def candidates(tmp_path):
    path = tmp_path / "seats.csv"
    path.write_text(CANDIDATES, encoding="utf-8")
    return path


def test_a_candidate_table_is_a_first_past_the_post_house(candidates, tmp_path, capsys):
    out = tmp_path / "fptp.seats.json"
    assert main.main(["import", str(candidates), "--to", str(out)]) == 0
    scenario = json.loads(out.read_text(encoding="utf-8"))
    assert scenario["list_tier"]["seats"] == 0
    assert scenario["district_tier"]["seats"] == 3
    assert scenario["registered_voters"] == 70000 + 72000 + 65000  # one electorate a seat
    assert [d["region"] for d in scenario["district_tier"]["districts"]] == [
        "Scotland", "South West", None]
    result = allocate(scenario_file.load(str(out)))
    assert result.seats_total == 3
    capsys.readouterr()
    assert main.main(["import", str(candidates), "--to", str(out), "--seats", "10"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["list_tier"]["seats"] == 10


def test_a_table_of_party_votes_keeps_its_default_list_tier(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("party,votes\nA,10\nB,5\n", encoding="utf-8")
    assert to_scenario(import_table(path), title="t")["list_tier"]["seats"] == 100


def test_merge_counts_two_names_as_one_party(candidates):
    result = import_table(candidates)
    merged = merge_parties(result, parse_merges(["labour and co-operative=Labour"]))
    assert [(p["name"], p["votes"]) for p in merged.parties] == [
        ("Labour", 29001), ("Conservative", 26000), ("Liberal Democrat", 22000)]
    bath = merged.districts[1]["candidates"]
    assert [c["party"] for c in bath] == ["liberal-democrat", "labour"]
    assert [p["name"] for p in result.parties][1] == "Labour and Co-operative"  # untouched


def test_merge_into_a_new_name_and_in_chains(candidates):
    result = import_table(candidates)
    merged = merge_parties(result, parse_merges(["Labour=Lab", "Labour and Co-operative=Labour"]))
    assert merged.parties[0] == {"id": "labour", "name": "Lab", "votes": 29001}
    with pytest.raises(TableImportError, match="no party named 'Greens'"):
        merge_parties(result, parse_merges(["Greens=Labour"]))
    with pytest.raises(TableImportError, match="cannot be merged into itself"):
        merge_parties(result, parse_merges(["Labour=LABOUR"]))


def test_merge_sums_station_columns_too(tmp_path):
    path = tmp_path / "w.csv"
    path.write_text("station,Registered voters,A,B,C\n1,100,10,20,30\n2,100,1,2,3\n",
                    encoding="utf-8")
    merged = merge_parties(import_table(path), [("C", "A")])
    assert [(p["name"], p["votes"]) for p in merged.parties] == [("A", 44), ("B", 22)]
    assert merged.stations.votes.tolist() == [[40, 20], [4, 2]]
    assert merged.stations.party_names == ["A", "B"]


def _lab(colour: str) -> tuple[float, float, float]:
    r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    lin = [((c + 0.055) / 1.055) ** 2.4 if c > 0.04045 else c / 12.92 for c in (r, g, b)]
    x = (0.4124 * lin[0] + 0.3576 * lin[1] + 0.1805 * lin[2]) / 0.95047
    y = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    z = (0.0193 * lin[0] + 0.1192 * lin[1] + 0.9505 * lin[2]) / 1.08883

    def f(v: float) -> float:
        return v ** (1 / 3) if v > 0.008856 else 7.787 * v + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def test_seat_winners_get_colours_that_stay_apart():
    parties = [{"id": f"p{i}", "votes": 1000 - i} for i in range(40)]
    seats = {f"p{i}": 40 - i for i in range(0, 40, 3)}  # 14 winners, not the 14 largest
    colours = party_colours(parties, seats)
    winners = [colours[p] for p in seats]
    assert len(set(winners)) == len(winners)
    closest = min(math.dist(_lab(a), _lab(b))
                  for i, a in enumerate(winners) for b in winners[i + 1:])
    assert closest > 25  # CIE76: clearly different colours, not shades of one
    assert all(c in PALETTE for c in colours.values())
    assert colours["p0"] == PALETTE[0]  # the most seats: the first colour


def test_uk_2024_preset_reproduces_the_official_house():
    result = allocate(scenario_file.load("preset:uk-2024"))
    seats = {p.name: p.seats for p in result.parties if p.seats}
    assert seats == {
        "Labour": 411, "Conservative": 121, "Liberal Democrat": 72,
        "Scottish National Party": 9, "Sinn Fein": 7, "Reform UK": 5,
        "Democratic Unionist Party": 5, "Green": 4, "Plaid Cymru": 4,
        "Social Democratic and Labour Party": 2, "Speaker": 1, "Alliance": 1,
        "Traditional Unionist Voice": 1, "Ulster Unionist Party": 1}
    assert result.seats_total == 650
    assert result.independent_seats == 6
    scenario = result.scenario
    assert scenario.registered_voters == 48_253_193
    assert scenario.list_tier.seats == 0
    votes = {p.name: p.votes for p in scenario.parties}
    assert (votes["Labour"], votes["Green"]) == (9_708_716, 1_944_501)  # the Library's totals
    won = {p.id for p in result.parties if p.seats}
    colours = [p.color for p in scenario.parties if p.id in won]
    assert len(set(colours)) == len(colours) == 14
    sources = " ".join(scenario.sources)
    assert "CBP-10009" in sources
    assert "372c0947416e16a8a0f1bb01b3b377e69374ab7a" in sources
    assert "Open Parliament Licence v3.0" in sources


@pytest.mark.skipif(not UK_CSV.exists(), reason="the candidate table is in /work/shared")
def test_uk_2024_preset_is_what_the_import_makes_of_the_table(tmp_path, capsys):
    out = tmp_path / "uk.seats.json"
    args = ["import", str(UK_CSV), "--to", str(out)]
    for merge in UK_MERGES:
        args += ["--merge", merge]
    assert main.main(args) == 0
    built = json.loads(out.read_text(encoding="utf-8"))
    preset = json.loads(scenario_file.scenario_path("preset:uk-2024").read_text("utf-8"))
    for key in ("parties", "district_tier", "list_tier", "registered_voters", "mixed"):
        assert built[key] == preset[key], key
