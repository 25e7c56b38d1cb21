"""The per-kind shorthands of :class:`models.case.Case` (``add_actor``, ``remove_relationship``,
``set_need_field`` ...): each is one call of the generic mutator with its
:class:`~models.enums.EntityKind`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from models.collection import Removal
from models.entities import Actor, Entity, Mandate, Need, Relationship
from models.enums import EntityKind

__all__ = ["Shorthands"]

T = TypeVar("T", bound=Entity)


class Shorthands:
    """Per-kind names for the generic mutators; :class:`models.case.Case` provides these."""

    def add(self, kind: EntityKind, item: T, index: int | None = None) -> T:
        raise NotImplementedError  # pragma: no cover - provided by Case

    def remove(self, kind: EntityKind, item_id: str) -> Removal:
        raise NotImplementedError  # pragma: no cover - provided by Case

    def restore(self, removal: Removal) -> None:
        raise NotImplementedError  # pragma: no cover - provided by Case

    def update(self, kind: EntityKind, item_id: str, values: Mapping[str, object]) -> bool:
        raise NotImplementedError  # pragma: no cover - provided by Case

    def add_actor(self, actor: Actor, index: int | None = None) -> Actor:
        """Insert ``actor`` (at ``index`` or at the end) and return it."""
        return self.add(EntityKind.ACTOR, actor, index)

    def remove_actor(self, actor_id: str) -> Removal:
        """Remove an actor with its relationships and mandates; clear it where it is referred to."""
        return self.remove(EntityKind.ACTOR, actor_id)

    def restore_actor(self, removal: Removal) -> None:
        """Undo :meth:`remove_actor`: everything back at its old index."""
        self.restore(removal)

    def set_actor_field(self, actor_id: str, name: str, value: object) -> bool:
        """Set one field of an actor; returns whether anything changed."""
        return self.update(EntityKind.ACTOR, actor_id, {name: value})

    def update_actor(self, actor_id: str, values: Mapping[str, object]) -> bool:
        """Set several fields of an actor at once (one signal)."""
        return self.update(EntityKind.ACTOR, actor_id, values)

    def add_relationship(self, rel: Relationship, index: int | None = None) -> Relationship:
        """Insert a relationship between two existing actors."""
        return self.add(EntityKind.RELATIONSHIP, rel, index)

    def remove_relationship(self, rel_id: str) -> tuple[Relationship, int]:
        """Remove a relationship; returns it with its index."""
        return self._remove_plain(EntityKind.RELATIONSHIP, rel_id)

    def set_relationship_field(self, rel_id: str, name: str, value: object) -> bool:
        """Set one field of a relationship."""
        return self.update(EntityKind.RELATIONSHIP, rel_id, {name: value})

    def add_mandate(self, mandate: Mandate, index: int | None = None) -> Mandate:
        """Insert a mandate between two existing actors."""
        return self.add(EntityKind.MANDATE, mandate, index)

    def set_mandate_field(self, mandate_id: str, name: str, value: object) -> bool:
        """Set one field of a mandate."""
        return self.update(EntityKind.MANDATE, mandate_id, {name: value})

    def update_mandate(self, mandate_id: str, values: Mapping[str, object]) -> bool:
        """Set several fields of a mandate at once."""
        return self.update(EntityKind.MANDATE, mandate_id, values)

    def add_need(self, need: Need, index: int | None = None) -> Need:
        """Insert a need."""
        return self.add(EntityKind.NEED, need, index)

    def set_need_field(self, need_id: str, name: str, value: object) -> bool:
        """Set one field of a need."""
        return self.update(EntityKind.NEED, need_id, {name: value})

    def _remove_plain(self, kind: EntityKind, item_id: str) -> tuple[Any, int]:
        removal = self.remove(kind, item_id)
        return removal.item, removal.index
