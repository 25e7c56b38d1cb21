"""References between entities: which ids an entity names, and whether they exist.

One place decides what a reference may point at, for every way into the model: the
:class:`models.case.Case` mutators and builder, and the ``.kvmap`` loader. The field tables of
:mod:`models.fields` say which fields are references (``FieldSpec.refers``); a power
reference may also be a :class:`models.enums.PowerCategory` value (version 1).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from models.entities import CaseInfo, Organisation, Power
from models.enums import EntityKind, PowerCategory
from models.errors import Problem
from models.fields import KINDS, FieldSpec

__all__ = [
    "CATEGORY_VALUES",
    "Exists",
    "info_problems",
    "organisation_cycles",
    "reference_problems",
    "references",
    "without_reference",
]

CATEGORY_VALUES = frozenset(c.value for c in PowerCategory)

Exists = Callable[[EntityKind, str], bool]

MISSING_KEY: dict[EntityKind, str] = {
    EntityKind.ACTOR: "no_such_actor",
    EntityKind.ORGANISATION: "no_such_organisation",
    EntityKind.POWER: "no_such_power",
    EntityKind.NEED: "no_such_need",
    EntityKind.RULE: "no_such_rule",
    EntityKind.DEVIATION: "no_such_deviation",
}


def references(kind: EntityKind, item: Any) -> Iterator[tuple[FieldSpec, str]]:
    """Every (field, id) that ``item`` refers to; empty values and power categories skipped."""
    for spec in KINDS[kind].refs():
        value = getattr(item, spec.name)
        for ref in value if spec.kind == "ref_list" else (value,):
            if ref is None or ref == "":
                continue
            if spec.refers is EntityKind.POWER and ref in CATEGORY_VALUES:
                continue
            yield spec, ref


def reference_problems(kind: EntityKind, item: Any, exists: Exists) -> list[Problem]:
    """Problems with the references of one entity; locations are field names.

    Examples
    --------
    >>> from models.entities import Mandate
    >>> m = Mandate("m1", "a1", "a2", "p9")
    >>> [p.render() for p in reference_problems(EntityKind.MANDATE, m, lambda k, i: i != "p9")]
    ['power: no power with id "p9" (and no power category of that name)']
    """
    problems: list[Problem] = []
    for spec, ref in references(kind, item):
        assert spec.refers is not None
        if not exists(spec.refers, ref):
            problems.append(Problem(spec.name, MISSING_KEY[spec.refers], {"id": ref}))
    if isinstance(item, Power) and item.id in CATEGORY_VALUES:
        problems.append(Problem("id", "reserved_id", {"id": item.id}))
    return problems


def info_problems(info: CaseInfo, exists: Exists) -> list[Problem]:
    """Problems with the references of the case header; locations are field names."""
    owner = info.intent_owner
    if owner is not None and not exists(EntityKind.ACTOR, owner):
        return [Problem("intent_owner", "no_such_actor", {"id": owner})]
    return []


def organisation_cycles(organisations: Mapping[str, Organisation]) -> list[str]:
    """Ids of the organisations that are (indirectly) their own parent, in the given order.

    Examples
    --------
    >>> orgs = {"o1": Organisation("o1", "A", parent="o2"),
    ...         "o2": Organisation("o2", "B", parent="o1"),
    ...         "o3": Organisation("o3", "C", parent="o1")}
    >>> organisation_cycles(orgs)
    ['o1', 'o2']
    """
    in_cycle: list[str] = []
    for start in organisations:
        seen = {start}
        current = organisations[start].parent
        while current is not None and current in organisations:
            if current == start:
                in_cycle.append(start)
                break
            if current in seen:
                break
            seen.add(current)
            current = organisations[current].parent
    return in_cycle


def without_reference(dep: Any, refs: list[FieldSpec], gone: Any) -> Any:
    """``dep`` without its references to the removed ``gone``: a power reference becomes
    the power's category, an optional reference empties, a list drops it."""
    values: dict[str, Any] = {}
    for spec in refs:
        value = getattr(dep, spec.name)
        if spec.kind == "ref_list":
            if isinstance(gone, Power):
                values[spec.name] = tuple(
                    dict.fromkeys(gone.category if v == gone.id else v for v in value)
                )
            else:
                values[spec.name] = tuple(v for v in value if v != gone.id)
        elif isinstance(gone, Power):
            values[spec.name] = gone.category
        else:
            values[spec.name] = "" if spec.optional_ref else None
    return dataclasses.replace(dep, **values)
