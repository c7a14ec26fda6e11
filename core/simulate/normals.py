"""Normal draws for the district noise, about three times faster than numpy's own.

A draw is a 16-bit random integer looked up in a table of the 65,536 equally likely slices
of the standard normal distribution, each slice represented by its conditional mean: the
mean stays 0, the variance is 1 to within 10⁻³, the distribution function is off by at most
1/65,536, and the draws are bounded by the outermost slices' means (about ±4.4 sd,
``bound()``: the noise of one district is a normal cut off there). The bound is what lets
the district kernel prove that a candidate far behind cannot win without drawing its noise.
numpy's ziggurat costs about 9 ns a draw on this machine, the table lookup about 1.8 ns; the
district noise of a first-past-the-post parliament is thousands of draws per run.

Draws are run-major (all draws of run 1, then run 2, ...), so a seeded stream gives every
run the same values however the runs are split into chunks.
"""

from __future__ import annotations

from functools import cache
from statistics import NormalDist

import numpy as np

LEVELS = 1 << 16
_NORMAL = NormalDist()


@cache
def _table() -> np.ndarray:
    """Each slice's conditional mean: LEVELS·(φ(a) − φ(b)) over [a, b] (float32)."""
    inner = np.array([_NORMAL.inv_cdf(i / LEVELS) for i in range(1, LEVELS)])
    bounds = np.concatenate(([-np.inf], inner, [np.inf]))
    density = np.exp(-0.5 * bounds * bounds) / np.sqrt(2 * np.pi)  # 0 at ±inf
    return (LEVELS * (density[:-1] - density[1:])).astype(np.float32)


def bound() -> float:
    """The largest draw in absolute value (the outermost slices' mean, about 4.39)."""
    return float(_table()[-1])


def standard_normal(rng: np.random.Generator, runs: int, per_run: int,
                    scale: float = 1.0, by_unit: bool = False) -> np.ndarray:
    """(runs, per_run) float32 draws from ``rng`` times ``scale``, drawn run-major; with
    ``by_unit``, the same draws laid out (per_run, runs), C-contiguous."""
    width = -(-per_run // 4) * 4  # whole 64-bit words per run: chunk-independent streams
    raw = rng.bit_generator.random_raw(runs * width // 4).view(np.uint16).reshape(runs, width)
    raw = raw[:, :per_run]
    return np.take(_scaled(scale), raw.T if by_unit else raw, mode="clip")


def ragged_normal(rng: np.random.Generator, counts: np.ndarray,
                  scale: float = 1.0) -> np.ndarray:
    """Draws for groups of ``counts`` values, concatenated; each group takes whole 64-bit
    words from ``rng``, so that a group's values do not depend on the groups drawn with it."""
    width = -(-counts // 4) * 4
    raw = rng.bit_generator.random_raw(int(width.sum()) // 4).view(np.uint16)
    keep = np.repeat(np.cumsum(width) - width - (np.cumsum(counts) - counts), counts)
    return np.take(_scaled(scale), raw[np.arange(int(counts.sum())) + keep], mode="clip")


@cache
def _scaled(scale: float) -> np.ndarray:
    return (_table() * np.float32(scale)).astype(np.float32)
