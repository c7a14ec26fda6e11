"""The registry of list-tier rules ("adjustments"): laws that change how the list seats of a
nationwide count are shared, beyond the method and the threshold (docs/format.md §6.4).

An adjustment is one module under ``core.rules.adjustments`` that registers an
:class:`Adjustment`: the ``list_tier`` key it is written under, how that value is read,
checked and written, its name and the rule in words, and ``around``: given the share that
would otherwise run, the share under the rule. The list tier (``core.rules.linkages.parallel``)
applies every adjustment the scenario has, innermost first in the order of registration; the
reader, the writer, the Rules tab, the explanations and the simulation read everything from
here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from core.message import QT_TRANSLATE_NOOP, Message
from core.model.scenario import Scenario
from core.rules.count import Count
from core.rules.methods import AllocationError
from core.rules.share import Share

ShareFn = Callable[[Mapping[str, int], int, Message], Share]
"""One apportionment among parties: (votes by party id, seats, tier) -> Share."""


@dataclass(frozen=True)
class Adjustment:
    """One list-tier rule.

    ``read(raw, where, fields)`` checks the file's value (``fields``: the scenario reader,
    whose ``count``, ``obj``, ``known_party``, ... name the bad field) and returns the rule's
    own frozen value; ``write(value)`` gives the JSON back. ``around(value, count, inner)``
    returns the share under the rule, calling ``inner`` for the proportional part and
    recording what it did in ``count`` (``bonus``, ``notes``). ``describe(value)`` says the
    rule in a sentence. ``name`` is English, marked for translation (context "adjustment");
    ``example`` is a value in the Rules tab's syntax (``core.io.rule_text``; not translated),
    shown where nothing is set.
    """

    key: str
    name: str
    read: Callable[[Any, str, Any], Any]
    write: Callable[[Any], Any]
    around: Callable[[Any, Count, ShareFn], ShareFn]
    describe: Callable[[Any], Message]
    example: str = ""


ADJUSTMENTS: dict[str, Adjustment] = {}


def register(adjustment: Adjustment) -> Adjustment:
    """Add ``adjustment`` to the registry."""
    ADJUSTMENTS[adjustment.key] = adjustment
    return adjustment


def adjusted_share(count: Count, inner: ShareFn) -> ShareFn:
    """``inner`` under every adjustment of the scenario, innermost first."""
    share = inner
    for key, rule in ADJUSTMENTS.items():
        value = count.scenario.list_tier.adjustments.get(key)
        if value is not None:
            share = rule.around(value, count, share)
    return share


def refuse_adjustments(scenario: Scenario, where: str) -> None:
    """Adjustments act on one nationwide count of list seats; a count that has none (list
    constituencies, a compensatory entitlement, regional top-ups) refuses them rather than
    ignore them. ``where`` names what the scenario has instead (a field)."""
    used = [key for key in ADJUSTMENTS if key in scenario.list_tier.adjustments]
    if used:
        raise AllocationError(QT_TRANSLATE_NOOP(
            "refusal", "not supported with {other} (the rule acts on one nationwide count of "
                       "list seats)"), where=f"list_tier.{used[0]}", other=where)
