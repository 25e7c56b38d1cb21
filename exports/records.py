"""A case as flat node and edge records: the common core of the GraphML, GEXF and CSV writers.

Nodes carry ``id``, ``label`` (the name) and every actor field (``x``/``y`` for the
position); edges carry ``id``, ``source``, ``target`` and ``relation_type`` (the relationship
kind, or ``mandate``) plus the relationship's or mandate's fields. Values are flat: enums as
their stored value, lists as JSON arrays, dates as ISO text, None left out
(:func:`exports.values.to_attr`); where leaving a field out would read back as a default that
is not None, the field is named in :data:`NOT_RECORDED` instead. Organisations, powers and
agreements are no nodes or edges: they travel whole, one record per entity with its id and
every field (:data:`WHOLE_KINDS`, :func:`whole_records`), and come back with the same ids.

Reading them back is :mod:`exports.records_read`.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from typing import Any

from exports.values import shown, to_attr
from models.case import Case
from models.enums import EntityKind
from models.fields import (
    ACTOR_FIELDS,
    CASE_FIELDS,
    KINDS,
    MANDATE_FIELDS,
    NEED_FIELDS,
    RELATIONSHIP_FIELDS,
    FieldSpec,
    by_name,
)

__all__ = [
    "ACTOR_ATTRS",
    "EDGE_ATTRS",
    "MANDATE_TYPE",
    "NOT_RECORDED",
    "WHOLE_KINDS",
    "Numbered",
    "attr_type",
    "edge_records",
    "info_record",
    "need_records",
    "node_records",
    "whole_records",
]

MANDATE_TYPE = "mandate"
#: The string attribute (a JSON array of field names) that says which fields of a node or edge
#: are not recorded (null) where an absent attribute would read back as the field's default
#: (``in_writing`` of a mandate, default true): GraphML and GEXF leave null out, so without it
#: a null would come back as that default.
NOT_RECORDED = "not_recorded"
Record = dict[str, Any]
#: A record with the row (1-based) it had in its file, so that a problem names that row even
#: when rows before it were skipped.
Numbered = tuple[int, Record]

#: The entity kinds a graph file or CSV carries whole, beside its nodes and edges.
WHOLE_KINDS = (
    EntityKind.ORGANISATION, EntityKind.POWER, EntityKind.AGREEMENT, EntityKind.RULE,
    EntityKind.DEVIATION, EntityKind.ACCEPTANCE,
)  # fmt: skip

ACTOR_ATTRS = by_name([s for s in ACTOR_FIELDS if s.name not in ("id", "position")])
REL_ATTRS = by_name(
    [s for s in RELATIONSHIP_FIELDS if s.name not in ("id", "source", "target", "kind")]
)
MANDATE_ATTRS = by_name([s for s in MANDATE_FIELDS if s.name not in ("id", "grantor", "holder")])
NEED_ATTRS = by_name(NEED_FIELDS)
EDGE_ATTRS: dict[str, FieldSpec] = {**REL_ATTRS, **MANDATE_ATTRS}
CASE_ATTRS = by_name(CASE_FIELDS)


def attr_type(spec: FieldSpec) -> str:
    """The GraphML/GEXF attribute type of a field: ``string``, ``int``, ``double``, ``boolean``."""
    if spec.kind == "int":
        return "int"
    if spec.kind == "number":
        return "double"
    if spec.kind in ("bool", "bool_or_null"):
        return "boolean"
    return "string"


def _null_not_default(cls: type) -> frozenset[str]:
    """The fields of ``cls`` whose default is not None: a null there needs :data:`NOT_RECORDED`."""
    return frozenset(f.name for f in dataclasses.fields(cls) if f.default is not None)


_MARKED = {kind: _null_not_default(KINDS[kind].cls) for kind in KINDS}


def _flat(
    item: Any,
    specs: Mapping[str, FieldSpec],
    case: Case | None = None,
    marked: frozenset[str] = frozenset(),
) -> Record:
    out: Record = {}
    nulls: list[str] = []
    for name, spec in specs.items():
        value = getattr(item, name)
        value = to_attr(spec, value if case is None else shown(case, spec, value))
        if value is not None:
            out[name] = value
        elif spec.nullable and name in marked:
            nulls.append(name)
    if nulls:
        out[NOT_RECORDED] = json.dumps(nulls)
    return out


def node_records(case: Case) -> list[Record]:
    """One record per actor."""
    records = []
    for actor in case.actors:
        flat = _flat(actor, ACTOR_ATTRS, case, _MARKED[EntityKind.ACTOR])
        record: Record = {"id": actor.id, "label": actor.name, **flat}
        record.pop("name", None)
        if actor.position is not None:
            record["x"], record["y"] = actor.position.x, actor.position.y
        records.append(record)
    return records


def edge_records(case: Case) -> list[Record]:
    """One record per relationship, then one per mandate."""
    records: list[Record] = []
    for rel in case.relationships:
        flat = _flat(rel, REL_ATTRS, marked=_MARKED[EntityKind.RELATIONSHIP])
        records.append(
            {
                "id": rel.id,
                "source": rel.source,
                "target": rel.target,
                "relation_type": rel.kind.value,
                **flat,
            }
        )
    for mandate in case.mandates:
        ends = {"id": mandate.id, "source": mandate.grantor, "target": mandate.holder}
        flat = _flat(mandate, MANDATE_ATTRS, marked=_MARKED[EntityKind.MANDATE])
        records.append({**ends, "relation_type": MANDATE_TYPE, **flat})
    return records


def need_records(case: Case) -> list[Record]:
    """One flat record per need (``handler`` an actor id)."""
    return [_flat(need, NEED_ATTRS) for need in case.needs]


def whole_records(case: Case, kind: EntityKind) -> list[Record]:
    """One flat record per organisation, power or agreement, every field with its id
    (references by id, lists as JSON arrays)."""
    specs = by_name(KINDS[kind].fields)
    return [_flat(item, specs) for item in case.collection(kind)]


def info_record(case: Case) -> Record:
    """The case header as a flat record."""
    return _flat(case.info, CASE_ATTRS)
