"""The battleground: every district with candidate votes, closest first, with the swing that
would flip it.

A district's margin is the winner's lead over the runner-up, in votes and as a share of the
district's votes; the swing needed to flip it is half that share (a uniform two-party swing:
every point moved from the winner to the runner-up closes the gap by two). The figures are
exact (``Fraction``); ties count as a zero margin.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from core.rules.result import Result


@dataclass(frozen=True)
class Contest:
    """One district: winner and runner-up (candidate names and parties, None =
    self-nominated) and the margin between them."""

    district_id: str
    district: str
    region: str | None
    winner: str
    winner_party: str | None
    runner_up: str | None
    runner_up_party: str | None
    margin: int
    margin_share: Fraction

    @property
    def swing_to_flip(self) -> Fraction:
        """Points (as a fraction of the district's votes) moved from winner to runner-up
        that make them level: half the margin."""
        return self.margin_share / 2


def battleground(result: Result) -> tuple[Contest, ...]:
    """Every district with candidate votes, the closest first (then in district order)."""
    out = []
    districts = result.scenario.district_tier.districts
    for w in result.district_winners:
        if w.district_index is None or w.votes is None:
            continue
        d = districts[w.district_index]
        total = sum(c.votes for c in d.candidates)
        others = [c for j, c in enumerate(d.candidates) if j != w.candidate_index]
        second = max(others, key=lambda c: c.votes, default=None)  # first listed on a tie
        margin = w.votes - (second.votes if second is not None else 0)
        out.append(Contest(d.id, d.name, d.region, w.candidate, w.party,
                           None if second is None else second.name,
                           None if second is None else second.party, margin,
                           Fraction(margin, total) if total else Fraction(0)))
    return tuple(sorted(out, key=lambda c: c.margin_share))
