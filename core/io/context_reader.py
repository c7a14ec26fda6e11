"""Reading what a scenario file carries beside its law (docs/format.md): the polls of the
projection view and the chart's presentation, with the party references both make. The base
of the scenario reader (``core.io.scenario_reader``), which fills ``party_ids`` first.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from core.io.json_fields import Fields, shown
from core.message import QT_TRANSLATE_NOOP
from core.model import limits
from core.model.polls import AVERAGE_ID, MAX_POLL_TOTAL, Poll, check_date
from core.model.presentation import INDEPENDENT_PLACES, Coalition, Presentation
from core.model.scenario import ScenarioError

_POLL = {"id", "pollster", "date", "sample_size", "shares", "regions"}
PRESENTATION_KEYS = {"seating", "coalitions", "government", "independents", "group_government",
                 "apportionment"}
_COALITION = {"name", "parties"}
DUPLICATE_ID = QT_TRANSLATE_NOOP("refusal", "duplicate id \"{id}\"")


class ContextReader(Fields):
    """Polls, presentation, percentages and party references, checked field by field."""

    party_ids: set[str]  # the scenario's parties, read before anything refers to them

    def percent(self, value: Any, where: str) -> Fraction:
        """An exact percentage from 0 to 100."""
        percent = self.decimal(value, where)
        if not 0 <= percent <= 100:
            raise ScenarioError(where, QT_TRANSLATE_NOOP(
                "refusal", "expected a percentage from 0 to 100, got {got}"),
                got=f"{float(percent):g}")
        return percent

    def polls(self, raw: Any) -> tuple[Poll, ...]:
        items = self.array(raw or [], "polls", limits.MAX_POLLS)
        out, ids = [], set()
        for i, p in enumerate(items):
            where = f"polls[{i}]"
            p = self.obj(p, where, _POLL)
            pid = self.text(p.get("id", f"poll-{i + 1}"), f"{where}.id")
            if not pid.strip() or pid == AVERAGE_ID:
                raise ScenarioError(f"{where}.id", QT_TRANSLATE_NOOP(
                    "refusal", "expected a non-empty id other than \"{average}\", got {got}"),
                    average=AVERAGE_ID, got=shown(pid))
            if pid in ids:
                raise ScenarioError(f"{where}.id", DUPLICATE_ID, id=pid)
            ids.add(pid)
            date = self.optional(p.get("date"), self.text, f"{where}.date")
            if date is not None:
                try:
                    check_date(date)
                except ValueError:
                    raise ScenarioError(f"{where}.date", QT_TRANSLATE_NOOP(
                        "refusal", "expected a date YYYY-MM-DD, got {got}"),
                        got=shown(date)) from None
            shares = self.poll_shares(self.need(p, "shares", where), f"{where}.shares")
            if not shares:
                raise ScenarioError(f"{where}.shares", QT_TRANSLATE_NOOP(
                    "refusal", "expected at least one party's share"))
            regions = self.obj(p.get("regions") or {}, f"{where}.regions")
            out.append(Poll(
                pid, shares, self.text(p.get("pollster") or "", f"{where}.pollster"), date,
                self.optional(p.get("sample_size"), self.count, f"{where}.sample_size"),
                {self.text(r, f"{where}.regions"): self.poll_shares(v, f"{where}.regions.{r}")
                 for r, v in regions.items()}))
        return tuple(out)

    def poll_shares(self, raw: Any, where: str) -> dict[str, Fraction]:
        shares = {}
        for pid, value in self.obj(raw, where).items():
            self.known_party(pid, where)
            shares[pid] = self.percent(value, f"{where}.{pid}")
        if sum(shares.values()) > MAX_POLL_TOTAL:
            raise ScenarioError(where, QT_TRANSLATE_NOOP(
                "refusal", "the shares add up to {total}%, more than {limit}% (rounding aside, "
                "a poll's shares add up to 100% at most)"),
                total=f"{float(sum(shares.values())):g}", limit=MAX_POLL_TOTAL)
        return shares

    def presentation(self, p: dict[str, Any]) -> Presentation:
        """How the chart seats the parliament (docs/format.md): known parties, each once."""
        seating = self.party_list(p.get("seating") or [], "presentation.seating")
        coalitions, names = [], set()
        for i, raw in enumerate(self.array(p.get("coalitions") or [], "presentation.coalitions",
                                           limits.MAX_PARTIES)):
            where = f"presentation.coalitions[{i}]"
            c = self.obj(raw, where, _COALITION)
            name = self.text(self.need(c, "name", where), f"{where}.name")
            if not name.strip() or name in names:
                raise ScenarioError(f"{where}.name", QT_TRANSLATE_NOOP(
                    "refusal", "expected a name of its own, got {got}"), got=shown(name))
            names.add(name)
            parties = self.party_list(self.need(c, "parties", where), f"{where}.parties")
            if not parties:
                raise ScenarioError(f"{where}.parties", QT_TRANSLATE_NOOP(
                    "refusal", "expected at least one party"))
            coalitions.append(Coalition(name, parties))
        government = p.get("government")
        if government is not None and government not in names:
            raise ScenarioError("presentation.government", QT_TRANSLATE_NOOP(
                "refusal", "names no coalition: {got}"), got=shown(government))
        return Presentation(
            seating=seating, coalitions=tuple(coalitions), government=government,
            independents=self.choice(p.get("independents", INDEPENDENT_PLACES[0]),
                                     INDEPENDENT_PLACES, "presentation.independents"),
            group_government=self.flag(p.get("group_government", False),
                                       "presentation.group_government"),
            apportionment=self.flag(p.get("apportionment", False),
                                    "presentation.apportionment"))

    # ---- references

    def party_list(self, raw: Any, where: str) -> tuple[str, ...]:
        """Party ids, each known and named once."""
        ids = [self.known_party(pid, f"{where}[{i}]")
               for i, pid in enumerate(self.array(raw, where, limits.MAX_PARTIES))]
        for i, pid in enumerate(ids):
            if pid in ids[:i]:
                raise ScenarioError(f"{where}[{i}]", QT_TRANSLATE_NOOP(
                    "refusal", "names \"{party}\" twice"), party=pid)
        return tuple(ids)

    def known_party(self, pid: Any, where: str) -> str:
        if not isinstance(pid, str) or pid not in self.party_ids:
            raise ScenarioError(where, QT_TRANSLATE_NOOP("refusal", "names unknown party {got}"),
                                got=shown(pid))
        return pid

    def party_ref(self, pid: Any, where: str) -> str | None:
        return None if pid is None else self.known_party(pid, where)

