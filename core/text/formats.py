"""Numbers, shares and dates as each language writes them: the one formatting helper of the
command line, the exports, the report and the window.

English groups thousands with commas and uses a decimal point (``3,431,510``, ``53.90%``);
Russian and Kazakh group with a no-break space and use a decimal comma (``3 431 510``,
``53,90 %``, ``19.03.2023``), as CLDR gives for ru and kk (``core.text.languages.SPOKEN``).
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from core.text.languages import PLURALS, SPOKEN

_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")


def _localise(text: str, lang: str) -> str:
    """Python's ``1,234.5`` in the separators of ``lang``."""
    spoken = SPOKEN[lang]
    return text.replace(",", "\0").replace(".", spoken.point).replace("\0", spoken.group)


def format_count(n: int, lang: str = "en") -> str:
    """A whole count with grouped thousands: ``3,431,510`` / ``3 431 510``."""
    return _localise(f"{n:,}", lang)


def format_signed(n: int, lang: str = "en") -> str:
    """A change in a count: ``+3``, ``−2`` (a minus sign), ``0``."""
    return "0" if n == 0 else ("+" if n > 0 else "\u2212") + format_count(abs(n), lang)


def format_decimal(x: float | Fraction, places: int = 2, lang: str = "en") -> str:
    """``x`` rounded to ``places`` decimals, grouped: ``86,546.65`` / ``86 546,65``."""
    return _localise(f"{float(x):,.{places}f}", lang)


def format_number(x: float | Fraction, lang: str = "en") -> str:
    """A number as short as exact, ungrouped below a million: ``1.4`` / ``1,4``."""
    return _localise(f"{float(x):g}", lang)


def format_share(share: float | Fraction, places: int = 2, lang: str = "en") -> str:
    """A share of 1 as a percentage: 0.539 -> ``53.90%`` / ``53,90 %``."""
    return _localise(f"{float(share) * 100:.{places}f}", lang) + percent_sign(lang)


def format_percent(percent: float | Fraction, lang: str = "en") -> str:
    """A value already in percent, as short as exact: 5 -> ``5%``, 7.5 -> ``7.5%`` /
    ``7,5 %``."""
    return _localise(f"{float(percent):g}", lang) + percent_sign(lang)


def percent_sign(lang: str = "en") -> str:
    """The percent sign as ``lang`` writes it after a number: ``%`` / no-break space + ``%``."""
    return SPOKEN[lang].percent


def format_date(iso: str, lang: str = "en") -> str:
    """An ISO date as the language writes it: ``19 March 2023`` / ``19.03.2023``; text that
    is not an ISO date is returned as it is."""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    style = SPOKEN[lang].dates
    if style is None:
        return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
    return day.strftime(style)


def plural_index(n: int, lang: str) -> int:
    """Which plural form a count takes: English one/other; Russian one/few/many
    (1 место, 2 места, 5 мест); Kazakh has one form (5 орын)."""
    return PLURALS[SPOKEN[lang].plurals][0](n)


def plural_forms(lang: str) -> int:
    """How many plural forms a translation into ``lang`` writes."""
    return PLURALS[SPOKEN[lang].plurals][1]


REPETEND_MOST = 6  # digits of a repeating part written out; a longer one is cut with "…"


def format_exact(x: Fraction, lang: str = "en") -> str:
    """An exact fraction as a decimal, grouped: a terminating one in full (``1,233.5``), a
    repeating one with its repeating part in brackets (2407000/3 -> ``802,333.(3)``), or,
    when that part is longer than REPETEND_MOST digits, to as many places and "…"."""
    sign = "-" if x < 0 else ""
    whole, rest = divmod(abs(x.numerator), x.denominator)
    digits: list[str] = []
    seen: dict[int, int] = {}
    while rest and rest not in seen and len(digits) < 64:
        seen[rest] = len(digits)
        digit, rest = divmod(rest * 10, x.denominator)
        digits.append(str(digit))
    head = _localise(f"{whole:,}", lang)
    if not digits:
        return sign + head
    point = SPOKEN[lang].point
    if not rest:
        return f"{sign}{head}{point}{''.join(digits)}"
    start = seen.get(rest, 0)  # where the repeating part starts (0: not found in time)
    fixed, repeating = "".join(digits[:start]), "".join(digits[start:])
    if rest in seen and len(repeating) <= REPETEND_MOST:
        return f"{sign}{head}{point}{fixed}({repeating})"
    return f"{sign}{head}{point}{(fixed + repeating)[:len(fixed) + REPETEND_MOST]}…"
