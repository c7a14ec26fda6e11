"""Analysis of one allocation: explain every seat, how close each party is, compare rules,
and what-if edits.

Everything returns plain frozen dataclasses (exact ``Fraction`` values next to floats for
display) so that a table model, an XLSX sheet and a PDF report can use them alike.

"How close" figures are found by an exponential and then a binary search on a party's vote
count, recomputing the whole allocation with ``core.allocate`` at each step, so they hold for
every rule the allocation knows (threshold base with the party's own votes in it, quotas on
qualifying votes, district and appointed seats). Every figure is a verified boundary: with the
reported change the seat count (or majority, or threshold test) changes, with one vote less it
does not. It is the *smallest* such change when seats are monotone in a party's own votes with
the others fixed, which holds for divisor methods and the threshold; largest-remainder methods
can in principle break it (the quota moves with every vote), see ``CAVEATS``. Only list votes
move (district results stay fixed); with list constituencies or additional member regions the
votes move inside one constituency, the one where the fewest are needed.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from fractions import Fraction

from core import metrics
from core.allocate import Result, allocate, threshold_base, tie_priority
from core.methods import METHODS, divisor_rule
from core.scenario import Constituency, DistrictTier, Scenario

# Largest-remainder methods: vote counts scanned one by one below each boundary found.
LOCAL_SCAN = 50
CAVEATS = (
    "Votes are added to or taken from one party with every other count fixed; lost votes "
    "are abstentions unless stated (they leave the threshold base too).",
    "Only list (party) votes move; district results stay as they are. In a parallel system "
    "only list seats can change; in a compensatory or additional member system each figure is "
    "for the party's whole seat count, recomputed: its entitlement over the whole house, with "
    "overhang, levelling and unseated district winners, not its list seats alone.",
    "With list constituencies (or additional member regions) the votes are added or taken in "
    "one constituency, the one where the fewest are needed (named beside the figure). One seat "
    "is won or lost in one constituency, so that is the party's figure; a majority can need "
    "votes in several, so the majority figures there are upper bounds.",
    "Each figure is verified by recomputing: with it the outcome changes, with one vote less it "
    "does not. It is the smallest such change when seats never fall as a party's own votes "
    "rise: true of divisor methods and thresholds; largest-remainder methods (Hare, Droop, ...) "
    "move their quota with every vote and can, rarely, break this (a vote-monotonicity "
    "paradox of the Alabama kind; seen with the integer Droop quota on small totals). For them the "
    f"{LOCAL_SCAN} vote counts below each boundary are also checked one by one; a smaller change "
    "further below cannot be ruled out.",
)

# ------------------------------------------------------------------------------- explain


@dataclass(frozen=True)
class DivisorStep:
    """One quotient of a divisor method: an awarded seat (``seat`` = its place in the award
    order, 1-based) or a runner-up (``seat`` None: the party's best quotient that missed).

    ``divisor`` and ``quotient`` are exact; they are None where irrational (Huntington-Hill
    divisors √(k(k+1)) for k >= 1) or infinite (a zero divisor). ``key`` is the exact value
    compared: the quotient, or its square for Huntington-Hill; ``math.inf`` for zero divisors.
    """

    seat: int | None
    party_id: str
    votes: int
    k: int  # seats the party held before this quotient
    divisor: Fraction | None
    divisor_float: float
    quotient: Fraction | None
    quotient_float: float
    key: Fraction | float
    tie: bool  # equal to the quotient on the other side of the cut-off


@dataclass(frozen=True)
class QuotaLine:
    """One party under a largest-remainder method: whole quotas and the exact remainder."""

    party_id: str
    votes: int
    whole: int
    remainder: Fraction  # votes - whole × quota
    remainder_float: float
    remainder_rank: int  # 1 = largest remainder (ties by the scenario's tie-break order)
    remainder_seat: bool
    seats: int


@dataclass(frozen=True)
class ThresholdLine:
    """The threshold test of one party, with its exact numerator and denominator."""

    party_id: str
    votes: int
    base: int
    share: Fraction
    share_float: float
    required_percent: Fraction
    passed: bool
    reason: str


@dataclass(frozen=True)
class Explanation:
    """Why the list seats fell as they did (``kind`` "divisor" or "quota")."""

    method_id: str
    method_name: str
    kind: str
    seats: int
    qualifying_votes: int
    thresholds: tuple[ThresholdLine, ...]
    minimum_seats: int = 0  # per qualifying party, handed out before the quotients
    steps: tuple[DivisorStep, ...] = ()  # divisor methods: the award order
    runners_up: tuple[DivisorStep, ...] = ()  # divisor methods: each party's next quotient
    quota: Fraction | None = None
    quota_float: float | None = None
    quota_lines: tuple[QuotaLine, ...] = ()
    whole_seats: int = 0
    remainder_seats: int = 0
    ties: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


def explain(result: Result) -> Explanation:
    """Explain the list tier of ``result``: the threshold tests, then seat by seat (divisor
    methods) or quota, whole seats and remainders (largest-remainder methods)."""
    s = result.scenario
    tier = s.list_tier
    m = METHODS[tier.method]
    qualified = [i for i, t in enumerate(result.thresholds) if t.passed]
    ids = [s.parties[i].id for i in qualified]
    votes = [s.parties[i].votes for i in qualified]
    rank = tie_priority(s)
    priority = [rank[i] for i in qualified]
    seats = list(result.list_apportionment.seats) or [0] * len(qualified)
    notes = list(result.list_apportionment.notes)
    common = dict(
        method_id=m.id, method_name=m.name, kind=m.kind, seats=sum(seats),
        qualifying_votes=sum(votes), thresholds=_threshold_lines(result),
        ties=tuple(t.describe() for t in result.ties),
    )
    if s.mixed_type != "parallel":
        notes.append(f"{s.mixed_type} system: this explains the proportional entitlement over "
                     f"{sum(seats)} seats; list seats top up the district seats to it.")
    if tier.constituencies is not None or len(seats) != len(qualified):
        why = ("each constituency is counted apart" if tier.constituencies is not None
               else "a one-person list was capped at one seat and the rest shared again")
        return Explanation(**common, notes=(*notes, f"No single count to explain: {why}."))
    if m.kind == "divisor":
        steps, runners = _divisor_steps(s, ids, votes, seats, priority)
        return Explanation(**common, minimum_seats=tier.min_seats, steps=steps,
                           runners_up=runners, notes=tuple(notes))
    quota = result.list_apportionment.quota
    lines = _quota_lines(ids, votes, seats, priority, quota) if quota is not None else ()
    whole = sum(line.whole for line in lines)
    return Explanation(**common, quota=quota, quota_float=None if quota is None else float(quota),
                       quota_lines=lines, whole_seats=whole,
                       remainder_seats=sum(seats) - whole, notes=tuple(notes))


def _threshold_lines(result: Result) -> tuple[ThresholdLine, ...]:
    percent = result.scenario.list_tier.threshold.percent
    return tuple(ThresholdLine(t.party_id, t.votes, t.base, t.share, float(t.share), percent,
                               t.passed, t.reason) for t in result.thresholds)


def _divisor_steps(s: Scenario, ids: list[str], votes: list[int], seats: list[int],
                   priority: list[int]) -> tuple[tuple[DivisorStep, ...], tuple[DivisorStep, ...]]:
    rule = divisor_rule(s.list_tier.method, s.list_tier.first_divisor)
    minimum = s.list_tier.min_seats

    def entry(i: int, k: int) -> tuple:
        key = rule.exact_key(votes[i], k) if votes[i] else Fraction(0)
        return (-key, priority[i], k, i)

    won = sorted(entry(i, k) for i in range(len(ids)) for k in range(minimum, seats[i]))
    missed = sorted(entry(i, seats[i]) for i in range(len(ids)) if votes[i])
    cut_in = -won[-1][0] if won else None
    cut_out = -missed[0][0] if missed else None

    def step(place: int | None, e: tuple, other_side: Fraction | float | None) -> DivisorStep:
        key, _, k, i = -e[0], e[1], e[2], e[3]
        d = None if rule.geometric and k else (rule.first if k == 0 else
                                                Fraction(rule.step * k + rule.offset))
        exact = None if d is None or d == 0 else Fraction(votes[i]) / d
        return DivisorStep(place, ids[i], votes[i], k, d, rule.divisor(k), exact,
                           rule.quotient(votes[i], k), key, key == other_side)

    steps = tuple(step(n + 1, e, cut_out) for n, e in enumerate(won))
    return steps, tuple(step(None, e, cut_in) for e in missed)


def _quota_lines(ids: list[str], votes: list[int], seats: list[int], priority: list[int],
                 quota: Fraction) -> tuple[QuotaLine, ...]:
    whole = [v * quota.denominator // quota.numerator for v in votes]
    rems = [v - w * quota for v, w in zip(votes, whole, strict=True)]
    order = sorted(range(len(ids)), key=lambda i: (-rems[i], priority[i]))
    place = {i: n + 1 for n, i in enumerate(order)}
    return tuple(QuotaLine(ids[i], votes[i], whole[i], rems[i], float(rems[i]), place[i],
                           seats[i] > whole[i], seats[i]) for i in range(len(ids)))


# ----------------------------------------------------------------------------- how close


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
class HowClose:
    parties: tuple[Closeness, ...]
    majorities: tuple[MajorityMargin, ...]
    caveats: tuple[str, ...] = CAVEATS


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
    return HowClose(parties, _majority_margins(result))


def _window(scenario: Scenario) -> int:
    """Local scan below each boundary: none for divisor methods (monotone), else
    ``LOCAL_SCAN`` vote counts (see ``CAVEATS``)."""
    return 0 if METHODS[scenario.list_tier.method].kind == "divisor" else LOCAL_SCAN


def _places(scenario: Scenario) -> tuple[Constituency | None, ...]:
    """Where a party's list votes can move: nationwide (None), or in one list constituency
    (the national vote is then the sum of the constituency votes)."""
    constituencies = scenario.list_tier.constituencies
    return (None,) if constituencies is None else constituencies


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


def _own_votes(scenario: Scenario, party_id: str, where: Constituency | None) -> int:
    return scenario.party(party_id).votes if where is None else where.votes.get(party_id, 0)


def _fewest(scenario: Scenario, search: Callable[[Constituency | None], int | None]
            ) -> tuple[int | None, str | None]:
    """The smallest ``search(place)`` over the places votes can move to, and the place's
    name (None for nationwide, or when no place gives a change)."""
    found = [(n, None if c is None else c.name)
             for c in _places(scenario) if (n := search(c)) is not None]
    return min(found, key=lambda f: f[0], default=(None, None))


def _closeness(result: Result, party_id: str) -> Closeness:
    s = result.scenario
    p = result.party(party_id)

    def seats_after(delta: int, where: Constituency | None) -> int:
        return allocate(_moved(s, {party_id: delta}, where)).party(party_id).seats

    gain, gain_in = _fewest(s, lambda c: smallest_change(
        lambda n: seats_after(n, c) > p.seats, _reach(s), _window(s)))
    lose, lose_in = _fewest(s, lambda c: smallest_change(
        lambda n: seats_after(-n, c) < p.seats, _own_votes(s, party_id, c), _window(s)))
    to_pass, to_fail = threshold_margins(result, party_id)
    return Closeness(party_id, p.votes, p.seats, gain, lose, to_pass, to_fail, gain_in, lose_in)


def threshold_margins(result: Result, party_id: str) -> tuple[int | None, int | None]:
    """(extra votes to pass, lost votes to fail) the threshold, exact, the party's own votes
    being part of the base: pass when (v+e)·100 ≥ p·(B+e), i.e. e·(100−p) ≥ p·B − 100·v
    (strictly, when exactly-at-threshold fails). (None, None) when the test does not apply:
    no threshold, exempt, or qualified by district seats won (seated or not). Under a
    per-constituency threshold the votes move inside one constituency (the fewest needed);
    failing then means failing everywhere, so it has a figure only where the party passes in
    one constituency alone."""
    s = result.scenario
    rule = s.list_tier.threshold
    p = s.party(party_id)
    test = next(t for t in result.thresholds if t.party_id == party_id)
    by_seats = rule.or_district_seats and result.party(party_id).districts_won >= \
        rule.or_district_seats
    if not rule.percent or p.threshold_exempt or by_seats:
        return None, None
    if rule.scope == "constituency" and s.list_tier.constituencies is not None:
        return _local_threshold_margins(result, party_id)
    # The national test: the party's national votes (the constituency sum, if any) and base.
    slack = 100 * test.votes - rule.percent * test.base  # < 0: short of the threshold
    room = 100 - rule.percent  # what each own vote adds to the left side, net of the base
    if room == 0:  # 100%: only a party alone in the base passes, whatever its votes
        return (0 if test.passed else None), None
    if not test.passed:
        return (math.ceil(-slack / room) if rule.inclusive else math.floor(-slack / room) + 1,
                None)
    # Fails once (v−m)·100 < p·(B−m), i.e. m·room > slack (≥ when exactly-at fails).
    m = math.floor(slack / room) + 1 if rule.inclusive else max(math.ceil(slack / room), 1)
    return 0, (m if m <= test.votes else None)


def _local_threshold_margins(result: Result, party_id: str) -> tuple[int | None, int | None]:
    """Threshold margins under ``scope: constituency``, by recomputing (a party's test is
    monotone in its own votes, so the searches are exact)."""
    s = result.scenario
    passed = result.party(party_id).qualified

    def qualified(delta: int, where: Constituency | None) -> bool:
        return allocate(_moved(s, {party_id: delta}, where)).party(party_id).qualified

    if not passed:
        return _fewest(s, lambda c: smallest_change(lambda n: qualified(n, c),
                                                    _reach(s)))[0], None
    return 0, _fewest(s, lambda c: smallest_change(lambda n: not qualified(-n, c),
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

    def holds(deltas: dict[str, int], where: Constituency | None) -> bool:
        r = allocate(_moved(s, deltas, where))
        need = r.majority.simple if kind == "simple" else r.majority.two_thirds
        return r.party(leader).seats_with_affiliated >= need

    need = m.simple if kind == "simple" else m.two_thirds
    now = m.largest_seats >= need
    lose = to_runner = win = where = runner_where = None
    if now:
        lose, where = _fewest(s, lambda c: smallest_change(
            lambda n: not holds({leader: -n}, c), _own_votes(s, leader, c), _window(s)))
        if runner_up is not None:
            to_runner, runner_where = _fewest(s, lambda c: smallest_change(
                lambda n: not holds({leader: -n, runner_up: n}, c), _own_votes(s, leader, c),
                _window(s)))
    else:
        win, where = _fewest(s, lambda c: smallest_change(
            lambda n: holds({leader: n}, c), _reach(s), _window(s)))
    return MajorityMargin(leader, kind, m.largest_seats, need, now, lose, to_runner, runner_up,
                          win, where, runner_where)


# ------------------------------------------------------------------------------- compare


@dataclass(frozen=True)
class Outcome:
    """One column of a comparison: seats per party (scenario order) under one rule set."""

    label: str
    method_id: str
    seats: tuple[int, ...]
    seats_with_affiliated: tuple[int, ...]
    qualified: tuple[bool, ...]
    house: int
    indices: metrics.Indices
    largest: str | None
    largest_seats: int
    has_simple: bool
    has_two_thirds: bool


@dataclass(frozen=True)
class Comparison:
    """Outcomes side by side; ``rows()`` gives one row per party for a table."""

    party_ids: tuple[str, ...]
    party_names: tuple[str, ...]
    outcomes: tuple[Outcome, ...]

    def rows(self) -> list[tuple[str, ...] | tuple]:
        """A header row (party, then each outcome's label), then per party its seats."""
        head = ("Party", *(o.label for o in self.outcomes))
        body = [(name, *(o.seats[i] for o in self.outcomes))
                for i, name in enumerate(self.party_names)]
        return [head, *body]


def outcome(label: str, result: Result) -> Outcome:
    """A ``Result`` as one comparison column."""
    m = result.majority
    return Outcome(label, result.scenario.list_tier.method,
                   tuple(p.seats for p in result.parties),
                   tuple(p.seats_with_affiliated for p in result.parties),
                   tuple(p.qualified for p in result.parties), result.seats_total,
                   result.indices, m.largest, m.largest_seats, m.has_simple, m.has_two_thirds)


def compare_methods(scenario: Scenario, methods: Iterable[str] | None = None) -> Comparison:
    """The same votes under every method (or ``methods``), other rules unchanged. The
    scenario's first divisor is kept for its own method only; the minimum per party for
    divisor methods only."""
    tier = scenario.list_tier
    columns = []
    for mid in methods or METHODS:
        divisor = METHODS[mid].kind == "divisor"
        changed = replace(tier, method=mid,
                          first_divisor=tier.first_divisor if mid == tier.method else None,
                          min_seats=tier.min_seats if divisor else 0)
        columns.append(outcome(METHODS[mid].short,
                               allocate(replace(scenario, list_tier=changed))))
    return comparison(scenario, columns)


def apply_rules(scenario: Scenario, rules: Scenario) -> Scenario:
    """This scenario's votes under another scenario's rules: its list tier (seats, method,
    threshold, tie-break), mixed type and appointed seats. District results cannot move
    between elections: the rules must have no district seats, or as many as this scenario
    (whose district results are then kept). Raises ValueError otherwise."""
    if rules.list_tier.constituencies is not None:
        raise ValueError("apply_rules: rules with list constituencies need constituency votes "
                         "this scenario does not have")
    own, theirs = scenario.district_tier, rules.district_tier
    if theirs.seats == 0:
        districts = DistrictTier()
    elif theirs.seats == own.seats:
        districts = own
    else:
        raise ValueError(f"apply_rules: the rules have {theirs.seats} district seats, this "
                         f"scenario has results for {own.seats}; district results cannot be "
                         "carried over")
    return replace(scenario, title=f"{scenario.title} under the rules of: {rules.title}",
                   list_tier=rules.list_tier, district_tier=districts,
                   mixed_type=rules.mixed_type, overhang=rules.overhang,
                   appointed=rules.appointed)


def compare_rules(scenario: Scenario, rules: Sequence[tuple[str, Scenario]],
                  own_label: str = "As held") -> Comparison:
    """The scenario as held, then its votes under each ``(label, rules)``."""
    columns = [outcome(own_label, allocate(scenario))]
    columns += [outcome(label, allocate(apply_rules(scenario, r))) for label, r in rules]
    return comparison(scenario, columns)


def comparison(scenario: Scenario, columns: Sequence[Outcome]) -> Comparison:
    """The parties of ``scenario`` (rows) against ``columns`` of outcomes."""
    return Comparison(tuple(p.id for p in scenario.parties),
                      tuple(p.name for p in scenario.parties), tuple(columns))


# ------------------------------------------------------------------------------- what-if


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


def uniform_swing(scenario: Scenario, from_id: str, to_id: str,
                  points: Fraction | float | str) -> Scenario:
    """``shift_votes`` on the list vote and the same swing in every district with candidate
    votes: ``points`` of the district's votes move from ``from_id``'s leading candidate to
    ``to_id``'s (districts where either has no candidate are left as they are). District
    seats known only as declared totals cannot swing."""
    shifted = shift_votes(scenario, from_id, to_id, points)
    districts = tuple(_swing_district(d, from_id, to_id, points)
                      for d in scenario.district_tier.districts)
    return replace(shifted, district_tier=replace(scenario.district_tier, districts=districts))


def _swing_district(district, from_id: str, to_id: str, points):
    cands = list(district.candidates)
    giver = _lead_candidate(cands, from_id)
    taker = _lead_candidate(cands, to_id)
    if giver is None or taker is None:
        return district
    moved = _points_of(sum(c.votes for c in cands), points)
    if moved < 0:
        giver, taker, moved = taker, giver, -moved
    moved = min(moved, cands[giver].votes)
    cands[giver] = replace(cands[giver], votes=cands[giver].votes - moved)
    cands[taker] = replace(cands[taker], votes=cands[taker].votes + moved)
    return replace(district, candidates=tuple(cands))


def _lead_candidate(candidates: list, party_id: str) -> int | None:
    own = [i for i, c in enumerate(candidates) if c.party == party_id]
    return max(own, key=lambda i: candidates[i].votes) if own else None


def change_turnout(scenario: Scenario, factor: Fraction | float | str,
                   parties: Iterable[str] | None = None) -> Scenario:
    """Scale votes by ``factor`` (1.1 = ten per cent more), rounded to whole votes: every
    party, against-all, invalid ballots and district candidates; or, with ``parties``, only
    those parties' list votes and district candidates (a differential turnout)."""
    f = Fraction(factor)
    if f < 0:
        raise ValueError(f"change_turnout: the factor must be zero or more, got {float(f):g}")
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
        raise ValueError(f"set_against_all: expected zero or more votes, got {votes}")
    return replace(scenario, against_all=votes)
