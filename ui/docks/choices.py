"""The list of actors offered by every "which actor?" combo box, shared and kept current.

Filling a combo box with thousands of actor names for each editor that opens is slow; instead
all reference editors of a document share one list model per flavour (with or without a
"—" row for "nobody"), which follows the case's signals.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from models import Actor, Case
from ui.document import DocumentController

__all__ = ["ActorChoices", "actor_choices"]

AnyIndex = QModelIndex | QPersistentModelIndex


class ActorChoices(QAbstractListModel):
    """Rows: optionally "—" (data None), then every actor by name (data: its id)."""

    def __init__(self, controller: DocumentController, *, optional: bool) -> None:
        super().__init__(controller)
        self.setObjectName(f"actor_choices_{'optional' if optional else 'required'}")
        self._controller = controller
        self._optional = optional
        self._case: Case = controller.case
        self._connect()
        self.destroyed.connect(lambda *_args: self._disconnect())
        controller.case_replaced.connect(self._on_controller_case_replaced)

    @property
    def _offset(self) -> int:
        return 1 if self._optional else 0

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._case.actors) + self._offset

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row() - self._offset
        if not index.isValid() or row >= len(self._case.actors):
            return None
        if row < 0:
            return "—" if role == Qt.ItemDataRole.DisplayRole else None
        actor = self._case.actors[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return actor.name
        if role == Qt.ItemDataRole.UserRole:
            return actor.id
        return None

    def row_for(self, actor_id: str | None) -> int:
        """The row of ``actor_id`` ("—" for None); -1 when it is not offered."""
        if actor_id is None:
            return 0 if self._optional else -1
        if self._case.actors.get(actor_id) is None:
            return -1
        return self._case.actors.index_of(actor_id) + self._offset

    # ------------------------------------------------------------------ case signals
    def _signals(self) -> list[tuple[Any, Any]]:
        case = self._case
        return [
            (case.actor_added, self._on_case_actor_added),
            (case.actor_removed, self._on_case_actor_removed),
            (case.actor_changed, self._on_case_actor_changed),
        ]

    def _connect(self) -> None:
        for signal, slot in self._signals():
            signal.connect(slot)

    def _disconnect(self) -> None:
        for signal, slot in self._signals():
            signal.disconnect(slot, missing_ok=True)

    def _on_case_actor_added(self, _actor: Actor, index: int) -> None:
        row = index + self._offset
        self.beginInsertRows(QModelIndex(), row, row)
        self.endInsertRows()

    def _on_case_actor_removed(self, _actor: Actor, index: int) -> None:
        row = index + self._offset
        self.beginRemoveRows(QModelIndex(), row, row)
        self.endRemoveRows()

    def _on_case_actor_changed(self, _old: Actor, new: Actor) -> None:
        row = self._case.actors.index_of(new.id) + self._offset
        self.dataChanged.emit(self.index(row), self.index(row))

    def _on_controller_case_replaced(self, *_args: object) -> None:
        self.beginResetModel()
        self._disconnect()
        self._case = self._controller.case
        self._connect()
        self.endResetModel()


def actor_choices(controller: DocumentController, *, optional: bool) -> ActorChoices:
    """The shared actor list of ``controller`` (made on first use, a child of it)."""
    name = f"actor_choices_{'optional' if optional else 'required'}"
    found = controller.findChild(ActorChoices, name)
    if isinstance(found, ActorChoices):
        return found
    return ActorChoices(controller, optional=optional)
