"""Synthetic scenarios for the benchmarks: a Spain-like parliament of 52 D'Hondt
constituencies (350 seats, nationwide parties and regional ones), seeded, so that every run
measures the same thing."""

from __future__ import annotations

from typing import Any

import numpy as np

CONSTITUENCIES = 52
SEATS = 350
SEED = 52


def synthetic_constituencies(constituencies: int = CONSTITUENCIES, seats: int = SEATS,
                             seed: int = SEED) -> dict[str, Any]:
    """A list-PR scenario (docs/format.md): ``constituencies`` of 1 to about 37 seats (seats
    roughly in proportion to size, at least one each), D'Hondt, a 3% threshold in each
    constituency; six nationwide parties and four regional ones standing in a few
    constituencies each."""
    rng = np.random.default_rng(seed)
    size = rng.lognormal(12.5, 0.8, constituencies)
    share = size / size.sum()
    alloc = np.maximum(1, np.floor(share * (seats - constituencies)).astype(int) + 1)
    while alloc.sum() > seats:
        alloc[np.argmax(alloc)] -= 1
    while alloc.sum() < seats:
        alloc[np.argmax(share * seats - alloc)] += 1
    national = np.array([0.33, 0.31, 0.12, 0.12, 0.04, 0.02])
    ids = [f"n{k + 1}" for k in range(national.size)] + [f"r{k + 1}" for k in range(4)]
    rows = []
    for c in range(constituencies):
        strength = national * rng.lognormal(0.0, 0.25, national.size)
        votes = {pid: int(v) for pid, v in zip(ids, strength * size[c], strict=False)}
        for k in range(4):
            if c % 13 in (k, k + 4):
                votes[f"r{k + 1}"] = int(size[c] * rng.uniform(0.1, 0.35))
        rows.append({"id": f"c{c + 1}", "name": f"Constituency {c + 1}",
                     "seats": int(alloc[c]), "votes": votes})
    return {
        "format": "seatcalc-scenario", "version": 1,
        "title": f"Synthetic list PR, {constituencies} constituencies",
        "parties": [{"id": pid, "name": pid.upper(), "votes": 0} for pid in ids],
        "list_tier": {"seats": seats, "method": "dhondt",
                      "threshold": {"percent": 3, "base": "parties", "scope": "constituency"},
                      "constituencies": rows},
    }
