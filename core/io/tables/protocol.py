"""The lines of a precinct commission's protocol: what each column is, and the checks.

Commissions publish one row per polling station holding the protocol's numbered lines
(voters on the list, ballots received, issued, cancelled, found in the boxes, invalid,
valid, ...) followed by one column per party. :func:`protocol_kind` recognises those lines
from their headers in Russian (the CEC's own wording, State Duma 2021: Federal Law 20-FZ,
art. 84), Ukrainian (the CVK's per-precinct tables, Verkhovna Rada 2019, abbreviated as
printed), Kazakh (phrases of the CEC and commissions; the Kazakh CEC's protocol form itself
was not found, so these stems are provisional) and English (ACE / ODIHR vocabulary).
:func:`party_header` reads a party column such as ``5. Всероссийская политическая партия
"ЕДИНАЯ РОССИЯ"`` into a short name, an id and the ballot number.

:data:`RELATIONS` are the protocol's control relations (20-FZ, Annex 5, checked on all
96,325 stations of 2021; and the reconciliations every count has: ballots in the boxes =
valid + invalid, valid = the parties' votes). :func:`check_rows` tests every row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from core.io.tables.names import norm_header, slugify
from core.message import QT_TRANSLATE_NOOP, Message, Term, msg

# Counted columns that are not party votes: kind -> what it is, in the mapping shown (the
# Russian and Kazakh words are the protocol's own, see docs/glossary.md).
KINDS: dict[str, str] = {
    "registered": QT_TRANSLATE_NOOP("import", "registered voters (on the list)"),
    "ballots_received": QT_TRANSLATE_NOOP("import", "ballots received by the commission"),
    "ballots_issued_early": QT_TRANSLATE_NOOP("import", "ballots issued early"),
    "ballots_issued_in_premises": QT_TRANSLATE_NOOP("import", "ballots issued at the station"),
    "ballots_issued_outside": QT_TRANSLATE_NOOP("import", "ballots issued outside the station"),
    "ballots_issued": QT_TRANSLATE_NOOP("import", "ballots issued (all)"),
    "ballots_cancelled": QT_TRANSLATE_NOOP("import", "ballots cancelled or unused"),
    "ballots_in_portable_boxes": QT_TRANSLATE_NOOP("import", "ballots in portable boxes"),
    "ballots_in_stationary_boxes": QT_TRANSLATE_NOOP("import", "ballots in stationary boxes"),
    "ballots_in_boxes": QT_TRANSLATE_NOOP("import", "ballots found in the boxes"),
    "ballots_not_counted": QT_TRANSLATE_NOOP("import", "ballots not subject to counting"),
    "voters_home_extract": QT_TRANSLATE_NOOP("import", "voters on the home-voting extract"),
    "voted_in_premises": QT_TRANSLATE_NOOP("import", "voters who voted at the station"),
    "voted_outside": QT_TRANSLATE_NOOP("import", "voters who voted outside the station"),
    "ballots_cast": QT_TRANSLATE_NOOP("import", "ballots cast (voters who took part)"),
    "invalid": QT_TRANSLATE_NOOP("import", "invalid ballots"),
    "valid": QT_TRANSLATE_NOOP("import", "valid ballots"),
    "ballots_lost": QT_TRANSLATE_NOOP("import", "ballots lost"),
    "ballots_unaccounted": QT_TRANSLATE_NOOP("import", "ballots not accounted for"),
    "against_all": QT_TRANSLATE_NOOP("import", "against all"),
}

# (kind, every stem of one alternative must appear, no stem of `unless` may) in the order
# they are tried: the more specific first ("недействительн" before "действительн", "вне
# помещения" before "в помещении"). Headers are compared normalised (see norm_header).
_RULES: tuple[tuple[str, tuple[tuple[str, ...], ...], tuple[str, ...]], ...] = (
    ("against_all", (("против всех",), ("against all",), ("барлығына қарсы",),
                     ("барлык кандидаттарга карсы",), ("none of the above",)), ()),
    ("voters_home_extract", (("витяг",),), ()),
    ("ballots_unaccounted", (("не учтен",), ("неучтен",), ("unaccounted",),
                             ("not accounted",)), ()),
    ("ballots_lost", (("утрачен",), ("ballots lost",), ("lost ballots",)), ()),
    ("ballots_issued_early", (("досрочн",), ("issued early",)), ()),
    ("ballots_issued_outside", (("выдан", "вне помещени"), ("отримали", "місцем перебування"),
                                ("issued outside",), ("mobile voting",)), ()),
    ("ballots_issued", (("сумарн", "отримали"), ("ballots issued",), ("бюллетень ал",),
                        ("бюллетеньдер алған",), ("получивш", "бюллетен")), ()),
    ("ballots_issued_in_premises", (("выдан", "в помещени"), ("отримали", "приміщен"),
                                    ("issued at the",), ("issued in the",)), ()),
    ("voted_outside", (("голосували", "місцем перебування"),), ()),
    ("voted_in_premises", (("голосували", "приміщен"),), ()),
    ("ballots_cancelled", (("погашен",), ("невикор",), ("unused",), ("cancelled",),
                           ("өтелген",), ("пайдаланылмаған",)), ()),
    ("ballots_in_portable_boxes", (("переносн",), ("portable",), ("mobile box",)), ()),
    ("ballots_in_stationary_boxes", (("стационарн",), ("stationary",)), ()),
    ("ballots_not_counted", (("не підлягають врахуванню",), ("not counted",)), ()),
    ("ballots_in_boxes", (("скриньк",), ("скринц",), ("ballots in the box",),
                          ("ballots found",)), ()),
    ("ballots_received", (("получен", "участков"), ("получен", "комисси"),
                          ("одержан", "бюлетен"), ("отриман", "бюлетен"),
                          ("ballots received",), ("комиссия алған",)), ("виборц",)),
    ("registered", (("внесен", "спис"), ("включен", "спис"), ("внесених до списку",),
                    ("в списк",), ("зарегистр",), ("тізімдегі",), ("тізімге",), ("тізіміне",),
                    ("registered",), ("electorate",), ("на учете",)), ()),
    ("ballots_cast", (("голосували на виборчій дільниці",), ("взяли участь",),
                      ("принявш", "участие"), ("приняли участие",), ("проголосова",),
                      ("ballots cast",), ("turnout votes",), ("бюллетеней в ящик",),
                      ("участие",), ("дауыс беруге қатысқан",),
                      ("дауыс берген",), ("voters who voted",)), ()),
    ("invalid", (("недействительн",), ("недійсн",), ("жарамсыз",), ("invalid",),
                 ("spoiled",), ("испорчен",), ("rejected",)), ()),
    ("valid", (("действительн",), ("сумарн", "голос"), ("жарамды",), ("valid",)), ()),
)
# Exact (normalised) headers that mean a kind although no stem above says so.
_EXACT = {
    "число избирателей": "registered", "количество избирателей": "registered",
    "сайлаушылар саны": "registered", "registered": "registered",
    "проголосовало": "ballots_cast",
}  # fmt: skip
_BALLOT_RE = re.compile(r"^\s*(\d{1,3})\s*[.)]\s*(?=\S)")
_PARTY_WORDS = ("парти", "партія", "party", "партиясы", "блок", "bloc", "объединени", "альянс")
# Legal forms written before a party's name, longest first (compared casefolded).
_LEGAL_FORMS = (
    "общественная организация всероссийская политическая партия",
    "всероссийская политическая партия", "общероссийская политическая партия",
    "политическая партия", "політична партія", "political party", "саяси партиясы",
    "саяси партия",
)  # fmt: skip
_QUOTES = "\"'«»“”„"
_QUOTED_RE = re.compile(r"[\"«“„]([^\"«»“”„]{2,})[\"»”“]")
_SMALL_WORDS = {"и", "і", "та", "й", "and", "of", "the", "мен", "және", "-", "–", "—"}


def protocol_kind(header: str) -> str | None:
    """The kind of a protocol line (a key of :data:`KINDS`) from its header, or None.

    A numbered column naming a party (``5. ... партия "..."``) is never a protocol line.
    """
    norm = norm_header(header)
    if _BALLOT_RE.match(str(header)) and any(w in norm for w in _PARTY_WORDS):
        return None
    if norm in _EXACT:
        return _EXACT[norm]
    for kind, alternatives, unless in _RULES:
        if any(all(stem in norm for stem in alt) for alt in alternatives) and \
                not any(stem in norm for stem in unless):
            return kind
    return None


@dataclass(frozen=True)
class PartyHeader:
    """A party column's header, read: a short readable name, an id, the ballot number."""

    name: str
    id: str
    ballot: int | None


