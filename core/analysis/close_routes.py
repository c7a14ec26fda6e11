"""Fast routes for "how close" (``core.analysis.closeness``): a seat won or lost in one
district or one constituency, and a majority won or lost over several, from the analytic
costs of ``core.analysis.seat_costs`` instead of a search by recounting.

Every figure is still a verified boundary: recounted (incrementally, ``allocate(s,
previous)``) with the figure the outcome changes, with one vote less it does not; a cost that
fails the check is replaced by the search of before, in that place. One exception, proven
rather than checked: in a parallel system whose threshold does not count district seats, a
district won or lost changes the party's seats by exactly one, so a district's cost is
reported as worked out. A majority over several places adds up the cheapest places one seat
each: verified by one recount with every move made, it is an upper bound (a place could give
two seats more cheaply than two places one each).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial

from core.analysis.seat_costs import SeatCost, analytic, constituency_costs, district_costs
from core.model.scenario import Scenario
from core.rules.allocate import allocate
from core.rules.methods import AllocationError
from core.rules.result import Result

MAX_NAMED = 3  # places named in a majority's figure before "+N"


def district_moved(scenario: Scenario, index: int, party_id: str, delta: int) -> Scenario:
    """``scenario`` with ``delta`` votes added to the party's candidate in district
    ``index`` (never below zero), and to the party's own total when its list votes are the
    candidates' sum (no list tier)."""
    tier = scenario.district_tier
    d = tier.districts[index]
    candidates = tuple(replace(c, votes=max(c.votes + delta, 0)) if c.party == party_id else c
                       for c in d.candidates)
    districts = tier.districts[:index] + (replace(d, candidates=candidates),) \
        + tier.districts[index + 1:]
    return replace(scenario, district_tier=replace(tier, districts=districts))


def _constituency_moved(scenario: Scenario, index: int, deltas: dict[str, int]) -> Scenario:
    tier = scenario.list_tier
    constituencies = tier.constituencies or ()
    c = constituencies[index]
    moved = replace(c, votes=c.votes | {p: max(c.votes.get(p, 0) + d, 0)
                                        for p, d in deltas.items()})
    regions = constituencies[:index] + (moved,) + constituencies[index + 1:]
    out = scenario.with_votes({p: scenario.party(p).votes + d for p, d in deltas.items()})
    return replace(out, list_tier=replace(tier, constituencies=regions))


def exact_districts(scenario: Scenario) -> bool:
    """Whether a district won or lost is exactly one seat more or less (parallel, and the
    threshold does not count district seats): no recount needed."""
    return (scenario.mixed_type == "parallel"
            and not scenario.list_tier.threshold.or_district_seats)


def counted(scenario: Scenario, previous: Result) -> Result | None:
    """``scenario``'s result (recounted from ``previous``), or None where the law cannot count
    it (Germany 2020: a party left with its district seats and no second votes has an
    overhang no house size compensates). The searches read such a point as no change: the
    figure is then the smallest change the law can count, or none."""
    try:
        return allocate(scenario, previous)
    except AllocationError:
        return None


def best_change(result: Result, party_id: str, gain: bool,
                found: tuple[int | None, str | None]) -> tuple[int | None, str | None]:
    """The fewest votes gained (``gain``) or lost that change the party's seats by one, over
    ``found`` (the searched places' best) and the analytic costs of every district and
    constituency, the cheapest verified first."""
    seats = result.party(party_id).seats
    sign = 1 if gain else -1

    def changed_by(mover: Callable[[int], Scenario]) -> Callable[[int], bool]:
        def changed(n: int) -> bool:
            r = counted(mover(sign * n), result)
            now = seats if r is None else r.party(party_id).seats
            return now > seats if gain else now < seats
        return changed

    best = found
    for cost, mover, trusted, limit in _candidates(result, party_id, gain):
        if best[0] is not None and cost.votes >= best[0]:
            break
        changed = changed_by(mover)
        value: int | None = cost.votes
        if not trusted and not _verified(changed, cost.votes):
            from core.analysis.closeness import smallest_change
            value = smallest_change(changed, limit)
        if value is not None and (best[0] is None or value < best[0]):
            best = (value, cost.place)
    return best


