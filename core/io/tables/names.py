"""Names in tables: how a header is compared, how a cell is shown, how an id is made."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

import pandas as pd

_TRANSLIT = {
    # Russian
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
    # Kazakh
    "ә": "a", "ғ": "g", "қ": "q", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    # Ukrainian and Belarusian, for good measure
    "є": "ye", "ї": "yi", "ґ": "g", "ў": "u", "№": "",
}  # fmt: skip
QUOTES_RE = re.compile(r"[\"'«»“”„‘’`]")
SPACES_RE = re.compile(r"\s+")
_HEADER_PUNCT_RE = re.compile(r"[_\-–—.:,;/\\()\[\]\"'«»“”„№#*]+")


def slugify(name: str, default: str = "party") -> str:
    """A lowercase ASCII id from a name: Cyrillic transliterated, other runs become ``-``.

    >>> slugify("Ак жол")
    'ak-zhol'
    >>> slugify("Народная партия Казахстана")
    'narodnaya-partiya-kazakhstana'
    """
    out = []
    for ch in str(name).casefold():
        if ch in _TRANSLIT:
            out.append(_TRANSLIT[ch])
        else:
            decomposed = unicodedata.normalize("NFKD", ch)
            out.append("".join(c for c in decomposed if c.isascii()))
    slug = re.sub(r"[^a-z0-9]+", "-", "".join(out)).strip("-")
    return slug or default


def unique_ids(names: Iterable[str], default: str) -> list[str]:
    """Slugs made unique by suffixes ``-2``, ``-3``... in order."""
    return unique([slugify(name, default) for name in names])


def unique(ids: Iterable[str]) -> list[str]:
    """``ids`` made unique by suffixes ``-2``, ``-3``... in order."""
    seen: set[str] = set()
    out = []
    for base in ids:
        candidate, k = base, 1
        while candidate in seen:
            k += 1
            candidate = f"{base}-{k}"
        seen.add(candidate)
        out.append(candidate)
    return out


def display(text: object) -> str:
    """A cell as shown: stripped, inner runs of spaces collapsed."""
    return SPACES_RE.sub(" ", str(text)).strip()


def key(text: object) -> str:
    """The identity of a name: case, quotes and spacing do not matter."""
    return SPACES_RE.sub(" ", QUOTES_RE.sub("", str(text))).strip().casefold()


def display_series(s: pd.Series) -> pd.Series:
    """:func:`display` over a column."""
    return s.astype(str).str.replace(SPACES_RE.pattern, " ", regex=True).str.strip()


def key_series(shown: pd.Series) -> pd.Series:
    """:func:`key` over a column already passed through :func:`display_series`."""
    return shown.str.replace(QUOTES_RE.pattern, "", regex=True).str.strip().str.casefold()


def norm_header(header: object) -> str:
    """A header as compared with the synonyms: casefolded, ``ё`` as ``е``, punctuation as
    spaces, spaces collapsed."""
    s = str(header).casefold().replace("ё", "е")
    s = _HEADER_PUNCT_RE.sub(" ", s)
    return SPACES_RE.sub(" ", s).strip()
