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
    out: np.ndarray = (LEVELS * (density[:-1] - density[1:])).astype(np.float32)
    return out


def bound() -> float:
    """The largest draw in absolute value (the outermost slices' mean, about 4.39)."""
    return float(_table()[-1])


def raw_draws(rng: np.random.Generator, runs: int, per_run: int) -> np.ndarray:
    """(runs, per_run) uint16 table indices from ``rng``, run-major (whole 64-bit words per
    run, so that a run's draws do not depend on how the runs are chunked)."""
    width = -(-per_run // 4) * 4
    raw = rng.bit_generator.random_raw(runs * width // 4).view(np.uint16).reshape(runs, width)
    return raw[:, :per_run]


def standard_normal(rng: np.random.Generator, runs: int, per_run: int,
                    scale: float = 1.0) -> np.ndarray:
    """(runs, per_run) float32 draws from ``rng`` times ``scale``, run-major."""
    return np.take(table(scale), raw_draws(rng, runs, per_run), mode="clip")


@cache
def table(scale: float = 1.0) -> np.ndarray:
    """The table of draws times ``scale`` (float32): index it with ``raw_draws``."""
    return (_table() * np.float32(scale)).astype(np.float32)
