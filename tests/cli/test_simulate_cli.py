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


# ------------------------------------------------------------------ projections (issue 15)


def _write(tmp_path, data: dict) -> str:
    path = tmp_path / "s.seats.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def _two_party(polls: list | None = None) -> dict:
    return {"format": "seatcalc-scenario", "version": 1, "title": "two-party",
            "parties": [{"id": "a", "votes": 520}, {"id": "b", "votes": 480}],
            "list_tier": {"seats": 0, "method": "dhondt"},
            "district_tier": {"seats": 1, "districts": [{"id": "d", "name": "Middle",
                                                         "candidates": [
                {"name": "A", "party": "a", "votes": 52_000},
                {"name": "B", "party": "b", "votes": 48_000}]}]},
            "polls": polls or []}


def test_poll_projection_json_keeps_the_contract_and_adds_districts(capsys, tmp_path):
    polls = [{"id": "early", "date": "2025-01-01", "sample_size": 1000,
              "shares": {"a": 45, "b": 55}},
             {"id": "late", "date": "2025-01-15", "sample_size": 1000,
              "shares": {"a": 49, "b": 51}}]
    status, out, err = _run(capsys, _write(tmp_path, _two_party(polls)), "--runs", "4000",
                            "--poll", "average", "--district-sd", "2", "--curve", "a",
                            "--format", "json")
    assert (status, err) == (0, "")
    data = json.loads(out)
    assert {"runs", "seed", "parties", "p_any_majority"} <= data.keys()
    assert data["model"]["target"] == {"a": 47.67, "b": 52.33}  # weights 0.5 and 1
    assert [p["id"] for p in data["projection"]["parties"]] == ["a", "b"]
    assert data["projection"]["parties"][1]["seats"] == 1  # B ahead in the average
    district = data["districts"][0]
    assert district["id"] == "d"
    assert district["winner"] == "a"
    assert sum(x["p"] for x in district["p_win"]) == pytest.approx(1.0)
    contest = data["battleground"][0]  # in the projection: B 52.33%, A 47.67%
    assert (contest["winner"], contest["runner_up"]) == ("b", "a")
    assert contest["swing_to_flip"] == pytest.approx(0.0233, abs=1e-4)
    assert data["seats_votes"]["party"] == "a"
    assert data["seats_votes"]["rival"] == "b"
    assert data["nothing_moves"] is None


def test_shares_swing_and_error_options(capsys, tmp_path):
    path = _write(tmp_path, _two_party())
    status, out, _ = _run(capsys, path, "--runs", "1000", "--shares", "a=40, b=60",
                          "--swing", "proportional", "--error", "logit", "--format", "json")
    assert status == 0
    data = json.loads(out)
    assert data["model"]["swing"] == "proportional"
    assert data["parties"][1]["seats_mean"] > 0.9


def test_a_house_where_nothing_moves_says_so_in_one_line(capsys, tmp_path):
    data = _two_party()
    data["district_tier"]["districts"][0]["candidates"].pop()
    status, out, _ = _run(capsys, _write(tmp_path, data), "--runs", "100")
    assert status == 0
    assert out.count("\n") == 1
    assert out.startswith("Nothing in this house can move")


@pytest.mark.parametrize(("argv", "message"), [
    (("--poll", "nope"), "error: --poll: no poll 'nope' in this scenario"),
    (("--shares", "a=120"), "error: --shares: expected \"party=percent\""),
    (("--shares", "zz=20"), "error: poll: no party 'zz' in this scenario"),
    (("--error", "poll"), "error: simulate: --error poll needs the poll's sample size"),
    (("--swing", "sideways"), "error: simulate: --swing: expected one of uniform"),
    (("--curve", "zz"), "error: --curve: no party 'zz'"),
])
def test_bad_projection_options_exit_2(capsys, tmp_path, argv, message):
    status, out, err = _run(capsys, _write(tmp_path, _two_party()), "--runs", "10", *argv)
    assert (status, out) == (2, "")
    assert err.startswith(message)
    assert err.count("\n") == 1


@pytest.mark.parametrize("name", ["preset:kz-2023", "preset:kz-2021", "template:nz",
                                  "template:de-2025", "template:scotland", "template:spain",
                                  "template:norway", "template:us-house", "template:ru-duma",
                                  "template:netherlands", "template:kz-before-2022"])
def test_simulate_works_on_every_template_and_preset(capsys, name):
    status, out, err = _run(capsys, name, "--runs", "300", "--district-sd", "2")
    assert (status, err) == (0, "")
    assert "Any single party with a majority" in out
