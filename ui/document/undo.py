"""Undo commands: every edit of a case is one of these, pushed on the controller's QUndoStack.

Commands touch only the model, through :class:`models.Case` methods, never scene items; the
scene and tables follow the model's signals. Each command is applied once *before* it is
pushed (:meth:`ModelCommand.apply`), so a bad value raises :class:`models.ModelError` to the
caller instead of disappearing inside Qt; the stack's first ``redo()`` is then skipped.

Multi-item edits are :class:`CompositeCommand` (a Python-side list of commands). We never use
``QUndoCommand(parent=...)`` child commands: on PySide6 they crash at push or at teardown.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Mapping, Sequence
from math import isnan, nan
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from models import (
    Actor,
    Agreement,
    EntityKind,
    Mandate,
    ModelError,
    Need,
    Organisation,
    Position,
    Power,
    Problem,
    Relationship,
    Removal,
    Rule,
)
from models.acceptance import Acceptance
from models.case import Case, Entity
from models.fields import KIND_OF_CLASS
from ui.document.undo_selection import undoing
from ui.i18n import counted

__all__ = [
    "AddCommand",
    "CompositeCommand",
    "ModelCommand",
    "MoveCommand",
    "RemoveCommand",
    "SetCaseFieldCommand",
    "SetFieldsCommand",
    "entity_kind",
    "entity_name",
    "one_named",
]

MOVE_ID = 1001
FIELD_ID = 1002
NEW_ACTOR_ID = 1003  # a new actor and its first name and kind: one undo step


def entity_kind(case: Case, entity_id: str) -> EntityKind | None:
    """The kind of the entity with ``entity_id``, or None for an unknown id."""
    return case.kind_of(entity_id)


def _add_text(kind: EntityKind) -> str:
    texts = {
        EntityKind.ACTOR: QCoreApplication.translate("undo", "Add actor"),
        EntityKind.RELATIONSHIP: QCoreApplication.translate("undo", "Add relationship"),
        EntityKind.MANDATE: QCoreApplication.translate("undo", "Add mandate"),
        EntityKind.NEED: QCoreApplication.translate("undo", "Add need"),
        EntityKind.ORGANISATION: QCoreApplication.translate("undo", "Add organisation"),
        EntityKind.POWER: QCoreApplication.translate("undo", "Add power"),
        EntityKind.AGREEMENT: QCoreApplication.translate("undo", "Add agreement"),
        EntityKind.ACCEPTANCE: QCoreApplication.translate("undo", "Accept finding"),
        EntityKind.RULE: QCoreApplication.translate("undo", "Add rule"),
        EntityKind.DEVIATION: QCoreApplication.translate("undo", "Add deviation"),
    }
    return texts[kind]


class ModelCommand(QUndoCommand):
    """Base: ``apply`` does the edit once before the push; ``redo`` repeats it afterwards."""

    def __init__(self, case: Case, text: str) -> None:
        super().__init__(text)
        self.case = case
        self._skip_redo = False

    def apply(self) -> bool:
        """Do the edit now (may raise ModelError); returns whether anything changed."""
        changed = self.forward()
        self._skip_redo = True
        return changed

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self.forward()

    def undo(self) -> None:
        undoing(self)  # the selection it is undone from, which its redo gives back
        self.backward()

    def forward(self) -> bool:  # pragma: no cover - abstract
        raise NotImplementedError

    def backward(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


class AddCommand(ModelCommand):
    """Add one entity of any kind (at ``index`` or at the end).

    ``named_next``: a new actor whose name (and kind) the user gives right after; those
    edits (:class:`SetFieldsCommand` with ``joins_new``) merge into this step, so inserting
    an actor and typing its name is one undo step."""

    def __init__(
        self,
        case: Case,
        entity: Entity | Acceptance,
        index: int | None = None,
        *,
        named_next: bool = False,
    ) -> None:
        self.kind = KIND_OF_CLASS[type(entity)]
        # named in the History: "Add mandate: Wethouder → Directeur" (new user, tenth round:
        # five bare "Add relationship" lines could not be told apart)
        super().__init__(case, _named_text(_add_text(self.kind), _name_of(case, entity)))
        self.entity = entity
        self.index = index
        self.named_next = named_next and self.kind is EntityKind.ACTOR

    def forward(self) -> bool:
        self.case.add(self.kind, self.entity, self.index)
        return True

    def backward(self) -> None:
        self.case.remove(self.kind, self.entity.id)

    def id(self) -> int:
        return NEW_ACTOR_ID if self.named_next else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetFieldsCommand) or not other.joins_new:
            return False
        now = self.case.actors.get(self.entity.id)
        if other.entity_id != self.entity.id or now is None:
            return False
        self.entity = now  # redo adds the actor as it is now: named, of its kind
        self.setText(QCoreApplication.translate("undo", "Add actor: %1").replace("%1", now.name))
        return True


# Removal order: what refers to others goes first, so an undo puts the referred back first.
_REMOVAL_ORDER = (
    EntityKind.ACCEPTANCE,
    EntityKind.DEVIATION,
    EntityKind.RULE,
    EntityKind.AGREEMENT,
    EntityKind.NEED,
    EntityKind.MANDATE,
    EntityKind.RELATIONSHIP,
    EntityKind.POWER,
    EntityKind.ACTOR,
    EntityKind.ORGANISATION,
)


class RemoveCommand(ModelCommand):
    """Remove any mix of entities; undo puts everything back at its old index with its id.

    Entities that refer to others go first (each with the index it had when it went), then
    what they refer to, with whatever hangs on it; undo replays the removals backwards.
    """

    def __init__(self, case: Case, ids: Sequence[str]) -> None:
        self.ids = tuple(dict.fromkeys(ids))
        named = case.entity(self.ids[0]) if len(self.ids) == 1 else None
        name = _name_of(case, named) if named is not None else ""
        super().__init__(case, _named_text(QCoreApplication.translate("undo", "Delete"), name))
        self._steps: list[Removal] = []
        if len(self.ids) > 1:
            text = QCoreApplication.translate("undo", "Delete %1 items")
            self.setText(text.replace("%1", counted(len(self.ids))))

    def forward(self) -> bool:
        case = self.case
        steps: list[Removal] = []
        chosen_ids = {i: None for i in self.ids if case.entity(i) is not None}
        # what goes with them anyway (a removed actor's ties) joins in one pass, so every
        # collection is emptied from the back to the front and each position look-up is O(1)
        for item_id in list(chosen_ids):
            chosen_ids.update((dep.id, None) for _, dep, goes in case.dependants(item_id) if goes)
        for kind in _REMOVAL_ORDER:
            coll = case.collection(kind)
            # highest index first, so the recorded indices stay valid when replayed backwards
            chosen = sorted((coll.index_of(i), i) for i in chosen_ids if coll.get(i) is not None)
            for _, item_id in reversed(chosen):
                if coll.get(item_id) is not None:  # not already taken with an earlier one
                    steps.append(case.remove(kind, item_id))
        self._steps = steps
        return bool(steps)

    def backward(self) -> None:
        for step in reversed(self._steps):
            self.case.restore(step)


def _ends_text(case: Case, source: str, target: str) -> str:
    names = [a.name if (a := case.actors.get(i)) is not None else i for i in (source, target)]
    return " → ".join(names)


def entity_name(case: Case, entity_id: str) -> str:
    """How the History names an entity: an actor's name, "A → B" for a tie, a need's decision."""
    entity = case.entity(entity_id)
    return (_name_of(case, entity) if entity is not None else "") or entity_id


def _name_of(case: Case, entity: object) -> str:
    """An entity's name for the History, also before it is in ``case`` ("" for none)."""
    if isinstance(entity, (Actor, Organisation, Power, Agreement, Rule)):
        return entity.name
    if isinstance(entity, Relationship):
        return _ends_text(case, entity.source, entity.target)
    if isinstance(entity, Mandate):
        return _ends_text(case, entity.grantor, entity.holder)
    if isinstance(entity, Need):
        return entity.decision
    return ""


