"""The item delegate of the entity tables: the right editor per column (see ``editors``)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.docks.choices import choices_for
from ui.docks.editors import create_editor, editor_data, set_editor_data
from ui.docks.tables import EntityTableModel
from ui.i18n import current_language

__all__ = ["FieldDelegate"]

AnyIndex = QModelIndex | QPersistentModelIndex


class FieldDelegate(QStyledItemDelegate):
    """Creates combo boxes, spin boxes and date editors from the column's field spec."""

    def __init__(self, model: EntityTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        spec = self._model.spec(index.column())
        controller = self._model.controller
        editor = create_editor(
            spec,
            self._model.case,
            current_language(),
            parent,
            choices=lambda spec: choices_for(controller, spec),
        )
        if isinstance(editor, QComboBox):
            editor.activated.connect(lambda _i, e=editor: self._commit_and_close(e))
        return editor

    def _commit_and_close(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        set_editor_data(editor, index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        model.setData(index, editor_data(editor), Qt.ItemDataRole.EditRole)
