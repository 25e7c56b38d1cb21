"""The entities offered by every "which actor / organisation / power?" combo box, shared and
kept current.

Filling a combo box with thousands of names for each editor that opens is slow; instead all
reference editors of a document share one list model per referred kind and flavour (with or
without a "—" row for "none"), which follows the case's signals for that kind. A power
reference also offers the power categories (the version-1 way of naming a power).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from models import Case, EntityKind, PowerCategory
from models.case import Entity
from models.fields import FieldSpec
from models.labels import label, shown_name
from ui.document.controller import DocumentController
from ui.i18n import current_language

__all__ = ["ActorChoices", "EntityChoices", "actor_choices", "choices_for"]

AnyIndex = QModelIndex | QPersistentModelIndex


class EntityChoices(QAbstractListModel):
    """Rows: optionally "—" (data: ``none``), every entity of ``kind`` by name (data: its id),
    then, for powers, every power category by its label (data: the category)."""

    def __init__(
        self,
        controller: DocumentController,
        kind: EntityKind,
        *,
        optional: bool,
        none: str | None = None,
    ) -> None:
        super().__init__(controller)
        self.setObjectName(_name(kind, optional))
        self._controller = controller
        self._kind = kind
        self._optional = optional
        self._none = none  # what "—" stands for: None (null) or "" (a blank reference)
        self._categories = list(PowerCategory) if kind is EntityKind.POWER else []
        self._case: Case = controller.case
        self._connect()
        self.destroyed.connect(lambda *_args: self._disconnect())
        controller.case_replaced.connect(self._on_controller_case_replaced)

    @property
    def _offset(self) -> int:
        return 1 if self._optional else 0

    def _count(self) -> int:
        return len(self._case.collection(self._kind))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._offset + self._count() + len(self._categories)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row() - self._offset
        if not index.isValid() or row >= self._count() + len(self._categories):
            return None
        # an editable combo box (an organisation typed by name) reads its items as EditRole
        shown = role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.ToolTipRole,
        )
        if row < 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return "—"
            return self._none
        if row >= self._count():
            category = self._categories[row - self._count()]
            if shown:
                return label(category, current_language())
            return category.value if role == Qt.ItemDataRole.UserRole else None
        item = self._case.collection(self._kind)[row]
        if shown:
            return shown_name(item)
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None

    def row_for(self, item_id: str | None) -> int:
        """The row of ``item_id`` ("—" for none); -1 when it is not offered."""
        if item_id is None or item_id == "":
            return 0 if self._optional else -1
        coll = self._case.collection(self._kind)
        if coll.get(item_id) is not None:
            return coll.index_of(item_id) + self._offset
        values = [c.value for c in self._categories]
        if item_id in values:
            return self._offset + self._count() + values.index(item_id)
        return -1

    # ------------------------------------------------------------------ case signals
    def _signals(self) -> list[tuple[Any, Callable[..., None]]]:  # models' signals are Any
        signals = self._case.signals(self._kind)
        return [
            (signals.added, self._on_case_added),
            (signals.removed, self._on_case_removed),
            (signals.changed, self._on_case_changed),
        ]

    def _connect(self) -> None:
        for signal, slot in self._signals():
            signal.connect(slot)

    def _disconnect(self) -> None:
        for signal, slot in self._signals():
            signal.disconnect(slot, missing_ok=True)

    def _on_case_added(self, _item: Entity, index: int) -> None:
        row = index + self._offset
        self.beginInsertRows(QModelIndex(), row, row)
        self.endInsertRows()

    def _on_case_removed(self, _item: Entity, index: int) -> None:
        row = index + self._offset
        self.beginRemoveRows(QModelIndex(), row, row)
        self.endRemoveRows()

    def _on_case_changed(self, _old: Entity, new: Entity) -> None:
        row = self._case.collection(self._kind).index_of(new.id) + self._offset
        self.dataChanged.emit(self.index(row), self.index(row))

    def _on_controller_case_replaced(self, *_args: object) -> None:
        self.beginResetModel()
        self._disconnect()
        self._case = self._controller.case
        self._connect()
        self.endResetModel()


ActorChoices = EntityChoices  # the actor list is one flavour of the entity lists


def _name(kind: EntityKind, optional: bool) -> str:
    return f"{kind.value}_choices_{'optional' if optional else 'required'}"


def _shared(
    controller: DocumentController, kind: EntityKind, optional: bool, none: str | None
) -> EntityChoices:
    found = controller.findChild(EntityChoices, _name(kind, optional))
    if isinstance(found, EntityChoices):
        return found
    return EntityChoices(controller, kind, optional=optional, none=none)


def actor_choices(controller: DocumentController, *, optional: bool) -> EntityChoices:
    """The shared actor list of ``controller`` (made on first use, a child of it)."""
    return _shared(controller, EntityKind.ACTOR, optional, None)


def choices_for(controller: DocumentController, spec: FieldSpec) -> EntityChoices:
    """The shared list for the reference field ``spec``."""
    assert spec.refers is not None
    optional = spec.nullable or spec.optional_ref
    return _shared(controller, spec.refers, optional, "" if spec.optional_ref else None)