def party_header(header: str) -> PartyHeader:
    """Read ``5. Всероссийская политическая партия "ЕДИНАЯ РОССИЯ"`` as the name
    ``ЕДИНАЯ РОССИЯ``, id ``edinaya-rossiya``, ballot number 5.

    The ballot number and a legal form (``Политическая партия``, ``Політична партія``,
    ``Political party``) are dropped, and quotes around the whole name. The id is the
    quoted core of the name when it has one (``"ЯБЛОКО"`` -> ``yabloko``), a leading
    acronym (``ЛДПР – ...`` -> ``ldpr``), the initials of a name of four words or more
    (``КОММУНИСТИЧЕСКАЯ ПАРТИЯ РОССИЙСКОЙ ФЕДЕРАЦИИ`` -> ``kprf``), else the name's slug.
    A header with neither a number nor a legal form keeps its name and slug.
    """
    text = " ".join(str(header).split())
    ballot_match = _BALLOT_RE.match(text)
    ballot = int(ballot_match.group(1)) if ballot_match else None
    rest = text[ballot_match.end():] if ballot_match else text
    stripped = _drop_legal_form(rest)
    if ballot is None and stripped == rest:
        return PartyHeader(text, slugify(text, "party"), None)
    name = _unquote(stripped) or rest
    return PartyHeader(name, _short_id(name), ballot)


