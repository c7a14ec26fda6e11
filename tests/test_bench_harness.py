"""The benchmark harness runs, writes valid results and survives broken modules.

No timing assertions here: the figures themselves belong to ``python -m bench``.
"""

from __future__ import annotations

import json
import math
import sys
import types

import pytest

from bench import bench_alloc, bench_recompute
from bench.__main__ import main, run_module, run_modules
from bench.common import ROW_KEYS, check_row, fastest_per_case, row
from core.io.scenario_reader import read_scenario
from core.rules.allocate import allocate


def _fake_module(monkeypatch: pytest.MonkeyPatch, name: str, cases) -> None:
    module = types.ModuleType(f"bench.{name}")
    module.cases = cases
    monkeypatch.setitem(sys.modules, f"bench.{name}", module)


def test_quick_run_writes_valid_results(tmp_path, capsys):
    out = tmp_path / "nested" / "results.json"
    status = main(["--quick", "--module", "bench_alloc", "--only", "alloc hare 7 parties",
                   "--out", str(out)])
    assert status == 0
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(rows, list)
    assert rows
    peers = {r["peer"].split()[0] for r in rows}
    assert {"votelib", "apportionment"} <= peers
    for r in rows:
        assert set(ROW_KEYS) <= set(r)
        assert r["case"] == "alloc hare 7 parties/69 seats"
        assert r["ours_s"] > 0
        assert math.isclose(r["ratio"], r["peer_s"] / r["ours_s"])
        assert r["same_seats"] is True  # every peer agrees with ours on the benchmark input
    printed = capsys.readouterr().out
    assert "alloc hare 7 parties/69 seats" in printed
    assert "fastest peer" in printed


def test_missing_module_is_skipped_with_a_note(capsys):
    assert run_module("bench_not_written_yet", quick=True) == []
    assert "bench.bench_not_written_yet does not exist" in capsys.readouterr().out


def test_raising_module_is_a_failed_row_and_the_run_goes_on(monkeypatch, capsys):
    def broken(quick: bool = False):
        raise RuntimeError("boom")

    _fake_module(monkeypatch, "bench_broken", broken)
    _fake_module(monkeypatch, "bench_old_style", lambda: [row("old case", 0.5, "peer", 1.0)])
    rows = run_modules(("bench_broken", "bench_old_style"), quick=True)
    assert [r["case"] for r in rows] == ["bench_broken (failed)", "old case"]
    assert rows[0]["error"] == "RuntimeError: boom"
    assert rows[0]["ours_s"] is None
    assert rows[1]["ratio"] == 2.0
    assert "bench.bench_broken failed" in capsys.readouterr().err


def test_failed_module_makes_main_exit_1_and_still_write(monkeypatch, tmp_path, capsys):
    _fake_module(monkeypatch, "bench_alloc", lambda quick=False: [{"case": "no times"}])
    out = tmp_path / "r.json"
    assert main(["--quick", "--module", "bench_alloc", "--out", str(out)]) == 1
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert rows[0]["case"] == "bench_alloc (failed)"
    assert "lacks ours_s, peer, peer_s, ratio" in rows[0]["error"]


def test_only_filters_modules_that_do_not_take_it(monkeypatch):
    _fake_module(monkeypatch, "bench_plain",
                 lambda quick=False: [row("layout 98", 1.0), row("layout 650", 2.0)])
    assert [r["case"] for r in run_module("bench_plain", only="650")] == ["layout 650"]


@pytest.mark.parametrize("bad", [
    {"case": "x", "ours_s": 1.0, "peer": None, "peer_s": None},
    {"case": "x", "ours_s": float("nan"), "peer": None, "peer_s": None, "ratio": None},
    {"case": 3, "ours_s": 1.0, "peer": None, "peer_s": None, "ratio": None},
    ["case", 1.0],
])
def test_malformed_rows_are_refused(bad):
    with pytest.raises(ValueError, match="row"):
        check_row(bad)


def test_fastest_peer_per_case():
    rows = [row("a", 1.0, "slow", 9.0), row("a", 1.0, "fast", 3.0), row("a", 1.0, "x", None),
            row("b", 2.0)]
    best = fastest_per_case(rows)
    assert [(r["case"], r["peer"], r["ratio"]) for r in best] == [("a", "fast", 3.0),
                                                                  ("b", None, None)]


def _only_peer(monkeypatch: pytest.MonkeyPatch, peer: bench_alloc.Peer) -> list[dict]:
    monkeypatch.setattr(bench_alloc, "peers", lambda: ([peer], []))
    return bench_alloc.cases(quick=True, only="alloc hare 7 parties")


def test_a_peer_giving_other_seats_is_flagged(monkeypatch, capsys):
    def prepare(method_id, votes, seats):
        return (lambda: None), (lambda out: [seats] + [0] * (len(votes) - 1))

    [result] = _only_peer(monkeypatch, bench_alloc.Peer("everything-to-one 1.0", prepare))
    assert result["same_seats"] is False
    assert "everything-to-one 1.0 gives other seats than ours" in capsys.readouterr().err


def test_a_broken_peer_is_a_failed_row(monkeypatch):
    def prepare(method_id, votes, seats):
        raise AttributeError("no such function in this version")

    [result] = _only_peer(monkeypatch, bench_alloc.Peer("broken 9.9", prepare))
    assert result["peer"] == "broken 9.9"
    assert result["ratio"] is None
    assert result["error"] == "AttributeError: no such function in this version"


def test_synthetic_parallel_scenario_allocates_every_seat():
    scenario = read_scenario(bench_recompute.synthetic_parallel(districts=40, seed=1))
    result = allocate(scenario)
    assert len(result.district_winners) == 40
    assert sum(p.list_seats for p in result.parties) == bench_recompute.LIST_SEATS
    assert result.seats_total == 40 + bench_recompute.LIST_SEATS
    assert not result.warnings


def test_recompute_cases_name_what_they_time():
    rows = bench_recompute.cases(quick=True, only="kz-2023")
    assert len(rows) == 1
    assert rows[0]["case"].startswith("recompute kz-2023 (load+allocate+indices")
    assert rows[0]["peer"] is None
    assert rows[0]["ratio"] is None