def _named_text(text: str, name: str) -> str:
    """The History text with the entity's name ("Delete: Moeder Bakker"); the bare text where
    there is no name."""
    return f"{text}: {name}" if name.strip() else text


def one_named(case: Case, text: str, entities: Sequence[object]) -> str:
    """A step that adds one entity names it: "Add agreement: New agreement" (new user,
    eleventh round A6: a bare "Afspraak toevoegen" among named additions)."""
    return _named_text(text, _name_of(case, entities[0])) if len(entities) == 1 else text


def _field_text(case: Case, entity_id: str, *fields: str) -> str:
    """The History text of an edit: "Rename: Consulent", "Edit Influence: Wethouder",
    "Edit Kind, Sphere: Wijkagent"."""
    from ui.docks.fields import field_label  # lazily: the docks import this module's users

    name = entity_name(case, entity_id)
    if fields == ("name",):
        return QCoreApplication.translate("undo", "Rename: %1").replace("%1", name)
    text = QCoreApplication.translate("undo", "Edit %1: %2")
    return text.replace("%1", ", ".join(field_label(f) for f in fields)).replace("%2", name)


class SetFieldsCommand(ModelCommand):
    """Set one or more fields of one entity; consecutive edits of the same field may merge."""

    def __init__(
        self,
        case: Case,
        entity_id: str,
        values: Mapping[str, object],
        *,
        mergeable: bool = False,
        joins_new: bool = False,
    ) -> None:
        super().__init__(case, QCoreApplication.translate("undo", "Edit"))
        self.joins_new = joins_new  # a new actor's name or kind: merges into its adding
        self.entity_id = entity_id
        self.kind = entity_kind(case, entity_id)
        self.new: dict[str, Any] = {}
        self.old: dict[str, Any] = {}
        self._values = dict(values)
        self.mergeable = mergeable
        if values:  # several fields: "Edit Kind, Sphere: Wijkagent" (not a bare "Edit")
            self.setText(_field_text(case, entity_id, *values))

    def _update(self, values: Mapping[str, object]) -> bool:
        if self.kind is None:
            problem = Problem("", "no_such_entity", {"what": "entity", "id": self.entity_id})
            raise ModelError([problem])
        return self.case.update(self.kind, self.entity_id, values)

    def forward(self) -> bool:
        if not self.new:  # first time: parse and remember old and new (parsed) values
            before = self.case.entity(self.entity_id)
            changed = self._update(self._values)
            after = self.case.entity(self.entity_id)
            if not changed or before is None or after is None:
                return False
            for name in self._values:
                if getattr(before, name) != getattr(after, name):
                    self.old[name] = getattr(before, name)
                    self.new[name] = getattr(after, name)
            return True
        return self._update(self.new)

    def backward(self) -> None:
        self._update(self.old)

    def id(self) -> int:
        if self.joins_new:
            return NEW_ACTOR_ID
        return FIELD_ID if self.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetFieldsCommand) or not other.mergeable:
            return False
        if other.entity_id != self.entity_id or set(other.new) != set(self.new):
            return False
        self.new = dict(other.new)
        self.setObsolete(self.new == self.old)  # back where it started: no step, not dirty
        return True


