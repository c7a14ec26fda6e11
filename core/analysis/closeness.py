"""How close each party is to a seat more or less, to the threshold, and the largest party to
a majority.

Where a seat's cost can be worked out (a district won or lost; a constituency counted by a
divisor method), ``core.analysis.close_routes`` does so and verifies it by recounting.
Elsewhere, "how close" figures are found by an exponential and then a binary search on a
party's vote count, recomputing the whole allocation with ``core.rules.allocate`` at each step
(incrementally: what the move does not touch is kept), so they hold for
every rule the allocation knows (threshold base with the party's own votes in it, quotas on
qualifying votes, district and appointed seats). Every figure is a verified boundary: with the
reported change the seat count (or majority, or threshold test) changes, with one vote less it
does not. It is the *smallest* such change when seats are monotone in a party's own votes with
the others fixed, which holds for divisor methods and the threshold; largest-remainder methods
can in principle break it (the quota moves with every vote), see ``CAVEATS``. List votes move
nationwide, or inside one list constituency (or additional member region), and a party's
candidate votes inside one district: the place where the fewest are needed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from core.analysis.close_routes import analytic_places, best_change, counted, majority_route
from core.analysis.seat_costs import stands_in, test_margins
from core.message import Message, msg
from core.model.scenario import Constituency, Scenario
from core.rules.methods import METHODS
from core.rules.result import Result
from core.rules.thresholds import base_votes, threshold_base

# Largest-remainder methods: vote counts scanned one by one below each boundary found.
LOCAL_SCAN = 50
CAVEATS = (
    msg("closeness.caveat_others_fixed"),
    msg("closeness.caveat_list_votes"),
    msg("closeness.caveat_constituencies"),
    msg("closeness.caveat_bonus"),
    msg("closeness.caveat_verified", n=LOCAL_SCAN),
)




@dataclass(frozen=True)
class Closeness:
    """How far one party is from a change, the others fixed (None: no such change exists).

    ``votes_to_gain_seat``: the fewest extra votes that win one more seat.
    ``votes_to_lose_seat``: the fewest lost votes that cost a seat (so the party can lose
    ``can_lose`` = one fewer and keep its seats).
    ``votes_to_pass_threshold``: extra votes to pass (0 when it passes already; None when the
    threshold does not apply: none set, exempt, or qualified by district seats).
    ``votes_to_fail_threshold``: the fewest lost votes that make it fail.
    With list constituencies the votes move inside one constituency: ``gain_in`` and
    ``lose_in`` name it (None: nationwide).
    """

    party_id: str
    votes: int
    seats: int
    votes_to_gain_seat: int | None
    votes_to_lose_seat: int | None
    votes_to_pass_threshold: int | None
    votes_to_fail_threshold: int | None
    gain_in: str | None = None
    lose_in: str | None = None

    @property
    def can_lose(self) -> int | None:
        """The most votes the party can lose and keep all its seats."""
        return None if self.votes_to_lose_seat is None else self.votes_to_lose_seat - 1


@dataclass(frozen=True)
class MajorityMargin:
    """The largest party and a majority (``kind`` "simple" or "two_thirds"), by seats with
    affiliated members. When it holds the majority: the fewest lost votes that cost it, lost
    to abstention and, second, lost to ``runner_up``; when it does not: the fewest extra
    votes that win it (from abstainers). With list constituencies the votes move inside one
    constituency (named in ``where``, and ``where_to_runner_up`` for the transfer), which
    makes these figures upper bounds (see ``CAVEATS``)."""

    party_id: str
    kind: str
    seats: int
    needed: int
    holds: bool
    votes_to_lose: int | None
    votes_to_lose_to_runner_up: int | None
    runner_up: str | None
    votes_to_win: int | None
    where: str | None = None
    where_to_runner_up: str | None = None


@dataclass(frozen=True)
class BonusMargin:
    """The majority bonus (``list_tier.majority_bonus``) and its steps, the others fixed.

    ``party_id`` is the list that gets the bonus (the largest) with its ``bonus`` seats;
    ``votes_to_next_step``: the fewest extra votes after which its bonus is different (the
    next step of a sliding bonus, or a smaller top-up as its own seats grow), with the bonus
    then (``bonus_up``); ``votes_to_lose_step``: the fewest lost votes (to abstention) after
    which its bonus is different (``bonus_down``: a lower step, or none once it falls below
    the bonus's minimum or behind another list). ``votes_to_take_bonus``: the fewest extra
    votes ``runner_up`` needs to get a bonus itself. None: no such change.
    """

    party_id: str
    bonus: int
    votes_to_next_step: int | None
    bonus_up: int | None
    votes_to_lose_step: int | None
    bonus_down: int | None
    runner_up: str | None
    votes_to_take_bonus: int | None


@dataclass(frozen=True)
class HowClose:
    parties: tuple[Closeness, ...]
    majorities: tuple[MajorityMargin, ...]
    caveats: tuple[Message, ...] = CAVEATS
    bonus: BonusMargin | None = None


def smallest_change(changed: Callable[[int], bool], limit: int, window: int = 0) -> int | None:
    """The smallest n in 1..``limit`` with ``changed(n)``, where ``changed(0)`` is False,
    by exponential then binary search; None when ``changed(limit)`` is False.

    Exact when ``changed`` is monotone (False up to a point, True after). Otherwise the n
    returned is still a verified boundary (``changed(n)`` and not ``changed(n - 1)``), the
    smallest within ``window`` values below the one the binary search found.
    """
    if limit < 1:
        return None
    lo, hi = 0, 1
    while not changed(hi):
        if hi >= limit:
            return None
        lo, hi = hi, min(2 * hi, limit)
    while hi - lo > 1:  # invariant: not changed(lo), changed(hi)
        mid = (lo + hi) // 2
        if changed(mid):
            hi = mid
        else:
            lo = mid
    for n in range(max(1, hi - window), hi):  # a local scan for an earlier change
        if changed(n):
            while n > 1 and changed(n - 1):
                n -= 1
            return n
    return hi


def _reach(scenario: Scenario) -> int:
    """A vote count beyond which more votes change nothing that matters in a search."""
    return 4 * (threshold_base(scenario) + scenario.invalid) * max(scenario.house_size, 1) + 10


def how_close(result: Result) -> HowClose:
    """Votes each party needs to gain or lose a seat and to pass or fail the threshold, and
    the largest party's margins for a simple and a two-thirds majority (see ``CAVEATS``)."""
    s = result.scenario
    parties = tuple(_closeness(result, p.id) for p in s.parties)
    return HowClose(parties, _majority_margins(result), bonus=bonus_margin(result))


def bonus_margin(result: Result) -> BonusMargin | None:
    """The votes that move the majority bonus a step, or give it to the runner-up (None
    without a bonus, or when no list takes part). Found by recomputing, as every figure
    here: only list votes move (nationwide: a bonus needs one nationwide count)."""
    s = result.scenario
    if "majority_bonus" not in s.list_tier.adjustments:
        return None
    ranked = sorted((p for p in result.parties if p.qualified), key=lambda p: -p.votes)
    if not ranked:
        return None
    leader, runner = ranked[0], (ranked[1] if len(ranked) > 1 else None)

    now = leader.bonus_seats

    def bonus(deltas: dict[str, int], party: str) -> int:
        r = _recount(s, deltas, None, result)
        return (now if party == leader.id else 0) if r is None else r.party(party).bonus_seats

    up = smallest_change(lambda n: bonus({leader.id: n}, leader.id) != now, _reach(s),
                         _window(s))
    down = smallest_change(lambda n: bonus({leader.id: -n}, leader.id) != now, leader.votes,
                           _window(s))
    take = None if runner is None else smallest_change(
        lambda n: bonus({runner.id: n}, runner.id) > 0, _reach(s), _window(s))
    return BonusMargin(leader.id, now, up, None if up is None else bonus({leader.id: up},
                                                                          leader.id),
                       down, None if down is None else bonus({leader.id: -down}, leader.id),
                       None if runner is None else runner.id, take)


def _window(scenario: Scenario) -> int:
    """Local scan below each boundary: none for divisor methods (monotone), else
    ``LOCAL_SCAN`` vote counts (see ``CAVEATS``)."""
    return 0 if METHODS[scenario.list_tier.method].kind == "divisor" else LOCAL_SCAN


def _places(scenario: Scenario, party_id: str) -> tuple[Constituency | None, ...]:
    """Where a party's list votes can move: nationwide (None), or in one list constituency
    (the national vote is then the sum of the constituency votes) where it stands
    (``seat_costs.stands_in``)."""
    constituencies = scenario.list_tier.constituencies
    if constituencies is None:
        return (None,)
    return tuple(constituencies[i] for i in stands_in(scenario, party_id))


def _searched(result: Result, party_id: str) -> tuple[Constituency | None, ...]:
    """The places searched by recounting for the party: nationwide when the list tier has
    seats, the constituencies where it stands (``_places``) when no analytic cost covers them
    (``core.analysis.close_routes``); none when list votes change nothing (first past the
    post)."""
    s = result.scenario
    if s.list_tier.constituencies is None:
        return (None,) if s.list_tier.seats else ()
    return () if analytic_places(result) else _places(s, party_id)


def _moved(scenario: Scenario, deltas: dict[str, int], where: Constituency | None) -> Scenario:
    """The scenario with ``deltas`` added to parties' list votes, nationwide or in ``where``
    (and to the parties' national votes, which stay the constituency sum)."""
    out = scenario.with_votes({p: scenario.party(p).votes + d for p, d in deltas.items()})
    if where is None:
        return out
    tier = scenario.list_tier
    constituencies = tuple(
        replace(c, votes=c.votes | {p: c.votes.get(p, 0) + d for p, d in deltas.items()})
        if c.id == where.id else c for c in tier.constituencies or ())
    return replace(out, list_tier=replace(tier, constituencies=constituencies))


def _recount(scenario: Scenario, deltas: dict[str, int], where: Constituency | None,
             previous: Result) -> Result | None:
    """The result with ``deltas`` moved (recounted from ``previous``), or None where the law
    cannot count them (``close_routes.counted``)."""
    return counted(_moved(scenario, deltas, where), previous)


def _own_votes(scenario: Scenario, party_id: str, where: Constituency | None) -> int:
    return scenario.party(party_id).votes if where is None else where.votes.get(party_id, 0)


def _fewest(places: tuple[Constituency | None, ...],
            search: Callable[[Constituency | None], int | None]) -> tuple[int | None, str | None]:
    """The smallest ``search(place)`` over ``places``, and the place's name (None for
    nationwide, or when no place gives a change)."""
    found = [(n, None if c is None else c.name)
             for c in places if (n := search(c)) is not None]
    return min(found, key=lambda f: f[0], default=(None, None))


def _closeness(result: Result, party_id: str) -> Closeness:
    s = result.scenario
    p = result.party(party_id)

    def seats_after(delta: int, where: Constituency | None) -> int:
        r = _recount(s, {party_id: delta}, where, result)
        return p.seats if r is None else r.party(party_id).seats

    places = _searched(result, party_id)
    gain, gain_in = best_change(result, party_id, True, _fewest(places, lambda c: smallest_change(
        lambda n: seats_after(n, c) > p.seats, _reach(s), _window(s))))
    lose, lose_in = best_change(result, party_id, False, _fewest(
        places, lambda c: smallest_change(lambda n: seats_after(-n, c) < p.seats,
                                          _own_votes(s, party_id, c), _window(s))))
    to_pass, to_fail = threshold_margins(result, party_id)
    return Closeness(party_id, p.votes, p.seats, gain, lose, to_pass, to_fail, gain_in, lose_in)


def threshold_margins(result: Result, party_id: str) -> tuple[int | None, int | None]:
    """(extra votes to pass, lost votes to fail) the threshold, exact, the party's own votes
    being part of the base: pass when (v+e)·100 ≥ p·(B+e), i.e. e·(100−p) ≥ p·B − 100·v
    (strictly, when exactly-at-threshold fails), p being the party's own percentage (a
    coalition's, if it is one). (None, None) when the test does not apply: no threshold,
    exempt, or qualified by district seats won (seated or not). Under a per-constituency
    threshold the votes move inside one constituency (the fewest needed); failing then means
    failing everywhere, so it has a figure only where the party passes in one constituency
    alone. Where the largest lists are admitted (``min_lists``), or a share of one
    constituency's votes also qualifies there (``or_constituency_percent``), the figures are
    found by recomputing."""
    s = result.scenario
    rule = s.list_tier.threshold
    p = s.party(party_id)
    test = next(t for t in result.thresholds if t.party_id == party_id)
    by_seats = rule.or_district_seats and result.party(party_id).districts_won >= \
        rule.or_district_seats
    percent = rule.percent_for(p.members)
    if not percent or p.threshold_exempt or by_seats:
        return None, None
    if rule.min_lists or rule.or_constituency_percent or (
            rule.scope == "constituency" and s.list_tier.constituencies is not None):
        return _local_threshold_margins(result, party_id)
    # The national test: the party's national votes (the constituency sum, if any) and base.
    return test_margins(percent, rule.inclusive, test.votes, test.base)


def _local_threshold_margins(result: Result, party_id: str) -> tuple[int | None, int | None]:
    """Threshold margins under ``scope: constituency`` (each constituency's own test, worked
    out exactly) or ``min_lists`` (by recomputing: a party's test is monotone in its own
    votes, so the searches are exact)."""
    s = result.scenario
    rule = s.list_tier.threshold
    if rule.min_lists or rule.or_constituency_percent:
        return _searched_threshold_margins(result, party_id)
    percent = rule.percent_for(s.party(party_id).members)
    margins = [test_margins(percent, rule.inclusive, c.votes.get(party_id, 0),
                            base_votes(rule, sum(c.votes.values()), c.against_all, c.invalid))
               for c in s.list_tier.constituencies or ()]
    passes = [m for m in margins if m[0] == 0]
    if not passes:
        return min((m[0] for m in margins if m[0] is not None), default=None), None
    return 0, (passes[0][1] if len(passes) == 1 else None)


def _searched_threshold_margins(result: Result, party_id: str
                                ) -> tuple[int | None, int | None]:
    s = result.scenario
    places = _places(s, party_id)
    passed = result.party(party_id).qualified

    def qualified(delta: int, where: Constituency | None) -> bool:
        r = _recount(s, {party_id: delta}, where, result)
        return passed if r is None else r.party(party_id).qualified

    if not passed:
        return _fewest(places, lambda c: smallest_change(lambda n: qualified(n, c),
                                                         _reach(s)))[0], None
    return 0, _fewest(places, lambda c: smallest_change(lambda n: not qualified(-n, c),
                                                        _own_votes(s, party_id, c)))[0]


def _majority_margins(result: Result) -> tuple[MajorityMargin, ...]:
    m = result.majority
    if m.largest is None:
        return ()
    leader = m.largest
    others = sorted((p for p in result.parties if p.id != leader),
                    key=lambda p: (-p.seats_with_affiliated, -p.votes))
    runner_up = others[0].id if others else None
    return tuple(_majority_margin(result, leader, runner_up, kind)
                 for kind in ("simple", "two_thirds"))


def _majority_margin(result: Result, leader: str, runner_up: str | None,
                     kind: str) -> MajorityMargin:
    """The leader's margin for one majority: lost votes (to abstention, then moved to the
    runner-up) that cost it, or extra votes that win it."""
    s = result.scenario
    m = result.majority

    need = m.simple if kind == "simple" else m.two_thirds
    now = m.largest_seats >= need

    def holding(scenario: Scenario) -> bool:
        r = counted(scenario, result)
        if r is None:
            return now
        needed = r.majority.simple if kind == "simple" else r.majority.two_thirds
        return r.party(leader).seats_with_affiliated >= needed

    def holds(deltas: dict[str, int], where: Constituency | None) -> bool:
        return holding(_moved(s, deltas, where))

    def cheaper(a: tuple[int | None, str | None], b: tuple[int | None, str | None]
                ) -> tuple[int | None, str | None]:
        return b if a[0] is None or (b[0] is not None and b[0] < a[0]) else a

    places = _searched(result, leader)
    lose = to_runner = win = where = runner_where = None
    if now:
        short = m.largest_seats - need + 1  # seats to lose
        lose, where = cheaper(_fewest(places, lambda c: smallest_change(
            lambda n: not holds({leader: -n}, c), _own_votes(s, leader, c), _window(s))),
            majority_route(result, leader, runner_up, short, False, holding))
        if runner_up is not None:
            to_runner, runner_where = cheaper(_fewest(places, lambda c: smallest_change(
                lambda n: not holds({leader: -n, runner_up: n}, c), _own_votes(s, leader, c),
                _window(s))), majority_route(result, leader, runner_up, short, False, holding,
                                             transfer=True))
    else:
        win, where = cheaper(_fewest(places, lambda c: smallest_change(
            lambda n: holds({leader: n}, c), _reach(s), _window(s))),
            majority_route(result, leader, runner_up, need - m.largest_seats, True, holding))
    return MajorityMargin(leader, kind, m.largest_seats, need, now, lose, to_runner, runner_up,
                          win, where, runner_where)


