"""What election observers read in a table of polling-station results.

None of this proves anything: an anomaly is a reason to look closer at the stations, the
regions and the commissions' protocols, not evidence of fraud by itself (stations differ
for honest reasons: size, closed institutions, where the vote was held). Every figure here
names its method so that a reader can check it.

* Turnout per station: ballots issued / registered voters, as Kobak, Shpilkin and
  Pshenichnikov (2016) define it (ballots cast when the table has no issued lines).
* A party's share per station: its votes / ballots cast (valid + invalid), as they define
  the leader's result.
* Integer percentages, after Kobak, Shpilkin and Pshenichnikov (2016), "Integer
  percentages as electoral falsification fingerprints", Annals of Applied Statistics
  10(1): 54-73: the stations whose turnout (or the leader's share) is a whole percentage
  (within 0.05 of one: it shows as ``62.0%``), against what smooth data would give. The
  comparison is a Monte Carlo null: each station's count is drawn again from a binomial
  with the station's own size and rate, and the whole percentages counted, many times
  (a seeded generator: the same table gives the same figures). Stations with fewer than
  100 voters are left out: at such sizes whole percentages are common by chance (1/2).
* Per-region summaries: stations, registered voters, turnout, the leader's share, and the
  stations with whole-percentage figures, per region.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.message import QT_TRANSLATE_NOOP, Term, msg

CAUTION = msg("observer.caution")
"""The plain caution every page of the statistics carries."""
BALLOTS_ISSUED = Term("observer", QT_TRANSLATE_NOOP("observer", "ballots issued"))
BALLOTS_CAST = Term("observer", QT_TRANSLATE_NOOP("observer", "ballots cast"))
"""What a turnout is computed from (``StationTable.issued_from``), said beside each figure."""
KOBAK_2016 = msg("observer.source", title="\"Integer percentages as electoral falsification "
                                          "fingerprints\", Annals of Applied Statistics 10(1): "
                                          "54-73")
"""The method's source: its authors in the reader's language, its title as published."""
MIN_STATION = 100
"""Stations smaller than this (registered voters, or ballots cast for a share) are left out
of the integer-percentage count."""
TOLERANCE_PER_MILLE = 5
"""A percentage within 0.05 points (5 per ten thousand) of a whole number counts as whole."""


@dataclass
class StationTable:
    """One row per counted station: ``lines`` in the file, ``region`` codes into
    ``region_names`` (None without a region column), ``registered`` voters (None without
    the line), ballots ``issued`` (turnout's numerator; ``issued_from`` says which lines)
    and ``cast`` (the shares' denominator), and ``votes`` per party (columns in the order
    of ``party_ids``)."""

    lines: np.ndarray
    region: np.ndarray | None
    region_names: list[str]
    registered: np.ndarray | None
    issued: np.ndarray
    cast: np.ndarray
    votes: np.ndarray
    party_ids: list[str]
    party_names: list[str]
    issued_from: Term = BALLOTS_ISSUED

    def __len__(self) -> int:
        return len(self.lines)

    def leader(self) -> int:
        """The column of the party with the most votes in the whole table."""
        totals = self.votes.sum(axis=0, dtype=np.int64)
        return int(np.argmax(totals)) if len(totals) else -1

    def merged(self, groups: list[list[int]], ids: list[str], names: list[str]) -> StationTable:
        """The same stations with party columns summed by ``groups`` (party merges)."""
        votes = np.column_stack([self.votes[:, g].sum(axis=1, dtype=np.int64) for g in groups]) \
            if groups else self.votes[:, :0]
        return StationTable(self.lines, self.region, self.region_names, self.registered,
                            self.issued, self.cast, votes, ids, names, self.issued_from)


def turnout(table: StationTable) -> np.ndarray:
    """Per-station turnout in percent (NaN where no voter is registered)."""
    if table.registered is None:
        return np.full(len(table), np.nan)
    return _percent(table.issued, table.registered)


def share(table: StationTable, party: int) -> np.ndarray:
    """Per-station share of ``party`` (a column) in percent of ballots cast."""
    return _percent(table.votes[:, party], table.cast)


def _percent(numerator: np.ndarray, denominator: np.ndarray) -> np.ndarray:
    den = denominator.astype(np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(den > 0, 100.0 * numerator.astype(np.float64) / den, np.nan)


@dataclass(frozen=True)
class Histogram:
    """Counts of stations per bin of ``width`` percentage points from 0 to 100; stations
    above 100% (more ballots than voters: a protocol to look at) are counted apart."""

    counts: np.ndarray
    edges: np.ndarray
    width: float
    stations: int
    over_100: int


def histogram(percent: np.ndarray, width: float = 0.5) -> Histogram:
    """The histogram of per-station percentages (NaN left out)."""
    values = percent[~np.isnan(percent)]
    bins = round(100 / width)
    counts, edges = np.histogram(values[values <= 100.0], bins=bins, range=(0.0, 100.0))
    return Histogram(counts, edges, width, int(len(values)), int((values > 100.0).sum()))


@dataclass(frozen=True)
class IntegerPercentages:
    """Stations at a whole percentage, observed against a Monte Carlo null."""

    what: str
    stations: int
    observed: int
    expected: float
    low: float  # the null's 2.5th and 97.5th percentiles
    high: float
    p_value: float  # share of null runs at least as high as observed
    runs: int

    @property
    def excess(self) -> float:
        """Observed minus expected stations."""
        return self.observed - self.expected


def is_whole_percent(count: np.ndarray, size: np.ndarray) -> np.ndarray:
    """``100 * count / size`` within 0.05 of a whole number, in exact integer arithmetic."""
    count = count.astype(np.int64)
    size = size.astype(np.int64)
    # x = 100 c / n; |x - round(x)| < 1/20  <=>  (2000 c + n) mod 20 n < 2 n
    with np.errstate(divide="ignore", invalid="ignore"):
        residue = np.mod(2000 * count + size, np.maximum(20 * size, 1))
    return np.asarray((size > 0) & (residue < 2 * size), dtype=bool)


def integer_percentages(count: np.ndarray, size: np.ndarray, what: str, *, runs: int = 200,
                        seed: int = 2016) -> IntegerPercentages:
    """Whole-percentage stations of ``count / size`` against the binomial null (see the
    module docstring); stations with ``size`` under :data:`MIN_STATION`, or ``count``
    outside ``0..size``, are left out."""
    keep = (size >= MIN_STATION) & (count >= 0) & (count <= size)
    c, n = count[keep].astype(np.int64), size[keep].astype(np.int64)
    observed = int(is_whole_percent(c, n).sum())
    rng = np.random.default_rng(seed)
    rate = c / np.maximum(n, 1)
    null = np.empty(runs, dtype=np.int64)
    batch = max(1, min(runs, 4_000_000 // max(len(c), 1)))
    for start in range(0, runs, batch):
        k = min(batch, runs - start)
        draws = rng.binomial(n[None, :], rate[None, :], size=(k, len(c)))
        null[start : start + k] = is_whole_percent(draws, n[None, :]).sum(axis=1)
    low, high = np.percentile(null, [2.5, 97.5]) if runs else (0.0, 0.0)
    return IntegerPercentages(
        what=what, stations=int(len(c)), observed=observed,
        expected=float(null.mean()) if runs else 0.0, low=float(low), high=float(high),
        p_value=float((null >= observed).mean()) if runs else 1.0, runs=runs)


@dataclass(frozen=True)
class RegionRow:
    """One region's summary (``region`` "" for rows without one)."""

    region: str
    stations: int
    registered: int
    issued: int
    turnout: float  # percent
    leader_share: float  # percent of ballots cast
    whole_turnout: int  # stations at a whole-percentage turnout (of MIN_STATION or more)
    whole_leader: int
    large_stations: int = 0  # stations of MIN_STATION registered voters or more
    large_cast: int = 0  # stations of MIN_STATION ballots cast or more


def region_summary(table: StationTable) -> list[RegionRow]:
    """Per-region figures, largest region (by registered voters, else stations) first."""
    codes = table.region if table.region is not None else np.zeros(len(table), np.int64)
    names = table.region_names if table.region is not None else [""]
    k = max(len(names), int(codes.max(initial=-1)) + 1)
    leader = table.leader()
    registered = table.registered if table.registered is not None else \
        np.zeros(len(table), np.int64)
    lead_votes = table.votes[:, leader] if leader >= 0 else np.zeros(len(table), np.int64)
    big_t = registered >= MIN_STATION
    big_l = table.cast >= MIN_STATION
    is_whole_t = is_whole_percent(table.issued, registered) & big_t
    is_whole_l = is_whole_percent(lead_votes, table.cast) & big_l
    valid_codes = codes >= 0
    c = codes[valid_codes]
    stations = np.bincount(c, minlength=k)
    sums = {name: _exact_bincount(c, v[valid_codes], k) for name, v in (
        ("registered", registered), ("issued", table.issued), ("cast", table.cast),
        ("lead", lead_votes))}
    whole_t = np.bincount(c[is_whole_t[valid_codes]], minlength=k)
    whole_l = np.bincount(c[is_whole_l[valid_codes]], minlength=k)
    large_t = np.bincount(c[big_t[valid_codes]], minlength=k)
    large_l = np.bincount(c[big_l[valid_codes]], minlength=k)
    rows = []
    for j in range(k):
        if not stations[j]:
            continue
        reg, iss, cast, lead = (int(sums[x][j]) for x in ("registered", "issued", "cast",
                                                          "lead"))
        rows.append(RegionRow(
            region=names[j] if j < len(names) else "", stations=int(stations[j]),
            registered=reg, issued=iss, turnout=100.0 * iss / reg if reg else float("nan"),
            leader_share=100.0 * lead / cast if cast else float("nan"),
            whole_turnout=int(whole_t[j]), whole_leader=int(whole_l[j]),
            large_stations=int(large_t[j]), large_cast=int(large_l[j])))
    rows.sort(key=lambda r: (-r.registered, -r.stations, r.region))
    return rows


def _exact_bincount(codes: np.ndarray, values: np.ndarray, k: int) -> np.ndarray:
    out = np.zeros(k, dtype=np.int64)
    np.add.at(out, codes, values.astype(np.int64))
    return out
