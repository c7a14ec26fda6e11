"""Benchmark: one allocation (D'Hondt, Sainte-Laguë, Hare), ours against the peer libraries.

Run from the project root: ``.venv/bin/python -m bench --only alloc`` (or
``python -m bench.bench_alloc``).

Ours is ``core.rules.methods.apportion`` (exact: float estimate, then ``Fraction``/integer checks at
the cut-off). Peers, each called through its public function with its input already in its own
format (a dict for votelib, a list for the others), so that only the allocation is timed:

- votelib 0.4.0: ``HighestAverages("d_hondt" | "sainte_lague")``, ``LargestRemainder("hare")``
  (exact, ``Fraction``);
- apportionment 1.0: ``compute("dhondt" | "saintelague" | "largest_remainder", ...)`` (numpy
  floats);
- poli-sci-kit 1.1.0 (the last release for Python 3.11; 2.x needs 3.12):
  ``highest_averages("Jefferson" | "Webster")``, ``largest_remainder("Hare")`` (floats). Its
  highest-averages loop recomputes every quotient and their maximum for every seat, about 15 s
  a call at 500 parties/5000 seats, so ``--quick`` leaves it out there.

Before timing, every peer's seats are compared with ours on the benchmark input; a difference
is printed as a warning and recorded as ``"same_seats": false`` in the row. Ours and each peer
are timed in interleaved runs (``bench.common.paired_medians``), so each row's ratio holds
even when the load of this shared 2-core machine drifts between rows.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from importlib import metadata
from typing import Any

import numpy as np

from bench.common import Timing, format_table, median_seconds, paired_medians, row, timing
from core.rules.methods import apportion

SIZES = ((7, 69), (50, 650), (500, 5000))
METHOD_IDS = ("dhondt", "sainte-lague", "hare")
SEED = 2023

# A peer's call for one (method, votes, seats): a zero-argument function returning the peer's
# raw output, and a converter from that output to seats in input order.
Prepared = tuple[Callable[[], Any], Callable[[Any], list[int]]]


@dataclass(frozen=True)
class Peer:
    """A peer library: its name with version, and how to call it for one case."""

    name: str
    prepare: Callable[[str, list[int], int], Prepared]
    too_slow_for_quick: Callable[[str, int], bool] = lambda method_id, parties: False


def make_votes(parties: int, seed: int = SEED) -> list[int]:
    """Seeded, realistically skewed national votes for ``parties`` parties.

    Shares fall with rank like a Zipf law (exponent 1.1) with log-normal noise, so a few
    large parties hold most votes and a long tail holds little; about 1.2 million votes per
    party on average at 7 parties, the total growing with the square root of the count.
    """
    rng = np.random.default_rng(seed + parties)
    weights = rng.lognormal(0.0, 0.5, parties) / np.arange(1, parties + 1) ** 1.1
    total = 8_500_000 * (parties / 7) ** 0.5
    votes = np.floor(weights / weights.sum() * total).astype(np.int64) + 1
    return [int(v) for v in votes]


def case_name(method_id: str, parties: int, seats: int) -> str:
    """The row name of one allocation case, e.g. ``alloc dhondt 500 parties/5000 seats``."""
    return f"alloc {method_id} {parties} parties/{seats} seats"


# ----------------------------------------------------------------------------------- peers


def _version(dist: str) -> str:
    return f"{dist} {metadata.version(dist)}"


def _votelib() -> Peer:
    import votelib.evaluate.proportional as proportional

    evaluators = {
        "dhondt": proportional.HighestAverages("d_hondt"),
        "sainte-lague": proportional.HighestAverages("sainte_lague"),
        "hare": proportional.LargestRemainder("hare"),
    }

    def prepare(method_id: str, votes: list[int], seats: int) -> Prepared:
        names = [f"p{i}" for i in range(len(votes))]
        by_name = dict(zip(names, votes, strict=True))
        evaluator = evaluators[method_id]
        # A tie comes back as a votelib Tie key, which matches no name: seats then differ.
        return (partial(evaluator.evaluate, by_name, seats),
                lambda out: [out.get(n, 0) for n in names])

    return Peer(_version("votelib"), prepare)


def _apportionment() -> Peer:
    import apportionment.methods as am

    names = {"dhondt": "dhondt", "sainte-lague": "saintelague", "hare": "largest_remainder"}

    def prepare(method_id: str, votes: list[int], seats: int) -> Prepared:
        # Its tie messages index ``parties`` (default: 52 letters); give one name per party.
        labels = [f"p{i}" for i in range(len(votes))]
        return (partial(am.compute, names[method_id], votes, seats, parties=labels),
                lambda out: [int(s) for s in out])

    return Peer(_version("apportionment"), prepare)


def _poli_sci_kit() -> Peer:
    from poli_sci_kit.appointment import methods as psk

    styles = {"dhondt": "Jefferson", "sainte-lague": "Webster"}

    def prepare(method_id: str, votes: list[int], seats: int) -> Prepared:
        if method_id == "hare":
            call = partial(psk.largest_remainder, quota_style="Hare", shares=votes,
                           total_alloc=seats)
        else:
            call = partial(psk.highest_averages, averaging_style=styles[method_id],
                           shares=votes, total_alloc=seats)
        return call, lambda out: [int(s) for s in out]

    def too_slow(method_id: str, parties: int) -> bool:
        return method_id != "hare" and parties >= 500

    return Peer(_version("poli-sci-kit"), prepare, too_slow)


def peers() -> tuple[list[Peer], list[str]]:
    """The installed peers, and a note for each one that could not be loaded."""
    found, notes = [], []
    for load, dist in ((_votelib, "votelib"), (_apportionment, "apportionment"),
                       (_poli_sci_kit, "poli-sci-kit")):
        try:
            found.append(load())
        except ImportError as e:
            notes.append(f"{dist} not installed ({e}); left out")
    return found, notes


# ----------------------------------------------------------------------------------- cases


def cases(quick: bool = False, only: str | None = None) -> list[dict[str, Any]]:
    """One row per (case, peer): seconds of one allocation, ours and the peer's."""
    settings = timing(quick)
    available, notes = peers()
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    rows = []
    for parties, seats in SIZES:
        votes = make_votes(parties)
        for method_id in METHOD_IDS:
            name = case_name(method_id, parties, seats)
            if only and only not in name:
                continue
            rows.extend(_peer_row(peer, name, method_id, votes, seats, quick, settings)
                        for peer in available)
    return rows


