"""A map file checked without building the map (issue 14: ``validate`` at 10,000 actors).

:func:`models.fileformat.read` builds every entity twice over (a dict per object, then the
entity) and then the case with its signals: about 0.4 s of Python at 10,000 actors, where the
standard library's ``json.load`` alone takes 0.1. Most files ``krachtenveld validate`` is given
are files the app wrote, and valid. :func:`clean_counts` decodes such a file with ``msgspec``
into types made from the field tables of :mod:`models.fields` (so the two cannot drift), which
checks every value's type, range, length and choice while it decodes, and then checks what
spans entities (ids, references, cycles, dates, the notices of :mod:`models.notices`) a column
at a time.

The short sections (agreements, rules, deviations, acceptances) are made as entities, so
their cross-field rules and register notices are the full reader's own; the timeline, a whole
map per snapshot, is read by :func:`models.timeline_io.parse_timeline` as the full reader does.

It only ever says "this file opens as it is, with nothing to repair and nothing to warn
about", with the number of entities per section; whenever it is not sure of that (any
problem, any repair, any notice, an older version, a field left out, a byte order mark, a
``\\u`` escape, ...) it returns None and the caller runs the full reader, which finds and
words every problem as before. So what ``validate`` says never depends on which way it went.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from operator import attrgetter, eq
from typing import TYPE_CHECKING, Annotated, Any, Literal

import msgspec
from msgspec import UNSET, Meta, UnsetType

from models.acceptance import Acceptance
from models.enums import EntityKind, RelationKind
from models.fields import CASE_FIELDS, KINDS
from models.fieldtypes import MAX_AMOUNT, MAX_LIST, FieldSpec
from models.limits import LIMITS
from models.look_alike import skeleton
from models.notices import register_notices
from models.quickparse import _RISKY
from models.references import CATEGORY_VALUES
from models.rules import cross_field_problems
from models.value_words import MAX_COORDINATE, invisible_codes

if TYPE_CHECKING:
    from models.timeline import Timeline

__all__ = ["Clean", "clean_counts", "clean_map"]

_ID_MAX = 200  # as models.fieldtypes._parse_id
_ID = Annotated[str, Meta(min_length=1, max_length=_ID_MAX)]
_COORDINATE = Annotated[float, Meta(ge=-MAX_COORDINATE, le=MAX_COORDINATE)]
# what the full check refuses or repairs in a text, and what models.notices warns of
# (a direction mark); a file that holds any of them anywhere goes the full way
_ODD = re.compile(f"{_RISKY.pattern[:-1]}\u200e\u200f]")
_ESCAPES = frozenset(b"ubf")  # \uXXXX, \b, \f: what models.quickparse.plain looks for
_MANY_ESCAPES = 10_000
_TIMELINE_KEYS = ("snapshots", "history")
_EARLIEST = datetime.date(1900, 1, 1)  # as models.notices
# the short sections whose entities are made, so the rules and notices that look at them
# are the full reader's own
_BUILT = (EntityKind.AGREEMENT, EntityKind.RULE, EntityKind.DEVIATION, EntityKind.ACCEPTANCE)


class _Position(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    x: _COORDINATE
    y: _COORDINATE


def _value_type(spec: FieldSpec) -> Any:
    """The type ``msgspec`` checks a field's value against: the same as or stricter than
    :func:`models.fieldtypes.parse_value` (what it leaves open is checked in :func:`_values`)."""
    kind = spec.kind
    value: Any
    if kind == "ref" and spec.optional_ref:
        value = Annotated[str, Meta(max_length=_ID_MAX)]
    elif kind in ("id", "ref"):
        value = _ID
    elif kind == "text":
        value = Annotated[str, Meta(max_length=spec.max_length)]
    elif kind == "ref_list":
        value = Annotated[tuple[_ID, ...], Meta(max_length=MAX_LIST)]
    elif kind == "str_list":
        item = Annotated[str, Meta(max_length=spec.max_length)]
        value = Annotated[tuple[item, ...], Meta(max_length=MAX_LIST)]
    elif kind == "enum_list":
        value = Annotated[tuple[spec.enum, ...], Meta(max_length=MAX_LIST)]  # type: ignore[name-defined]
    elif kind == "int":
        value = Annotated[int, Meta(ge=spec.minimum, le=spec.maximum)]
    elif kind == "number":
        value = Annotated[float, Meta(ge=0, le=MAX_AMOUNT)]
    elif kind in ("bool", "bool_or_null"):
        value = bool
    elif kind == "enum":
        value = spec.enum
    elif kind == "date":
        value = datetime.date  # YYYY-MM-DD, a real day (stricter than date.fromisoformat)
    else:
        value = _Position
    return value | None if spec.nullable else value


def _struct(name: str, specs: Sequence[FieldSpec], optional: bool = False) -> Any:
    """A struct of every field of ``specs``, each required (the app writes them all; a file
    that leaves one out goes the full way), or each optional (the case header)."""
    fields: list[tuple[str, Any] | tuple[str, Any, Any]] = [
        (s.name, _value_type(s) | UnsetType, UNSET) if optional else (s.name, _value_type(s))
        for s in specs
    ]
    if optional:  # the anonymised copy's mark (models.fileformat.ANONYMISED_KEY)
        fields.append(("anonymised", bool | UnsetType, UNSET))
    return msgspec.defstruct(name, fields, forbid_unknown_fields=True, gc=False)


@cache
def _decoder() -> msgspec.json.Decoder[Any]:
    fields: list[tuple[str, Any] | tuple[str, Any, Any]] = [
        ("format", Literal["krachtenveld"]),
        ("version", Literal[2]),  # an older one is migrated: the full way
        ("case", _struct("Header", CASE_FIELDS, optional=True)),
    ]
    for spec in KINDS.values():
        item = _struct(spec.cls.__name__, spec.fields)
        fields.append((spec.section, list[item] | UnsetType, UNSET))  # type: ignore[valid-type]
    for key in _TIMELINE_KEYS:  # left as text here, read by models.timeline_io (a whole map
        fields.append((key, msgspec.Raw | UnsetType, UNSET))  # per snapshot): :func:`_timeline`
    return msgspec.json.Decoder(msgspec.defstruct("Map", fields, forbid_unknown_fields=True))


@dataclass(frozen=True, slots=True)
class Clean:
    """A map file that opens as it is: its items per section (``{"actors": 10000, ...}``),
    its acceptances (whose warnings take the analysis's codes: ``mapper.accepted``) and the
    ids of all its items."""

    counts: dict[str, int]
    accepted: tuple[Acceptance, ...]
    ids: frozenset[str]


def clean_counts(data: bytes, today: datetime.date | None = None) -> Clean | None:
    """What a map is, when ``data``, the bytes of a ``.kvmap`` file, is a map that
    :func:`models.fileformat.read` opens as it is, with nothing repaired, and about which
    :func:`models.notices.map_notices` says nothing; None when that is not certain (then read
    it the full way). ``today``: the day the notices are judged on (default today).

    >>> clean_counts(b'{"format": "krachtenveld", "version": 2, "case": {"title": "T"}}').ids
    frozenset()
    >>> clean_counts(b'{"format": "krachtenveld", "version": 2, "case": {"title": " "}}') is None
    True
    """
    checked = clean_map(data, today)
    return None if checked is None else checked[0]


def clean_map(
    data: bytes, today: datetime.date | None = None
) -> tuple[Clean, Any, Timeline | None] | None:
    """:func:`clean_counts`, with the decoded map: a struct whose attributes are the file's
    sections (``doc.actors``: structs with the fields of :mod:`models.fields`, in their
    order; ``doc.case``: the header, a field left out :data:`msgspec.UNSET`; ``doc.snapshots``
    and ``doc.history``: :class:`msgspec.Raw` or UNSET), and its timeline as read (its first
    snapshot against the map; None without snapshots and history), for
    :mod:`models.leanmap`."""
    if len(data) > LIMITS["file_bytes"] or _escaped(data):
        return None
    ascii_only = data.isascii()
    if not ascii_only and _ODD.search(data.decode("utf-8", "replace")) is not None:
        return None  # (invalid UTF-8 is refused by the decoder below)
    try:
        doc = _decoder().decode(data)
    except (msgspec.DecodeError, msgspec.ValidationError):
        return None
    sections = {s.section: _listed(getattr(doc, s.section)) for s in KINDS.values()}
    keys = 3 + sum(1 for s in KINDS.values() if getattr(doc, s.section) is not UNSET)
    keys += sum(1 for key in _TIMELINE_KEYS if getattr(doc, key) is not UNSET)
    keys += sum(
        1 for name in (*(s.name for s in CASE_FIELDS), "anonymised") if _set(doc.case, name)
    )
    ids: list[str] = []
    declared: dict[EntityKind, set[str]] = {}
    columns: dict[EntityKind, dict[str, list[Any]]] = {}
    for kind, spec in KINDS.items():
        items = sections[spec.section]
        if len(items) > LIMITS[spec.section]:
            return None
        keys += len(items) * len(spec.fields)
        table = {f.name: list(map(attrgetter(f.name), items)) for f in spec.fields}
        if not _values(spec.fields, table, ascii_only):
            return None
        for f in spec.fields:
            if f.kind == "position":
                keys += 2 * (len(items) - table[f.name].count(None))
        columns[kind] = table
        ids += table["id"]
        declared[kind] = set(table["id"])
    if len(set(ids)) != len(ids) or not CATEGORY_VALUES.isdisjoint(declared[EntityKind.POWER]):
        return None  # an id given twice; a power named as a category (reserved_id)
    if not _references_hold(columns, declared) or not _header_clean(doc.case, declared, today):
        return None
    if not _no_notices(columns):
        return None
    built = {kind: _built(kind, sections[KINDS[kind].section]) for kind in _BUILT}
    if any(cross_field_problems(item) for items in built.values() for item in items):
        return None  # an agreement with a reversed period (repaired), an acceptance that
        # ends before it was made, a deviation comparable to itself (refused)
    day = today or datetime.date.today()
    if register_notices(built[EntityKind.RULE], built[EntityKind.DEVIATION], day):
        return None
    base = _base(sections, columns)  # the first snapshot read against the map (issue 14)
    read = _timeline(doc.snapshots, doc.history, today, base)
    if read is None:
        return None
    timeline_colons, timeline = read
    if not _keys_once(data, keys + timeline_colons, doc.case, columns):
        return None
    if len(data) > LIMITS["json_values"] and (  # as models.fileformat.reads counts them
        data.count(b",") + data.count(b"{") + data.count(b"[") > LIMITS["json_values"]
    ):
        return None
    counts = {section: len(items) for section, items in sections.items()}
    return Clean(counts, tuple(built[EntityKind.ACCEPTANCE]), frozenset(ids)), doc, timeline


def _built(kind: EntityKind, items: Sequence[Any]) -> list[Any]:
    """The entities of a short section, made as the full reader makes them."""
    spec = KINDS[kind]
    names = [f.name for f in spec.fields]
    return [spec.cls(**{name: getattr(item, name) for name in names}) for item in items]


def _escaped(data: bytes) -> bool:
    """Whether a string of ``data`` holds an escape that may stand for a refused character
    (``\\u0007``, ``\\b``, ``\\f``) or for a colon (``\\u003a``, see :func:`_keys_once`), or
    more escapes than are worth looking at one by one. An escape is a backslash and the
    character after it; ``find`` looks for the backslashes at the speed of ``memchr``."""
    at = data.find(b"\\")
    for _ in range(_MANY_ESCAPES):
        if at < 0:
            return False
        if at + 1 == len(data) or data[at + 1] in _ESCAPES:
            return True
        at = data.find(b"\\", at + 2)
    return True


def _listed(items: Any) -> list[Any]:
    return [] if items is UNSET else list(items)


def _set(header: Any, name: str) -> bool:
    return getattr(header, name) is not UNSET


def _strings(column: Iterable[Any]) -> list[str]:
    return [v for v in column if v is not None]


def _values(specs: Sequence[FieldSpec], table: dict[str, list[Any]], ascii_only: bool) -> bool:
    """What the types leave to check: ids without spaces at their ends, required texts not
    blank or invisible, no blank tag, no party named twice (each is refused or repaired)."""
    for spec in specs:
        column = table[spec.name]
        if spec.kind in ("id", "ref"):
            present = _strings(column)
            if list(map(str.strip, present)) != present:
                return False
        elif spec.kind == "text" and spec.required:
            if not all(map(str.strip, column)):
                return False
            if not ascii_only and any(map(invisible_codes, column)):
                return False
        elif spec.kind == "str_list":
            if not all(map(str.strip, [v for items in column for v in items])):
                return False
        elif spec.kind == "ref_list":
            flat = [v for items in column for v in items]
            if list(map(str.strip, flat)) != flat:
                return False
            if any(len(set(items)) != len(items) for items in column):
                return False
    return True


def _references_hold(
    columns: dict[EntityKind, dict[str, list[Any]]], declared: dict[EntityKind, set[str]]
) -> bool:
    """Every reference names an existing id (a power may be named by its category); no
    organisation is its own parent, however far up; no mandate with a reversed period."""
    for kind, spec in KINDS.items():
        for field in spec.refs():
            assert field.refers is not None
            column = columns[kind][field.name]
            named = set(column) if field.kind != "ref_list" else {v for c in column for v in c}
            named -= {None, ""}
            if field.refers is EntityKind.POWER:
                named -= CATEGORY_VALUES
            if not named <= declared[field.refers]:
                return False
    orgs = columns[EntityKind.ORGANISATION]
    parent = dict(zip(orgs["id"], orgs["parent"], strict=True))
    for start in parent:
        seen = {start}
        current = parent[start]
        while current is not None and current in parent:
            if current in seen:
                return False  # a cycle (through start or above it)
            seen.add(current)
            current = parent[current]
    for kind in (EntityKind.MANDATE, EntityKind.AGREEMENT):
        dates = zip(columns[kind]["valid_from"], columns[kind]["valid_until"], strict=True)
        if any(s is not None and u is not None and u < s for s, u in dates):
            return False  # repaired on reading (models.rules.repair_cross_field)
    return True


def _header_clean(
    header: Any, declared: dict[EntityKind, set[str]], today: datetime.date | None
) -> bool:
    """A title that is no blank, an owner of the intent who is on the map, a plausible date
    the map is judged on (models.notices)."""
    title = header.title
    if title is UNSET or not title.strip() or invisible_codes(title) is not None:
        return False
    for spec in CASE_FIELDS:  # ids and references without spaces at their ends
        value = getattr(header, spec.name)
        if spec.kind in ("id", "ref") and isinstance(value, str) and value != value.strip():
            return False
    owner = header.intent_owner
    if owner not in (UNSET, None) and owner not in declared[EntityKind.ACTOR]:
        return False
    as_of = header.as_of
    if as_of in (UNSET, None):
        return True
    day = today or datetime.date.today()
    try:
        ahead = day.replace(year=day.year + 10)
    except ValueError:  # 29 February
        ahead = day.replace(year=day.year + 10, day=28)
    return bool(_EARLIEST <= as_of <= ahead)


def _no_notices(columns: dict[EntityKind, dict[str, list[Any]]]) -> bool:
    """None of the notices of :func:`models.notices.map_notices` that look at the big
    sections: no agreement without parties, no mandate or hierarchy line from an actor to
    itself, no two names that look alike (the direction controls were looked for in the
    whole text; the register, the timeline and the header are looked at elsewhere)."""
    if not all(columns[EntityKind.AGREEMENT]["parties"]):
        return False
    mandates = columns[EntityKind.MANDATE]
    if any(map(eq, mandates["grantor"], mandates["holder"])):
        return False
    ties = columns[EntityKind.RELATIONSHIP]
    if any(map(eq, ties["source"], ties["target"])):  # rare: then look at their kinds
        loops = zip(ties["kind"], ties["source"], ties["target"], strict=True)
        if any(k is RelationKind.HIERARCHY and s == t for k, s, t in loops):
            return False
    for kind in (EntityKind.ACTOR, EntityKind.ORGANISATION):
        names = set(columns[kind]["name"])
        if len(set(map(skeleton, names))) != len(names):
            return False  # two names that look the same but are written differently
    return True


def _base(sections: dict[str, list[Any]], columns: dict[EntityKind, dict[str, list[Any]]]) -> Any:
    """The map, as decoded and found clean, for its first snapshot: a snapshot's entity
    that decodes to an equal struct reads as the map's (:mod:`models.timeline_first`)."""
    from models.timeline_first import MapBase

    index = {KINDS[k].section: {i: n for n, i in enumerate(c["id"])} for k, c in columns.items()}

    def convert(section: str, items: list[Any]) -> Sequence[Any] | None:
        if not sections[section]:
            return None
        struct = type(sections[section][0])  # the map's own struct type: equal only to it
        try:
            converted: list[Any] = msgspec.convert(items, list[struct])  # type: ignore[valid-type]
        except msgspec.ValidationError:
            return None
        return converted

    return MapBase(sections, index, None, convert, eq)


def _timeline(
    snapshots: Any, history: Any, today: datetime.date | None, base: Any = None
) -> tuple[int, Timeline | None] | None:
    """The colons in the text of ``snapshots[]`` and ``history[]`` and the timeline they make,
    when they read as they are (:func:`models.timeline_io.parse_timeline`: every snapshot's
    state checked as a map, no key given twice, nothing cut, kept or left out) and no
    snapshot is dated after today or before 1900 (models.notices); None otherwise."""
    texts = [bytes(raw) for raw in (snapshots, history) if raw is not UNSET]
    if not texts:
        return 0, None
    import json

    from models.jsontext import KeyTwiceError, depth, no_key_twice
    from models.timeline_io import parse_timeline
    from models.value_words import json_float

    try:
        values = [
            json.loads(t, object_pairs_hook=no_key_twice, parse_float=json_float) for t in texts
        ]
    except (KeyTwiceError, ValueError, RecursionError):
        return None
    if any(depth(value, LIMITS["depth"]) >= LIMITS["depth"] for value in values):
        return None  # in the map, one level deeper
    given = iter(values)
    snaps, said = (next(given) if raw is not UNSET else None for raw in (snapshots, history))
    timeline = None
    if snaps is not None or said is not None:
        timeline, wrong, notes = parse_timeline(snaps, said, 2, "", plain_text=True, base=base)
        if wrong or notes or timeline.kept:
            return None
        day = today or datetime.date.today()
        if any(not _EARLIEST <= s.date <= day for s in timeline.snapshots):
            return None
    return sum(t.count(b":") for t in texts), timeline


def _keys_once(
    data: bytes, keys: int, header: Any, columns: dict[EntityKind, dict[str, list[Any]]]
) -> bool:
    """No key given twice in an object (the decoder keeps the last; the full reader refuses).

    Every key of the text is followed by one colon; every other colon stands inside a string,
    as it is (no escapes, checked before). So the colons of the text are at least the keys
    decoded plus the colons in the decoded strings, and exactly that only when no key was
    given twice (a key given twice adds a colon and drops a value)."""
    colons = data.count(b":")
    if colons == keys:
        return True
    inside = sum(v.count(":") for v in _texts_of(header) if isinstance(v, str))
    for kind, spec in KINDS.items():
        for field in spec.fields:
            column = columns[kind][field.name]
            if field.kind in ("id", "ref", "text"):
                inside += "\n".join(_strings(column)).count(":")
            elif field.kind in ("str_list", "ref_list"):
                inside += "\n".join(v for items in column for v in items).count(":")
            elif field.kind in ("enum", "enum_list") and _colon_in_choices(field):
                return False  # no choice holds one; if one ever does, the full way
    return colons == keys + inside


def _texts_of(header: Any) -> list[Any]:
    return [getattr(header, spec.name) for spec in CASE_FIELDS]


def _colon_in_choices(spec: FieldSpec) -> bool:
    assert spec.enum is not None
    return any(":" in member.value for member in spec.enum)
