"""UK general election 2024 (650 first-past-the-post districts, 4,515 candidates) for the
benchmarks and the tests: the built-in ``preset:uk-2024`` when this tree has it, else the same
scenario built from the shared candidate table (``../shared/data/uk/ge-2024-candidates.csv``,
whose README lists its sources and checks), with the Commons Library's party counting: Labour
and Co-operative candidates are Labour, the three Green parties are Green, "Independent"
candidates are self-nominated. Labour wins 411 seats either way.
"""

from __future__ import annotations

import csv
import os
import re
from pathlib import Path

from core.io import scenario_file
from core.io.scenario_reader import read_scenario
from core.model.scenario import Scenario

SHARED_CSV = Path(os.environ.get(
    "SEATCALC_UK_2024_CSV", "/work/shared/data/uk/ge-2024-candidates.csv"))
MERGES = {"Labour and Co-operative": "Labour", "Scottish Green Party": "Green",
          "Green Party Northern Ireland": "Green"}
PARTY_COLOURS = {"Labour": "#e4003b", "Conservative": "#0087dc", "Liberal Democrat": "#faa61a",
                 "Reform UK": "#12b6cf", "Green": "#02a95b", "Scottish National Party": "#fdf38e",
                 "Sinn Fein": "#326760", "Democratic Unionist Party": "#d46a4c",
                 "Plaid Cymru": "#005b54"}


def available() -> bool:
    """Whether UK 2024 can be had here (the preset, or the shared table)."""
    return "uk-2024" in dict(scenario_file.presets()) or SHARED_CSV.is_file()


def load_uk_2024() -> Scenario:
    """The preset when present, else the scenario built from the shared table."""
    if "uk-2024" in dict(scenario_file.presets()):
        return scenario_file.load("preset:uk-2024")
    return read_scenario(uk_2024_dict(SHARED_CSV))


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def uk_2024_dict(path: Path) -> dict:
    """The scenario file's object built from the candidate table at ``path``."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    parties: dict[str, dict] = {}
    districts: dict[str, dict] = {}
    electorate: dict[str, int] = {}
    for r in rows:
        name = MERGES.get(r["party"], r["party"])
        pid = None if name == "Independent" else _slug(name)
        votes = int(r["votes"])
        if pid is not None:
            party = parties.setdefault(pid, {"id": pid, "name": name, "votes": 0})
            party["votes"] += votes
            if name in PARTY_COLOURS:
                party["color"] = PARTY_COLOURS[name]
        district = districts.setdefault(r["ons_code"], {
            "id": r["ons_code"], "name": r["constituency"], "region": r["region"],
            "candidates": []})
        district["candidates"].append({"name": r["candidate"], "party": pid, "votes": votes})
        electorate[r["ons_code"]] = int(r["electorate"])
    return {
        "format": "seatcalc-scenario", "version": 1,
        "title": "United Kingdom, House of Commons, 4 July 2024",
        "date": "2024-07-04",
        "parties": list(parties.values()),
        "list_tier": {"seats": 0, "method": "dhondt", "tie_break": "more_votes"},
        "district_tier": {"seats": len(districts), "districts": list(districts.values())},
        "mixed": {"type": "parallel"},
        "registered_voters": sum(electorate.values()),
    }
