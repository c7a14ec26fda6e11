"""Real elections, through the command line: every ``NAME.seats.json`` of the shared official
results must compute to its ``NAME.expected.json`` (the seats the electoral authority
declared), seat for seat and constituency by constituency.

The cases are read from the shared folder when it is present, so that a case added there is
checked at once; tests/data/official holds copies, so that the suite runs on a fresh clone,
and the copies must stay equal to the shared files. The figures and their sources are in the
shared README (and in each scenario's ``sources``); an expected file is the authority: a
difference is a bug in the program or in how the scenario states the law.

``RESTATED``: cases whose shared scenario cannot state the law, with the reason; their
scenario here states it (same election, same figures, more of them), and the shared expected
seats still decide.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import main

SHARED = Path("/work/shared/data/official-results/scenarios")
COPIES = Path(__file__).resolve().parents[1] / "data" / "official"
RESTATED = {
    "de_btw_2021": "the shared scenario is national; the 2020 law shares seats to the Länder "
                   "by population and sets minimum seats per Land list (de_btw_2021_laender.csv "
                   "and de_btw_2021_population.csv give the Land figures)",
}


def _names() -> list[str]:
    folders = [f for f in (SHARED, COPIES) if f.is_dir()]
    return sorted({p.name.removesuffix(".seats.json") for f in folders
                   for p in f.glob("*.seats.json")})


def _expected(name: str) -> dict:
    path = SHARED / f"{name}.expected.json"
    return json.loads((path if path.exists() else COPIES / path.name).read_text("utf-8"))


def _scenario(name: str) -> Path:
    shared = SHARED / f"{name}.seats.json"
    return shared if shared.exists() and name not in RESTATED else COPIES / shared.name


def _compute(capsys, path: Path) -> dict:
    status = main.main(["compute", str(path), "--format", "json"])
    out, err = capsys.readouterr()
    assert status == 0, err
    return json.loads(out)


@pytest.mark.parametrize("name", _names())
def test_an_official_result_is_reproduced(capsys, name: str) -> None:
    expected = _expected(name)
    got = _compute(capsys, _scenario(name))
    parties = {p["id"]: p for p in got["parties"]}
    assert got["seats_total"] == expected["seats_total"]
    assert {p: parties[p]["seats"] for p in expected["seats"]} == expected["seats"]
    if "list_seats" in expected:
        assert ({p: parties[p]["list_seats"] for p in expected["list_seats"]}
                == expected["list_seats"])
    if "constituencies" in expected:
        seats = {c["id"]: c["seats"] for c in got["constituencies"]}
        for c in expected["constituencies"]:
            assert {p: seats[c["id"]].get(p, 0) for p in c["seats"]} == c["seats"], c["id"]


@pytest.mark.skipif(not SHARED.is_dir(), reason="the shared official results are not here")
@pytest.mark.parametrize("name", _names())
def test_the_copies_equal_the_shared_files(name: str) -> None:
    kinds = ("expected",) if name in RESTATED else ("expected", "seats")
    for kind in kinds:
        shared, copy = SHARED / f"{name}.{kind}.json", COPIES / f"{name}.{kind}.json"
        assert copy.exists(), f"{copy.name}: copy it from {SHARED}"
        assert copy.read_bytes() == shared.read_bytes(), f"{copy.name} differs: copy it again"
