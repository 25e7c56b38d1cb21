"""Who may decide what: mandate validity under Awb title 10.1 and the powers that follow.

A mandate passes a power only when its form is sound on the reference date (no
:data:`VOIDING` defect) and its chain traces back to an actor that holds the power by law
(10:1-10:2) with sub-mandate allowed at every intermediate step (10:9). A delegation makes
its holder hold the power as its own (10:13), so a delegate may mandate it onward, and the
delegating body no longer holds it (10:17).

Separation of duties (10:3(3), 10:3(4)) is read from actor tags: an actor tagged
``primary_decision`` (or ``primair besluit``) took the contested primary decision; an actor
tagged ``reporter`` (``rapporteur``, ``melder``, ``verbalisant``) reported the violation.

Examples
--------
>>> from datetime import date
>>> from models import Actor, Case, CaseInfo, Mandate, Power, PowerCategory
>>> from mapper.graph import build_graphs
>>> case = Case.from_parts(
...     CaseInfo("t"),
...     [Actor("col", "College"), Actor("m", "Manager"), Actor("p", "Professional")],
...     mandates=[Mandate("m1", "col", "m", "bb", budget=5000),
...               Mandate("m2", "m", "p", "bb", budget=1000)],
...     powers=[Power("bb", "Bijzondere bijstand", PowerCategory.SPEND_BUDGET, holder="col")],
... )
>>> auth = Authority.of(build_graphs(case), date(2025, 1, 1))
>>> auth.status["m1"], auth.status["m2"]
('valid', 'sub_mandate_not_allowed')
>>> auth.holders(PowerCategory.SPEND_BUDGET, 2000)
['col', 'm']
"""

from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

import networkx as nx

from mapper.graph import CaseGraphs
from models import Actor, Instrument, Mandate, PowerCategory, RelationKind, Scope

__all__ = [
    "PRIMARY_POWERS",
    "PRIMARY_TAGS",
    "REPORTER_TAGS",
    "VOIDING",
    "Authority",
    "Defect",
    "Grant",
    "has_tag",
    "outside_organisation",
]

PRIMARY_TAGS = frozenset({"primary decision", "primair besluit", "primaire beslissing"})
REPORTER_TAGS = frozenset({"reporter", "rapporteur", "melder", "verbalisant"})
PRIMARY_POWERS = frozenset(
    {
        PowerCategory.DEVIATE_FROM_RULE,
        PowerCategory.SUSPEND_ROUTINE,
        PowerCategory.SPEND_BUDGET,
        PowerCategory.OTHER,
    }
)


class Defect(StrEnum):
    """Something wrong with one mandate on its own (its form), see docs/analyses.md."""

    SELF = "self"
    SIGNING = "signing"  # 10:11
    EXPIRED = "expired"  # 10:8
    NOT_YET_VALID = "not_yet_valid"
    NOT_MANDATABLE = "not_mandatable"  # 10:3(1)
    CONSENT_MISSING = "consent_missing"  # 10:4
    CONSENT_UNKNOWN = "consent_unknown"  # 10:4
    NOT_IN_WRITING = "not_in_writing"  # 10:5
    DELEGATION_NO_BASIS = "delegation_no_basis"  # 10:15
    DELEGATION_TO_SUBORDINATE = "delegation_to_subordinate"  # 10:14
    OBJECTION_PRIMARY_DECIDER = "objection_primary_decider"  # 10:3(3)
    OBJECTION_ALSO_PRIMARY = "objection_also_primary"  # 10:3(3), suspected
    FINE_REPORTER = "fine_reporter"  # 10:3(4)


VOIDING: frozenset[Defect] = frozenset(
    {
        Defect.SELF,
        Defect.SIGNING,
        Defect.EXPIRED,
        Defect.NOT_YET_VALID,
        Defect.NOT_MANDATABLE,
        Defect.CONSENT_MISSING,
        Defect.DELEGATION_NO_BASIS,
        Defect.DELEGATION_TO_SUBORDINATE,
        Defect.OBJECTION_PRIMARY_DECIDER,
        Defect.FINE_REPORTER,
    }
)


