"""Reading a snapshot as what it is in the file: the change from the snapshot before it.

Reading every snapshot as a whole map and writing it back cost snapshots × map size in time and
memory: a map of 1,000 actors with 200 snapshots that each set one actor's stance took 12 times
as long to open as the map alone, and held a copy of the map per snapshot (issue 14,
rev-hostile17 F1). When the snapshot before read clean and the change only sets entities
(no ``drop``, no ``order``), :func:`light_decode` makes the new state from the one before and
:func:`light_read` checks only the header and the entities set, against the ids of the map
before them; the unchanged sections and entities are shared with the snapshot before. Whatever
else a change holds (a drop, an organisation, an id of another section, a problem to word) is
left to the whole map's read in :mod:`models.timeline_io`, so its messages stay as they were.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from models.fields import KINDS
from models.limits import LIMITS
from models.timeline_read import id_used_twice, read_changed
from models.timeline_state import Entities, entries_of, entry_id

__all__ = ["index_of", "light_decode", "light_read"]

_SECTIONS = tuple(spec.section for spec in KINDS.values())
_ALLOWED = frozenset({"case", *_SECTIONS})
#: a change of these needs the whole map read (the organisations' parent cycles)
_WHOLE = frozenset({"organisations"})


def index_of(state: Mapping[str, Any]) -> dict[str, dict[str, int]]:
    """Where each entity of ``state`` is: section -> id -> position."""
    return {s: {e["id"]: i for i, e in enumerate(state.get(s, ()))} for s in _SECTIONS}


def light_decode(
    prev: Mapping[str, Any],
    delta: object,
    index: dict[str, dict[str, int]],
    *,
    whole: bool = False,
) -> dict[str, Any] | None:
    """The state ``delta`` makes of ``prev`` (the state before, as written, whose entities
    ``index`` places; updated here with the ids it adds), when ``delta`` only sets entities;
    else None, and :func:`models.timeline.decode_state` reads and words it. ``whole``: a
    change of organisations too (the reader after checks their parents whole)."""
    if not isinstance(delta, dict) or not delta.keys() <= _ALLOWED:
        return None
    header = delta.get("case", {})
    if not isinstance(header, dict):
        return None
    parts: dict[str, list[dict[str, Any]]] = {}
    for section in _SECTIONS:
        if section not in delta:
            continue
        part = delta[section]
        if not isinstance(part, dict) or (section in _WHOLE and not whole) or part.keys() - {"set"}:
            return None
        changed = part.get("set", [])
        if not isinstance(changed, list):
            return None
        ids = [e.get("id") if isinstance(e, dict) else None for e in changed]
        if not all(isinstance(i, str) for i in ids) or len(set(ids)) != len(ids):
            return None
        parts[section] = changed
    state: dict[str, Any] = {"case": {**prev.get("case", {}), **header}}
    for section in _SECTIONS:
        before = prev.get(section, [])
        if section not in parts:
            state[section] = before  # unchanged: shared
            continue
        items = list(before)
        where = index.setdefault(section, {})
        for entity in parts[section]:
            at = where.get(entity["id"])
            if at is None:
                where[entity["id"]] = len(items)
                items.append(entity)
            else:
                items[at] = entity
        state[section] = items
    return state


def light_read(
    shown: Mapping[str, Any],
    delta: Mapping[str, Any],
    full: Mapping[str, Any],
    index: Mapping[str, Mapping[str, int]],
    how: tuple[int, str, bool],
) -> dict[str, Any] | None:
    """The state of a snapshot as read (``full``, as written; ``delta``, its change), from the
    one before it that read clean (``shown``, as read; ``index`` places its entities, and those
    ``full`` adds): its header and the entities it sets are read against the ids before them,
    the rest is shared. None when the whole map has to be read: an id of another section, a
    section over its limit, or any problem (worded as the whole map's read words it). ``how``:
    the file's version, its name and whether its text is plain (``read_dict``)."""
    from models.fileformat import FORMAT_NAME, FORMAT_VERSION

    version, source, plain_text = how
    if version != FORMAT_VERSION:
        return None
    doc: dict[str, Any] = {"format": FORMAT_NAME, "version": version, "case": full["case"]}
    for section in _SECTIONS:
        if section not in delta:
            continue
        if len(full[section]) > LIMITS[section]:
            return None
        changed = delta[section].get("set", [])
        if id_used_twice(changed, (index.get(s, {}) for s in _SECTIONS if s != section)):
            return None
        doc[section] = changed
    known = {kind: index.get(spec.section, {}).keys() for kind, spec in KINDS.items()}
    body = read_changed(doc, source, plain_text, known)
    if body is None:
        return None
    state: dict[str, Any] = {"case": body["case"]}
    for section in _SECTIONS:
        before = shown.get(section)
        if section not in delta:
            if before is not None:
                state[section] = before  # unchanged: shared with the snapshot before
            continue
        items = entries_of(before or ())  # the map's entities stay shared, unread
        where = index.get(section, {})
        for entity in body.get(section, ()):
            at = where.get(entity["id"])
            if at is None or at > len(items):
                return None
            if at < len(items) and entry_id(items[at]) != entity["id"]:
                return None
            if at == len(items):
                items.append(entity)
            else:
                items[at] = entity
        if len(items) != len(full[section]):
            return None
        state[section] = before.like(items) if isinstance(before, Entities) else items
    return state
