"""Party colours that stay apart: for everyone, in print, and under red-green colour
blindness.

Colour vision deficiency is simulated with the matrices of Machado, Oliveira and Fernandes
(2009, "A physiologically-based model for simulation of color vision deficiency", IEEE TVCG
15(6), severity 1.0), applied to linear RGB; colours are compared in CIELAB (D65) by the
CIEDE2000 difference.

:data:`MIN_DELTA_E` is the difference every pair of seat-winning parties keeps in normal
vision, deuteranopia and protanopia: 8 ΔE00. About 1 is just noticeable between two large
patches side by side; small marks such as seats need several times more (Stone, Szafir and
Setlur 2014, "An engineering model for color difference as a function of size": the
difference needed grows as marks shrink), and the seats of one party must be told from
another's across the chart, not side by side. 8 is also about the most that 30 colours can
keep in the three visions at once: the best farthest-point packing of 32 colours (30 parties
and the two greys) from sRGB reaches 8.6 (measured here), so a higher bar would fail every
scenario with 30 seat-winning parties.

:func:`shown_colors` keeps each party's own colour unless it collides with a larger
party's (or the independents' grey): then the nearest colour that keeps the difference is
shown instead. The scenario's colours are never changed; every drawing of the chart (the
window, SVG, PNG, the PDF) shows the same adjusted colours.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import numpy as np

MIN_DELTA_E = 8.0
MOST_PARTIES = 60  # beyond this many, no set of colours keeps them apart: left as they are

# Machado et al. (2009), Table 1, severity 1.0: linear RGB -> simulated linear RGB.
DEUTERANOPIA = np.array([[0.367322, 0.860646, -0.227968],
                         [0.280085, 0.672501, 0.047413],
                         [-0.011820, 0.042940, 0.968881]])
PROTANOPIA = np.array([[0.152286, 1.052583, -0.204868],
                       [0.114503, 0.786281, 0.099216],
                       [-0.003882, -0.048116, 1.051998]])
VISIONS = {"normal": np.eye(3), "deuteranopia": DEUTERANOPIA, "protanopia": PROTANOPIA}

_SRGB_TO_XYZ = np.array([[0.4124564, 0.3575761, 0.1804375],
                         [0.2126729, 0.7151522, 0.0721750],
                         [0.0193339, 0.1191920, 0.9503041]])
_WHITE = np.array([0.95047, 1.0, 1.08883])  # D65


def hex_to_rgb(colors: Sequence[str]) -> np.ndarray:
    """``#rrggbb`` colours as an (n, 3) array of sRGB values from 0 to 1."""
    return np.array([[int(c[i:i + 2], 16) for i in (1, 3, 5)] for c in colors],
                    dtype=float).reshape(-1, 3) / 255.0


def rgb_to_hex(rgb: np.ndarray) -> str:
    """One sRGB triple (0 to 1) as ``#rrggbb``."""
    return "#" + "".join(f"{round(v * 255):02x}" for v in np.clip(rgb, 0.0, 1.0))


def _linear(srgb: np.ndarray) -> np.ndarray:
    return np.where(srgb <= 0.04045, srgb / 12.92, ((srgb + 0.055) / 1.055) ** 2.4)


