"""Migrations of older ``.kvmap`` versions to the current one, applied on reading.

Each takes the parsed document of version N and returns it as version N + 1 (see
``docs/file-format.md``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from models.enums import EntityKind, PowerCategory
from models.fields import KINDS
from models.fieldtypes import dump_entity
from models.legacy import OrganisationIndex, act_from_name, category_power
from models.references import CATEGORY_VALUES

__all__ = ["MIGRATIONS", "TOP_KEYS", "dicts_in", "fill_power_acts", "v1_levels"]

# every top-level key of the current version: the header, then one array per entity kind in
# file order
TOP_KEYS = ("format", "version", "case", *(spec.section for spec in KINDS.values()))


def _migrate_0(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 0 (preview builds): ``case.name``, actor ``type``, trust ``level`` 0..4."""
    case = doc.get("case")
    if isinstance(case, dict) and "name" in case and "title" not in case:
        case["title"] = case.pop("name")
    actors = doc.get("actors")
    for actor in actors if isinstance(actors, list) else []:
        if isinstance(actor, dict) and "type" in actor and "kind" not in actor:
            actor["kind"] = actor.pop("type")
    rels = doc.get("relationships")
    for rel in rels if isinstance(rels, list) else []:
        level = rel.get("level") if isinstance(rel, dict) else None
        if isinstance(level, int) and not isinstance(level, bool) and 0 <= level <= 4:
            rel["level"] = level - 2
    doc["version"] = 1
    return doc


def _migrate_1(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 1: organisation names become ``organisations[]``, an actor's ``powers``
    (categories held by law) become ``powers[]`` held by that actor, and a mandate's
    ``sub_mandate_allowed`` becomes ``sub_mandate_levels`` (see :func:`v1_levels`).

    Bad values are carried over as they are, so the reader reports them in its usual way."""
    taken = _ids_in(doc)
    index = OrganisationIndex(taken=taken)
    powers: list[dict[str, Any]] = []
    counter = 0
    for actor in dicts_in(doc.get("actors")):
        if isinstance(actor.get("organisation"), str):
            actor["organisation"] = index.resolve(actor["organisation"], actor.get("kind"))
        if not isinstance(actor.get("powers", []), list):
            continue  # reported as an unknown field of the actor
        for category in actor.pop("powers", []):
            counter += 1
            while f"p{counter}" in taken:
                counter += 1
            holder = actor.get("id")
            if category in CATEGORY_VALUES and isinstance(holder, str):
                power = category_power(f"p{counter}", PowerCategory(category), holder)
                powers.append(dump_entity(power, KINDS[EntityKind.POWER].fields))
            else:
                powers.append({"id": f"p{counter}", "name": "?", "category": category})
    for need in dicts_in(doc.get("needs")):
        orgs = need.get("organisations")
        if isinstance(orgs, list):
            ids = [index.resolve(o) if isinstance(o, str) else o for o in orgs]
            need["organisations"] = [i for i in ids if i != ""]
    mandates = dicts_in(doc.get("mandates"))
    chained = v1_levels(mandates)
    for i, mandate in enumerate(mandates):
        if "sub_mandate_allowed" in mandate and "sub_mandate_levels" not in mandate:
            allowed = mandate.pop("sub_mandate_allowed")
            levels = chained.get(i, 0) if isinstance(allowed, bool) else allowed
            mandate["sub_mandate_levels"] = levels
    orgs_spec = KINDS[EntityKind.ORGANISATION].fields
    created = [dump_entity(o, orgs_spec) for o in index.organisations()]
    if created:
        doc["organisations"] = created
    if powers:
        doc["powers"] = powers
    doc["version"] = 2
    return doc


def v1_levels(mandates: list[dict[str, Any]]) -> dict[int, int]:
    """Version-1 ``sub_mandate_allowed`` as levels, keeping what version 1 allowed.

    In version 1 every mandate said for itself whether its holder may pass it on; in version 2
    the body at the root says how many further levels there may be, and a sub-mandate may not
    widen that (Awb 10:9). So a mandate that allowed sub-mandate gets one level more than the
    deepest allowing chain below it (the mandates its holder granted for the same power), at
    most 9; one that did not gets 0. A chain college -> A (true) -> B (true) -> C (false)
    becomes 2, 1, 0 and stays as valid as it was. Circles count once. Iterative, so a long
    chain in a hostile file cannot exhaust the stack.

    The one migration of version-1 sub-mandates: the importers of older exchange files
    (:class:`exports.builder.CaseBuilder`) use it too, on their rows' values."""
    allowed = {i for i, m in enumerate(mandates) if m.get("sub_mandate_allowed") is True}
    below: dict[tuple[str, str], list[int]] = {}
    for i, m in enumerate(mandates):
        grantor, power = m.get("grantor"), m.get("power")
        if isinstance(grantor, str) and isinstance(power, str):
            below.setdefault((grantor, power), []).append(i)

    def kids(i: int) -> list[int]:
        holder, power = mandates[i].get("holder"), mandates[i].get("power")
        if i not in allowed or not isinstance(holder, str) or not isinstance(power, str):
            return []
        return below.get((holder, power), [])

    levels: dict[int, int] = {}
    for start in sorted(allowed):  # in file order, so a circle always reads the same
        if start in levels:
            continue
        deepest = {start: 0}
        stack = [(start, iter(kids(start)))]
        on_stack = {start}
        while stack:
            i, todo = stack[-1]
            nxt = next(todo, None)
            if nxt is None:
                stack.pop()
                on_stack.discard(i)
                levels[i] = min(9, 1 + deepest[i]) if i in allowed else 0
                if stack:
                    parent = stack[-1][0]
                    deepest[parent] = max(deepest[parent], levels[i])
            elif nxt in levels:
                deepest[i] = max(deepest[i], levels[nxt])
            elif nxt not in on_stack:
                on_stack.add(nxt)
                deepest[nxt] = 0
                stack.append((nxt, iter(kids(nxt))))
    return levels


def dicts_in(value: object) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _ids_in(doc: dict[str, Any]) -> set[str]:
    return {
        item["id"]
        for key in TOP_KEYS
        for item in dicts_in(doc.get(key))
        if isinstance(item.get("id"), str)
    }


def fill_power_acts(doc: dict[str, Any]) -> dict[str, Any]:
    """Within version 2: a power without ``act`` (written before the field existed, or
    migrated from version 1) takes it from its name (:func:`models.legacy.act_from_name`).
    ``doc`` is not changed; a power that has ``act`` keeps it, whatever its name says."""
    powers = doc.get("powers")
    if not isinstance(powers, list):
        return doc
    if all(
        not isinstance(p, dict) or "act" in p or not isinstance(p.get("name"), str) for p in powers
    ):
        return doc
    filled = [
        {**p, "act": act_from_name(p["name"]).value}
        if isinstance(p, dict) and "act" not in p and isinstance(p.get("name"), str)
        else p
        for p in powers
    ]
    return {**doc, "powers": filled}


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _migrate_0, 1: _migrate_1}
