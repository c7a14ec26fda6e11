"""The registry of tier linkages (``mixed.type`` in docs/format.md): how the list tier and the
district tier make one house.

A linkage is one module under ``core.rules.linkages`` that registers a :class:`Linkage`: its
id, the function that fills in a ``Count``, the overhang rules it takes, and its name and
description (English, marked for translation). The reader, the Rules tab, the explanations
and the simulation read everything from here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from core.message import Term
from core.model.scenario import Scenario
from core.rules.count import Count


@dataclass(frozen=True)
class Linkage:
    """One way of linking the tiers.

    ``allocate(count)`` fills the list seats (and for compensatory systems the entitlement,
    overhang, levelling and unseated winners). ``overhang_rules`` are the values
    ``mixed.overhang`` may take (empty: it has none), the first being the default.
    ``batch_simulation`` says whether ``core.simulate`` has a vectorised engine for it;
    ``entitlements`` whether it fills each party's proportional entitlement (and overhang,
    levelling) for the outputs to show; ``local_thresholds`` whether each list constituency's
    seats go to the parties qualifying there (``core.rules.thresholds.qualified_in``), so that
    ``threshold.or_constituency_percent`` applies.
    ``name`` (for menus) is English, marked for translation (context "linkage");
    ``describe(scenario)`` says in a sentence how this scenario's tiers are linked.
    """

    id: str
    allocate: Callable[[Count], None]
    name: str
    describe: Callable[[Scenario], Term]
    overhang_rules: dict[str, str] = field(default_factory=dict)
    batch_simulation: bool = False
    entitlements: bool = False
    local_thresholds: bool = False

    @property
    def default_overhang(self) -> str | None:
        return next(iter(self.overhang_rules), None)


LINKAGES: dict[str, Linkage] = {}


def register(linkage: Linkage) -> Linkage:
    """Add ``linkage`` to the registry."""
    LINKAGES[linkage.id] = linkage
    return linkage


def overhang_rules() -> dict[str, str]:
    """Every overhang rule any linkage takes, with its name."""
    out: dict[str, str] = {}
    for linkage in LINKAGES.values():
        out |= linkage.overhang_rules
    return out
