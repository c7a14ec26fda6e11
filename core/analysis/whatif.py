"""What-if edits: move votes between parties (and swing districts and constituencies with
them), change turnout and against-all. Pure functions Scenario -> Scenario.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from fractions import Fraction

from core.message import QT_TRANSLATE_NOOP
from core.model.scenario import Scenario
from core.model.swing import apply_change, move_change
from core.model.vote_arrays import VoteArrays
from core.refusal import Refusal
from core.rules.thresholds import threshold_base


def _points_of(base: int, points: Fraction | float | str) -> int:
    """``points`` percentage points of ``base`` votes, rounded to a whole vote (half to even)."""
    return round(Fraction(points) * base / 100)


def shift_votes(scenario: Scenario, from_id: str, to_id: str,
                points: Fraction | float | str) -> Scenario:
    """Move ``points`` percentage points of the threshold base (the base of ``vote_share``)
    from one party's list votes to another's; negative points move the other way. The move
    is capped at the votes the giving party has. Totals are unchanged."""
    moved = _points_of(threshold_base(scenario), points)
    giver, taker = (from_id, to_id) if moved >= 0 else (to_id, from_id)
    moved = min(abs(moved), scenario.party(giver).votes)
    return scenario.with_votes({giver: scenario.party(giver).votes - moved,
                                taker: scenario.party(taker).votes + moved})


def swing_move(scenario: Scenario, from_id: str, to_id: str, points: Fraction | float,
               model: str = "uniform") -> Scenario:
    """``shift_votes`` on the national list vote (or, with list constituencies, the move in
    each constituency), and the same move of ``points`` points of the reference vote in every
    district with candidate votes, by the swing ``model`` (``core.model.swing``): uniform, each
    party's candidates gain or lose the points of their district's votes; proportional, their
    share is scaled by the party's national ratio. Declared district totals cannot swing."""
    arrays = VoteArrays.cached(scenario)
    out = scenario
    if scenario.list_tier.constituencies is None:
        out = shift_votes(scenario, from_id, to_id, points)
    if not arrays.districts.count and arrays.constituency_votes is None:
        return out
    change = move_change(arrays, scenario, model, from_id, to_id, points)
    swung = apply_change(scenario, change, arrays)
    return replace(swung, parties=out.parties) if arrays.constituency_votes is None else swung


def change_turnout(scenario: Scenario, factor: Fraction | float | str,
                   parties: Iterable[str] | None = None) -> Scenario:
    """Scale votes by ``factor`` (1.1 = ten per cent more), rounded to whole votes: every
    party, against-all, invalid ballots and district candidates; or, with ``parties``, only
    those parties' list votes and district candidates (a differential turnout)."""
    f = Fraction(factor)
    if f < 0:
        raise Refusal(QT_TRANSLATE_NOOP("refusal", "the factor must be zero or more, got {got}"),
                      where="change_turnout", got=f"{float(f):g}")
    chosen = None if parties is None else set(parties)

    def scaled(n: int) -> int:
        return round(n * f)

    votes = {p.id: scaled(p.votes) for p in scenario.parties if chosen is None or p.id in chosen}
    out = scenario.with_votes(votes)
    districts = tuple(
        replace(d, candidates=tuple(
            replace(c, votes=scaled(c.votes)) if chosen is None or c.party in chosen else c
            for c in d.candidates))
        for d in scenario.district_tier.districts)
    out = replace(out, district_tier=replace(scenario.district_tier, districts=districts))
    if chosen is None:
        out = replace(out, against_all=scaled(scenario.against_all),
                      invalid=scaled(scenario.invalid))
    return out


def set_against_all(scenario: Scenario, votes: int) -> Scenario:
    """The scenario with ``votes`` ballots against all (part of the ``valid`` and ``cast``
    threshold bases)."""
    if votes < 0:
        raise Refusal(QT_TRANSLATE_NOOP("refusal", "expected zero or more votes, got {got}"),
                      where="set_against_all", got=votes)
    return replace(scenario, against_all=votes)