def _verified(changed: Callable[[int], bool], n: int) -> bool:
    return changed(n) and (n == 1 or not changed(n - 1))


Mover = Callable[[int], Scenario]


def _constituency_mover(scenario: Scenario, index: int, party_id: str) -> Mover:
    def mover(delta: int) -> Scenario:
        return _constituency_moved(scenario, index, {party_id: delta})
    return mover


def _candidates(result: Result, party_id: str, gain: bool
                ) -> list[tuple[SeatCost, Mover, bool, int]]:
    """(cost, mover, trusted, search limit) for every place with an analytic cost, cheapest
    first; ``mover(delta)`` makes the move there."""
    s = result.scenario
    out: list[tuple[SeatCost, Mover, bool, int]] = []
    gains, losses, _ = district_costs(result, party_id)
    trusted = exact_districts(s)
    for cost in gains if gain else losses:
        own = next(c.votes for c in s.district_tier.districts[cost.index].candidates
                   if c.party == party_id)
        out.append((cost, partial(district_moved, s, cost.index, party_id), trusted,
                    10 * sum(c.votes for c in s.district_tier.districts[cost.index].candidates)
                    + 10 if gain else own))
    local = constituency_costs(result, party_id)
    if local is not None:
        for cost in local[0] if gain else local[1]:
            c = (s.list_tier.constituencies or ())[cost.index]
            out.append((cost, _constituency_mover(s, cost.index, party_id), False,
                        10 * sum(c.votes.values()) + 10 if gain else c.votes.get(party_id, 0)))
    return sorted(out, key=lambda x: x[0].votes)


def analytic_places(result: Result) -> bool:
    """Whether every list constituency has analytic costs (then none needs a search)."""
    s = result.scenario
    return s.list_tier.constituencies is None or analytic(s)


def majority_route(result: Result, leader: str, runner_up: str | None, seats_to_change: int,
                   gain: bool, holds: Callable[[Scenario], bool],
                   transfer: bool = False) -> tuple[int | None, str | None]:
    """Votes over the cheapest places (one seat each) that win (``gain``) or lose the
    majority, moved to ``runner_up`` when ``transfer``; verified by one recount with every
    move made (an upper bound). (None, None) when the places do not suffice."""
    s = result.scenario
    gains, losses, transfers = district_costs(result, leader, runner_up if transfer else None)
    pool = [("d", c) for c in (gains if gain else transfers if transfer else losses)]
    local = constituency_costs(result, leader, runner_up if transfer else None)
    if local is not None:
        pool += [("c", c) for c in (local[0] if gain else local[2] if transfer else local[1])]
    pool.sort(key=lambda x: x[1].votes)
    chosen = pool[:seats_to_change]
    if seats_to_change <= 0 or len(chosen) < seats_to_change:
        return None, None
    moved = s
    sign = 1 if gain else -1
    for kind, cost in chosen:
        if kind == "d":
            moved = district_moved(moved, cost.index, leader, sign * cost.votes)
            if transfer and runner_up is not None:
                moved = district_moved(moved, cost.index, runner_up, cost.votes)
        else:
            deltas = {leader: sign * cost.votes}
            if transfer and runner_up is not None:
                deltas[runner_up] = cost.votes
            moved = _constituency_moved(moved, cost.index, deltas)
    if holds(moved) != gain:
        return None, None
    return sum(c.votes for _, c in chosen), _named([c for _, c in chosen])


def _named(costs: list[SeatCost]) -> str:
    names = [c.place for c in costs[:MAX_NAMED]]
    extra = len(costs) - MAX_NAMED
    return ", ".join(names) + (f" (+{extra})" if extra > 0 else "")
