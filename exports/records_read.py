"""Reading flat node and edge records back into a case: the common core of the GraphML, GEXF and
CSV readers (:func:`case_from_records`); the records are written by :mod:`exports.records`.

Reading accepts what other tools write: a ``type``/``category`` column instead of ``kind``,
free-text kinds in Dutch or English, ids or names as edge ends, and any other attribute,
which is kept in the notes (:mod:`exports.extras`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sized
from typing import Any

from exports.builder import (
    LABEL_FIELD,
    LEGACY_ACTOR,
    LEGACY_MANDATE,
    CaseBuilder,
    ImportResult,
    Where,
)
from exports.errors import ImportFileError, problem
from exports.excel_columns import ACTORS, MANDATES, RELATIONSHIPS, header_key
from exports.extras import stash
from exports.records import (
    ACTOR_ATTRS,
    CASE_ATTRS,
    MANDATE_ATTRS,
    MANDATE_TYPE,
    NEED_ATTRS,
    NOT_RECORDED,
    REL_ATTRS,
    Numbered,
    Record,
)
from exports.synonyms import match
from exports.values import split_cell
from models.entities import DEFAULT_STEP_DAYS, CaseInfo
from models.enums import ActorKind, EntityKind, Instrument, RelationKind
from models.fields import (
    KINDS,
    FieldSpec,
    by_name,
)
from models.fileformat import LIMITS

__all__ = ["case_from_records", "refuse_too_many"]

_ACTOR_READ = {**ACTOR_ATTRS, **LEGACY_ACTOR}
_MANDATE_READ = {**MANDATE_ATTRS, **LEGACY_MANDATE}
_KIND_ALIASES = ("kind", "type", "category", "soort", "categorie", "shape_type_kind")
_NAME_ALIASES = ("label", "name", "naam", "title")
_EDGE_KIND_ALIASES = ("relation_type", "kind", "type", "label", "soort", "relatie")


def _pop_first(record: Record, names: Iterable[str]) -> Any:
    lowered = {k.casefold(): k for k in record}
    for name in names:
        key = lowered.get(name)
        if key is not None:
            value = record.pop(key)
            if value not in (None, ""):
                return value
    return None


def _extras(record: Record, skip: Iterable[str] = ()) -> dict[str, str]:
    skipped = set(skip)
    return {str(k): str(v) for k, v in record.items() if k not in skipped and v not in (None, "")}


def _not_recorded(record: Record) -> frozenset[str]:
    """The field names :data:`NOT_RECORDED` lists (popped from ``record``): a JSON array, or
    names separated by ``|``."""
    raw = record.pop(NOT_RECORDED, None)
    if raw in (None, ""):
        return frozenset()
    text = str(raw).strip()
    try:
        names = json.loads(text)
    except (ValueError, RecursionError):
        names = None
    if not isinstance(names, list):
        names = split_cell(text)
    return frozenset(str(n).strip() for n in names)


def _nulls(raw: dict[str, Any], names: frozenset[str], specs: Mapping[str, FieldSpec]) -> None:
    """Null for every nullable field in ``names`` that ``raw`` does not give a value."""
    for name in names:
        spec = specs.get(name)
        if spec is not None and spec.nullable and raw.get(name) in (None, ""):
            raw[name] = None


def _normalise(record: Record, lookups: Iterable[Mapping[str, Any]]) -> Record:
    """Rename keys that are a known header ("Influence", "Invloed") to the field name."""
    out: Record = {}
    for key, value in record.items():
        field = key
        for lookup in lookups:
            column = lookup.get(header_key(key))
            if column is not None and not column.is_helper:
                field = column.field
                break
        if field in out and out[field] not in (None, ""):
            continue
        out[field] = value
    return out


def _read_node(builder: CaseBuilder, record: Record, where: Where, keep_type: bool) -> None:
    record = _normalise(record, [ACTORS.lookup()])
    unrecorded = _not_recorded(record)
    node_id = record.pop("id", None)
    name = _pop_first(record, _NAME_ALIASES) or node_id
    kind_text = record.pop("kind", None)
    raw_type = None
    if kind_text is None:
        raw_type = _pop_first(record, _KIND_ALIASES)
        kind_text = raw_type
    raw = {k: record.pop(k) for k in list(record) if k in _ACTOR_READ}
    _nulls(raw, unrecorded, ACTOR_ATTRS)
    x, y = record.pop("x", None), record.pop("y", None)
    values = builder.convert(_ACTOR_READ, raw, where) or {}
    kind = match(ActorKind, str(kind_text)) if kind_text not in (None, "") else None
    extras = _extras(record)
    if raw_type is not None and keep_type:
        extras["Type"] = str(raw_type)
    if kind_text not in (None, "") and kind is None:
        builder.problems.warn(
            "type_kept",
            sheet=where.sheet,
            row=where.row,
            type=kind_text,
            kind=ActorKind.OTHER.value,
        )
        extras.setdefault("Type", str(kind_text))
    values["kind"] = kind or ActorKind.OTHER
    if extras:
        values["notes"] = stash(values.get("notes", ""), extras)
    values["name"] = str(name) if name is not None else ""
    if node_id not in (None, ""):
        values["id"] = str(node_id)
    for axis, value in (("x", x), ("y", y)):
        if value is not None and str(value).strip():  # checked, and said when wrong, on adding
            values[axis] = value if isinstance(value, (int, float)) else str(value).strip()
    builder.add_actor(values, where)


def _end(builder: CaseBuilder, value: Any, where: Where, create: bool, warn: bool) -> str | None:
    if value is None or not str(value).strip():
        return None  # a blank end: the caller skips the row with a located warning
    found = builder.actor_ref(value)
    if found is None and create:
        return builder.ensure_actor(str(value), where, warn=warn)
    return found


def _skip_edge(builder: CaseBuilder, where: Where, *ends: tuple[Any, str | None]) -> None:
    """Warn, located, why an edge is skipped: an empty end, or an end naming no actor."""
    for (text, found), end in zip(ends, ("source", "target"), strict=True):
        if found is not None:
            continue
        if text is None or not str(text).strip():
            builder.problems.warn("blank_end", sheet=where.sheet, row=where.row, column=end)
        else:
            builder.problems.warn(
                "unknown_actor_skipped", sheet=where.sheet, row=where.row, name=str(text).strip()
            )
        return


def _read_edge(
    builder: CaseBuilder, record: Record, where: Where, create: bool, warn: bool = True
) -> None:
    record = _normalise(record, [RELATIONSHIPS.lookup(), MANDATES.lookup()])
    unrecorded = _not_recorded(record)
    edge_id = record.pop("id", None)
    source_text, target_text = record.pop("source", None), record.pop("target", None)
    source = _end(builder, source_text, where, create, warn)
    target = _end(builder, target_text, where, create, warn)
    if source is None or target is None:
        _skip_edge(builder, where, (source_text, source), (target_text, target))
        return
    if source == target:  # kept, but said: a tie to itself is almost surely a slip (H7)
        builder.problems.warn(
            "edge_to_itself", sheet=where.sheet, row=where.row, name=str(source_text)
        )
    kind_text = record.get("relation_type")
    if kind_text is None:
        lowered = {k.casefold(): k for k in record}
        for alias in _EDGE_KIND_ALIASES[1:]:
            key = lowered.get(alias)
            if key is not None and match(RelationKind, str(record[key])) is not None:
                kind_text = record.pop(key) if key != "label" else record[key]
                break
    is_mandate = str(kind_text).casefold() in (MANDATE_TYPE, "mandaat") or (
        kind_text is None and "power" in record
    )
    record.pop("relation_type", None)
    if edge_id not in (None, ""):
        record["id"] = str(edge_id)
    if is_mandate or (kind_text is not None and match(Instrument, str(kind_text))):
        raw = {k: record.pop(k) for k in list(record) if k in _MANDATE_READ}
        _nulls(raw, unrecorded, MANDATE_ATTRS)
        values = builder.convert(_MANDATE_READ, raw, where)
        if values is None or "power" not in values:
            if values is not None:
                builder.problems.error("required", sheet=where.sheet, row=where.row, column="power")
            return
        if not is_mandate and "instrument" not in values:
            values["instrument"] = match(Instrument, str(kind_text))
        values.update(grantor=source, holder=target)
        if "id" in record:
            values["id"] = record["id"]
        builder.add_mandate(values, where)
        return
    kind = match(RelationKind, str(kind_text)) if kind_text is not None else None
    raw = {k: record.pop(k) for k in list(record) if k in REL_ATTRS}
    _nulls(raw, unrecorded, REL_ATTRS)
    values = builder.convert(REL_ATTRS, raw, where)
    if values is None:
        return
    if kind is None:
        kind = RelationKind.COLLABORATION
        if kind_text is not None:
            builder.problems.warn(
                "type_kept", sheet=where.sheet, row=where.row, type=kind_text, kind=kind.value
            )
            record["Type"] = str(kind_text)
    extras = _extras(record, skip=("id",))
    if extras:
        values["notes"] = stash(values.get("notes", ""), extras)
    values.update(source=source, target=target, kind=kind)
    if "id" in record:
        values["id"] = record["id"]
    builder.add_relationship(values, where)


def _read_need(builder: CaseBuilder, record: Record, where: Where) -> None:
    record = {str(k).strip().casefold(): v for k, v in record.items()}
    if all(v in (None, "") for v in record.values()):
        return
    handler_text = record.pop("handler", None)
    values = builder.convert(
        NEED_ATTRS, {k: v for k, v in record.items() if k in NEED_ATTRS}, where
    )
    if values is None:
        return
    handler = builder.actor_ref(handler_text) if handler_text not in (None, "") else None
    if handler_text not in (None, "") and handler is None:
        builder.problems.warn(
            "unknown_handler", sheet=where.sheet, row=where.row, name=str(handler_text)
        )
    values.pop("handler", None)
    if "decision" not in values:
        builder.problems.error("required", sheet=where.sheet, row=where.row, column="decision")
        return
    builder.add_need({**values, "handler": handler}, where)


def _read_whole(builder: CaseBuilder, kind: EntityKind, record: Record, where: Where) -> None:
    """An organisation, power or agreement from its record; actor references by id or name,
    attributes without a field kept in its notes."""
    specs = by_name(KINDS[kind].fields)
    record = {str(k).strip().casefold(): v for k, v in record.items()}
    if all(v in (None, "") for v in record.values()):
        return
    actor_refs = {
        name: record.pop(name, None)
        for name, spec in specs.items()
        if spec.refers is EntityKind.ACTOR
    }
    values = builder.convert(specs, {k: v for k, v in record.items() if k in specs}, where)
    if values is None:
        return
    label_field = LABEL_FIELD.get(kind, "name")  # warned when empty
    for name, spec in specs.items():
        if spec.required and name not in ("id", label_field) and name not in values:
            builder.problems.error("required", sheet=where.sheet, row=where.row, column=name)
            return
    for name, text in actor_refs.items():
        found = builder.actor_ref(text) if text not in (None, "") else None
        if text not in (None, "") and found is None:
            builder.problems.error(
                "unknown_actor_skipped",
                sheet=where.sheet,
                row=where.row,
                column=name,
                name=str(text),
            )
            return
        values[name] = found
    extras = _extras({k: v for k, v in record.items() if k not in specs})
    if extras and "notes" in specs:
        values["notes"] = stash(values.get("notes", ""), extras)
    builder.add_whole(kind, values, where)


def _numbered(items: Iterable[Record | Numbered]) -> Iterable[Numbered]:
    """``(row, record)`` pairs: a record's place in ``items`` unless it carries its own row."""
    for i, item in enumerate(items, start=1):
        yield item if isinstance(item, tuple) else (i, item)