def _peer_row(peer: Peer, name: str, method_id: str, votes: list[int], seats: int,
              quick: bool, settings: Timing) -> dict[str, Any]:
    """Ours and ``peer`` timed in interleaved runs, with the check that the seats agree."""
    ours = partial(apportion, method_id, votes, seats)
    if quick and peer.too_slow_for_quick(method_id, len(votes)):
        return row(name, median_seconds(ours, settings), peer.name, None,
                   note="left out of --quick: over 10 s a call (O(seats x parties^2))")
    ours_seats = list(ours().seats)
    try:
        call, to_seats = peer.prepare(method_id, votes, seats)
        peer_seats = to_seats(call())
    except Exception as e:  # a peer that breaks (another version's API) is a failed row
        message = f"{type(e).__name__}: {e}"
        print(f"error: {peer.name} failed on {name}: {message}", file=sys.stderr)
        return row(name, None, peer.name, None, error=message)
    same = peer_seats == ours_seats
    if not same:
        differ = [i for i, (a, b) in enumerate(zip(ours_seats, peer_seats, strict=True))
                  if a != b]
        print(f"warning: {peer.name} gives other seats than ours on {name} "
              f"(parties {differ[:10]}: ours {[ours_seats[i] for i in differ[:10]]}, "
              f"{peer.name} {[peer_seats[i] for i in differ[:10]]})", file=sys.stderr)
    ours_s, peer_s = paired_medians([ours, call], settings)
    return row(name, ours_s, peer.name, peer_s, same_seats=same)


if __name__ == "__main__":
    print(format_table(cases(quick="--quick" in sys.argv)))
