"""The Actors, Relationships, Mandates and Needs docks: a filter, a sortable table, add and
delete buttons. Selection in a table and the controller's selection follow each other.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    QSignalBlocker,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models import Actor, ActorKind
from ui.docks.delegates import FieldDelegate
from ui.docks.dialogs import AddMandateDialog, AddNeedDialog, AddRelationshipDialog
from ui.docks.fields import ACTORS, DATA_PROPERTY, MANDATES, NEEDS, RELATIONSHIPS, TableKind
from ui.docks.grouped import GroupedDelegate
from ui.docks.lazy_dock import part_made_now
from ui.docks.tables import EntityFilterProxy, EntityTableModel
from ui.document.controller import DocumentController
from ui.i18n import current_language

__all__ = ["ActorsDock", "MandatesDock", "NeedsDock", "RelationshipsDock", "TableDock"]


class TableDock(QDockWidget):
    """A dock with one entity table; subclasses name it and say how to add a row."""

    KIND: TableKind = ACTORS
    FILTER_DELAY_MS = 250  # on large tables, filter once typing pauses
    dialog: QDialog | None = None  # the last add dialog opened (tests drive it)

    model: EntityTableModel
    proxy: EntityFilterProxy
    filter_edit: QLineEdit
    add_button: QPushButton
    delete_button: QPushButton
    view: QTableView
    error_label: QLabel
    tool_bar: QHBoxLayout

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName(f"{self.KIND.key}s_dock")
        self._built = False
        # the actions exist from the start (the Map menu holds the needs' and agreements'
        # add); the rest of the table is made when it is first shown or asked for (build)
        self.add_action = QAction(self)  # right-click menu (no shortcut: see build)
        self.add_action.triggered.connect(self.add)
        self.delete_action = QAction(self)
        self.delete_action.triggered.connect(self.delete_selected)
        self.delete_action.setEnabled(False)
        self.retranslate()

    def __getattr__(self, name: str) -> Any:
        """The table's parts (``model``, ``view``, ``filter_edit``, …) before it is built:
        built now (Python asks here only for an attribute not set; see
        :func:`ui.docks.lazy_dock.part_made_now`)."""
        return part_made_now(self, name)

    @property
    def built(self) -> bool:
        """Whether the table's parts are made (a window shows one table of nine: the others
        are made when chosen; issue 15, a window's docks were two thirds of its making)."""
        return self._built

    def setVisible(self, visible: bool) -> None:
        if visible:
            self.build()  # made before it shows: laid out and shown with the dock
        super().setVisible(visible)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._built:  # shown with its parent (no setVisible of its own)
            self.build()
            self.widget().show()
        super().showEvent(event)

    def build(self) -> None:
        """Make the table: its model on the case, filter, view and buttons (once)."""
        if self._built:
            return
        self._built = True
        controller = self.controller
        self.model = EntityTableModel(controller, self.KIND, self)
        self.proxy = EntityFilterProxy(self.model, self)

        body = QWidget(self)
        self.filter_edit = QLineEdit(body)
        self.filter_edit.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.add_button = QPushButton(body)
        self.add_button.clicked.connect(self.add)
        self.delete_button = QPushButton(body)
        self.delete_button.clicked.connect(self.delete_selected)
        self.view = QTableView(body)
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(FieldDelegate(self.model, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.error_label = QLabel(body)
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(DATA_PROPERTY, True)  # the model's message, in its language
        self.error_label.hide()
        self._error_timer = QTimer(self)
        self._error_timer.setSingleShot(True)
        self._error_timer.setInterval(10_000)
        self._error_timer.timeout.connect(self.error_label.hide)

        # Delete and Insert as keys, not shortcuts: a window-wide Delete action (which removes
        # the same selection) then wins without an "ambiguous shortcut" clash.
        self.view.installEventFilter(self)
        self.view.addActions([self.add_action, self.delete_action])
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        # the filter on a row of its own, the buttons below it: at 1366 pixels one row cut
        # the filter to "Fi…" and "Verwijderen" off, with buttons behind each other
        bar = self.tool_bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.add_button)
        bar.addWidget(self.delete_button)
        bar.addStretch(1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_edit)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error_label)
        self.setWidget(body)

        self.model.error.connect(self.show_error)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        controller.selection_changed.connect(self._on_controller_selection_changed)
        self.model.modelReset.connect(self._on_controller_selection_changed)
        self._build_more()
        self.retranslate()
        self._resize_columns()
        self._on_controller_selection_changed()
        self._update_buttons()

    def _build_more(self) -> None:
        """A subclass's own parts of the table, made with the rest."""

    # ------------------------------------------------------------------ texts
    def title(self) -> str:  # pragma: no cover - overridden
        """The dock's translated title."""
        return ""

    def add_text(self) -> str:  # pragma: no cover - overridden
        """The translated text of the add button."""
        return ""

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(self.title())
        self.add_action.setText(self.add_text())
        self.delete_action.setText(self.tr("Delete"))
        if not self._built:
            return
        self.add_button.setText(self.add_text())
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected rows (Del)"))
        self.filter_edit.setPlaceholderText(self.tr("Filter…"))
        self.filter_edit.setAccessibleName(self.tr("Filter the table"))
        self.view.setAccessibleName(self.title())
        key = QKeySequence(Qt.Key.Key_Insert).toString(QKeySequence.SequenceFormat.NativeText)
        self.add_button.setToolTip(f"{self.add_text()} ({key})")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            editing = self.view.state() == QAbstractItemView.State.EditingState
            if not editing and event.key() == Qt.Key.Key_Delete:
                self.delete_selected()
                return True
            if not editing and event.key() == Qt.Key.Key_Insert:
                self.add()
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self._built:
                self._resize_columns()
        super().changeEvent(event)

    def _resize_columns(self) -> None:
        """Wide enough for the header text; text columns a little wider."""
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount()):
            wanted = 150 if self.model.spec(column).kind == "text" else 90
            header.resizeSection(column, min(260, max(wanted, header.sectionSizeHint(column))))

    def _on_filter_edit_text_changed(self, _text: str) -> None:
        large = self.model.rowCount() > 2000
        if large:
            self._filter_timer.start(self.FILTER_DELAY_MS)
        else:
            self.apply_filter()

    def apply_filter(self) -> None:
        """Filter the table on the text of the filter field now."""
        self._filter_timer.stop()
        self.proxy.set_filter_text(self.filter_edit.text())

    # ------------------------------------------------------------------ errors
    def show_error(self, message: str) -> None:
        """Show a refused edit in the dock and in the main window's status bar."""
        self.error_label.setText(message)
        self.error_label.show()
        self._error_timer.start()
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 10_000)

    # ------------------------------------------------------------------ selection
    def selected_ids(self) -> list[str]:
        """Ids of the selected rows, in table order."""
        rows: set[int] = set()
        selection = self.view.selectionModel().selection()  # ranges: fast for many rows
        for i in range(selection.count()):
            selected = selection.at(i)
            for row in range(selected.top(), selected.bottom() + 1):
                rows.add(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
        return [self.model.entity_id(row) for row in sorted(rows) if row >= 0]

    def _on_view_selection_changed(self, *_args: object) -> None:
        self._update_buttons()
        self.controller.set_selection(self.selected_ids())

    def _update_buttons(self) -> None:
        selected = self.view.selectionModel().hasSelection()
        self.delete_button.setEnabled(selected)
        self.delete_action.setEnabled(selected)

    def _on_controller_selection_changed(self, *_args: object) -> None:
        mine = {i for i in self.controller.selection if self.model.row_of(i) is not None}
        if mine == set(self.selected_ids()):
            return
        selection = QItemSelection()
        first = None
        last_column = self.model.columnCount() - 1
        for entity_id in self.controller.selection:
            row = self.model.row_of(entity_id)
            if row is None:
                continue
            left = self.proxy.mapFromSource(self.model.index(row, 0))
            if not left.isValid():
                continue
            right = self.proxy.mapFromSource(self.model.index(row, last_column))
            selection.select(left, right)
            first = left if first is None else first
        selection_model = self.view.selectionModel()
        blocker = QSignalBlocker(selection_model)
        selection_model.select(
            selection,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if first is not None:
            selection_model.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
        blocker.unblock()
        self._update_buttons()
        self.view.viewport().update()
        if first is not None:
            self.view.scrollTo(first)

    # ------------------------------------------------------------------ editing
    def delete_selected(self) -> None:
        """Remove the selected rows (one undo step)."""
        ids = self.selected_ids()
        if ids:
            self.controller.remove(ids)

    def add(self) -> None:  # pragma: no cover - overridden
        """Add a row (subclasses open a dialog where needed)."""

    def _select_and_edit(self, entity_id: str, field: str) -> None:
        self.controller.set_selection([entity_id])
        row = self.model.row_of(entity_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, self.model.column_of(field)))
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)