def refuse_too_many(nodes: int, edges: int, source: str) -> None:
    """Refuse a file with more nodes or edges than a map may hold, before the slow work."""
    edge_limit = LIMITS["relationships"] + LIMITS["mandates"]
    if nodes > LIMITS["actors"]:
        limit = f"{LIMITS['actors']:,}"
        raise ImportFileError([problem("too_many_nodes", count=f"{nodes:,}", limit=limit)], source)
    if edges > edge_limit:
        limit = f"{edge_limit:,}"
        raise ImportFileError([problem("too_many_edges", count=f"{edges:,}", limit=limit)], source)


def case_from_records(
    nodes: Iterable[Record | Numbered],
    edges: Iterable[Record | Numbered],
    info: Record | None = None,
    *,
    needs: Iterable[Record | Numbered] = (),
    needs_sheet: str = "needs",
    wholes: Mapping[EntityKind, Iterable[Record | Numbered]] | None = None,
    whole_sheets: Mapping[EntityKind, str] | None = None,
    source: str = "",
    title: str = "Import",
    sheets: tuple[str, str] = ("nodes", "edges"),
    create_missing: bool = True,
    warn_created: bool = True,
) -> ImportResult:
    """Build a case from node and edge records, and the organisations, powers and agreements
    in ``wholes`` (row numbers count from 1; a ``(row, record)`` pair keeps its own row)."""
    if isinstance(nodes, Sized) and isinstance(edges, Sized):
        refuse_too_many(len(nodes), len(edges), source)
    builder = CaseBuilder(source)
    for i, record in _numbered(nodes):
        _read_node(builder, record, Where(sheets[0], i), keep_type=False)
    for kind, records in (wholes or {}).items():
        sheet = (whole_sheets or {}).get(kind, KINDS[kind].section)
        for i, record in _numbered(records):
            _read_whole(builder, kind, dict(record), Where(sheet, i))
    for i, record in _numbered(edges):
        _read_edge(builder, record, Where(sheets[1], i), create_missing, warn_created)
    for i, record in _numbered(needs):
        _read_need(builder, dict(record), Where(needs_sheet, i))
    raw_info = dict(info or {})
    values = builder.convert(
        CASE_ATTRS, {k: v for k, v in raw_info.items() if k in CASE_ATTRS}, Where("graph")
    )
    values = values or {}
    case_info = CaseInfo(
        title=values.get("title") or title,
        intent=values.get("intent", ""),
        description=values.get("description", ""),
        as_of=values.get("as_of"),
        intent_owner=values.get("intent_owner"),
        step_days=values.get("step_days") or DEFAULT_STEP_DAYS,
    )
    return builder.build(case_info)
