"""The parts of a :class:`models.case.Case`: ordered, id-indexed collections (only the case
mutates them), a kind's signals, and the record of a removal."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Generic, NamedTuple, TypeVar, overload

from models.entities import Actor, CaseInfo, Mandate, Need, Relationship
from models.enums import EntityKind

__all__ = ["KIND_SIGNALS", "ActorRemoval", "Collection", "KindSignals", "Removal"]

T = TypeVar("T", bound=Any)


class Collection(Sequence[T], Generic[T]):
    """An ordered, id-indexed, read-only view of one kind of entity.

    Besides the items in order it keeps, for whole-map edits in linear time:

    - an id -> position map, valid below ``_valid_upto`` (an insert or removal in the middle
      only invalidates the positions after it; they are recomputed on the next look-up), so
      replacing items, :meth:`index_of` and removals from the back to the front cost O(1)
      each and a burst of edits costs O(n) in total;
    - when ``ends`` is given (the ids an item refers to), which items refer to each id,
      so :meth:`touching` costs O(degree) instead of a scan of the whole collection; the
      index is built on the first call, then kept up to date by every edit.
    """

    def __init__(self, ends: Callable[[T], tuple[str | None, ...]] | None = None) -> None:
        self._items: list[T] = []
        self._by_id: dict[str, T] = {}
        self._pos: dict[str, int] = {}
        self._valid_upto = 0  # positions below this index are correct
        self._ends: Callable[[T], tuple[str | None, ...]] | None = ends
        # built on the first :meth:`touching` (a map read for a layout or a check never asks)
        self._touching: dict[str, dict[str, None]] | None = None

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

    def touching(self, item_id: str) -> list[T]:
        """The items pointing at ``item_id``, in order (needs ``ends``)."""
        if self._touching is None:
            self._touching = {}
            for item in self._items:
                self._link(item)
        found = self._touching.get(item_id)
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

    def _extend(self, new: Sequence[T]) -> None:
        """Append ``new`` in order (building a case: one pass, no per-item bookkeeping)."""
        items, by_id, positions = self._items, self._by_id, self._pos
        start = len(items)
        for i, item in enumerate(new, start):
            by_id[item.id] = item
            positions[item.id] = i
        if self._valid_upto == start:
            self._valid_upto = start + len(new)
        items.extend(new)
        if self._touching is not None:
            for item in new:
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
        if (
            self._touching is not None
            and self._ends is not None
            and self._ends(old) != self._ends(new)
        ):
            self._unlink(old)
            self._link(new)

    def _link(self, item: T) -> None:
        if self._ends is not None and self._touching is not None:
            for end in self._ends(item):
                if end is not None:
                    self._touching.setdefault(end, {})[item.id] = None

    def _unlink(self, item: T) -> None:
        if self._ends is not None and self._touching is not None:
            for end in self._ends(item):
                linked = self._touching.get(end) if end is not None else None
                if end is not None and linked is not None:
                    linked.pop(item.id, None)
                    if not linked:
                        del self._touching[end]


@dataclass(frozen=True, slots=True)
class Removal:
    """What :meth:`Case.remove` took away, enough to put it all back exactly."""

    kind: EntityKind
    item: Any
    index: int
    # entities that could not exist without it, in the order they went: (kind, index, entity)
    removed: tuple[tuple[EntityKind, int, Any], ...] = ()
    # entities whose reference to it was cleared, as they were before
    changed: tuple[tuple[EntityKind, Any], ...] = ()
    info: CaseInfo | None = None  # the case header before, when it referred to the entity

    @property
    def actor(self) -> Actor:
        """The removed entity, for an actor removal."""
        assert isinstance(self.item, Actor)
        return self.item

    @property
    def relationships(self) -> tuple[tuple[int, Relationship], ...]:
        """Relationships removed with it, as (index, relationship)."""
        return tuple(
            sorted(
                ((i, e) for k, i, e in self.removed if k is EntityKind.RELATIONSHIP),
                key=lambda pair: pair[0],
            )
        )

    @property
    def mandates(self) -> tuple[tuple[int, Mandate], ...]:
        """Mandates removed with it, as (index, mandate)."""
        return tuple(
            sorted(
                ((i, e) for k, i, e in self.removed if k is EntityKind.MANDATE),
                key=lambda pair: pair[0],
            )
        )

    @property
    def needs(self) -> tuple[Need, ...]:
        """Needs whose reference was cleared, as they were."""
        return tuple(e for k, e in self.changed if k is EntityKind.NEED)

    @property
    def was_intent_owner(self) -> bool:
        """Whether the removed actor owned the intent."""
        return self.info is not None and self.info.intent_owner == self.item.id


ActorRemoval = Removal  # the name of version 1; an actor's removal record


class KindSignals(NamedTuple):
    """The three change signals of one kind of entity (connect them by object)."""

    added: Any  # SignalInstance(entity, index)
    removed: Any  # SignalInstance(entity, index)
    changed: Any  # SignalInstance(old, new)


#: each kind's signals on a case, looked up one kind at a time (Case.signals)
KIND_SIGNALS: dict[EntityKind, Callable[[Any], KindSignals]] = {
    EntityKind.ORGANISATION: lambda c: KindSignals(
        c.organisation_added, c.organisation_removed, c.organisation_changed
    ),
    EntityKind.ACTOR: lambda c: KindSignals(c.actor_added, c.actor_removed, c.actor_changed),
    EntityKind.POWER: lambda c: KindSignals(c.power_added, c.power_removed, c.power_changed),
    EntityKind.RELATIONSHIP: lambda c: KindSignals(
        c.relationship_added, c.relationship_removed, c.relationship_changed
    ),
    EntityKind.MANDATE: lambda c: KindSignals(
        c.mandate_added, c.mandate_removed, c.mandate_changed
    ),
    EntityKind.NEED: lambda c: KindSignals(c.need_added, c.need_removed, c.need_changed),
    EntityKind.AGREEMENT: lambda c: KindSignals(
        c.agreement_added, c.agreement_removed, c.agreement_changed
    ),
    EntityKind.ACCEPTANCE: lambda c: KindSignals(
        c.acceptance_added, c.acceptance_removed, c.acceptance_changed
    ),
    EntityKind.RULE: lambda c: KindSignals(c.rule_added, c.rule_removed, c.rule_changed),
    EntityKind.DEVIATION: lambda c: KindSignals(
        c.deviation_added, c.deviation_removed, c.deviation_changed
    ),
}
