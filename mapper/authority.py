"""Who may decide what: mandate validity under Awb title 10.1 and the powers that follow.

Roots. Only a bestuursorgaan holds a public-law power op grond van de wet (attributie): a
power's ``holder`` is a root of its mandate chains when it is a public body. A power whose rule
is ``internal`` (a partner's own decision, a work instruction) is held by its holder as its own,
public body or not. A non-public holder of a public-law power is no root (the powers check
warns about it).

Passing on. A mandate passes its power when its form is sound on the reference date (no
:data:`VOIDING` defect) and its grantor holds the power: as root, by delegation, or by a mandate
that leaves a level of sub-mandate. How many levels of sub-mandate there are is chosen by the
body at the root of the chain (its mandate's ``sub_mandate_levels``, Awb 10:9); an intermediate
holder may narrow it but not widen it. Only a body that holds the power itself - as root or by
delegation - can delegate it (10:13); the delegate then holds it as its own, and the delegating
body loses that one power, not its other powers of the same category (10:17).

Deviation. Whoever decides under a policy rule, a mandate holder included, must deviate from
it where following it would be disproportionate (Awb 4:84), unless the mandate decision
reserves that to the grantor (``reserves_deviation``, an instruction under 10:6). A reservation
binds the whole chain below it: a sub-mandate cannot widen it (:attr:`Grant.reserved`).

Practice. Whether a mandate is valid never depends on the analysed practice (routine or
maatwerk); the practice only decides which chains cover its decisions
(:attr:`Authority.practice_grants`).

Mandates, needs and agreements name a power by its id, or (version 1) by a category, which names
every power of that category. Everything is indexed once (:class:`mapper.legal.LegalMap`); each
power's chains are walked once.

Examples
--------
>>> from datetime import date
>>> from models import Actor, ActorKind, Case, CaseInfo, Mandate, Power, PowerCategory
>>> from mapper.graph import build_graphs
>>> case = Case.from_parts(
...     CaseInfo("t"),
...     [Actor("col", "College", ActorKind.ADMINISTRATOR), Actor("m", "Manager"),
...      Actor("p", "Professional")],
...     mandates=[Mandate("m1", "col", "m", "bb", budget=5000),
...               Mandate("m2", "m", "p", "bb", budget=1000)],
...     powers=[Power("bb", "Bijzondere bijstand", PowerCategory.SPEND_BUDGET, holder="col")],
... )
>>> auth = Authority.of(build_graphs(case), date(2025, 1, 1))
>>> str(auth.status["m1"]), str(auth.status["m2"])
('valid', 'sub_mandate_not_allowed')
>>> auth.holders("spend_budget", 2000)
['col', 'm']
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from mapper.graph import CaseGraphs, in_practice
from mapper.legal import LegalMap
from mapper.mandate_form import (
    FINE_REPORT_THRESHOLD,
    PRIMARY_CATEGORIES,
    PRIMARY_TAGS,
    REPORTER_TAGS,
    VOIDING,
    Defect,
    council_private_power,
    form_defects,
    has_tag,
)
from mapper.signing_grant import allowed_when_given
from models import (
    Instrument,
    Mandate,
    Power,
    PowerCategory,
    Practice,
    RuleType,
)

__all__ = [
    "FINE_REPORT_THRESHOLD",
    "PRIMARY_CATEGORIES",
    "PRIMARY_TAGS",
    "REPORTER_TAGS",
    "VOIDING",
    "Authority",
    "Basis",
    "Defect",
    "Grant",
    "Status",
    "has_tag",
]


class Status(StrEnum):
    """Whether a mandate passes its power on, and if not, why (the first reason that holds)."""

    VALID = "valid"
    VOID = "void"  # a voiding defect of its own
    DELEGATED_AWAY = "delegated_away"  # 10:17
    DELEGATION_BY_MANDATE_HOLDER = "delegation_by_mandate_holder"  # 10:13
    SUB_MANDATE_NOT_ALLOWED = "sub_mandate_not_allowed"  # 10:9
    CHAIN_BROKEN = "chain_broken"
    NO_LEGAL_ROOT = "no_legal_root"  # 10:1


class Basis(StrEnum):
    """How an actor holds a power."""

    STATUTE = "statute"  # op grond van de wet (attributie)
    OWN = "own"  # its own decision (internal rule; a partner's private-law decision)
    DELEGATION = "delegation"
    MANDATE = "mandate"


_BASIS_RANK = {Basis.STATUTE: 3, Basis.OWN: 3, Basis.DELEGATION: 2, Basis.MANDATE: 0}
_ATTEMPT_ORDER = (
    Status.DELEGATED_AWAY,
    Status.DELEGATION_BY_MANDATE_HOLDER,
    Status.SUB_MANDATE_NOT_ALLOWED,
)


@dataclass(frozen=True, slots=True, eq=False)
class Grant:
    """How one actor effectively holds one power. Grants down a chain are linked to the
    grant they derive from, so a chain of any depth costs one small object per link."""

    actor: str
    power: str  # power id
    basis: Basis
    budget: float | None  # None: no limit
    levels: int | None  # further levels of sub-mandate; None: holds it as its own
    via: str | None = None  # the mandate by which the actor holds it (None: as its own)
    parent: Grant | None = None  # the grantor's grant
    depth: int = 0  # the number of mandates from the root down to this actor
    root: str | None = None  # the first mandate of the chain (None: held as its own)
    reserved: bool = False  # a mandate of the chain reserves deviating (4:84) to its grantor

    @property
    def chain(self) -> tuple[str, ...]:
        """The mandate ids from the root down to this actor (walks the chain: for findings)."""
        ids: list[str] = []
        g: Grant | None = self
        while g is not None and g.via is not None:
            ids.append(g.via)
            g = g.parent
        return tuple(reversed(ids))

    @property
    def may_pass_on(self) -> bool:
        """Whether the actor may mandate the power further."""
        return self.levels is None or self.levels > 0

    def _rank(self) -> tuple[int, float, float, int, int]:
        levels = float("inf") if self.levels is None else float(self.levels)
        budget = float("inf") if self.budget is None else self.budget
        return (_BASIS_RANK[self.basis], levels, budget, -self.reserved, -self.depth)


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
    legal: LegalMap
    defects: dict[str, tuple[Defect, ...]]
    status: dict[str, Status]
    over_budget: dict[str, float | None]  # mandate id -> the grantor's own budget it exceeds
    grants: dict[str, dict[str, Grant]]  # power id -> actor -> grant (whatever the practice)
    widened: dict[str, int] = field(default_factory=dict)  # mandate id -> levels really left
    delegated_away: dict[str, frozenset[str]] = field(default_factory=dict)  # power -> bodies
    practice_grants: dict[str, dict[str, Grant]] | None = None  # when analysing one practice
    not_for_practice: dict[str, str] = field(default_factory=dict)  # mandate -> link outside
    by_actor: dict[str, list[Grant]] = field(default_factory=dict)
    roots: dict[str, str] = field(default_factory=dict)  # power id -> its root actor

    @classmethod
    def of(cls, graphs: CaseGraphs, as_of: date, legal: LegalMap | None = None) -> Authority:
        """Judge every mandate of ``graphs`` on ``as_of`` and propagate the powers."""
        legal = legal if legal is not None else LegalMap(graphs)
        defects = form_defects(legal, as_of)
        auth = cls(as_of, legal, defects, {}, {}, {})
        auth._run()
        return auth

    # ------------------------------------------------------------------ queries
    def valid(self, mandate_id: str) -> bool:
        """Whether the mandate passes its power on the reference date."""
        return self.status.get(mandate_id) == Status.VALID

    def _table(self) -> dict[str, dict[str, Grant]]:
        return self.practice_grants if self.practice_grants is not None else self.grants

    def grant(self, actor_id: str, key: str) -> Grant | None:
        """How ``actor_id`` holds the power ``key`` names (its best grant), or None."""
        table = self._table()
        best: Grant | None = None
        for power in self.legal.covered(key):
            g = table.get(power, {}).get(actor_id)
            if g is not None and (best is None or g._rank() > best._rank()):
                best = g
        return best

    def holders(self, key: str, budget: float | None = None) -> list[str]:
        """Actors that effectively hold the power ``key`` names for at least ``budget``."""
        table = self._table()
        found: dict[str, None] = {}
        for power in self.legal.covered(key):
            for actor, g in table.get(power, {}).items():
                if budget is None or g.budget is None or g.budget >= budget:
                    found[actor] = None
        return list(found)

    def budget_of(self, actor_id: str, key: str) -> float | None:
        """The largest budget ``actor_id`` holds for ``key`` (None: unlimited)."""
        g = self.grant(actor_id, key)
        return None if g is None else g.budget

    def root_of(self, m: Mandate) -> str | None:
        """The body at the top of ``m``'s own chain: where a category names powers of several
        bodies (several colleges), the one whose mandates lead down to ``m`` (jurist 15 J3),
        not the first holder of the category on the map. Expired links count: the chain is
        the one the mandate was granted in."""
        legal = self.legal
        covered = legal.covered(str(m.power))
        first = next((self.roots[p] for p in covered if p in self.roots), None)
        tops = {self.roots[p] for p in covered if p in self.roots}
        if len(tops) <= 1:
            return first
        keys = tuple(dict.fromkeys((str(m.power), *covered, str(legal.category(str(m.power))))))
        seen: set[str] = set()
        todo = deque([m.grantor])
        while todo:
            actor = todo.popleft()
            if actor in tops:
                return actor
            if actor in seen:
                continue
            seen.add(actor)
            todo.extend(up.grantor for k in keys for up in legal.into.get((actor, k), ()))
        return first

    # ------------------------------------------------------------------ propagation
    def _roots(self, power: Power) -> dict[str, Grant]:
        holder = power.holder
        if holder is None or holder not in self.legal.actors:
            return {}
        actor = self.legal.actors[holder]
        if council_private_power(self.legal, power):
            return {}  # the college decides the municipality's private-law acts (H5)
        if power.rule_type == RuleType.INTERNAL:
            basis = Basis.OWN
        elif actor.is_public_body:
            basis = Basis.STATUTE
        else:
            return {}  # a non-public actor holds no public-law power op grond van de wet
        return {holder: Grant(holder, power.id, basis, None, None)}

    def _run(self) -> None:
        legal = self.legal
        valid: set[str] = set()
        attempts: dict[str, set[Status]] = {}
        for power in legal.powers.values():
            roots = self._roots(power)
            if roots:
                self.roots[power.id] = next(iter(roots))
            trial: set[str] = set()
            grants = self._propagate(power, roots, trial, attempts, frozenset(), None)
            gone = frozenset(
                legal.by_id[mid].grantor
                for mid in trial
                if legal.by_id[mid].instrument == Instrument.DELEGATION
                and legal.by_id[mid].grantor != legal.by_id[mid].holder
            )
            if gone:
                trial = set()
                grants = self._propagate(power, roots, trial, attempts, gone, None)
                self.delegated_away[power.id] = gone
            self.grants[power.id] = grants
            valid |= trial
        for m in legal.mandates:
            self.status[m.id] = self._verdict(m, valid, attempts)
        practice = legal.graphs.practice
        if practice is not None and practice != Practice.BOTH:
            self._practice_run(valid)
        for grants in self.grants.values():
            for g in grants.values():
                self.by_actor.setdefault(g.actor, []).append(g)
        self._after(valid)

    def _propagate(
        self,
        power: Power,
        roots: dict[str, Grant],
        valid: set[str],
        attempts: dict[str, set[Status]],
        gone: frozenset[str],
        usable: set[str] | None,
    ) -> dict[str, Grant]:
        """Pass ``power`` down the mandates that may carry it (breadth first)."""
        legal = self.legal
        grants = dict(roots)
        queue = deque(grants)
        keys = (power.id, str(power.category))
        while queue:
            grantor = queue.popleft()
            own = grants[grantor]
            for key in keys:
                for m in legal.out.get((grantor, key), ()):
                    if usable is not None and m.id not in usable:
                        continue
                    if any(d in VOIDING for d in self.defects[m.id]):
                        continue
                    delegation = m.instrument == Instrument.DELEGATION
                    if grantor in gone and not delegation:
                        attempts.setdefault(m.id, set()).add(Status.DELEGATED_AWAY)
                        continue
                    if delegation and own.basis == Basis.MANDATE:
                        attempts.setdefault(m.id, set()).add(Status.DELEGATION_BY_MANDATE_HOLDER)
                        continue
                    if not delegation and not own.may_pass_on:
                        attempts.setdefault(m.id, set()).add(Status.SUB_MANDATE_NOT_ALLOWED)
                        continue
                    valid.add(m.id)
                    new = Grant(
                        m.holder,
                        power.id,
                        Basis.DELEGATION if delegation else Basis.MANDATE,
                        _min_budget(own.budget, m.budget),
                        None if delegation else self._levels(own, m),
                        m.id,
                        own,
                        own.depth + 1,
                        own.root or m.id,
                        not delegation and (own.reserved or m.reserves_deviation),
                    )
                    old = grants.get(m.holder)
                    if old is None or new._rank() > old._rank():
                        grants[m.holder] = new
                        queue.append(m.holder)
        for actor in gone:
            if actor in grants and grants[actor].basis != Basis.MANDATE:
                del grants[actor]
        for actor in legal.graphs.vacant:  # a vacant post passes its powers on, takes nothing
            grants.pop(actor, None)
        return grants

    def _levels(self, own: Grant, m: Mandate) -> int:
        """Levels of sub-mandate left to the holder of ``m`` (Awb 10:9): the root body
        chooses them; a sub-mandate may narrow them, never widen them."""
        asked = m.sub_mandate_levels
        if own.levels is None:  # granted by the body that holds the power itself
            return asked if asked is not None else 0
        left = own.levels - 1
        if asked is None:
            return left
        if asked > left:
            self.widened[m.id] = left
            return left
        return asked

    def _verdict(self, m: Mandate, valid: set[str], attempts: dict[str, set[Status]]) -> Status:
        if m.id in valid:
            return Status.VALID
        if any(d in VOIDING for d in self.defects[m.id]):
            return Status.VOID
        tried = attempts.get(m.id, set())
        for reason in _ATTEMPT_ORDER:
            if reason in tried:
                return reason
        legal = self.legal
        key = str(m.power)
        if legal.into.get((m.grantor, key)) or any(
            legal.into.get((m.grantor, p)) for p in legal.covered(key)
        ):
            return Status.CHAIN_BROKEN
        category = str(legal.category(key))
        if key != category and legal.into.get((m.grantor, category)):
            return Status.CHAIN_BROKEN
        return Status.NO_LEGAL_ROOT

    def _practice_run(self, valid: set[str]) -> None:
        """Which valid chains cover the analysed practice (never changes validity)."""
        legal = self.legal
        practice = legal.graphs.practice
        usable = {
            m.id for m in legal.mandates if m.id in valid and in_practice(m.practice, practice)
        }
        used: set[str] = set()
        table: dict[str, dict[str, Grant]] = {}
        for power in legal.powers.values():
            roots = self._roots(power)
            gone = self.delegated_away.get(power.id, frozenset())
            table[power.id] = self._propagate(power, roots, used, {}, gone, usable)
        self.practice_grants = table
        for m in legal.graphs.mandates:
            if m.id in valid and m.id not in used:
                self.not_for_practice[m.id] = self._outside_link(m)

    def _outside_link(self, m: Mandate) -> str:
        """The mandate higher in ``m``'s chain that does not cover the practice."""
        best = None
        for power in self.legal.covered(str(m.power)):
            g = self.grants.get(power, {}).get(m.grantor)
            if g is not None and (best is None or g._rank() > best._rank()):
                best = g
        if best is None:
            return ""
        outside = ""
        link: Grant | None = best
        while link is not None and link.via is not None:  # the highest link outside the practice
            if not in_practice(self.legal.by_id[link.via].practice, self.legal.graphs.practice):
                outside = link.via
            link = link.parent
        return outside

    def _after(self, valid: set[str]) -> None:
        """Budgets above the grantor's own, objection holders who also decide primarily, and
        delegations by a delegataris (whose basis the map cannot show)."""
        legal = self.legal
        for m in legal.mandates:
            if Defect.SIGNING_NOT_BY_BODY in self.defects[m.id]:
                self._signing_within(m)
            if m.id not in valid:
                continue
            key = str(m.power)
            own = self._legal_grant(m.grantor, key)
            if m.instrument == Instrument.DELEGATION and self._delegataris(m.grantor, key, valid):
                self.defects[m.id] = (*self.defects[m.id], Defect.ONWARD_DELEGATION)
            if m.instrument != Instrument.DELEGATION:
                limit = own.budget if own is not None else None
                if limit is not None and (m.budget is None or m.budget > limit):
                    self.over_budget[m.id] = limit
            if (
                legal.category(key) == PowerCategory.DECIDE_OBJECTION
                and Defect.OBJECTION_PRIMARY_DECIDER not in self.defects[m.id]
                and self.primary_grants(m.holder)
            ):
                self.defects[m.id] = (*self.defects[m.id], Defect.OBJECTION_ALSO_PRIMARY)

    def _signing_within(self, m: Mandate) -> None:
        """An official who holds the power by a mandate that leaves a level of sub-mandate may
        authorise signing within it (wie het meerdere mag, mag het mindere: art. 10:9 lid 1
        via 10:12 Awb), reckoned as the sub-mandate test reckons it (rev-jurist19b N3)."""
        own = self._legal_grant(m.grantor, str(m.power))
        expired = own is None or not own.may_pass_on
        if expired and not allowed_when_given(self.legal, self.defects, self._legal_grant, m):
            return
        self.defects[m.id] = tuple(
            d for d in self.defects[m.id] if d is not Defect.SIGNING_NOT_BY_BODY
        )
        if expired and set(self.defects[m.id]) & VOIDING == {Defect.SIGNING}:
            self.status[m.id] = Status.CHAIN_BROKEN  # its own mandate has expired (J1)

    def _delegataris(self, actor: str, key: str, valid: set[str]) -> bool:
        """Whether ``actor`` holds the power ``key`` names by a valid delegation, not op grond
        van de wet: delegating it further then needs a statutory basis of its own (art. 10:15
        Awb; eleventh jurist H4). The grant itself is gone once it delegated (10:17)."""
        legal = self.legal
        if any(legal.powers[p].holder == actor for p in legal.covered(key)):
            return False
        return any(
            d.instrument == Instrument.DELEGATION and d.id in valid
            for k in {key, *legal.covered(key)}
            for d in legal.into.get((actor, k), ())
        )

    def _legal_grant(self, actor: str, key: str) -> Grant | None:
        best: Grant | None = None
        for power in self.legal.covered(key):
            g = self.grants.get(power, {}).get(actor)
            if g is not None and (best is None or g._rank() > best._rank()):
                best = g
        return best

    def primary_grants(self, actor: str) -> list[Grant]:
        """The primary decision powers ``actor`` holds by mandate (Awb 10:3 lid 3)."""
        legal = self.legal
        return [
            g
            for g in self.by_actor.get(actor, ())
            if g.basis == Basis.MANDATE and legal.powers[g.power].category in PRIMARY_CATEGORIES
        ]