@dataclass(frozen=True, slots=True)
class Grant:
    """How one actor effectively holds one power."""

    actor: str
    power: str  # a power category (see mapper.graph)
    basis: str  # "law", "delegation" or "mandate"
    budget: float | None  # None: no limit
    chain: tuple[str, ...]  # mandate ids from the legal holder down to this actor
    may_pass_on: bool  # may mandate it further (by law, delegated, or sub-mandate allowed)

    @property
    def root(self) -> str | None:
        """The id of the first mandate of the chain (None when held by law)."""
        return self.chain[0] if self.chain else None

    def _rank(self) -> tuple[int, bool, float, int]:
        basis = {"law": 2, "delegation": 1}.get(self.basis, 0)
        budget = float("inf") if self.budget is None else self.budget
        return (basis, self.may_pass_on, budget, -len(self.chain))


def has_tag(actor: Actor, tags: frozenset[str]) -> bool:
    """Whether ``actor`` carries one of ``tags`` (any case, ``_``/``-`` read as spaces).

    Examples
    --------
    >>> has_tag(Actor("a", "A", tags=("Primair_besluit",)), PRIMARY_TAGS)
    True
    """
    return any(" ".join(t.replace("_", " ").replace("-", " ").casefold().split()) in tags
               for t in actor.tags)  # fmt: skip


def outside_organisation(grantor: Actor, holder: Actor) -> bool:
    """Whether the holder works outside the grantor's organisation (both must have one)."""
    a, b = grantor.organisation, holder.organisation
    return bool(a and b and a != b)


def _min_budget(a: float | None, b: float | None) -> float | None:
    if a is None:
        return b
    if b is None:
        return a
    return min(a, b)


@dataclass
class Authority:
    """Mandate defects, chain status and the effective holders of every power."""

    as_of: date
    defects: dict[str, tuple[Defect, ...]]
    status: dict[
        str, str
    ]  # mandate id -> valid|void|no_legal_root|sub_mandate_not_allowed|chain_broken
    over_budget: dict[str, float | None]  # mandate id -> the grantor's own budget it exceeds
    grants: dict[str, dict[str, Grant]]

    @classmethod
    def of(cls, graphs: CaseGraphs, as_of: date) -> Authority:
        """Judge every mandate of ``graphs`` on ``as_of`` and propagate the powers."""
        defects = _form_defects(graphs, as_of)
        status: dict[str, str] = {}
        over: dict[str, float | None] = {}
        grants: dict[str, dict[str, Grant]] = {}
        by_power: dict[str, list[Mandate]] = defaultdict(list)
        for m in graphs.mandates:
            by_power[m.power].append(m)
        delegated_away: dict[str, set[str]] = {}
        for power in PowerCategory:
            mandates = by_power.get(power, [])
            trial: dict[str, str] = {}
            grants[power] = _propagate(graphs, power, mandates, defects, trial)
            # A delegating body can no longer exercise the power itself (Awb 10:17).
            gone = {
                m.grantor
                for m in mandates
                if trial.get(m.id) == "valid"
                and m.instrument == Instrument.DELEGATION
                and m.grantor != m.holder
            }
            if gone:
                trial = {}
                grants[power] = _propagate(graphs, power, mandates, defects, trial, frozenset(gone))
                delegated_away[power] = gone
            status.update(trial)
        for m in graphs.mandates:
            if m.id in status:
                continue
            if any(d in VOIDING for d in defects[m.id]):
                status[m.id] = "void"
                continue
            if m.grantor in delegated_away.get(m.power, ()):
                status[m.id] = "delegated_away"
                continue
            grantor_grant = grants[m.power].get(m.grantor)
            if grantor_grant is not None:
                status[m.id] = "sub_mandate_not_allowed"
            elif any(other.holder == m.grantor for other in by_power[m.power]):
                status[m.id] = "chain_broken"
            else:
                status[m.id] = "no_legal_root"
        for m in graphs.mandates:
            if status[m.id] != "valid":
                continue
            if (
                m.power == PowerCategory.DECIDE_OBJECTION
                and Defect.OBJECTION_PRIMARY_DECIDER not in (defects[m.id])
            ):
                primary = [p for p in PRIMARY_POWERS if (g := grants[p].get(m.holder)) and g.chain]
                if primary:
                    defects[m.id] = (*defects[m.id], Defect.OBJECTION_ALSO_PRIMARY)
            own = grants[m.power].get(m.grantor)
            if (
                own is not None
                and own.budget is not None
                and (m.budget is None or m.budget > own.budget)
            ):
                over[m.id] = own.budget
        return cls(as_of, defects, status, over, grants)

    def valid(self, mandate_id: str) -> bool:
        """Whether the mandate passes its power on the reference date."""
        return self.status.get(mandate_id) == "valid"

    def grant(self, actor_id: str, power: str) -> Grant | None:
        """How ``actor_id`` holds ``power``, or None."""
        return self.grants[power].get(actor_id)

    def holders(self, power: str, budget: float | None = None) -> list[str]:
        """Actors that effectively hold ``power`` for at least ``budget``."""
        return [
            actor
            for actor, g in self.grants[power].items()
            if budget is None or g.budget is None or g.budget >= budget
        ]


