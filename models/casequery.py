"""The read side of :class:`models.case.Case`: lookups by kind and id, what refers to an entity,
how a power or organisation reference reads, fresh ids. Nothing here changes the case."""

from __future__ import annotations

import itertools
import re
from typing import Any

from models.acceptance import Acceptance
from models.collection import Collection
from models.entities import (
    Actor,
    Agreement,
    Deviation,
    Entity,
    Mandate,
    Need,
    Organisation,
    Power,
    Relationship,
    Rule,
)
from models.enums import EntityKind, PowerCategory
from models.fields import KIND_OF_CLASS, KINDS
from models.i18n import Lang
from models.labels import label
from models.references import CATEGORY_VALUES, references

__all__ = ["CaseQueries"]


class CaseQueries:
    """The queries of a case over its collections; :class:`models.case.Case` holds them."""

    organisations: Collection[Organisation]
    actors: Collection[Actor]
    powers: Collection[Power]
    relationships: Collection[Relationship]
    mandates: Collection[Mandate]
    needs: Collection[Need]
    agreements: Collection[Agreement]
    accepted: Collection[Acceptance]
    rules: Collection[Rule]
    deviations: Collection[Deviation]

    # every collection by kind, built once by the case (collection() and kind_of() run per
    # entity while loading)
    _collections: dict[EntityKind, Collection[Any]]

    def collection(self, kind: EntityKind) -> Collection[Any]:
        """The collection of ``kind``."""
        return self._collections[kind]

    def kind_of(self, item_id: str) -> EntityKind | None:
        """The kind of the entity with ``item_id``, or None."""
        for kind, coll in self._collections.items():
            if item_id in coll:
                return kind
        return None

    def entity(self, item_id: str) -> Entity | None:
        """Any entity by id."""
        kind = self.kind_of(item_id)
        return None if kind is None else self.collection(kind).get(item_id)

    def exists(self, kind: EntityKind, item_id: str) -> bool:
        """Whether an entity of ``kind`` has ``item_id``."""
        return item_id in self.collection(kind)

    def relationships_of(self, actor_id: str) -> list[Relationship]:
        """Relationships touching ``actor_id`` (either end), in order."""
        return self.relationships.touching(actor_id)

    def mandates_of(self, actor_id: str) -> list[Mandate]:
        """Mandates granted or held by ``actor_id``, in order."""
        return self.mandates.touching(actor_id)

    def dependants(self, item_id: str) -> list[tuple[EntityKind, Any, bool]]:
        """What refers to the entity ``item_id``, as (kind, entity, goes): ``goes`` when it
        cannot exist without it (a relationship or mandate of a removed actor), else removing
        the entity only clears or generalises the reference. In file order."""
        found: list[tuple[EntityKind, Any, bool]] = []
        gone_kind = self.kind_of(item_id)
        for kind in KINDS:
            for dep in self.collection(kind).touching(item_id):
                if dep.id == item_id:
                    continue
                specs = [spec for spec, ref in references(kind, dep) if ref == item_id]
                # a required single reference cannot be cleared; a power reference can always
                # fall back to the power's category
                goes = gone_kind is not EntityKind.POWER and any(
                    s.required and s.kind == "ref" for s in specs
                )
                found.append((kind, dep, goes))
        return found

    def category_of(self, power: str) -> PowerCategory:
        """The category of a power reference: a power id's category, or the category itself.

        Examples
        --------
        >>> from models.case import Case
        >>> from models.entities import CaseInfo
        >>> case = Case.from_parts(CaseInfo("t"), powers=[Power("p1", "Bijzondere bijstand",
        ...     PowerCategory.SPEND_BUDGET)])
        >>> case.category_of("p1").value, case.category_of("triage").value
        ('spend_budget', 'triage')
        """
        found = self.powers.get(power)
        if found is not None:
            return found.category
        return PowerCategory(power)

    def power_name(self, power: str, lang: Lang = "en") -> str:
        """How a power reference reads: the power's name, or the category's label in ``lang``."""
        found = self.powers.get(power)
        if found is not None:
            return found.name
        return label(PowerCategory(power), lang) if power in CATEGORY_VALUES else power

    def organisation_name(self, org_id: str | None) -> str:
        """The name of an organisation id ("" for none or an unknown id)."""
        org = self.organisations.get(org_id) if org_id else None
        return org.name if org is not None else ""

    def new_id(self, kind: EntityKind | type) -> str:
        """A fresh id for an entity of ``kind`` (``a12``, ``r7``, ``p3``), unique in the case."""
        spec = KINDS[kind if isinstance(kind, EntityKind) else KIND_OF_CLASS[kind]]
        pattern = re.compile(rf"^{spec.prefix}(\d+)$")
        highest = 0
        for item_id in self.collection(spec.kind).ids():
            match = pattern.match(item_id)
            if match:
                highest = max(highest, int(match.group(1)))
        for n in itertools.count(highest + 1):
            candidate = f"{spec.prefix}{n}"
            if self.entity(candidate) is None:
                return candidate
        raise AssertionError("unreachable")  # pragma: no cover
