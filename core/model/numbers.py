"""Reading counts as analysts type them: ``3 431 510``, ``3,431,510``, ``3.431.510``.

No pandas here: the desktop app uses this for every typed or pasted cell.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.message import QT_TRANSLATE_NOOP
from core.refusal import Refusal

_PLAIN_RE = re.compile(r"[0-9]+")
# 3 431 510 / 3,431,510 / 3.431.510 / U+00A0, U+202F, U+2009 / 3'431'510: one separator,
# used consistently, and groups of exactly three digits after it.
_GROUPED_RE = re.compile(r"[0-9]{1,3}([ \u00a0\u202f\u2009,.'\u2019])[0-9]{3}(?:\1[0-9]{3})*")
MAX_DIGITS = 18  # fits int64 with room for sums


def parse_count(text: str) -> int:
    """Read a whole, non-negative number of votes.

    Accepts ``3431510``, ``3 431 510``, ``3,431,510``, ``3.431.510`` and the same with a
    no-break space (U+00A0), a narrow no-break space (U+202F) or a thin space (U+2009) as
    the thousands separator, with spaces around. A separator must be followed by groups of
    exactly three digits, so ``12,5`` and ``12.5`` are refused as decimals (and
    ``1,234`` is read as 1234). Negatives, text and an empty cell are refused.

    Raises:
        ValueError: ``expected a whole number of votes, got '12,5x'``.
    """
    s = str(text).strip()
    if not s:
        raise Refusal(QT_TRANSLATE_NOOP("refusal", "expected a whole number of votes, got an "
                                                   "empty cell"))
    if _PLAIN_RE.fullmatch(s) or _GROUPED_RE.fullmatch(s):
        digits = re.sub(r"[^0-9]", "", s) if not s.isdigit() else s
        if len(digits.lstrip("0")) > MAX_DIGITS:
            raise Refusal(QT_TRANSLATE_NOOP("refusal", "the number '{got}' is too large to be a "
                                                       "count of votes"), got=s)
        return int(digits)
    raise Refusal(QT_TRANSLATE_NOOP("refusal", "expected a whole number of votes, got '{got}'"),
                  got=s)


def json_number(x: Fraction) -> int | float | str:
    """An exact number as JSON: an int when whole, else its decimal (threshold 7.5); a
    fraction without a finite decimal (2/3) as the text "2/3", which reads back exactly."""
    if x.denominator == 1:
        return int(x)
    return float(x) if Fraction(str(float(x))) == x else f"{x.numerator}/{x.denominator}"