class ActorsDock(TableDock):
    """All actors; a toggle groups them by organisation (sorted by organisation, then name)."""

    KIND = ACTORS

    group_button: QPushButton
    grouping: GroupedDelegate

    def _build_more(self) -> None:
        self.group_button = QPushButton(self.widget())
        self.group_button.setObjectName("group_by_organisation")
        self.group_button.setCheckable(True)
        self.tool_bar.insertWidget(1, self.group_button)
        self.group_button.toggled.connect(self.group_by_organisation)
        self.grouping = GroupedDelegate(self.model, self.model.column_of("organisation"), self.view)
        self.view.setItemDelegate(self.grouping)
        self.view.horizontalHeader().sortIndicatorChanged.connect(self._on_header_sorted)

    def retranslate(self) -> None:
        super().retranslate()
        if "group_button" not in self.__dict__:
            return  # not built yet, or called from the base's build before the button exists
        self.group_button.setText(self.tr("By organisation"))
        self.group_button.setToolTip(self.tr("Group the actors by organisation"))

    def group_by_organisation(self, on: bool) -> None:
        """Rows by organisation, then name (on), or in the map's own order (off)."""
        header = self.view.horizontalHeader()
        if on:
            self.view.sortByColumn(self.model.column_of("name"), Qt.SortOrder.AscendingOrder)
            self.view.sortByColumn(
                self.model.column_of("organisation"), Qt.SortOrder.AscendingOrder
            )
        else:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            self.model.sort_rows(-1)

    def _on_header_sorted(self, column: int, _order: Qt.SortOrder) -> None:
        grouped = column == self.model.column_of("organisation")
        self.grouping.grouped = grouped
        if grouped:  # the organisations' names in full
            self.view.resizeColumnToContents(column)
            self.view.setColumnWidth(column, self.view.columnWidth(column) * 11 // 10)  # bold
        self.view.viewport().update()
        if self.group_button.isChecked() != grouped:
            with QSignalBlocker(self.group_button):
                self.group_button.setChecked(grouped)

    def title(self) -> str:
        return self.tr("Actors")

    def add_text(self) -> str:
        return self.tr("Add actor")

    def add(self) -> None:
        case = self.controller.case
        actor = Actor(id=case.new_id(Actor), name=self.tr("New actor"), kind=ActorKind.OTHER)
        self.controller.add_actor(actor)
        self._select_and_edit(actor.id, "name")


class _LinkDock(TableDock):
    """A table whose rows are added through a small dialog."""

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._on_dialog_accepted(dialog))
        dialog.open()
        dialog.activateWindow()  # the keyboard to the dialog, also without a window manager

    def _on_dialog_accepted(self, dialog: QDialog) -> None:  # pragma: no cover - overridden
        pass