def lab(srgb: np.ndarray, vision: str = "normal") -> np.ndarray:
    """CIELAB (D65) of sRGB colours (n, 3) as seen with ``vision`` (a key of VISIONS)."""
    linear = np.clip(_linear(srgb) @ VISIONS[vision].T, 0.0, 1.0)
    xyz = linear @ _SRGB_TO_XYZ.T / _WHITE
    f = np.where(xyz > (6 / 29) ** 3, np.cbrt(xyz), xyz / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.stack([116 * f[:, 1] - 16, 500 * (f[:, 0] - f[:, 1]),
                     200 * (f[:, 1] - f[:, 2])], axis=1)


def delta_e(lab1: np.ndarray, lab2: np.ndarray) -> np.ndarray:
    """CIEDE2000 differences between CIELAB colours (broadcast over the leading axes)."""
    l1, a1, b1 = np.moveaxis(lab1, -1, 0)
    l2, a2, b2 = np.moveaxis(lab2, -1, 0)
    c_mean = (np.hypot(a1, b1) + np.hypot(a2, b2)) / 2
    g = 0.5 * (1 - np.sqrt(c_mean**7 / (c_mean**7 + 25.0**7)))
    a1, a2 = a1 * (1 + g), a2 * (1 + g)
    c1, c2 = np.hypot(a1, b1), np.hypot(a2, b2)
    h1, h2 = np.degrees(np.arctan2(b1, a1)) % 360, np.degrees(np.arctan2(b2, a2)) % 360
    dh = np.where(np.abs(h2 - h1) <= 180, h2 - h1,
                  np.where(h2 <= h1, h2 - h1 + 360, h2 - h1 - 360))
    dh = np.where(c1 * c2 == 0, 0.0, dh)
    d_hue = 2 * np.sqrt(c1 * c2) * np.sin(np.radians(dh / 2))
    l_mean, c_bar = (l1 + l2) / 2, (c1 + c2) / 2
    h_sum = h1 + h2
    h_bar = np.where(c1 * c2 == 0, h_sum,
                     np.where(np.abs(h1 - h2) <= 180, h_sum / 2,
                              np.where(h_sum < 360, (h_sum + 360) / 2, (h_sum - 360) / 2)))
    t = (1 - 0.17 * np.cos(np.radians(h_bar - 30)) + 0.24 * np.cos(np.radians(2 * h_bar))
         + 0.32 * np.cos(np.radians(3 * h_bar + 6)) - 0.20 * np.cos(np.radians(4 * h_bar - 63)))
    s_l = 1 + 0.015 * (l_mean - 50) ** 2 / np.sqrt(20 + (l_mean - 50) ** 2)
    s_c, s_h = 1 + 0.045 * c_bar, 1 + 0.015 * c_bar * t
    r_t = (-2 * np.sqrt(c_bar**7 / (c_bar**7 + 25.0**7))
           * np.sin(np.radians(60 * np.exp(-(((h_bar - 275) / 25) ** 2)))))
    dl, dc = (l2 - l1) / s_l, (c2 - c1) / s_c
    dhh = d_hue / s_h
    difference: np.ndarray = np.sqrt(dl**2 + dc**2 + dhh**2 + r_t * dc * dhh)
    return difference


def smallest_difference(colors: Sequence[str]) -> tuple[float, str, int, int]:
    """The closest pair of ``colors`` in any vision: (ΔE00, vision, i, j)."""
    worst = (float("inf"), "normal", 0, 0)
    rgb = hex_to_rgb(colors)
    for vision in VISIONS:
        points = lab(rgb, vision)
        d = delta_e(points[:, None], points[None, :])
        np.fill_diagonal(d, np.inf)
        i, j = np.unravel_index(np.argmin(d), d.shape)
        if d[i, j] < worst[0]:
            worst = (float(d[i, j]), vision, int(i), int(j))
    return worst


GRID = 16  # candidate colours: every 1/15 of each sRGB channel


@functools.lru_cache(maxsize=1)
def _candidates() -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """A grid of sRGB colours and their CIELAB in each vision, light enough to tell from
    the dark outlines and dark enough to see on white."""
    steps = np.linspace(0.0, 1.0, GRID)
    rgb = np.stack(np.meshgrid(steps, steps, steps, indexing="ij"), -1).reshape(-1, 3)
    labs = {vision: lab(rgb, vision) for vision in VISIONS}
    light = labs["normal"][:, 0]
    keep = (light > 25) & (light < 90)
    return rgb[keep], {v: points[keep] for v, points in labs.items()}


@functools.lru_cache(maxsize=64)
def shown_colors(colors: tuple[str, ...], fixed: tuple[str, ...] = ()) -> tuple[str, ...]:
    """``colors`` (largest party first) as the chart shows them: each kept, unless it is
    within :data:`MIN_DELTA_E` of a colour kept before it or of one of ``fixed`` (the greys
    of independents and appointed members) in any vision; then the candidate colour nearest
    to it (ΔE00, normal vision) that keeps the difference from all before it. When that
    greedy choice runs out of room, the colours to change are chosen again, each the
    candidate farthest from all before it (packing more colours). Deterministic. More than
    :data:`MOST_PARTIES` colours are left as they are."""
    if len(colors) > MOST_PARTIES:
        return colors
    shown, room = _assign(colors, fixed, nearest=True)
    if room < MIN_DELTA_E:
        shown = max((shown, _assign(colors, fixed, nearest=False)[0]),
                    key=lambda c: smallest_difference([*c, *fixed])[0])
    return shown


def _assign(colors: tuple[str, ...], fixed: tuple[str, ...], nearest: bool
            ) -> tuple[tuple[str, ...], float]:
    """One greedy pass of :func:`shown_colors`: the colours and the smallest room left."""
    rgb, labs = _candidates()
    room = np.full(len(rgb), np.inf)  # each candidate's smallest difference from those taken
    taken: dict[str, list[np.ndarray]] = {vision: [] for vision in VISIONS}
    out, least = [], float("inf")
    for i, color in enumerate((*fixed, *colors)):
        own = {vision: lab(hex_to_rgb([color]), vision)[0] for vision in VISIONS}
        if i >= len(fixed):
            apart = _apart(own, taken)
            if apart < MIN_DELTA_E:
                ok = room >= MIN_DELTA_E
                if nearest and ok.any():
                    distance = delta_e(labs["normal"], own["normal"][None])
                    best = int(np.argmin(np.where(ok, distance, np.inf)))
                else:
                    best = int(np.argmax(room))
                color, apart = rgb_to_hex(rgb[best]), float(room[best])
                own = {vision: labs[vision][best] for vision in VISIONS}
            least = min(least, apart)
            out.append(color)
        for vision in VISIONS:
            taken[vision].append(own[vision])
            room = np.minimum(room, delta_e(labs[vision], own[vision][None]))
    return tuple(out), least


def _apart(points: dict[str, np.ndarray], taken: dict[str, list[np.ndarray]]) -> float:
    """The smallest difference from ``points`` to the colours taken, over the visions."""
    if not taken["normal"]:
        return float("inf")
    return min(float(delta_e(points[v][None], np.array(taken[v])).min()) for v in VISIONS)
