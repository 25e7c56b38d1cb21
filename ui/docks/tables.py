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
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from models import Actor, Case, ModelError
from models.fields import FieldSpec
from models.i18n import Lang
from models.labels import label
from ui.docks.fields import (
    Entity,
    TableKind,
    display_text,
    editor_value,
    field_label,
    none_text,
    sort_key,
    to_model_value,
)
from ui.document.controller import DocumentController
from ui.i18n import current_language, language_manager

__all__ = ["ID_ROLE", "SORT_ROLE", "EntityFilterProxy", "EntityTableModel"]

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex
_SIGNALS = ("added", "removed", "changed")


class EntityTableModel(QAbstractTableModel):
    """One row per entity of ``kind``, one column per field in ``kind.columns``."""

    error = Signal(str)  # a refused edit, as a message for the user

    def __init__(
        self, controller: DocumentController, kind: TableKind, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self.kind = kind
        self._specs = kind.column_specs
        self._case: Case = controller.case
        self._ids: list[str] = []
        self._rows: dict[str, int] | None = None  # id -> row, rebuilt lazily
        self._search: dict[str, str] = {}  # id -> casefolded text of the row, for filtering
        self._sorted: tuple[int, Qt.SortOrder] | None = None  # column and order, None: case order
        self._load()
        self._connect()
        # the case may outlive this model: stop its signals reaching a deleted Qt object
        self.destroyed.connect(lambda *_args: self._disconnect())
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

    def row_text(self, row: int) -> str:
        """All cells of ``row`` as one casefolded string (what the filter searches)."""
        entity_id = self._ids[row]
        text = self._search.get(entity_id)
        if text is None:
            entity = self.entity(row)
            if entity is None:
                return ""
            lang = current_language()
            text = "\n".join(self._cell_text(spec, entity, lang) for spec in self._specs).casefold()
            self._search[entity_id] = text
        return text

    def sort_rows(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by ``column`` (-1: the case's own order), keeping selections.

        Sorting here, with keys computed once per row, is far faster than letting a
        ``QSortFilterProxyModel`` compare cells through ``data()``; rows do not jump while a
        sorted column is edited (like a spreadsheet) until the next sort.
        """
        wanted = None if column < 0 else (column, order)
        if wanted == self._sorted:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        persistent_ids = [
            self._ids[i.row()] if i.row() < len(self._ids) else "" for i in persistent
        ]
        self._sorted = None if column < 0 else (column, order)
        self._apply_sort()
        new = [
            self.index(self.row_of(entity_id) or 0, old.column()) if entity_id else QModelIndex()
            for entity_id, old in zip(persistent_ids, persistent, strict=True)
        ]
        self.changePersistentIndexList(persistent, new)
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        coll = self.kind.collection(self._case)
        if self._sorted is None:
            self._ids = list(coll.ids())
        else:
            column, order = self._sorted
            spec = self._specs[column]
            lang = current_language()
            keys: dict[str, Any] = {}
            for entity_id in self._ids:
                entity = coll.get(entity_id)
                assert entity is not None
                if spec.name == "sphere":  # derived spheres sort by what they show
                    keys[entity_id] = self._cell_text(spec, entity, lang).casefold()
                else:
                    keys[entity_id] = sort_key(spec, getattr(entity, spec.name), self._case, lang)
            self._ids.sort(key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = None

    @property
    def controller(self) -> DocumentController:
        """The document controller edits go through."""
        return self._controller

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
        derived = value is None and spec.name == "sphere" and isinstance(entity, Actor)
        if role == Qt.ItemDataRole.DisplayRole:
            if spec.kind == "bool":
                return None
            return self._cell_text(spec, entity, lang)
        if derived and role == Qt.ItemDataRole.ToolTipRole:
            return none_text(spec)
        if derived and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#777777"))
        if role == Qt.ItemDataRole.EditRole:
            return editor_value(spec, value, lang, self._case)
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

    def _cell_text(self, spec: FieldSpec, entity: Entity, lang: Lang) -> str:
        """What a cell shows; an actor without a sphere shows the one its kind implies."""
        value = getattr(entity, spec.name)
        if value is None and spec.name == "sphere" and isinstance(entity, Actor):
            return label(entity.effective_sphere, lang)
        return display_text(spec, value, self._case, lang)

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
            model_value = to_model_value(
                spec, value, f"{entity_id}.{spec.name}", current_language(), self._case
            )
            self._controller.set_field(entity_id, spec.name, model_value)
        except ModelError as exc:
            self.error.emit(exc.render(current_language()))
            return False
        return True

    # ------------------------------------------------------------------ case signals
    def _load(self) -> None:
        self._ids = list(self.kind.collection(self._case).ids())
        self._rows = None
        self._search.clear()
        if self._sorted is not None:
            self._apply_sort()

    def _signals(self, case: Case) -> list[tuple[Any, Any]]:
        own = case.signals(self.kind.kind)
        pairs: list[tuple[Any, Any]] = [
            (own.added, self._on_case_added),
            (own.removed, self._on_case_removed),
            (own.changed, self._on_case_changed),
        ]
        for referred in self.kind.referred - {self.kind.kind}:
            pairs.append((case.signals(referred).changed, self._on_case_referred_changed))
        return pairs

    def _connect(self) -> None:
        for signal, slot in self._signals(self._case):
            signal.connect(slot)

    def _disconnect(self) -> None:
        for signal, slot in self._signals(self._case):
            signal.disconnect(slot, missing_ok=True)

    def _on_case_added(self, entity: Entity, index: int) -> None:
        if self._sorted is not None:  # a new row goes at the end of a sorted table
            index = len(self._ids)
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
        self._search.pop(new.id, None)
        row = self.row_of(new.id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._specs) - 1))

    def _on_case_referred_changed(self, _old: Entity, _new: Entity) -> None:
        self._refresh_all()

    def _refresh_all(self) -> None:
        self._search.clear()
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


class EntityFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose text contains every filter word; sorting is done by the source."""

    def __init__(self, model: EntityTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._words: list[str] = []
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._model.sort_rows(column, order)

    def set_filter_text(self, text: str) -> None:
        """Show only rows containing every word of ``text`` (any case, any column)."""
        words = text.casefold().split()
        if words == self._words:
            return
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9; invalidateFilter is deprecated
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self._words = words
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._words:
            return True
        text = self._model.row_text(source_row)
        return all(word in text for word in self._words)
