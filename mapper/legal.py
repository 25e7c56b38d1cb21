"""Legal facts about the map that every Awb rule needs, indexed once per analysis.

:class:`LegalMap` answers, each in constant or amortised constant time:

- which powers (bevoegdheden) a reference names: a power id names one power, a version-1
  category names every power of that category (:meth:`LegalMap.covered`);
- what a reference's category, rule type and mandate rule are;
- whether a mandate's holder works under the grantor's responsibility (Awb 10:4, 10:5 lid 2):
  as the mandate says, or derived from the organisations and the hierarchy inside them;
- whether a delegation goes to a subordinate (Awb 10:14): someone below the grantor in the
  civil-service hierarchy of the same organisation (a bestuursorgaan is nobody's subordinate);
- the mandates by grantor, by holder and by power, built once (no rule scans all mandates).

Examples
--------
>>> from models import Actor, ActorKind, Case, CaseInfo, Mandate, Organisation, Power
>>> from models import PowerCategory, RelationKind, Relationship
>>> from mapper.graph import build_graphs
>>> case = Case.from_parts(
...     CaseInfo("t"),
...     [Actor("col", "College", ActorKind.ADMINISTRATOR, organisation="gem"),
...      Actor("man", "Manager", ActorKind.MANAGER, organisation="gem"),
...      Actor("bank", "Kredietbank", ActorKind.PARTNER, organisation="kb")],
...     [Relationship("r1", "col", "man", RelationKind.HIERARCHY)],
...     [Mandate("m1", "col", "man", "p1"), Mandate("m2", "col", "bank", "spend_budget")],
...     organisations=[Organisation("gem", "Gemeente"), Organisation("kb", "Kredietbank")],
...     powers=[Power("p1", "Bijzondere bijstand", PowerCategory.SPEND_BUDGET, holder="col")],
... )
>>> legal = LegalMap(build_graphs(case))
>>> legal.covered("spend_budget"), legal.works_under(case.mandates[0])
(('p1',), True)
>>> legal.works_under(case.mandates[1])
False
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping

from mapper.graph import CaseGraphs
from models import (
    Actor,
    ActorKind,
    Mandate,
    MandateRule,
    Organisation,
    OrganisationKind,
    Power,
    PowerAct,
    PowerCategory,
    RelationKind,
    RuleType,
    Sphere,
)
from models.labels import label

__all__ = ["OUTSIDE_SPHERES", "LegalMap", "interested_provider"]

# Actors of these spheres never work under a municipal body's responsibility unless the
# mandate says so (a partner, a citizen, an oversight body).
OUTSIDE_SPHERES = frozenset({Sphere.PARTNER, Sphere.SOCIETY, Sphere.OVERSIGHT})

_CATEGORIES = frozenset(c.value for c in PowerCategory)


class LegalMap:
    """Indexes of powers, organisations, hierarchy and mandates for one analysis."""

    def __init__(self, graphs: CaseGraphs) -> None:
        self.graphs = graphs
        # a vacant post (what-if) still grants and holds in law: its mandates stay in force
        self.actors = {**graphs.actors, **graphs.vacant} if graphs.vacant else graphs.actors
        self.powers: dict[str, Power] = dict(graphs.powers)
        by_category: dict[str, list[str]] = {}
        for p in self.powers.values():
            by_category.setdefault(str(p.category), []).append(p.id)
        self.by_category = {c: tuple(ids) for c, ids in by_category.items()}
        self.mandates = graphs.all_mandates + graphs.office_mandates
        self.by_id: dict[str, Mandate] = {m.id: m for m in self.mandates}
        # (actor, reference) -> mandates, for the reference as written (id or category)
        self.out: dict[tuple[str, str], list[Mandate]] = {}
        self.into: dict[tuple[str, str], list[Mandate]] = {}
        self.by_key: dict[str, list[Mandate]] = {}
        for m in self.mandates:
            key = str(m.power)
            self.out.setdefault((m.grantor, key), []).append(m)
            self.into.setdefault((m.holder, key), []).append(m)
            self.by_key.setdefault(key, []).append(m)
        self._tops: dict[str, str] = {}
        self._below: dict[str, frozenset[str]] = {}
        self._civil_below: dict[str, frozenset[str]] = {}
        self._down: dict[str, list[str]] | None = None
        self._placed: frozenset[str] | None = None  # the actors someone is drawn above

    # ------------------------------------------------------------------ powers
    def covered(self, key: str) -> tuple[str, ...]:
        """The ids of the powers a reference names (a category names all of its powers)."""
        if key in self.powers:
            return (key,)
        return self.by_category.get(str(key), ())

    def category(self, key: str) -> PowerCategory:
        """The category of a reference (a power's category, or the category itself)."""
        power = self.powers.get(key)
        if power is not None:
            return power.category
        return PowerCategory(key) if key in _CATEGORIES else PowerCategory.OTHER

    def rule_types(self, key: str) -> frozenset[RuleType]:
        """The rule types of the powers a reference names (empty: none on the map)."""
        return frozenset(self.powers[p].rule_type for p in self.covered(key))

    def mandate_rule(self, key: str) -> MandateRule:
        """Whether the powers a reference names may be mandated: forbidden when one of them
        forbids it, provided when all of them provide for it, otherwise allowed."""
        rules = {self.powers[p].mandate for p in self.covered(key)}
        if MandateRule.FORBIDDEN in rules:
            return MandateRule.FORBIDDEN
        if rules == {MandateRule.PROVIDED}:
            return MandateRule.PROVIDED
        return MandateRule.ALLOWED

    def power_name(self, key: str, lang: str) -> str:
        """A power's own name, or the lower-case name of a category; in English also where
        the map names the power by its category's Dutch name ("Afwijken van regel"), so that
        an English note names it in English everywhere (rev-jurist19 R12)."""
        power = self.powers.get(key)
        if power is not None and power.name.strip():
            dutch = label(self.category(key), "nl")
            if lang == "nl" or power.name.strip().casefold() != dutch.casefold():
                return power.name

        return label(self.category(key), "nl" if lang == "nl" else "en").lower()

    # ------------------------------------------------------------------ organisations
    def top(self, org_id: str) -> str:
        """The outermost organisation ``org_id`` belongs to ("" for none)."""
        if not org_id:
            return ""
        cached = self._tops.get(org_id)
        if cached is not None:
            return cached
        organisations = self.graphs.organisations
        seen = [org_id]
        current = org_id
        while True:
            parent = organisations[current].parent if current in organisations else None
            if parent is None or parent not in organisations or parent in seen:
                break
            if parent in self._tops:
                current = self._tops[parent]
                break
            seen.append(parent)
            current = parent
        for org in seen:
            self._tops[org] = current
        return current

    def same_organisation(self, a: Actor, b: Actor) -> bool | None:
        """Whether two actors belong to one organisation (None: one of them names none)."""
        ta, tb = self.top(a.organisation), self.top(b.organisation)
        if not ta or not tb:
            return None
        return ta == tb

    def org_name(self, org_id: str) -> str:
        """An organisation's display name (its id when it has none)."""
        org = self.graphs.organisations.get(org_id)
        return org.name if org is not None and org.name.strip() else org_id

    # ------------------------------------------------------------------ hierarchy
    def _children(self) -> dict[str, list[str]]:
        if self._down is None:
            down: dict[str, list[str]] = {}
            for r in self.graphs.relationships:
                if r.kind == RelationKind.HIERARCHY:
                    down.setdefault(r.source, []).append(r.target)
            self._down = down
        return self._down

    def drawn_below(self, actor: str) -> bool:
        """Whether anyone is drawn above ``actor`` in the hierarchy."""
        if self._placed is None:
            self._placed = frozenset(k for kids in self._children().values() for k in kids)
        return actor in self._placed

    def _walk(self, start: str, keep: Iterable[str] | None = None) -> frozenset[str]:
        allowed = None if keep is None else set(keep)
        children = self._children()
        seen = {start}
        queue = deque([start])
        while queue:
            for nxt in children.get(queue.popleft(), ()):
                if nxt in seen or (allowed is not None and nxt not in allowed):
                    continue
                seen.add(nxt)
                queue.append(nxt)
        seen.discard(start)
        return frozenset(seen)

    def below(self, grantor: str, holder: str) -> bool:
        """Whether ``holder`` is drawn below ``grantor`` in the hierarchy."""
        if grantor not in self._below:
            self._below[grantor] = self._walk(grantor)
        return holder in self._below[grantor]

    def subordinate(self, grantor: str, holder: str) -> bool:
        """Awb 10:14: ``holder`` is below ``grantor`` in the civil-service hierarchy of the
        grantor's own organisation. A bestuursorgaan is nobody's subordinate, so a council
        drawn above the college does not make the college its subordinate."""
        actors = self.actors
        target = actors.get(holder)
        if target is None or target.is_public_body:
            return False
        if grantor not in self._civil_below:
            top = self.top(actors[grantor].organisation)
            civil = (
                a.id
                for a in actors.values()
                if not a.is_public_body and (not top or self.top(a.organisation) == top)
            )
            self._civil_below[grantor] = self._walk(grantor, civil)
        return holder in self._civil_below[grantor]

    def staff_body(self, m: Mandate) -> str | None:
        """The public body other than the grantor under whose responsibility the holder, a
        civil servant of the grantor's own organisation, works: the college for a mandate of
        the burgemeester or the raad (art. 10:4 lid 1 Awb; twelfth jurist L5). None otherwise."""
        grantor, holder = self.actors[m.grantor], self.actors[m.holder]
        if not grantor.is_public_body or holder.is_public_body:
            return None
        if self.same_organisation(grantor, holder) is False:
            return None
        return _in_the_staff_body(self, grantor, holder)

    def works_under(self, m: Mandate) -> bool:
        """Awb 10:4 and 10:5 lid 2: whether the holder works under the grantor's
        responsibility - as the mandate says, or derived: never another bestuursorgaan or an
        outside actor; always someone of the same organisation or drawn below the grantor."""
        if m.holder_works_under_grantor is not None:
            return m.holder_works_under_grantor
        grantor, holder = self.actors[m.grantor], self.actors[m.holder]
        if holder.is_public_body:
            return False
        if self.staff_body(m) is not None:
            return False  # a civil servant of the college, mandated by the burgemeester (L5)
        same = self.same_organisation(grantor, holder)
        if same:
            return True
        if self.below(m.grantor, m.holder):
            return True
        if same is None:
            return holder.effective_sphere not in OUTSIDE_SPHERES
        return False


def _in_the_staff_body(legal: LegalMap, grantor: Actor, holder: Actor) -> str | None:
    """The college of the grantor's own organisation, when the grantor is the burgemeester or
    the raad and ``holder`` does not work under the grantor (the griffier does, under the raad):
    drawn below the college in the hierarchy, or without a hierarchy above him at all (art. 160
    lid 1 onder c Gemeentewet)."""
    mayor = grantor.name.casefold().startswith(("burgemeester", "mayor"))
    if not (mayor or grantor.kind is ActorKind.COUNCIL) or legal.below(grantor.id, holder.id):
        return None
    colleges = [
        a.id
        for a in legal.actors.values()
        if a.is_public_body
        and a.kind is ActorKind.ADMINISTRATOR
        and "college" in a.name.casefold()
        and legal.same_organisation(a, grantor)
    ]
    above = [c for c in colleges if legal.below(c, holder.id)]
    if above:
        return above[0]
    return colleges[0] if colleges and not legal.drawn_below(holder.id) else None


def no_besluit(power: Power) -> bool:
    """Whether a power's act is a request to a court or another act that is no besluit
    (art. 1:3 Awb): it is passed on by machtiging (art. 10:12 Awb), not by mandate. The
    power's ``act`` says it (a file from before the field took it from the name).

    >>> no_besluit(Power("p", "Moratorium aanvragen bij de rechtbank", act=PowerAct.REQUEST))
    True
    >>> no_besluit(Power("p", "Moratorium aanvragen bij de rechtbank"))
    False
    """
    return power.act != PowerAct.BESLUIT


def interested_provider(
    organisations: Mapping[str, Organisation], holder: Actor, power: Power | None
) -> Organisation | None:
    """The care provider that ``holder`` works for, when a mandate to decide ``power`` (a
    besluit) would have the provider decide on support it delivers itself: it has an interest
    of its own, a financial one, in how much is granted, so the mandate conflicts with art. 2:4
    Awb, whatever consent is given (jurist, eighth round N9). None otherwise.

    >>> from models import ActorKind
    >>> anker = Organisation("o2", "Zorggroep Anker", OrganisationKind.PROVIDER)
    >>> nurse = Actor("w", "Wijkverpleegkundige", ActorKind.PARTNER, organisation="o2")
    >>> interested_provider({"o2": anker}, nurse, Power("wmo", "Maatwerkvoorziening")).name
    'Zorggroep Anker'
    >>> interested_provider({"o2": anker}, nurse, Power("v", "Verzoek", act=PowerAct.REQUEST))
    """
    if power is None or no_besluit(power) or holder.is_public_body:
        return None
    org, seen = organisations.get(holder.organisation), set()
    while org is not None and org.parent and org.id not in seen:  # the outermost
        seen.add(org.id)
        org = organisations.get(org.parent, org)
    return org if org is not None and org.kind == OrganisationKind.PROVIDER else None