def _drop_legal_form(text: str) -> str:
    low = text.casefold()
    for form in _LEGAL_FORMS:
        if low.startswith(form) and len(text) > len(form) + 1:
            return text[len(form):].strip()
    first, _, remainder = text.partition(" ")
    # "Партия СПРАВЕДЛИВАЯ РОССИЯ": a title-case "Партия" before a name in capitals.
    if first in ("Партия", "Партія", "Party") and remainder[:2].isupper():
        return remainder
    return text


def _unquote(text: str) -> str:
    """Quotes around the whole name dropped (also a lone opening quote whose partner
    closes an inner name: ``"Российская экологическая партия "ЗЕЛЁНЫЕ"``)."""
    quotes = sum(text.count(q) for q in _QUOTES)
    if len(text) > 2 and text[0] in _QUOTES:
        if text[-1] in _QUOTES and quotes % 2 == 0 and \
                not any(q in text[1:-1] for q in _QUOTES):
            return text[1:-1].strip()
        if quotes % 2 == 1:
            return text[1:].strip()
    return text.strip()


def _short_id(name: str) -> str:
    quoted = _QUOTED_RE.search(name)
    if quoted:
        return slugify(quoted.group(1), "party")
    words = [w for w in re.split(r"[\s\"«»“”„]+", name) if w and w.casefold() not in _SMALL_WORDS]
    if words and 2 <= len(words[0]) <= 6 and words[0].isupper() and len(words) > 1 and \
            any(d in name for d in "–—-"):
        return slugify(words[0], "party")
    if len(words) >= 4:
        return slugify("".join(w[0] for w in words), "party")
    return slugify(name, "party")


# --------------------------------------------------------------------------- checks

PARTIES = "parties"
"""A term of a relation: the sum of the party columns."""


@dataclass(frozen=True)
class Relation:
    """``left op right``: each side a sum of (sign, kind) terms; ``op`` is ``=`` or ``>=``.
    ``text`` says it in words (marked for translation); ``formula`` is the relation in the
    protocol's line numbers as Annex 5 of 20-FZ writes it, where the law has it."""

    code: str
    left: tuple[tuple[int, str], ...]
    right: tuple[tuple[int, str], ...]
    text: str
    op: str = "="
    formula: str = ""

    @property
    def words(self) -> Term:
        """The relation in words, in any language."""
        return Term("import", self.text)

    @property
    def citation(self) -> Message | None:
        """Where the law states it (``20-FZ Annex 5: 2 = 3+4+5+6+11−12``), or None."""
        return msg("import.law_20fz", formula=self.formula) if self.formula else None

    def kinds(self) -> set[str]:
        """The kinds the relation needs (all must be in the table)."""
        return {k for _, k in self.left + self.right}


def _sum(*kinds: str) -> tuple[tuple[int, str], ...]:
    return tuple((-1 if k.startswith("-") else 1, k.lstrip("-")) for k in kinds)