class RelationshipsDock(_LinkDock):
    """All relationships."""

    KIND = RELATIONSHIPS

    def title(self) -> str:
        return self.tr("Relationships")

    def add_text(self) -> str:
        return self.tr("Add relationship")

    def add(self) -> None:
        self._open(AddRelationshipDialog(self.controller.case, current_language(), self))

    def _on_dialog_accepted(self, dialog: QDialog) -> None:
        assert isinstance(dialog, AddRelationshipDialog)
        rel = dialog.relationship()
        self.controller.add_relationship(rel)
        self._select_and_edit(rel.id, "kind")


class MandatesDock(_LinkDock):
    """All mandates."""

    KIND = MANDATES

    def title(self) -> str:
        return self.tr("Mandates")

    def add_text(self) -> str:
        return self.tr("Add mandate")

    def add(self) -> None:
        self._open(AddMandateDialog(self.controller.case, current_language(), self))

    def _on_dialog_accepted(self, dialog: QDialog) -> None:
        assert isinstance(dialog, AddMandateDialog)
        mandate = dialog.mandate()
        self.controller.add_mandate(mandate)
        self._select_and_edit(mandate.id, "power")


class NeedsDock(_LinkDock):
    """All needed decisions."""

    KIND = NEEDS

    def title(self) -> str:
        return self.tr("Needs")

    def add_text(self) -> str:
        return self.tr("Add need")

    def add(self) -> None:
        self._open(AddNeedDialog(self.controller.case, current_language(), self))

    def _on_dialog_accepted(self, dialog: QDialog) -> None:
        assert isinstance(dialog, AddNeedDialog)
        need = dialog.need()
        self.controller.add_need(need)
        self._select_and_edit(need.id, "decision")
