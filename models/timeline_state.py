"""A snapshot's section that shares its entities with the map instead of copying them.

The first snapshot of a map is mostly the map itself. Reading it as a whole map and writing it
back held a second copy of every entity as a dict: 100 MB at 10,000 actors with 20 snapshots
(issue 14, snap17's note). :class:`Entities` holds the map's own entity objects (frozen, so
an edit of the map replaces them and the snapshot keeps the old ones) and gives each one as
the dict a ``.kvmap`` body writes for it only when asked; what a snapshot changed is held as
that dict. To whoever reads it, it is the list of dicts it stands for (equal to it, and equal
when dumped as JSON through :func:`plain_state`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, overload

from models.enums import EntityKind
from models.errors import FormatError
from models.fields import KINDS, FieldSpec, parse_value
from models.fieldtypes import dump_entity

if TYPE_CHECKING:
    # the whole model is loaded only where a snapshot becomes a map (case_of):
    # validate and layout's lean path read timelines without it (tests/ui/test_cli_start.py)
    from models.case import Case

__all__ = [
    "Entities",
    "Unread",
    "case_of",
    "entries_of",
    "entry_id",
    "plain_state",
    "section_digest",
    "state_digest",
]


class Unread:
    """An entity's JSON object known to read clean as an entity of ``cls`` (it is equal,
    value for value and type for type, to one the reader took as it is): read when asked."""

    __slots__ = ("raw",)

    def __init__(self, raw: Mapping[str, Any]) -> None:
        self.raw = raw


def entry_id(entry: object) -> str:
    """The id of an entry of :class:`Entities` (a dict, an entity or an unread object)."""
    if isinstance(entry, dict):
        return str(entry["id"])
    if isinstance(entry, Unread):
        return str(entry.raw["id"])
    return str(getattr(entry, "id"))  # noqa: B009 (an entity of any kind)


class Entities(Sequence[Mapping[str, Any]]):
    """A section of a snapshot's state: each entry given as its written dict when asked."""

    __slots__ = ("_cls", "_digest", "_entries", "_fields")

    def __init__(self, entries: list[object], fields: Sequence[FieldSpec], cls: type) -> None:
        self._entries, self._fields, self._cls = entries, fields, cls
        self._digest: str | None = None

    def digest(self) -> str:
        """The SHA-256 of the section as JSON (its dicts, keys sorted), once: a section is
        shared by the snapshots that did not change it."""
        if self._digest is None:
            self._digest = section_digest(list(self))
        return self._digest

    @property
    def entries(self) -> list[object]:
        """The entries as held (treat as read-only): dicts, entities and unread objects."""
        return self._entries

    def like(self, entries: list[object]) -> Entities:
        """Other entries of the same section."""
        return Entities(entries, self._fields, self._cls)

    def _dict(self, entry: object) -> Mapping[str, Any]:
        if isinstance(entry, dict):  # as read (a snapshot's change), or as written
            return entry
        if isinstance(entry, Unread):
            raw = entry.raw
            values = {s.name: parse_value(s, raw[s.name]) for s in self._fields if s.name in raw}
            entry = self._cls(**values)
        return dump_entity(entry, self._fields)

    def __len__(self) -> int:
        return len(self._entries)

    @overload
    def __getitem__(self, index: int) -> Mapping[str, Any]: ...
    @overload
    def __getitem__(self, index: slice) -> list[Mapping[str, Any]]: ...
    def __getitem__(self, index: int | slice) -> Mapping[str, Any] | list[Mapping[str, Any]]:
        if isinstance(index, slice):
            return [self._dict(e) for e in self._entries[index]]
        return self._dict(self._entries[index])

    def __iter__(self) -> Iterator[Mapping[str, Any]]:
        return map(self._dict, self._entries)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Entities):
            other = list(other)
        if not isinstance(other, list | tuple):
            return NotImplemented
        return len(other) == len(self) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Entities({list(self)!r})"


def section_digest(items: Sequence[Mapping[str, Any]]) -> str:
    """The SHA-256 of a section's dicts as JSON, keys sorted."""
    import hashlib  # only when a key is asked: reading a map needs neither (issue 14, snap18d)
    import json

    text = json.dumps(items, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def state_digest(state: Mapping[str, Any]) -> str:
    """The SHA-256 of a snapshot's state, from its sections' (each worked out once for a
    section the snapshots share: issue 14)."""
    import hashlib
    import json

    parts = []
    for key in sorted(state):
        value = state[key]
        if isinstance(value, Entities):
            parts.append(f"{key}:{value.digest()}")
        elif isinstance(value, list):
            parts.append(f"{key}:{section_digest(value)}")
        else:
            text = json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
            parts.append(f"{key}={text}")
    return hashlib.sha256("\n".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def entries_of(section: Sequence[Any]) -> list[object]:
    """The entries of a section of a state, as held (not dumped): a copy of the list."""
    return list(section.entries) if isinstance(section, Entities) else list(section)


def plain_state(state: Mapping[str, Any]) -> dict[str, Any]:
    """``state`` with every section a list of dicts (for JSON and the reader)."""
    return {k: list(v) if isinstance(v, Entities) else v for k, v in state.items()}


def case_of(state: Mapping[str, Any], source: str = "") -> Case | None:
    """The map a state read against the map holds (:class:`Entities` of entities): built from
    its entities, reading only those held as dicts against the ids of the whole state (a
    hundredth of reading the state whole). None when the state holds none, or holds an
    unread one, or anything reads with a repair or problem: then it is read whole."""
    from models.fileformat import FORMAT_NAME, FORMAT_VERSION, read_dict

    if not any(isinstance(v, Entities) for v in state.values()):
        return None
    doc: dict[str, Any] = {"format": FORMAT_NAME, "version": FORMAT_VERSION}
    doc["case"] = state.get("case")
    held: dict[EntityKind, list[object]] = {}
    for kind, spec in KINDS.items():
        value = state.get(spec.section, [])
        entries = value.entries if isinstance(value, Entities) else list(value)
        dicts = [e for e in entries if type(e) is dict]
        if dicts:
            doc[spec.section] = dicts
        held[kind] = entries
    known: dict[EntityKind, set[str]] = {}
    for kind, entries in held.items():
        try:
            known[kind] = {e["id"] if type(e) is dict else e.id for e in entries}  # type: ignore[attr-defined]
        except AttributeError:  # an unread entity (the lean reader's): read whole
            return None
    try:
        loaded = read_dict(doc, source, known=known)
    except FormatError:
        return None
    if loaded.problems:
        return None
    read = {kind: iter(loaded.case.collection(kind)) for kind in KINDS}
    parts = {
        kind: [next(read[kind]) if type(e) is dict else e for e in entries]
        for kind, entries in held.items()
    }
    from models.case import Case

    return Case.build(loaded.case.info, parts, checked=True, linked=True)
