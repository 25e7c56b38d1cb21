"""A whole section of a plain file read field by field, column by column (issue 14).

:func:`models.quickparse.quick_value` takes a well-formed value with a type test and a
comparison, but still one call per value: half a million at 10,000 actors. Here a section
whose every item is an object with exactly the fields of its kind is checked one field at a
time over all items, with the C loops of ``set``, ``map``, ``min`` and ``max``: the same
conditions as :func:`~models.quickparse.quick_value`; the kinds it leaves to the full check
(lists, dates, numbers, positions) go through :func:`~models.fieldtypes.parse_value` here too.
When anything in the section is not so plain (a missing or unknown field, a value of another
type, out of range, empty, too long), :func:`section_values` returns None and the caller reads
the section item by item as before, which locates and words every problem. So what is refused,
and how it is said, does not change.

Only for a file that :func:`models.quickparse.plain` passed: no string in it can hold a
character the map refuses.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping, Sequence, Set
from functools import cache
from typing import Any

from models.entities import Position
from models.enums import EntityKind, PowerCategory
from models.errors import FieldError
from models.fields import KINDS, KindSpec
from models.fieldtypes import FieldSpec, parse_value
from models.references import CATEGORY_VALUES
from models.value_words import MAX_COORDINATE, invisible_codes

__all__ = ["references_hold", "section_entities", "take_section"]

_ID_MAX = 200  # as models.fieldtypes._parse_id
_NONE = type(None)


def section_entities(
    raw_items: Sequence[object], spec: KindSpec, names: frozenset[str]
) -> list[Any] | None:
    """The entities of a plain section, or None (read it item by item).

    ``names``: the names of the kind's fields. Every item must have every field (the app
    writes them all); a file that leaves an optional one out is read item by item.
    """
    if not all(type(raw) is dict for raw in raw_items):
        return None
    items: list[dict[str, Any]] = raw_items  # type: ignore[assignment]
    if not all(raw.keys() == names for raw in items):
        return None
    columns: list[list[Any]] = []
    for field in spec.fields:
        column = [raw[field.name] for raw in items]
        try:
            parsed = _column(field, column)
        except (FieldError, TypeError):  # TypeError: an unhashable value where a text belongs
            return None
        if parsed is None:
            return None
        columns.append(parsed)
    cls: Any = spec.cls
    order = _positional(spec)
    if order is not None:  # the columns in the class's own order: positional arguments
        return [cls(*row) for row in zip(*[columns[i] for i in order], strict=True)]
    keys = [field.name for field in spec.fields]
    return [cls(**dict(zip(keys, row, strict=True))) for row in zip(*columns, strict=True)]


def take_section(
    section: str, made: Sequence[Any], seen: dict[str, str], items: list[tuple[str, Any]]
) -> bool:
    """Add the entities of a plain section to ``items`` (with their locations) and their ids
    to ``seen`` (id -> location), when no id is repeated in it or taken before; else False
    and nothing is added (the caller goes item by item and says which id is taken where).

    Only for kinds without cross-field rules (:func:`models.rules.has_cross_fields`): an
    entity is taken as it was made.
    """
    ids = [item.id for item in made]
    if len(set(ids)) != len(ids) or not seen.keys().isdisjoint(ids):
        return False
    locations = [f"{section}[{i}]" for i in range(len(made))]
    seen.update(zip(ids, locations, strict=True))
    items.extend(zip(locations, made, strict=True))
    return True


@cache
def _positional(spec: KindSpec) -> tuple[int, ...] | None:
    """The table's fields in the order of the class's first arguments (as indices into the
    table), when the table names exactly the class's first fields; else None (by name)."""
    names = [f.name for f in dataclasses.fields(spec.cls)][: len(spec.fields)]
    table = [field.name for field in spec.fields]
    if sorted(names) != sorted(table):
        return None
    return tuple(table.index(name) for name in names)


def references_hold(
    kind: EntityKind, items: Sequence[Any], declared: Mapping[EntityKind, Set[str]]
) -> bool:
    """Whether every reference of every item of ``kind`` names a declared id (and no power
    takes a category's name as its id): then there is no problem to locate item by item."""
    if kind is EntityKind.POWER and not CATEGORY_VALUES.isdisjoint(i.id for i in items):
        return False
    for field in KINDS[kind].refs():
        assert field.refers is not None
        named = (
            {getattr(item, field.name) for item in items}
            if field.kind != "ref_list"
            else {ref for item in items for ref in getattr(item, field.name)}
        )
        named -= {None, ""}
        if field.refers is EntityKind.POWER:
            named -= CATEGORY_VALUES
        if not named <= declared[field.refers]:
            return False
    return True


def _positions(column: list[Any], present: list[dict[str, Any]]) -> list[Any] | None:
    """A column of positions, as :func:`~models.fieldtypes.parse_value` reads each one, or
    None when one is not an object of two finite numbers ``x`` and ``y`` (read item by item)."""
    if not all(raw.keys() == _XY for raw in present):
        return None
    xs = [raw["x"] for raw in present]
    ys = [raw["y"] for raw in present]
    if not set(map(type, xs)).union(map(type, ys)) <= _REALS:  # no bool, no 1e400 as written
        return None
    try:
        if not (all(map(math.isfinite, xs)) and all(map(math.isfinite, ys))):
            return None
        if max(map(abs, xs)) > MAX_COORDINATE or max(map(abs, ys)) > MAX_COORDINATE:
            return None  # too far out to draw: read item by item, which says so (H2)
    except OverflowError:  # a whole number too large for a float
        return None
    if len(present) == len(column):
        return [Position(float(x), float(y)) for x, y in zip(xs, ys, strict=True)]
    return [None if raw is None else Position(float(raw["x"]), float(raw["y"])) for raw in column]


_XY = frozenset({"x", "y"})
_REALS = frozenset({int, float})


def _column(spec: FieldSpec, column: list[Any]) -> list[Any] | None:
    """``column`` as parsed values, or None when a value needs the full check."""
    kind = spec.kind
    present = column
    if spec.nullable and None in column:
        present = [v for v in column if v is not None]
    if not present:
        return column
    types = set(map(type, present))
    if kind == "text":
        if types != {str} or max(map(len, present)) > spec.max_length:
            return None
        if spec.required and not all(map(str.strip, present)):
            return None
        if spec.required and any(map(invisible_codes, present)):  # read item by item (F7)
            return None
        return column
    if kind in ("id", "ref"):
        if spec.optional_ref and "" in present:
            present = [v for v in present if v != ""]
            if not present:
                return column
        if types != {str} or "" in present or max(map(len, present)) > _ID_MAX:
            return None
        if list(map(str.strip, present)) != present:
            return None
        if spec.refers is EntityKind.POWER and not CATEGORY_VALUES.isdisjoint(present):
            return [PowerCategory(v) if v in CATEGORY_VALUES else v for v in column]
        return column
    if kind == "enum":
        assert spec.enum is not None
        members = spec.enum._value2member_map_
        if types != {str} or not set(present) <= members.keys():
            return None
        return [None if v is None else members[v] for v in column]
    if kind == "int":
        if types != {int} or min(present) < spec.minimum or max(present) > spec.maximum:
            return None
        return column
    if kind == "bool":
        return column if types == {bool} else None
    if kind == "position" and types == {dict}:
        return _positions(column, present)
    return [parse_value(spec, v) for v in column]  # raises FieldError: read item by item
