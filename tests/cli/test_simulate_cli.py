"""`simulate` on the command line (docs/cli.md)."""

from __future__ import annotations

import json

import pytest

from main import main


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(["simulate", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_json_output_follows_the_contract(capsys):
    status, out, err = _run(capsys, "preset:kz-2023", "--runs", "3000", "--seed", "4",
                            "--format", "json")
    assert (status, err) == (0, "")
    data = json.loads(out)
    assert (data["runs"], data["seed"]) == (3000, 4)
    ids = [p["id"] for p in data["parties"]]
    assert ids == ["amanat", "auyl", "respublica", "akzhol", "qhp", "osdp", "baytaq"]
    amanat = data["parties"][0]
    assert amanat["seats_p05"] <= amanat["seats_mean"] <= amanat["seats_p95"]
    assert amanat["p_qualify"] == 1.0
    assert amanat["p_majority"] == 1.0
    assert data["p_any_majority"] == 1.0


def test_same_seed_same_output(capsys):
    first = _run(capsys, "preset:kz-2023", "--runs", "2000", "--seed", "9", "--format", "json")
    second = _run(capsys, "preset:kz-2023", "--runs", "2000", "--seed", "9", "--format", "json")
    other = _run(capsys, "preset:kz-2023", "--runs", "2000", "--seed", "10", "--format", "json")
    assert first == second
    assert first[1] != other[1]


def test_table_output_is_readable(capsys):
    status, out, _ = _run(capsys, "preset:kz-2023", "--runs", "500", "--sd", "3")
    assert status == 0
    assert "Monte Carlo: 500 runs, error sd 3 points, seed 0" in out
    assert "Amanat" in out
    assert "Baytaq (Greens)" in out


@pytest.mark.parametrize(("argv", "message"), [
    (("--runs", "0"), "error: simulate: --runs must be a whole number from 1 to 10,000,000, got 0"),
    (("--runs", "10", "--sd", "-1"), "error: simulate: --sd must be zero or more"),
])
def test_bad_input_exits_2_with_one_line(capsys, argv, message):
    status, out, err = _run(capsys, "preset:kz-2023", *argv)
    assert status == 2
    assert out == ""
    assert err.startswith(message)
    assert err.count("\n") == 1


def test_unknown_preset_exits_2(capsys):
    status, _, err = _run(capsys, "preset:nowhere", "--runs", "10")
    assert status == 2
    assert err.startswith("error: ")
