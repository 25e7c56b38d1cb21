"""The Edit menu's commands: undo/redo, cut/copy/paste/duplicate, delete, select all."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QPointF
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from models import Actor, Position
from models.case import Entity
from models.errors import KvmapError
from ui.canvas.clipboard import MIME_TYPE, fragment_text, paste_entities
from ui.canvas.items import ActorItem

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

__all__ = ["EditCommands"]


class EditCommands(QObject):
    """Clipboard and selection commands of the window, on the controller and the map."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        stack = window.controller.undo_stack
        self.undo_action = QAction(window)
        self.undo_action.setObjectName("edit_undo")
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action = QAction(window)
        self.redo_action.setObjectName("edit_redo")
        self.redo_action.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._on_stack_undo_text_changed)
        stack.redoTextChanged.connect(self._on_stack_redo_text_changed)
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        style = window.style()
        self.undo_action.setIcon(style.standardIcon(style.StandardPixmap.SP_ArrowBack))
        self.redo_action.setIcon(style.standardIcon(style.StandardPixmap.SP_ArrowForward))
        window.addAction(self.undo_action)
        window.addAction(self.redo_action)
        a = window.actions_
        a.on("edit_cut", self.cut)
        a.on("edit_copy", self.copy)
        a.on("edit_paste", self.paste)
        a.on("edit_duplicate", self.duplicate)
        a.on("edit_delete", self.delete)
        a.on("edit_select_all", self.select_all)

    def retranslate(self) -> None:
        """Re-label undo and redo with the text of the step they act on."""
        stack = self.window.controller.undo_stack
        self._on_stack_undo_text_changed(stack.undoText())
        self._on_stack_redo_text_changed(stack.redoText())
        self.undo_action.setToolTip(QCoreApplication.translate("EditCommands", "Undo"))
        self.redo_action.setToolTip(QCoreApplication.translate("EditCommands", "Redo"))
        self.undo_action.setStatusTip(
            QCoreApplication.translate("EditCommands", "Undo the last edit")
        )
        self.redo_action.setStatusTip(
            QCoreApplication.translate("EditCommands", "Redo the edit you undid")
        )

    def _on_stack_undo_text_changed(self, text: str) -> None:
        # nothing to undo: the bare "Ongedaan maken", not "%1 ongedaan maken" without its %1
        bare = QCoreApplication.translate("EditCommands", "Undo")
        label = QCoreApplication.translate("EditCommands", "Undo %1").replace("%1", text)
        self.undo_action.setText(label.strip() if text else bare)

    def _on_stack_redo_text_changed(self, text: str) -> None:
        bare = QCoreApplication.translate("EditCommands", "Redo")
        label = QCoreApplication.translate("EditCommands", "Redo %1").replace("%1", text)
        self.redo_action.setText(label.strip() if text else bare)

    # ------------------------------------------------------------------ commands
    def copy(self) -> bool:
        """Put the selection on the clipboard as a .kvmap fragment."""
        ctl = self.window.controller
        if not ctl.selection:
            return False
        text = fragment_text(ctl.case, ctl.selection)
        data = QMimeData()
        data.setData(MIME_TYPE, text.encode("utf-8"))
        data.setText(text)
        QGuiApplication.clipboard().setMimeData(data)
        return True

    def cut(self) -> None:
        """Copy, then delete (one undo step for the delete)."""
        if self.copy():
            self.delete()

    def paste(self) -> None:
        """Add the clipboard's actors and connections with fresh ids (one undo step)."""
        data = QGuiApplication.clipboard().mimeData()
        if data is None:
            return
        raw = (
            bytes(data.data(MIME_TYPE).data()).decode("utf-8") if data.hasFormat(MIME_TYPE) else ""
        )
        text = raw or data.text()
        if text.strip():
            self._add_fragment(text, QCoreApplication.translate("EditCommands", "Paste"))

    def duplicate(self) -> None:
        """Copy the selection beside itself without touching the clipboard."""
        ctl = self.window.controller
        if ctl.selection:
            self._add_fragment(
                fragment_text(ctl.case, ctl.selection),
                QCoreApplication.translate("EditCommands", "Duplicate"),
            )

    def _add_fragment(self, text: str, undo_text: str) -> None:
        ctl = self.window.controller
        try:
            entities = paste_entities(ctl.case, text)
        except KvmapError as exc:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("EditCommands", "Nothing to paste: %1").replace(
                    "%1", exc.render(self.window.scene.lang)
                ),
                6000,
            )
            return
        entities = [self._clear_of_legend(e) for e in entities]
        if entities and ctl.add_entities(entities, undo_text):
            ctl.set_selection([e.id for e in entities])

    def _clear_of_legend(self, entity: Entity) -> Entity:
        """A pasted actor that would stand under the open legend, in the free spot nearest
        to there (issue 12); every other entity as it is."""
        view = self.window.view
        legend = view.legend_viewport_rect()
        if not isinstance(entity, Actor) or entity.position is None or legend.isEmpty():
            return entity
        wanted = QPointF(entity.position.x, entity.position.y)
        plate = ActorItem(entity, self.window.scene.lang).natural_bounds().translated(wanted)
        if not view.mapFromScene(plate).boundingRect().intersects(legend.toAlignedRect()):
            return entity
        spot = view.free_spot_for(entity, wanted)
        return replace(entity, position=Position(round(spot.x(), 1), round(spot.y(), 1)))

    def delete(self) -> None:
        """Delete the selected actors, relationships and mandates (one undo step)."""
        ctl = self.window.controller
        ctl.remove(ctl.selection)

    def select_all(self) -> None:
        """Select everything visible on the map."""
        scene = self.window.scene
        ids = [
            i
            for i in scene.model_ids()
            if (item := scene.item_for(i)) is not None and item.isVisible()
        ]
        self.window.controller.set_selection(ids)
