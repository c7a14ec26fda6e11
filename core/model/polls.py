"""Opinion polls kept with a scenario (``polls`` in docs/format.md), and their average.

A poll gives parties' shares in percent (of the vote polls ask about: the list vote, or the
district vote where there is no list tier), optionally by region, with its date and sample
size. ``average`` weighs each poll by recency and size: ``w = √(n / n₀) · 2^(−age / h)``, age
in days before the newest poll, ``h`` the half-life (14 days unless told), ``n₀`` the median
sample size (a poll without one counts as that median). Each party's average is over the
polls that give it; the average's sample size is the effective size of such a weighted mean
of independent samples, ``(Σw)² / Σ(w²/n)``.
"""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass, field
from fractions import Fraction

from core.message import QT_TRANSLATE_NOOP
from core.refusal import Refusal

HALF_LIFE_DAYS = 14
AVERAGE_ID = "average"
MAX_POLL_TOTAL = 105  # percent: shares rounded poll by poll can add up to a little over 100

NO_PARTY = QT_TRANSLATE_NOOP("refusal", "no party {party} in this scenario")


@dataclass(frozen=True)
class Poll:
    """One poll: shares in percent by party id, and by region (region -> party -> percent)."""

    id: str
    shares: dict[str, Fraction] = field(hash=False)
    pollster: str = ""
    date: str | None = None  # YYYY-MM-DD
    sample_size: int | None = None
    regions: dict[str, dict[str, Fraction]] = field(default_factory=dict, hash=False)

    @property
    def day(self) -> dt.date | None:
        return None if self.date is None else dt.date.fromisoformat(self.date)


def check_date(text: str) -> str:
    """``text`` if it is a date written YYYY-MM-DD, else ValueError."""
    dt.date.fromisoformat(text)
    if len(text) != 10:
        raise ValueError(text)
    return text


def weights(polls: tuple[Poll, ...] | list[Poll],
            half_life: float = HALF_LIFE_DAYS) -> list[float]:
    """Each poll's weight in the average (recency and sample size; see the module)."""
    if not polls:
        return []
    if half_life <= 0:
        raise Refusal(QT_TRANSLATE_NOOP(
            "refusal", "the half-life must be more than 0 days, got {got}"),
            where="poll average", got=f"{half_life:g}")
    sizes = [p.sample_size for p in polls if p.sample_size]
    typical = statistics.median(sizes) if sizes else 1000
    days = [p.day for p in polls if p.day is not None]
    newest = max(days) if days else None
    out = []
    for p in polls:
        age = 0 if p.day is None or newest is None else (newest - p.day).days
        out.append(((p.sample_size or typical) / typical) ** 0.5 * 2 ** (-age / half_life))
    return out


def average(polls: tuple[Poll, ...] | list[Poll], half_life: float = HALF_LIFE_DAYS) -> Poll:
    """The recency- and size-weighted average of ``polls`` (see the module)."""
    if not polls:
        raise Refusal(QT_TRANSLATE_NOOP("refusal", "no polls to average"), where="poll average")
    w = weights(polls, half_life)
    sizes = [p.sample_size for p in polls if p.sample_size]
    typical = statistics.median(sizes) if sizes else 1000
    effective = sum(w) ** 2 / sum(x * x / (p.sample_size or typical)
                                  for x, p in zip(w, polls, strict=True))
    regions = {r for p in polls for r in p.regions}
    days = [p.date for p in polls if p.date is not None]
    return Poll(AVERAGE_ID, _mean([p.shares for p in polls], w),
                f"average of {len(polls)}", max(days) if days else None, round(effective),
                {r: _mean([p.regions.get(r, {}) for p in polls], w) for r in sorted(regions)})


def _mean(tables: list[dict[str, Fraction]], w: list[float]) -> dict[str, Fraction]:
    """Each party's weighted mean over the tables that give it (rounded to 0.01 points)."""
    parties = dict.fromkeys(p for t in tables for p in t)
    out = {}
    for party in parties:
        pairs = [(x, t[party]) for x, t in zip(w, tables, strict=True) if party in t]
        total = sum(x for x, _ in pairs)
        if total > 0:
            value = sum(x * float(v) for x, v in pairs) / total
            out[party] = Fraction(round(value * 100), 100)
    return out


def poll_by_id(polls: tuple[Poll, ...], poll_id: str, half_life: float = HALF_LIFE_DAYS) -> Poll:
    """The poll ``poll_id``, or the average of all when ``poll_id`` is "average"."""
    if poll_id == AVERAGE_ID:
        return average(polls, half_life)
    for p in polls:
        if p.id == poll_id:
            return p
    if not polls:
        raise Refusal(QT_TRANSLATE_NOOP("refusal", "no poll {poll} in this scenario (it has "
                                        "no polls)"), where="--poll", poll=repr(poll_id))
    raise Refusal(QT_TRANSLATE_NOOP("refusal", "no poll {poll} in this scenario (polls: "
                                    "{known})"), where="--poll", poll=repr(poll_id),
                  known=", ".join([p.id for p in polls] + [AVERAGE_ID]))