def _propagate(
    graphs: CaseGraphs,
    power: str,
    mandates: list[Mandate],
    defects: dict[str, tuple[Defect, ...]],
    status: dict[str, str],
    gone: frozenset[str] = frozenset(),
) -> dict[str, Grant]:
    """Pass ``power`` down valid mandate chains; ``gone`` delegated it away (delegation only)."""
    grants: dict[str, Grant] = {
        a.id: Grant(a.id, power, "law", None, (), True)
        for a in graphs.actors.values()
        if power in graphs.law_powers.get(a.id, ())
    }
    out: dict[str, list[Mandate]] = defaultdict(list)
    for m in mandates:
        if not any(d in VOIDING for d in defects[m.id]):
            out[m.grantor].append(m)
    queue = deque(grants)
    while queue:
        grantor = queue.popleft()
        own = grants[grantor]
        if not own.may_pass_on:
            continue
        for m in out.get(grantor, ()):
            if grantor in gone and m.instrument != Instrument.DELEGATION:
                continue
            status[m.id] = "valid"
            delegated = m.instrument == Instrument.DELEGATION
            new = Grant(
                m.holder,
                power,
                "delegation" if delegated else "mandate",
                _min_budget(own.budget, m.budget),
                (*own.chain, m.id),
                delegated or (m.sub_mandate_levels or 0) > 0,
            )
            old = grants.get(m.holder)
            if old is None or new._rank() > old._rank():
                grants[m.holder] = new
                queue.append(m.holder)
    for actor in gone:
        if actor in grants and grants[actor].basis != "mandate":
            del grants[actor]
    return grants


def _form_defects(graphs: CaseGraphs, as_of: date) -> dict[str, tuple[Defect, ...]]:
    actors = graphs.actors
    below: dict[str, set[str]] = {}
    result: dict[str, tuple[Defect, ...]] = {}
    for m in graphs.mandates:
        grantor, holder = actors[m.grantor], actors[m.holder]
        found: list[Defect] = []
        if m.grantor == m.holder:
            found.append(Defect.SELF)
        if m.instrument == Instrument.SIGNING:
            found.append(Defect.SIGNING)
        if m.valid_until is not None and m.valid_until < as_of:
            found.append(Defect.EXPIRED)
        if m.valid_from is not None and m.valid_from > as_of:
            found.append(Defect.NOT_YET_VALID)
        delegation = m.instrument == Instrument.DELEGATION
        if (
            m.power == PowerCategory.SET_RULES
            and not delegation
            and m.instrument != Instrument.SIGNING
        ):
            found.append(Defect.NOT_MANDATABLE)
        if not delegation and outside_organisation(grantor, holder):
            if m.consent is False:
                found.append(Defect.CONSENT_MISSING)
            elif m.consent is None:
                found.append(Defect.CONSENT_UNKNOWN)
        if m.scope == Scope.GENERAL and not m.in_writing and m.instrument != Instrument.SIGNING:
            found.append(Defect.NOT_IN_WRITING)
        if delegation:
            if not m.legal_basis.strip():
                found.append(Defect.DELEGATION_NO_BASIS)
            if m.grantor not in below:
                down = graphs.flow({RelationKind.HIERARCHY}, hierarchy_up=False)
                below[m.grantor] = nx.descendants(down, m.grantor)
            if m.holder in below[m.grantor]:
                found.append(Defect.DELEGATION_TO_SUBORDINATE)
        if m.power == PowerCategory.DECIDE_OBJECTION and has_tag(holder, PRIMARY_TAGS):
            found.append(Defect.OBJECTION_PRIMARY_DECIDER)
        if m.power == PowerCategory.IMPOSE_FINE and has_tag(holder, REPORTER_TAGS):
            found.append(Defect.FINE_REPORTER)
        result[m.id] = tuple(found)
    return result