RELATIONS: tuple[Relation, ...] = (
    Relation("registered_ge_issued", _sum("registered"),
             _sum("ballots_issued_early", "ballots_issued_in_premises",
                  "ballots_issued_outside"),
             QT_TRANSLATE_NOOP("import", "registered ≥ ballots issued (early + at the station + "
                                         "outside)"), ">=", "1 ≥ 3+4+5"),
    Relation("received", _sum("ballots_received"),
             _sum("ballots_issued_early", "ballots_issued_in_premises", "ballots_issued_outside",
                  "ballots_cancelled", "ballots_lost", "-ballots_unaccounted"),
             QT_TRANSLATE_NOOP("import", "ballots received = issued + cancelled + lost − not "
                                         "accounted for"), formula="2 = 3+4+5+6+11−12"),
    Relation("boxes", _sum("ballots_in_portable_boxes", "ballots_in_stationary_boxes"),
             _sum("invalid", "valid"),
             QT_TRANSLATE_NOOP("import", "ballots in the boxes (portable + stationary) = invalid "
                                         "+ valid"), formula="7+8 = 9+10"),
    Relation("cast", _sum("ballots_cast"), _sum("invalid", "valid"),
             QT_TRANSLATE_NOOP("import", "ballots cast = invalid + valid")),
    Relation("valid_parties", _sum("valid"), _sum(PARTIES),
             QT_TRANSLATE_NOOP("import", "valid ballots = the parties' votes"),
             formula="10 = 13 + …"),
    Relation("valid_parties_against", _sum("valid"), _sum(PARTIES, "against_all"),
             QT_TRANSLATE_NOOP("import", "valid ballots = the parties' votes + against all")),
    Relation("issued_total", _sum("ballots_issued"),
             _sum("ballots_issued_in_premises", "ballots_issued_outside"),
             QT_TRANSLATE_NOOP("import", "ballots issued = at the station + outside")),
    Relation("voted_total", _sum("ballots_cast"), _sum("voted_in_premises", "voted_outside"),
             QT_TRANSLATE_NOOP("import", "voters who voted = at the station + outside")),
    Relation("registered_ge_ballots_issued", _sum("registered"), _sum("ballots_issued"),
             QT_TRANSLATE_NOOP("import", "registered ≥ ballots issued"), ">="),
)


def relations_for(kinds: set[str]) -> list[Relation]:
    """The relations whose every line is in the table (``kinds``, plus the parties)."""
    have = kinds | {PARTIES}
    chosen = [r for r in RELATIONS if r.kinds() <= have]
    codes = {r.code for r in chosen}
    if "valid_parties_against" in codes:  # with against all, valid includes it
        chosen = [r for r in chosen if r.code != "valid_parties"]
    return chosen


@dataclass
class CheckReport:
    """Every row that fails a relation: parallel arrays (line, relation, left, right) and,
    for display, the station label of each failure; ``rows`` rows were checked."""

    relations: list[Relation]
    rows: int = 0
    lines: list[np.ndarray] = field(default_factory=list)
    codes: list[np.ndarray] = field(default_factory=list)
    left: list[np.ndarray] = field(default_factory=list)
    right: list[np.ndarray] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)

    def failures(self) -> list[tuple[int, str, Relation, int, int]]:
        """``(line, station, relation, left, right)`` per failing row and relation, by line."""
        if not self.lines:
            return []
        lines = np.concatenate(self.lines)
        codes, left, right = (np.concatenate(a) for a in (self.codes, self.left, self.right))
        order = np.lexsort((codes, lines))
        return [(int(lines[i]), self.labels[i], self.relations[int(codes[i])],
                 int(left[i]), int(right[i])) for i in order]

    def failed_rows(self) -> int:
        """Rows that fail at least one relation."""
        return len(np.unique(np.concatenate(self.lines))) if self.lines else 0

    def per_relation(self) -> dict[str, int]:
        """Failing rows per relation code (every relation applied appears)."""
        counts = np.bincount(np.concatenate(self.codes), minlength=len(self.relations)) \
            if self.codes else np.zeros(len(self.relations), dtype=np.int64)
        return {r.code: int(n) for r, n in zip(self.relations, counts, strict=True)}


def check_rows(report: CheckReport, columns: dict[str, np.ndarray], parties: np.ndarray,
               lines: np.ndarray, labels: np.ndarray | None) -> None:
    """Test ``report.relations`` on a chunk of counted rows and add its failures.

    ``columns`` maps each kind to its per-row sum (int64 or Python ints), ``parties`` is
    the per-row sum of the party columns.
    """
    report.rows += len(lines)
    for index, relation in enumerate(report.relations):
        left = _side(relation.left, columns, parties)
        right = _side(relation.right, columns, parties)
        bad = left < right if relation.op == ">=" else left != right
        where = np.flatnonzero(bad)
        if not len(where):
            continue
        report.lines.append(lines[where])
        report.codes.append(np.full(len(where), index, dtype=np.int64))
        report.left.append(np.asarray(left[where], dtype=object))
        report.right.append(np.asarray(right[where], dtype=object))
        report.labels.extend(str(labels[i]) if labels is not None else "" for i in where)


def _side(terms: tuple[tuple[int, str], ...], columns: dict[str, np.ndarray],
          parties: np.ndarray) -> np.ndarray:
    if not terms:
        raise ValueError("a protocol relation needs a term on each side")  # a table of ours
    first, *rest = terms
    total = first[0] * (parties if first[1] == PARTIES else columns[first[1]])
    for sign, kind in rest:
        total = total + sign * (parties if kind == PARTIES else columns[kind])
    return np.asarray(total)
