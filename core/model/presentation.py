"""How a scenario's parliament is shown, kept with the scenario (docs/format.md,
``presentation``): the seating order, the coalitions, the government and where the
independents sit. None of it changes a seat: ties are still broken by registration order.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

# Where the self-nominated winners who sit with no party are seated.
APART = "apart"  # after the parties (the right end), as a block of their own
CENTRE = "centre"  # in the middle of the chamber, between the parties either side of it
INDEPENDENT_PLACES = (APART, CENTRE)


@dataclass(frozen=True)
class Coalition:
    """A named group of parties (ids), e.g. a government or a bloc an analyst is testing."""

    name: str
    parties: tuple[str, ...]


@dataclass(frozen=True)
class Presentation:
    """``seating``: party ids left to right (parties not listed follow, in table order);
    ``coalitions``; ``government``: the name of one of them, or None; ``independents``:
    :data:`APART` or :data:`CENTRE`; ``group_government``: seat the government's parties
    together, first (left), then the others; ``apportionment``: the "parties" are regions
    sharing the seats by population (the US House among the states): no majority to speak
    of, and their "votes" are people, not ballots."""

    seating: tuple[str, ...] = ()
    coalitions: tuple[Coalition, ...] = ()
    government: str | None = None
    independents: str = APART
    group_government: bool = False
    apportionment: bool = False

    @property
    def used(self) -> bool:
        """True when anything differs from the defaults (the file then keeps it)."""
        return self != Presentation()

    def coalition(self, name: str | None) -> Coalition | None:
        """The coalition called ``name``; None when there is none."""
        return next((c for c in self.coalitions if c.name == name), None)

    def government_parties(self) -> tuple[str, ...]:
        """The ids of the government's parties (none when no government is named)."""
        government = self.coalition(self.government)
        return government.parties if government else ()

    def order(self, party_ids: tuple[str, ...]) -> tuple[str, ...]:
        """``party_ids`` in seating order: as listed in ``seating``, the rest in their own
        order after them; with ``group_government``, the government's parties first."""
        known = set(party_ids)
        listed = [p for p in self.seating if p in known]
        ordered = listed + [p for p in party_ids if p not in set(listed)]
        if self.group_government:
            government = set(self.government_parties())
            ordered = ([p for p in ordered if p in government]
                       + [p for p in ordered if p not in government])
        return tuple(ordered)

    def without_parties(self, removed: set[str]) -> Presentation:
        """The presentation once the parties ``removed`` are gone: out of the seating and
        the coalitions (a coalition left empty is dropped, and the government with it)."""
        if not removed:
            return self
        coalitions = tuple(replace(c, parties=tuple(p for p in c.parties if p not in removed))
                           for c in self.coalitions)
        coalitions = tuple(c for c in coalitions if c.parties)
        names = {c.name for c in coalitions}
        return replace(self, seating=tuple(p for p in self.seating if p not in removed),
                       coalitions=coalitions,
                       government=self.government if self.government in names else None)
