"""Coalitions in a parliament: who can form a majority, and how much each member weighs.

The players are the holders of seats who vote: each party with seats (its self-nominated
winners who sit with it included), each independent who sits with no party (one seat each),
and each appointing body's members (voting as one bloc). A coalition wins with a simple
majority of the whole house (``Result.majority.simple``).

* Minimal winning coalitions: winning, and losing once any one member leaves. Independents
  are interchangeable, so a coalition is listed as its named members and how many
  independents it needs ("Amanat + 2 independents"); :func:`minimal_winning` lists them and
  counts them all exactly.
* Power: the Banzhaf index (the share of all swings: coalitions a player turns from losing
  to winning by joining) and the Shapley-Shubik index (the share of orderings in which a
  player's arrival completes the majority), both exact Fractions. Both are counted by
  dynamic programming over seat totals (the number of coalitions of each size and weight,
  with one player taken out by exact polynomial division), not by listing the 2^n
  coalitions: 30 parties take milliseconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from core.message import QT_TRANSLATE_NOOP, Message, Term, msg
from core.rules.result import Result

MOST_LISTED = 500  # minimal winning coalitions listed; the rest are counted
EXACT_INT64 = 62  # up to this many players, counts of coalitions fit in 64-bit integers

PARTY, INDEPENDENT, APPOINTED = "party", "independent", "appointed"
# Appointed members whose bodies the scenario does not name, as the chart's legend says.
APPOINTED_NAME = Term("chart", QT_TRANSLATE_NOOP("chart", "Appointed (not elected)"))


@dataclass(frozen=True)
class Player:
    """A holder of seats who votes as one: ``id`` a party id, ``independent-N`` or
    ``appointed-N``; ``kind`` one of PARTY, INDEPENDENT, APPOINTED; ``name`` as entered (a
    party, an appointing body), or words to render (an independent, unnamed appointees)."""

    id: str
    name: str | Term | Message
    seats: int
    kind: str = PARTY


@dataclass(frozen=True)
class Power:
    """A player's power: ``swings`` (coalitions of the others it turns into winners), the
    normalised Banzhaf index and the Shapley-Shubik index."""

    player: Player
    swings: int
    banzhaf: Fraction
    shapley_shubik: Fraction


@dataclass(frozen=True)
class MinimalWinning:
    """A minimal winning coalition: its named members (parties and appointed blocs) and the
    number of independents it needs; ``seats`` in all."""

    members: tuple[Player, ...]
    independents: int
    seats: int


@dataclass(frozen=True)
class MinimalWinningList:
    """The minimal winning coalitions, at most MOST_LISTED of them (fewest members first),
    and how many there are in all (``total``, counted exactly)."""

    coalitions: tuple[MinimalWinning, ...]
    total: int


def players(result: Result) -> tuple[Player, ...]:
    """The players of ``result``: parties with seats in scenario order, then each independent
    who sits with no party, then each appointing body."""
    out = [Player(p.id, p.name, p.seats_with_affiliated) for p in result.parties
           if p.seats_with_affiliated]
    alone = result.independent_seats - sum(p.affiliated_seats for p in result.parties)
    out += [Player(f"independent-{i + 1}", msg("coalitions.independent", n=i + 1), 1,
                   INDEPENDENT) for i in range(max(alone, 0))]
    bodies: list[tuple[str | Term, int]] = [(a.name, a.seats) for a in result.scenario.appointed
                                            if a.seats]
    if sum(n for _, n in bodies) != result.appointed_seats:
        bodies = [(APPOINTED_NAME, result.appointed_seats)] if result.appointed_seats else []
    out += [Player(f"appointed-{i + 1}", name, n, APPOINTED) for i, (name, n) in
            enumerate(bodies)]
    return tuple(out)


# --------------------------------------------------------------------------- power


def power(result: Result) -> tuple[Power, ...]:
    """The Banzhaf and Shapley-Shubik power of every player of ``result``."""
    members = players(result)
    weights = [p.seats for p in members]
    swings, shapley = power_indices(weights, result.majority.simple)
    total = sum(swings)
    return tuple(Power(p, s, Fraction(s, total) if total else Fraction(0), ss)
                 for p, s, ss in zip(members, swings, shapley, strict=True))


def power_indices(weights: list[int], quota: int) -> tuple[list[int], list[Fraction]]:
    """For the weighted game [quota; weights]: each player's swings (the coalitions of the
    others with ``quota - w <= seats < quota``) and Shapley-Shubik index, exactly.

    ``counts[k][s]`` is the number of coalitions of k players with s seats (s below the
    quota: no more is needed). A player is taken out of it by dividing by its factor
    ``(1 + y x^w)``: ``without[k][s] = counts[k][s] - without[k-1][s-w]``, in increasing k.
    """
    n = len(weights)
    if n == 0 or quota <= 0:
        return [0] * n, [Fraction(0)] * n
    dtype = np.int64 if n <= EXACT_INT64 else object
    counts = np.zeros((n + 1, quota), dtype=dtype)
    counts[0, 0] = 1
    for w in weights:
        if w < quota:
            counts[1:, w:] += counts[:-1, :quota - w].copy()
    swings, shapley = [], []
    factorials = [1] * (n + 1)
    for k in range(1, n + 1):
        factorials[k] = factorials[k - 1] * k
    for w in weights:
        without = counts.copy()
        if w < quota:
            for k in range(1, n + 1):
                without[k, w:] -= without[k - 1, :quota - w]
        low = max(quota - w, 0)
        by_size = [int(v) for v in without[:n, low:].sum(axis=1)]
        swings.append(sum(by_size))
        shapley.append(Fraction(sum(factorials[k] * factorials[n - 1 - k] * c
                                    for k, c in enumerate(by_size)), factorials[n]))
    return swings, shapley


# --------------------------------------------------------------------------- coalitions


def minimal_winning(result: Result, most: int = MOST_LISTED) -> MinimalWinningList:
    """Every minimal winning coalition of ``result`` (at most ``most`` listed, fewest
    members first, then most seats) and their exact number."""
    members = players(result)
    named = sorted((p for p in members if p.kind != INDEPENDENT), key=lambda p: -p.seats)
    pool = sum(1 for p in members if p.kind == INDEPENDENT)
    quota = result.majority.simple
    found: list[MinimalWinning] = []
    _search(named, pool, quota, 0, (), 0, found, most)
    order = {p.id: i for i, p in enumerate(members)}
    found.sort(key=lambda c: (len(c.members) + (c.independents > 0), -c.seats,
                              [order[m.id] for m in c.members]))
    return MinimalWinningList(tuple(found), count_minimal_winning([p.seats for p in named],
                                                                  pool, quota))


def _search(named: list[Player], pool: int, quota: int, start: int,
            chosen: tuple[Player, ...], seats: int, found: list[MinimalWinning],
            most: int) -> None:
    """Depth first over the named players, heaviest first: a coalition that wins stops
    growing (a larger one is not minimal); one short of the quota by no more than the pool
    of independents is completed by them, and grows on."""
    if len(found) >= most:
        return
    if seats >= quota:
        if chosen and seats - chosen[-1].seats < quota:  # the lightest member is needed
            found.append(MinimalWinning(chosen, 0, seats))
        return
    if chosen and quota - seats <= pool:
        found.append(MinimalWinning(chosen, quota - seats, quota))
    left = sum(p.seats for p in named[start:])
    if seats + left + pool < quota:
        return
    for i in range(start, len(named)):
        _search(named, pool, quota, i + 1, (*chosen, named[i]), seats + named[i].seats,
                found, most)


def count_minimal_winning(named: list[int], pool: int, quota: int) -> int:
    """The number of minimal winning coalitions (named members and a number of
    independents) of named players of ``named`` seats (heaviest first) and ``pool``
    independents of one seat, counted by subset sums: those the named members win alone
    with their lightest member needed, and those the independents complete."""
    below = [0] * quota  # subsets of the players seen so far, by seats (below the quota)
    below[0] = 1
    alone = 0
    for w in named:
        alone += sum(below[max(quota - w, 0):])  # w the lightest member, and needed
        for s in range(quota - 1, w - 1, -1):
            below[s] += below[s - w]
    completed = sum(below[max(quota - pool, 1):])  # nonempty, short by at most the pool
    return alone + completed + (1 if 0 < quota <= pool else 0)
