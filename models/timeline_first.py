"""Reading a map's first snapshot against the map itself.

The first snapshot is stored from an empty map, so it was read as a whole map: on a map of
1,000 actors with 200 snapshots that was most of what ``validate`` spent beyond the map, and
the app held its state as a second copy of the map (issue 14, snap17's note). Most of it is the
map as it is: an entity written exactly as the map's own (value for value, type for type) reads
as the map's did. :func:`read_first` reads only the snapshot's header and the entities that
differ from the map, against the ids of the whole snapshot, and holds the map's own entities
for the rest (:class:`models.timeline_state.Entities`). A snapshot without some of the map's
entities (a drop, whose references the whole map's read checks), a changed organisation or
an id of another section, any problem: None, and the whole map's read words it as before.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from models.fields import KINDS
from models.limits import LIMITS
from models.timeline_read import id_used_twice, read_changed
from models.timeline_state import Entities, Unread

__all__ = ["MapBase", "read_first", "same_json"]

_WHOLE = frozenset({"organisations"})  # a change needs the whole map read (parent cycles)


@dataclass(frozen=True, slots=True)
class MapBase:
    """The map, as read without any problem or repair, for its first snapshot.

    ``compared``: per section the map's entities as they are compared (the JSON objects, or
    the lean reader's typed structs); ``index``: where each id is in them; ``held``: the
    map's entity objects in the same order, shared into the snapshot (None: the snapshot's
    own object is held, read when asked); ``convert``: a snapshot's JSON objects of a section
    as they are compared (None when they cannot be); ``same``: whether two compared entities
    read the same."""

    compared: Mapping[str, Sequence[Any]]
    index: Mapping[str, Mapping[str, int]]
    held: Mapping[str, Sequence[object]] | None
    convert: Callable[[str, list[Any]], Sequence[Any] | None]
    same: Callable[[Any, Any], bool]


def same_json(a: object, b: object) -> bool:
    """Whether two JSON values are the same, type for type (``1``, ``1.0`` and ``true`` are
    equal in Python, but not to the reader)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        assert isinstance(b, dict)
        return a.keys() == b.keys() and all(same_json(v, b[k]) for k, v in a.items())
    if isinstance(a, list):
        assert isinstance(b, list)
        return len(a) == len(b) and all(map(same_json, a, b))
    return a == b


def read_first(
    full: Mapping[str, Any], base: MapBase, how: tuple[int, str, bool]
) -> dict[str, Any] | None:
    """The first snapshot's state as read (``full``: as written, every section a list), or
    None when it is to be read as a whole map. ``how``: the file's version, its name and
    whether its text is plain (``read_dict``)."""
    from models.fileformat import (
        _OPTIONAL_SECTIONS,
        FORMAT_NAME,
        FORMAT_VERSION,
    )

    version, source, plain_text = how
    if version != FORMAT_VERSION or not isinstance(full.get("case"), dict):
        return None
    ids = {s.section: {e["id"] for e in full.get(s.section, ())} for s in KINDS.values()}
    doc: dict[str, Any] = {"format": FORMAT_NAME, "version": version, "case": full["case"]}
    entries: dict[str, list[object]] = {}
    for spec in KINDS.values():
        section = spec.section
        mine: list[Any] = full.get(section, [])
        where = base.index.get(section, {})
        if len(mine) > LIMITS[section] or not where.keys() <= ids[section]:
            return None  # over the limit, or without an entity of the map (a drop)
        theirs = base.compared.get(section, ())
        held = None if base.held is None else base.held.get(section, ())
        converted = base.convert(section, mine) if mine else []
        kept: list[object] = []
        changed: list[Any] = []
        if converted is not None and base.same(list(converted), list(theirs)):
            kept = list(map(Unread, mine)) if held is None else list(held)  # the map's own
            entries[section] = kept
            continue
        for i, raw in enumerate(mine):
            at = where.get(raw["id"])
            if converted is not None and at is not None and base.same(converted[i], theirs[at]):
                kept.append(Unread(raw) if held is None else held[at])
            else:
                kept.append(None)  # read below
                changed.append(raw)
        if changed:
            if section in _WHOLE:
                return None
            if id_used_twice(
                changed, (ids[s.section] for s in KINDS.values() if s.section != section)
            ):
                return None
            doc[section] = changed
        entries[section] = kept
    known = {kind: ids[spec.section] for kind, spec in KINDS.items()}
    body = read_changed(doc, source, plain_text, known)
    if body is None:
        return None
    state: dict[str, Any] = {"case": body["case"]}
    for kind, spec in KINDS.items():
        kept = entries[spec.section]
        read = iter(body.get(spec.section, ()))
        for i, entry in enumerate(kept):
            if entry is None:
                kept[i] = next(read)
        if kept or kind not in _OPTIONAL_SECTIONS:
            state[spec.section] = Entities(kept, spec.fields, spec.cls)
    return state
