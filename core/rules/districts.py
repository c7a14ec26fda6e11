"""District seats: the plurality winner of each district with candidate votes, and the seats
known only as declared totals (official summaries without district results)."""

from __future__ import annotations

import random
from fractions import Fraction

from core.message import Message, msg
from core.model.scenario import Scenario
from core.rules.result import DistrictWinner
from core.rules.share import TieReport


def district_winners(scenario: Scenario, ties: list[TieReport]) -> list[DistrictWinner]:
    """Every district seat's winner, in district order, then the declared totals (one entry
    per declared seat); a tie between candidates is appended to ``ties``."""
    tier = scenario.district_tier
    winners = []
    for index, d in enumerate(tier.districts):
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
        winners.append(DistrictWinner(d.name, winner.name, winner.party, winner.affiliation,
                                      winner.votes, winner.votes - runner_up, d.region,
                                      Fraction(winner.votes, total) if total else None,
                                      index, pick))
    for dec in tier.declared:
        winners.extend(DistrictWinner("", "", dec.party, dec.affiliation, None, None,
                                      dec.region) for _ in range(dec.seats))
    return winners


def unfilled_warning(scenario: Scenario, winners: list[DistrictWinner]) -> Message | None:
    """A warning when district seats have neither district votes nor declared totals."""
    missing = scenario.district_tier.seats - len(winners)
    if missing <= 0:
        return None
    return msg("warning.district_seats_unfilled", missing=missing,
               seats=scenario.district_tier.seats)
