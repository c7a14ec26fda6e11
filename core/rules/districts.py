"""District seats: the plurality winner of each district with candidate votes, and the seats
known only as declared totals (official summaries without district results).

Speed (650 districts and 4,515 candidates recounted on every edit): a district whose object
is the one a ``previous`` result counted, at the same place, keeps its winner (edits replace
only what they change); many districts at once are counted with numpy, exact integer
comparisons, and any district with tied candidates goes through the one-by-one count that
reports the tie.
"""

from __future__ import annotations

import random
from fractions import Fraction
from typing import TYPE_CHECKING

import numpy as np

from core.message import Message, msg
from core.model.scenario import District, Scenario
from core.rules.result import DistrictWinner
from core.rules.share import TieReport

if TYPE_CHECKING:
    from core.rules.result import Result

VECTORISED_FROM = 64  # districts to count before numpy pays for itself


def district_winners(scenario: Scenario, ties: list[TieReport],
                     previous: Result | None = None) -> list[DistrictWinner]:
    """Every district seat's winner, in district order, then the declared totals (one entry
    per declared seat); a tie between candidates is appended to ``ties``. With ``previous``
    (the result of an earlier version of the scenario), unchanged districts keep their
    winners."""
    tier = scenario.district_tier
    winners: list[DistrictWinner | None] = list(_reused(scenario, previous))
    todo = [i for i, w in enumerate(winners) if w is None]
    if len(todo) >= VECTORISED_FROM:
        for i, w in zip(todo, _counted(tier.districts, todo), strict=True):
            winners[i] = w
        todo = [i for i in todo if winners[i] is None]
    for index in todo:
        winners[index] = _winner(scenario, tier.districts[index], index, ties)
    out = [w for w in winners if w is not None]  # every district counted: all of them
    for dec in tier.declared:
        out.extend(DistrictWinner("", "", dec.party, dec.affiliation, None, None,
                                  dec.region) for _ in range(dec.seats))
    return out


def _reused(scenario: Scenario, previous: Result | None) -> list[DistrictWinner | None]:
    """Per district, the previous winner where the district object is the very one counted
    before at this place, without a tie (a tie's report is made again); else None."""
    districts = scenario.district_tier.districts
    if previous is None:
        return [None] * len(districts)
    old = previous.scenario.district_tier.districts
    tied = {t.tier for t in previous.ties if t.candidates}
    counted = {w.district_index: w for w in previous.district_winners
               if w.district_index is not None}
    out: list[DistrictWinner | None] = []
    for i, d in enumerate(districts):
        w = counted.get(i) if i < len(old) and old[i] is d else None
        out.append(None if w is None or msg("tier.district", name=d.name) in tied else w)
    return out


def _counted(districts: tuple[District, ...], todo: list[int]) -> list[DistrictWinner | None]:
    """The winners of districts ``todo``, counted together (numpy, exact integers); None for
    a district with tied leaders or fewer than two candidates (counted one by one)."""
    sizes = np.array([len(districts[i].candidates) for i in todo], dtype=np.int64)
    votes = np.fromiter((c.votes for i in todo for c in districts[i].candidates),
                        dtype=np.int64, count=int(sizes.sum()))
    starts = np.cumsum(sizes) - sizes
    top = np.maximum.reduceat(votes, starts)
    at_top = votes == np.repeat(top, sizes)
    leaders = np.add.reduceat(at_top, starts)
    first = np.minimum.reduceat(np.where(at_top, np.arange(votes.size), votes.size), starts)
    second = np.maximum.reduceat(np.where(at_top, -1, votes), starts)
    totals = np.add.reduceat(votes, starts)
    out: list[DistrictWinner | None] = []
    for i, lead, size, pick, runner_up, total in zip(
            todo, leaders.tolist(), sizes.tolist(), (first - starts).tolist(), second.tolist(),
            totals.tolist(), strict=True):
        if lead != 1 or size < 2:
            out.append(None)
            continue
        d = districts[i]
        c = d.candidates[pick]
        out.append(DistrictWinner(d.name, c.name, c.party, c.affiliation, c.votes,
                                  c.votes - runner_up, d.region,
                                  Fraction(c.votes, total) if total else None, i, pick))
    return out


def _winner(scenario: Scenario, d: District, index: int,
            ties: list[TieReport]) -> DistrictWinner:
    """One district's winner, a tie reported and resolved (listing order, or a seeded lot)."""
    cands = d.candidates
    ranked = sorted(range(len(cands)), key=lambda i: -cands[i].votes)  # stable: listing
    top = [i for i in ranked if cands[i].votes == cands[ranked[0]].votes]
    pick = top[0]
    if len(top) > 1:
        # Candidates tie: a seeded lot, or else the listing order stands in for
        # registration ("more votes" cannot part candidates with equal votes).
        rule = "lot" if scenario.list_tier.tie_break == "lot" else "registration_order"
        if rule == "lot":
            pick = random.Random(f"{scenario.list_tier.seed}:{d.id}").choice(top)
        ties.append(TieReport(msg("tier.district", name=d.name), 1,
                              tuple(cands[i].name for i in top), (cands[pick].name,), rule,
                              candidates=True))
    winner = cands[pick]
    runner_up = cands[ranked[1]].votes if len(ranked) > 1 else 0
    total = sum(c.votes for c in cands)
    return DistrictWinner(d.name, winner.name, winner.party, winner.affiliation,
                          winner.votes, winner.votes - runner_up, d.region,
                          Fraction(winner.votes, total) if total else None, index, pick)


def unfilled_warning(scenario: Scenario, winners: list[DistrictWinner]) -> Message | None:
    """A warning when district seats have neither district votes nor declared totals."""
    missing = scenario.district_tier.seats - len(winners)
    if missing <= 0:
        return None
    return msg("warning.district_seats_unfilled", missing=missing,
               seats=scenario.district_tier.seats)