class SetCaseFieldCommand(ModelCommand):
    """Set a field of the case header."""

    def __init__(self, case: Case, name: str, value: object) -> None:
        from ui.docks.fields import field_label  # lazily, as in _field_text

        shown = field_label(name)  # "Casus: titel bewerken", not the code ("title")
        if shown[1:2].islower():
            shown = shown[0].lower() + shown[1:]
        super().__init__(
            case, QCoreApplication.translate("undo", "Edit case %1").replace("%1", shown)
        )
        self.name = name
        self.value = value
        self.old: object = getattr(case.info, name, None)
        self.new: object = None

    def forward(self) -> bool:
        changed = self.case.set_case_field(self.name, self.value)
        self.new = getattr(self.case.info, self.name)
        return changed

    def backward(self) -> None:
        self.case.set_case_field(self.name, self.old)


def _packed(positions: Iterable[Position | None]) -> array[float]:
    """Positions as x, y pairs in one array of floats (NaN, NaN for no position)."""
    flat = array("d")
    for pos in positions:
        flat.extend((nan, nan) if pos is None else (pos.x, pos.y))
    return flat


def _unpacked(ids: Sequence[str], flat: array[float]) -> dict[str, Position | None]:
    """The mapping :func:`_packed` packed, back."""
    return {
        actor_id: None if isnan(x) else Position(x, y)
        for actor_id, x, y in zip(ids, flat[0::2], flat[1::2], strict=True)
    }


class MoveCommand(ModelCommand):
    """Move actors (a drag, a nudge or a layout); one step, nudges of the same actors merge.

    The step keeps the actors' ids once and their old and new places as two arrays of floats
    (16 bytes an actor each): a layout of 10,000 actors holds 0.4 MB, not two dicts of
    Position objects (3 MB; new user at scale 15, G1: the app's memory grew with each layout).
    """

    def __init__(
        self,
        case: Case,
        new: Mapping[str, Position | None],
        old: Mapping[str, Position | None] | None = None,
        text: str = "",
        *,
        mergeable: bool = False,
        layout: bool = False,
    ) -> None:
        super().__init__(case, text or QCoreApplication.translate("undo", "Move"))
        self.layout = layout  # a whole-map layout: the view fits the map after undo/redo
        given = old or {}
        self._ids = tuple(new)
        self._new = _packed(new.values())
        self._old = _packed(given[k] if k in given else self._current(k) for k in self._ids)
        self.mergeable = mergeable

    @property
    def new(self) -> dict[str, Position | None]:
        """Where the actors go."""
        return _unpacked(self._ids, self._new)

    @property
    def old(self) -> dict[str, Position | None]:
        """Where the actors were."""
        return _unpacked(self._ids, self._old)

    def _current(self, actor_id: str) -> Position | None:
        actor = self.case.actors.get(actor_id)
        return None if actor is None else actor.position

    def forward(self) -> bool:
        new = self.new
        self.case.set_positions(new)
        return self.old != new

    def backward(self) -> None:
        self.case.set_positions(self.old)

    def id(self) -> int:
        return MOVE_ID if self.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MoveCommand) or not other.mergeable:
            return False
        if set(other._ids) != set(self._ids):
            return False
        self._new = _packed(other.new[k] for k in self._ids)
        self.setObsolete(self.old == self.new)
        return True


class CompositeCommand(ModelCommand):
    """Several commands as one undo step (Python-side, never Qt child commands)."""

    def __init__(self, case: Case, text: str, parts: Sequence[ModelCommand] = ()) -> None:
        super().__init__(case, text)
        self.parts: list[ModelCommand] = list(parts)
        self._done: list[ModelCommand] = []

    def forward(self) -> bool:
        if not self._done and self.parts:
            done: list[ModelCommand] = []
            try:
                for part in self.parts:
                    if part.forward():
                        done.append(part)
            except Exception:
                for part in reversed(done):
                    part.backward()
                raise
            self._done = done
            return bool(done)
        for part in self._done:
            part.forward()
        return bool(self._done)

    def backward(self) -> None:
        for part in reversed(self._done):
            part.backward()
