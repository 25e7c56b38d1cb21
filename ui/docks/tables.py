"""Table models: Qt adapters over the case's actors, relationships, mandates and needs.

Each :class:`EntityTableModel` mirrors one ordered collection of the case. It follows the
case's signals (rows inserted and removed at the signalled index, ``dataChanged`` for a
changed row, a full reset when the controller replaces the case) and never writes the model
itself: :meth:`setData` goes through :meth:`DocumentController.set_field`, one undo step per
edit. A refused value emits :attr:`EntityTableModel.error` with the model's message.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from models import Case, ModelError
from models.fields import FieldSpec
from ui.docks.fields import (
    Entity,
    EntityKind,
    display_text,
    editor_value,
    field_label,
    sort_key,
    to_model_value,
)
from ui.document import DocumentController
from ui.i18n import current_language, language_manager

__all__ = ["ID_ROLE", "SORT_ROLE", "EntityTableModel"]

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex
_SIGNALS = ("added", "removed", "changed")


class EntityTableModel(QAbstractTableModel):
    """One row per entity of ``kind``, one column per field in ``kind.columns``."""

    error = Signal(str)  # a refused edit, as a message for the user

    def __init__(
        self, controller: DocumentController, kind: EntityKind, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self.kind = kind
        self._specs = kind.column_specs
        self._case: Case = controller.case
        self._ids: list[str] = []
        self._rows: dict[str, int] | None = None  # id -> row, rebuilt lazily
        self._load()
        self._connect()
        controller.case_replaced.connect(self._on_controller_case_replaced)
        language_manager().changed.connect(self._on_language_changed)

    # ------------------------------------------------------------------ lookup
    def spec(self, column: int) -> FieldSpec:
        """The field spec shown in ``column``."""
        return self._specs[column]

    def column_of(self, field: str) -> int:
        """The column showing ``field``."""
        return self.kind.columns.index(field)

    def entity_id(self, row: int) -> str:
        """The id of the entity in ``row``."""
        return self._ids[row]

    def entity(self, row: int) -> Entity | None:
        """The entity in ``row`` (None while a removal is being announced)."""
        found: Entity | None = self.kind.collection(self._case).get(self._ids[row])
        return found

    def row_of(self, entity_id: str) -> int | None:
        """The row of ``entity_id``, or None."""
        if self._rows is None:
            self._rows = {entity_id: row for row, entity_id in enumerate(self._ids)}
        return self._rows.get(entity_id)

    @property
    def case(self) -> Case:
        """The case the rows come from."""
        return self._case

    # ------------------------------------------------------------------ Qt API
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._specs)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._specs):
            if role == Qt.ItemDataRole.DisplayRole:
                return field_label(self._specs[section].name)
            if role == Qt.ItemDataRole.ToolTipRole:
                return field_label(self._specs[section].name)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        spec = self._specs[index.column()]
        if not spec.editable:
            return flags
        if spec.kind == "bool":
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        entity = self.entity(index.row())
        if entity is None:
            return None
        spec = self._specs[index.column()]
        value = getattr(entity, spec.name)
        lang = current_language()
        if role == Qt.ItemDataRole.DisplayRole:
            if spec.kind == "bool":
                return None
            return display_text(spec, value, self._case, lang)
        if role == Qt.ItemDataRole.EditRole:
            return editor_value(spec, value, lang)
        if role == Qt.ItemDataRole.CheckStateRole and spec.kind == "bool":
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            text = display_text(spec, value, self._case, lang)
            return text if len(text) > 40 or spec.kind == "ref" else None
        if role == SORT_ROLE:
            return sort_key(spec, value, self._case, lang)
        if role == ID_ROLE:
            return entity.id
        if role == Qt.ItemDataRole.ForegroundRole and not spec.editable:
            return QBrush(QColor("#777777"))
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return False
        spec = self._specs[index.column()]
        entity_id = self._ids[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and spec.kind == "bool":
            state = value.value if isinstance(value, Qt.CheckState) else value
            new: Any = state == Qt.CheckState.Checked.value
        elif role == Qt.ItemDataRole.EditRole:
            new = value
        else:
            return False
        return self.set_field(entity_id, spec, new)

    def set_field(self, entity_id: str, spec: FieldSpec, value: Any) -> bool:
        """Edit one field through the controller; report a refused value on :attr:`error`."""
        try:
            model_value = to_model_value(spec, value, f"{entity_id}.{spec.name}")
            self._controller.set_field(entity_id, spec.name, model_value)
        except ModelError as exc:
            self.error.emit(exc.render(current_language()))
            return False
        return True

    # ------------------------------------------------------------------ case signals
    def _load(self) -> None:
        self._ids = list(self.kind.collection(self._case).ids())
        self._rows = None

    def _signals(self, case: Case) -> list[tuple[Any, Any]]:
        key = self.kind.key
        pairs: list[tuple[Any, Any]] = [
            (getattr(case, f"{key}_added"), self._on_case_added),
            (getattr(case, f"{key}_removed"), self._on_case_removed),
            (getattr(case, f"{key}_changed"), self._on_case_changed),
        ]
        if self.kind.refs_actors:
            pairs.append((case.actor_changed, self._on_case_actor_changed))
        return pairs

    def _connect(self) -> None:
        for signal, slot in self._signals(self._case):
            signal.connect(slot)

    def _disconnect(self) -> None:
        for signal, slot in self._signals(self._case):
            signal.disconnect(slot, missing_ok=True)

    def _on_case_added(self, entity: Entity, index: int) -> None:
        self.beginInsertRows(QModelIndex(), index, index)
        self._ids.insert(index, entity.id)
        self._rows = None
        self.endInsertRows()

    def _on_case_removed(self, entity: Entity, index: int) -> None:
        if index >= len(self._ids) or self._ids[index] != entity.id:
            found = self.row_of(entity.id)
            if found is None:
                return
            index = found
        self.beginRemoveRows(QModelIndex(), index, index)
        del self._ids[index]
        self._rows = None
        self.endRemoveRows()

    def _on_case_changed(self, _old: Entity, new: Entity) -> None:
        row = self.row_of(new.id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._specs) - 1))

    def _on_case_actor_changed(self, _old: Entity, _new: Entity) -> None:
        self._refresh_all()

    def _refresh_all(self) -> None:
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(self._specs) - 1)
            )

    def _on_controller_case_replaced(self, _case: object = None) -> None:
        self.beginResetModel()
        self._disconnect()
        self._case = self._controller.case
        self._load()
        self._connect()
        self.endResetModel()

    def _on_language_changed(self, _lang: str) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._specs) - 1)
        self._refresh_all()
