"""The ``Case`` aggregate: the one mutator API of the model, with change signals.

Every edit goes through a method of :class:`Case`. Each method checks its input with the
field specs of :mod:`models.fields`, keeps referential integrity (a relationship, mandate or
need never points at a missing actor), emits the specific signal(s) and then ``changed``
once, and emits nothing at all when nothing changed.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, overload

from psygnal import Signal

from models.entities import Actor, CaseInfo, Mandate, Need, Position, Relationship
from models.errors import FieldError, ModelError, Problem
from models.fields import (
    ACTOR_FIELDS,
    CASE_FIELDS,
    MANDATE_FIELDS,
    NEED_FIELDS,
    RELATIONSHIP_FIELDS,
    FieldSpec,
    by_name,
    parse_value,
)
from models.rules import cross_field_problems

__all__ = ["ActorRemoval", "Case", "Collection"]

T = TypeVar("T", Actor, Relationship, Mandate, Need)

_ID_PREFIX = {Actor: "a", Relationship: "r", Mandate: "m", Need: "n"}
_ENTITY_WORD = {Actor: "actor", Relationship: "relationship", Mandate: "mandate", Need: "need"}
_FIELDS: dict[type, dict[str, FieldSpec]] = {
    Actor: by_name(ACTOR_FIELDS),
    Relationship: by_name(RELATIONSHIP_FIELDS),
    Mandate: by_name(MANDATE_FIELDS),
    Need: by_name(NEED_FIELDS),
}
_CASE_FIELDS = by_name(CASE_FIELDS)


class Collection(Sequence[T], Generic[T]):
    """An ordered, id-indexed, read-only view of one kind of entity.

    Besides the items in order it keeps, for whole-map edits in linear time:

    - an id -> position map, valid below ``_valid_upto`` (an insert or removal in the middle
      only invalidates the positions after it; they are recomputed on the next look-up), so
      replacing items, :meth:`index_of` and removals from the back to the front cost O(1)
      each and a burst of edits costs O(n) in total;
    - when ``ends`` is given (the actor ids an item points at), which items touch each actor,
      so :meth:`touching` costs O(degree) instead of a scan of the whole collection.
    """

    def __init__(self, ends: Callable[[T], tuple[str | None, ...]] | None = None) -> None:
        self._items: list[T] = []
        self._by_id: dict[str, T] = {}
        self._pos: dict[str, int] = {}
        self._valid_upto = 0  # positions below this index are correct
        self._ends: Callable[[T], tuple[str | None, ...]] | None = ends
        self._touching: dict[str, dict[str, None]] = {}

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[T]: ...
    def __getitem__(self, index: int | slice) -> T | Sequence[T]:
        return self._items[index]

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return iter(self._items)

    def __contains__(self, item: object) -> bool:
        if isinstance(item, str):
            return item in self._by_id
        return item in self._items

    def get(self, item_id: str) -> T | None:
        """The item with ``item_id``, or None."""
        return self._by_id.get(item_id)

    def ids(self) -> list[str]:
        """All ids in order."""
        return [item.id for item in self._items]

    def index_of(self, item_id: str) -> int:
        """Position of the item with ``item_id`` (KeyError when absent)."""
        if item_id not in self._by_id:
            raise KeyError(item_id)
        pos = self._pos.get(item_id, -1)
        if 0 <= pos < self._valid_upto:
            return pos
        items, positions = self._items, self._pos
        for i in range(self._valid_upto, len(items)):
            positions[items[i].id] = i
        self._valid_upto = len(items)
        return positions[item_id]

    def touching(self, actor_id: str) -> list[T]:
        """The items pointing at ``actor_id``, in order (needs ``ends``)."""
        found = self._touching.get(actor_id)
        if not found:
            return []
        return sorted((self._by_id[i] for i in found), key=lambda it: self.index_of(it.id))

    # mutation: only Case calls these
    def _insert(self, index: int, item: T) -> None:
        items = self._items
        if index >= len(items):
            if self._valid_upto == len(items):
                self._valid_upto += 1
            self._pos[item.id] = len(items)
            items.append(item)
        else:
            items.insert(index, item)
            self._valid_upto = min(self._valid_upto, index)
        self._by_id[item.id] = item
        self._link(item)

    def _pop(self, item_id: str) -> tuple[int, T]:
        index = self.index_of(item_id)
        item = self._by_id.pop(item_id)
        del self._items[index]
        del self._pos[item_id]
        self._valid_upto = min(self._valid_upto, index)
        self._unlink(item)
        return index, item

    def _replace(self, old: T, new: T) -> None:
        index = self.index_of(old.id)
        self._items[index] = new
        self._by_id[new.id] = new
        if self._ends is not None and self._ends(old) != self._ends(new):
            self._unlink(old)
            self._link(new)

    def _link(self, item: T) -> None:
        if self._ends is not None:
            for end in self._ends(item):
                if end is not None:
                    self._touching.setdefault(end, {})[item.id] = None

    def _unlink(self, item: T) -> None:
        if self._ends is not None:
            for end in self._ends(item):
                linked = self._touching.get(end) if end is not None else None
                if end is not None and linked is not None:
                    linked.pop(item.id, None)
                    if not linked:
                        del self._touching[end]


def _relationship_ends(rel: Relationship) -> tuple[str | None, ...]:
    return (rel.source, rel.target)


def _mandate_ends(mandate: Mandate) -> tuple[str | None, ...]:
    return (mandate.grantor, mandate.holder)


def _need_ends(need: Need) -> tuple[str | None, ...]:
    return (need.handler,)


@dataclass(frozen=True, slots=True)
class ActorRemoval:
    """What :meth:`Case.remove_actor` took away, enough to put it all back exactly."""

    actor: Actor
    index: int
    relationships: tuple[tuple[int, Relationship], ...] = ()
    mandates: tuple[tuple[int, Mandate], ...] = ()
    needs: tuple[Need, ...] = ()  # needs whose handler was cleared, as they were
    was_intent_owner: bool = False


class Case:
    """A case: its header, actors, relationships, mandates and needs."""

    info_changed = Signal(str, object, object)  # field, old, new
    actor_added = Signal(object, int)  # actor, index
    actor_removed = Signal(object, int)
    actor_changed = Signal(object, object)  # old, new
    relationship_added = Signal(object, int)
    relationship_removed = Signal(object, int)
    relationship_changed = Signal(object, object)
    mandate_added = Signal(object, int)
    mandate_removed = Signal(object, int)
    mandate_changed = Signal(object, object)
    need_added = Signal(object, int)
    need_removed = Signal(object, int)
    need_changed = Signal(object, object)
    positions_changed = Signal(object)  # dict[actor_id, Position | None] (new values)
    changed = Signal()

    def __init__(self, info: CaseInfo | None = None) -> None:
        self._info = info if info is not None else CaseInfo(title="Nieuwe casus")
        self.actors: Collection[Actor] = Collection()
        self.relationships: Collection[Relationship] = Collection(_relationship_ends)
        self.mandates: Collection[Mandate] = Collection(_mandate_ends)
        self.needs: Collection[Need] = Collection(_need_ends)
        self.revision = 0

    # ------------------------------------------------------------------ queries
    @property
    def info(self) -> CaseInfo:
        """The case header."""
        return self._info

    def entity(self, item_id: str) -> Actor | Relationship | Mandate | Need | None:
        """Any entity by id."""
        for coll in self._collections():
            found: Actor | Relationship | Mandate | Need | None = coll.get(item_id)
            if found is not None:
                return found
        return None

    def relationships_of(self, actor_id: str) -> list[Relationship]:
        """Relationships touching ``actor_id`` (either end), in order."""
        return self.relationships.touching(actor_id)

    def mandates_of(self, actor_id: str) -> list[Mandate]:
        """Mandates granted or held by ``actor_id``, in order."""
        return self.mandates.touching(actor_id)

    def new_id(self, kind: type[Actor | Relationship | Mandate | Need]) -> str:
        """A fresh id for an entity of ``kind`` (``a12``, ``r7`` ...), unique in the case."""
        prefix = _ID_PREFIX[kind]
        pattern = re.compile(rf"^{prefix}(\d+)$")
        coll = self._collection_for(kind)
        highest = 0
        for item_id in coll.ids():
            match = pattern.match(item_id)
            if match:
                highest = max(highest, int(match.group(1)))
        for n in itertools.count(highest + 1):
            candidate = f"{prefix}{n}"
            if self.entity(candidate) is None:
                return candidate
        raise AssertionError("unreachable")  # pragma: no cover

    # ------------------------------------------------------------------ building
    @classmethod
    def from_parts(
        cls,
        info: CaseInfo,
        actors: Iterable[Actor] = (),
        relationships: Iterable[Relationship] = (),
        mandates: Iterable[Mandate] = (),
        needs: Iterable[Need] = (),
        *,
        checked: bool = False,
    ) -> Case:
        """Build a case in one go without emitting signals.

        Checks ids and references, and every field and cross-field rule unless ``checked``
        says the caller (the loader, :meth:`copy`) already did.
        """
        case = cls(info)
        if not checked:
            case._validate_info(info)
        for actor in actors:
            if not checked:
                case._validate_entity(actor)
            case._check_new_id(actor.id)
            case.actors._insert(len(case.actors), actor)
        for rel in relationships:
            if not checked:
                case._validate_entity(rel)
            case._check_new_id(rel.id)
            case._check_refs(rel)
            case.relationships._insert(len(case.relationships), rel)
        for mandate in mandates:
            if not checked:
                case._validate_entity(mandate)
            case._check_new_id(mandate.id)
            case._check_refs(mandate)
            case.mandates._insert(len(case.mandates), mandate)
        for need in needs:
            if not checked:
                case._validate_entity(need)
            case._check_new_id(need.id)
            case._check_refs(need)
            case.needs._insert(len(case.needs), need)
        if info.intent_owner is not None and case.actors.get(info.intent_owner) is None:
            raise ModelError(
                [Problem("case.intent_owner", "no_such_actor", {"id": info.intent_owner})]
            )
        return case

    def copy(self) -> Case:
        """An independent copy (entities are immutable, so they are shared)."""
        return Case.from_parts(
            self._info, list(self.actors), list(self.relationships), list(self.mandates),
            list(self.needs), checked=True,
        )  # fmt: skip

    # ------------------------------------------------------------------ case header
    def set_case_field(self, name: str, value: object) -> bool:
        """Set a field of the case header; returns whether anything changed."""
        spec = _CASE_FIELDS.get(name)
        if spec is None:
            raise ModelError([Problem(f"case.{name}", "unknown_field", {"name": name})])
        new_value = self._parse(spec, value, f"case.{name}")
        if name == "intent_owner" and new_value is not None and self.actors.get(new_value) is None:
            raise ModelError([Problem("case.intent_owner", "no_such_actor", {"id": new_value})])
        old_value = getattr(self._info, name)
        if old_value == new_value:
            return False
        self._info = dataclasses.replace(self._info, **{name: new_value})
        self.info_changed.emit(name, old_value, new_value)
        self._bump()
        return True

    # ------------------------------------------------------------------ actors
    def add_actor(self, actor: Actor, index: int | None = None) -> Actor:
        """Insert ``actor`` (at ``index`` or at the end) and return it."""
        self._validate_entity(actor)
        self._check_new_id(actor.id)
        pos = len(self.actors) if index is None else max(0, min(index, len(self.actors)))
        self.actors._insert(pos, actor)
        self.actor_added.emit(actor, pos)
        self._bump()
        return actor

    def remove_actor(self, actor_id: str) -> ActorRemoval:
        """Remove an actor with its relationships and mandates; clear it as need handler.

        Returns what went, so :meth:`restore_actor` can put it all back in place.
        """
        actor = self._require(self.actors, actor_id)
        touching = self.relationships.touching, self.mandates.touching
        rels = [(self.relationships.index_of(r.id), r) for r in touching[0](actor_id)]
        mands = [(self.mandates.index_of(m.id), m) for m in touching[1](actor_id)]
        needs = self.needs.touching(actor_id)
        for _, rel in reversed(rels):
            index, _ = self.relationships._pop(rel.id)
            self.relationship_removed.emit(rel, index)
        for _, mandate in reversed(mands):
            index, _ = self.mandates._pop(mandate.id)
            self.mandate_removed.emit(mandate, index)
        for need in needs:
            new = dataclasses.replace(need, handler=None)
            self.needs._replace(need, new)
            self.need_changed.emit(need, new)
        was_owner = self._info.intent_owner == actor_id
        if was_owner:
            self._info = dataclasses.replace(self._info, intent_owner=None)
            self.info_changed.emit("intent_owner", actor_id, None)
        index, _ = self.actors._pop(actor_id)
        self.actor_removed.emit(actor, index)
        self._bump()
        return ActorRemoval(actor, index, tuple(rels), tuple(mands), tuple(needs), was_owner)

    def restore_actor(self, removal: ActorRemoval) -> None:
        """Undo :meth:`remove_actor`: everything back at its old index."""
        actor = removal.actor
        self._check_new_id(actor.id)
        self.actors._insert(removal.index, actor)
        self.actor_added.emit(actor, removal.index)
        for index, rel in removal.relationships:
            self.relationships._insert(index, rel)
            self.relationship_added.emit(rel, index)
        for index, mandate in removal.mandates:
            self.mandates._insert(index, mandate)
            self.mandate_added.emit(mandate, index)
        for need in removal.needs:
            current = self.needs.get(need.id)
            if current is not None and current != need:
                self.needs._replace(current, need)
                self.need_changed.emit(current, need)
        if removal.was_intent_owner:
            old = self._info.intent_owner
            self._info = dataclasses.replace(self._info, intent_owner=actor.id)
            self.info_changed.emit("intent_owner", old, actor.id)
        self._bump()

    def set_actor_field(self, actor_id: str, name: str, value: object) -> bool:
        """Set one field of an actor; returns whether anything changed."""
        return self.update_actor(actor_id, {name: value})

    def update_actor(self, actor_id: str, values: Mapping[str, object]) -> bool:
        """Set several fields of an actor at once (one signal)."""
        return self._update(self.actors, self.actor_changed, actor_id, values)

    def set_positions(self, positions: Mapping[str, Position | None]) -> dict[str, Position | None]:
        """Move actors; returns the old positions of those that moved (for undo)."""
        old: dict[str, Position | None] = {}
        new: dict[str, Position | None] = {}
        for actor_id, pos in positions.items():
            actor = self._require(self.actors, actor_id)
            if pos is not None and not isinstance(pos, Position):
                pos = self._parse(_FIELDS[Actor]["position"], pos, f"{actor_id}.position")
            if actor.position == pos:
                continue
            old[actor_id] = actor.position
            new[actor_id] = pos
            self.actors._replace(actor, dataclasses.replace(actor, position=pos))
        if new:
            self.positions_changed.emit(new)
            self._bump()
        return old

    # ------------------------------------------------------------------ relationships
    def add_relationship(self, rel: Relationship, index: int | None = None) -> Relationship:
        """Insert a relationship between two existing actors."""
        return self._add(self.relationships, self.relationship_added, rel, index)

    def remove_relationship(self, rel_id: str) -> tuple[Relationship, int]:
        """Remove a relationship; returns it with its index."""
        return self._remove(self.relationships, self.relationship_removed, rel_id)

    def set_relationship_field(self, rel_id: str, name: str, value: object) -> bool:
        """Set one field of a relationship."""
        return self.update_relationship(rel_id, {name: value})

    def update_relationship(self, rel_id: str, values: Mapping[str, object]) -> bool:
        """Set several fields of a relationship at once."""
        return self._update(self.relationships, self.relationship_changed, rel_id, values)

    # ------------------------------------------------------------------ mandates
    def add_mandate(self, mandate: Mandate, index: int | None = None) -> Mandate:
        """Insert a mandate between two existing actors."""
        return self._add(self.mandates, self.mandate_added, mandate, index)

    def remove_mandate(self, mandate_id: str) -> tuple[Mandate, int]:
        """Remove a mandate; returns it with its index."""
        return self._remove(self.mandates, self.mandate_removed, mandate_id)

    def set_mandate_field(self, mandate_id: str, name: str, value: object) -> bool:
        """Set one field of a mandate."""
        return self.update_mandate(mandate_id, {name: value})

    def update_mandate(self, mandate_id: str, values: Mapping[str, object]) -> bool:
        """Set several fields of a mandate at once."""
        return self._update(self.mandates, self.mandate_changed, mandate_id, values)

    # ------------------------------------------------------------------ needs
    def add_need(self, need: Need, index: int | None = None) -> Need:
        """Insert a need."""
        return self._add(self.needs, self.need_added, need, index)

    def remove_need(self, need_id: str) -> tuple[Need, int]:
        """Remove a need; returns it with its index."""
        return self._remove(self.needs, self.need_removed, need_id)

    def set_need_field(self, need_id: str, name: str, value: object) -> bool:
        """Set one field of a need."""
        return self.update_need(need_id, {name: value})

    def update_need(self, need_id: str, values: Mapping[str, object]) -> bool:
        """Set several fields of a need at once."""
        return self._update(self.needs, self.need_changed, need_id, values)

    # ------------------------------------------------------------------ internals
    def _collections(self) -> tuple[Collection[Any], ...]:
        return (self.actors, self.relationships, self.mandates, self.needs)

    def _collection_for(self, kind: type) -> Collection[Any]:
        table: dict[type, Collection[Any]] = {
            Actor: self.actors,
            Relationship: self.relationships,
            Mandate: self.mandates,
            Need: self.needs,
        }
        return table[kind]

    def _bump(self) -> None:
        self.revision += 1
        self.changed.emit()

    @staticmethod
    def _parse(spec: FieldSpec, value: object, location: str) -> Any:
        try:
            return parse_value(spec, value)
        except FieldError as exc:
            raise ModelError([Problem(location, exc.key, exc.params)]) from None

    def _require(self, coll: Collection[T], item_id: str) -> T:
        item = coll.get(item_id)
        if item is None:
            word = next(w for k, w in _ENTITY_WORD.items() if self._collection_for(k) is coll)
            raise ModelError([Problem("", "no_such_entity", {"what": word, "id": item_id})])
        return item

    def _check_new_id(self, item_id: str) -> None:
        if self.entity(item_id) is not None:
            raise ModelError([Problem("id", "duplicate_id", {"id": item_id, "other": item_id})])

    def _check_refs(self, item: Relationship | Mandate | Need) -> None:
        if isinstance(item, Relationship):
            refs = {"source": item.source, "target": item.target}
        elif isinstance(item, Mandate):
            refs = {"grantor": item.grantor, "holder": item.holder}
        else:
            refs = {"handler": item.handler} if item.handler is not None else {}
        for name, ref in refs.items():
            if self.actors.get(ref) is None:
                raise ModelError([Problem(f"{item.id}.{name}", "no_such_actor", {"id": ref})])

    def _validate_info(self, info: CaseInfo) -> None:
        for spec in _CASE_FIELDS.values():
            self._parse(spec, getattr(info, spec.name), f"case.{spec.name}")

    def _validate_entity(self, item: Actor | Relationship | Mandate | Need) -> None:
        specs = _FIELDS[type(item)]
        for spec in specs.values():
            self._parse(spec, getattr(item, spec.name), f"{item.id}.{spec.name}")
        self._check_cross(item)

    @staticmethod
    def _check_cross(item: Actor | Relationship | Mandate | Need) -> None:
        """Refuse an entity whose fields contradict each other (see :mod:`models.rules`)."""
        problems = cross_field_problems(item)
        if problems:
            located = [Problem(f"{item.id}.{p.location}", p.key, p.params) for p in problems]
            raise ModelError(located)

    def _add(self, coll: Collection[T], signal: Any, item: T, index: int | None) -> T:
        self._validate_entity(item)
        self._check_new_id(item.id)
        if not isinstance(item, Actor):
            self._check_refs(item)
        pos = len(coll) if index is None else max(0, min(index, len(coll)))
        coll._insert(pos, item)
        signal.emit(item, pos)
        self._bump()
        return item

    def _remove(self, coll: Collection[T], signal: Any, item_id: str) -> tuple[T, int]:
        self._require(coll, item_id)
        index, item = coll._pop(item_id)
        signal.emit(item, index)
        self._bump()
        return item, index

    def _update(
        self, coll: Collection[T], signal: Any, item_id: str, values: Mapping[str, object]
    ) -> bool:
        old = self._require(coll, item_id)
        specs = _FIELDS[type(old)]
        parsed: dict[str, Any] = {}
        for name, value in values.items():
            spec = specs.get(name)
            if spec is None:
                raise ModelError([Problem(f"{item_id}.{name}", "unknown_field", {"name": name})])
            if not spec.editable:
                raise ModelError([Problem(f"{item_id}.{name}", "not_editable", {"name": name})])
            parsed[name] = self._parse(spec, value, f"{item_id}.{name}")
        changes = {k: v for k, v in parsed.items() if getattr(old, k) != v}
        if not changes:
            return False
        new = dataclasses.replace(old, **changes)
        self._check_cross(new)
        if not isinstance(new, Actor):
            self._check_refs(new)
        coll._replace(old, new)
        signal.emit(old, new)
        self._bump()
        return True
