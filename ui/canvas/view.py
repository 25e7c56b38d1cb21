"""The map view: zoom, pan, rubber band, modes, mouse and keyboard (edits: view_edit).

Zoom with the wheel, ``+``/``-`` and ``0`` (100 %); pan with the middle button or by holding
Space and dragging; ``F`` fits the map in the window. Keyboard: Tab/Shift+Tab select the
next/previous actor, arrows nudge the selection (Shift: further), F2 or Enter renames, Insert
adds an actor, Delete removes the selection, Escape cancels.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QTransform,
    QUndoCommand,
    QUndoStack,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from ui.canvas.editor import InlineEditor
from ui.canvas.item_base import LOD_ARROWS
from ui.canvas.items import ActorItem, EdgeItem
from ui.canvas.legend import LegendItem
from ui.canvas.menus import Choice, build_context_menu, group_menu, popup_kind_menu
from ui.canvas.modes import AddActorMode, ConnectMode, Mode, SelectMode
from ui.canvas.scene import MapScene
from ui.canvas.view_edit import EditingView
from ui.canvas.view_fit import ZOOM_MIN
from ui.canvas.wheel_zoom import WheelZoom
from ui.document.undo import MoveCommand

__all__ = ["InlineEditor", "KindChooser", "MapView"]  # InlineEditor re-exported


@dataclass(frozen=True, slots=True)
class _Seen:
    """What the view showed in one state of the undo stack (``_on_undo_stack_index_changed``)."""

    step: QUndoCommand | None  # the last command applied in that state (held: never reused)
    size: QSize  # the viewport's
    legend: tuple[bool, bool]  # collapsed, one column
    transform: QTransform
    centre: QPointF  # scene coordinates
    fitted: bool


KindChooser = Callable[["MapView", QPoint, str, str], Choice | None]
ZOOM_STEP = 1.2
ZOOM_MAX = 6.0
NUDGE, NUDGE_FAR = 10.0, 50.0


class MapView(EditingView):
    """A QGraphicsView on a :class:`MapScene` with editing through the scene's controller."""

    mode_changed = Signal(str)
    focus_requested = Signal(str)  # actor id

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        # Attributes first, the scene last: QGraphicsView may scroll (and so call our
        # scrollContentsBy) as soon as it has a scene, depending on sizes and platform.
        super().__init__(parent)
        self.map_scene = scene
        self.show_legend = True
        self._legend = LegendItem(scene.case, scene.lang)
        self._legend_chosen = False  # the user opened or closed the legend
        # painters over the map, under the legend (ui.window.selection_marks), in viewport
        # pixels: they get the painter reset to the viewport and the exposed viewport rect
        self.marks: list[Callable[[QPainter, QRectF], None]] = []
        self._fitted = False  # showing the fitted map: a resize fits it again
        self._readable_timer = QTimer(self)
        self._readable_timer.setSingleShot(True)
        self._readable_timer.setInterval(0)
        self._readable_timer.timeout.connect(self._readability_due)
        self.wheel_zoom = WheelZoom(self, ZOOM_STEP)  # quick wheel steps: one zoom (R5)
        self.setObjectName("map_view")
        self.retranslate()
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        # a zoom keeps the window's middle; the wheel keeps the point under it (zoom_by's
        # ``at``): Qt's AnchorUnderMouse used the scene point of the last mouse move, so a
        # Ctrl+- after the find bar or a finding had centred an actor jumped back to it
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(False)  # file drops go to the main window
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.kind_chooser: KindChooser = popup_kind_menu
        self.context_actions: list[QAction | None] = []
        self._editor: InlineEditor | None = None
        self._new_actor: str | None = None  # added, its name editor still open
        self.kind_chooser_widget: QWidget | None = None  # ui.canvas.kind_chooser, when open
        self._pan_start: QPoint | None = None
        self.last_press: QPointF | None = None  # Insert adds the actor where the user clicked
        self._space_down = False
        self._modes: dict[str, Mode] = {
            "select": SelectMode(self),
            "add_actor": AddActorMode(self),
            "connect": ConnectMode(self),
        }
        self._mode: Mode = self._modes["select"]
        self._mode.enter()
        self.setScene(scene)
        scene.edges_moved.connect(self.schedule_readability)
        self.zoom_changed.connect(lambda zoom: scene.set_far_out(zoom < LOD_ARROWS))
        self._undo_index = 0
        self._views: dict[int, _Seen] = {}  # the view last seen at each undo index
        if scene.controller is not None:
            scene.controller.placer = self.place_in_organisation
            scene.controller.case_replaced.connect(self._on_controller_case_replaced)
            scene.controller.case.changed.connect(self._on_case_changed)
            stack = scene.controller.undo_stack
            self._undo_index = stack.index()
            stack.indexChanged.connect(self._on_undo_stack_index_changed)

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        if self.marks:
            painter.save()
            exposed = self.mapFromScene(QRectF(rect)).boundingRect().toRectF()
            painter.resetTransform()
            for mark in self.marks:
                mark(painter, exposed)
            painter.restore()
        super().drawForeground(painter, rect)  # the legend, over the marks

    def retranslate(self) -> None:
        """Set the accessible texts in the current language."""
        self.setAccessibleName(self.tr("Map"))
        self.setAccessibleDescription(
            self.tr("The map of actors, relationships and mandates. Tab selects the next actor.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------------ state
    @property
    def mode(self) -> Mode:
        """The current interaction mode."""
        return self._mode

    def set_mode(self, name: str) -> None:
        """Switch to ``"select"``, ``"add_actor"`` or ``"connect"``."""
        mode = self._modes[name]
        if mode is self._mode:
            return
        self._mode.leave()
        self._mode = mode
        mode.enter()
        self.mode_changed.emit(name)

    # ------------------------------------------------------------------ zoom and pan
    def zoom_by(self, factor: float, at: QPoint | None = None) -> None:
        """Zoom by ``factor`` within the limits, keeping the map's point under ``at`` (a
        viewport position: the wheel's) or else the window's middle where it is."""
        current = self.zoom()
        # never below the fit of a map wider than the wheel's limit (ui.canvas.view_fit.FIT_MIN)
        target = max(min(ZOOM_MIN, current), min(ZOOM_MAX, current * factor))
        if target != current:
            self._fitted = False
            anchor = None if at is None else (at, self.mapToScene(at))
            self.scale(target / current, target / current)
            if anchor is not None:
                moved = self.mapFromScene(anchor[1]) - anchor[0]
                bars = self.horizontalScrollBar(), self.verticalScrollBar()
                bars[0].setValue(bars[0].value() + moved.x())
                bars[1].setValue(bars[1].value() + moved.y())
            self.zoom_changed.emit(self.zoom())
            self.refresh_readability()

    def zoom_in(self) -> None:
        """One step closer."""
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        """One step further away."""
        self.zoom_by(1 / ZOOM_STEP)

    def zoom_reset(self) -> None:
        """Back to 100 %."""
        self.zoom_by(1 / self.zoom())

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y()
        if delta == 0:
            super().wheelEvent(event)
            return
        self.wheel_zoom.add(delta / 120, event.position().toPoint())
        event.accept()

    # ------------------------------------------------------------------ hit testing
    def actor_at(self, point: QPoint) -> ActorItem | None:
        """The topmost actor item under a viewport point."""
        for item in self.items(point):
            if isinstance(item, ActorItem):
                return item
        return None

    def entity_at(self, point: QPoint) -> str | None:
        """The id of the topmost actor, relationship or mandate under a viewport point."""
        for item in self.items(point):
            if isinstance(item, (ActorItem, EdgeItem)):
                return item.entity_id
        return None

    # ------------------------------------------------------------------ mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._on_legend(event.position()):
            self.toggle_legend_collapsed()
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton and self._on_box_button(event.position()):
            event.accept()
            return
        if event.button() == Qt.MouseButton.MiddleButton or (
            self._space_down and event.button() == Qt.MouseButton.LeftButton
        ):
            self._pan_start = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        self.last_press = self.mapToScene(event.position().toPoint())
        if self._mode.press(event):
            event.accept()
            return
        super().mousePressEvent(event)
        self._mode.after_press(event)

    def _on_box_button(self, point: QPointF) -> bool:
        """Collapse the organisation whose box's button is at ``point``: drawn below the
        lines and their labels, the button still takes the click."""
        spot = self.mapToScene(point.toPoint())
        for box in self.map_scene.group_items.values():
            if box.isVisible() and box.toggle_rect().adjusted(-3, -3, 3, 3).contains(spot):
                self.map_scene.request_collapse(box.org_id, True)
                return True
        return False

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_start is not None:
            self._fitted = False
            point = event.position().toPoint()
            delta = point - self._pan_start
            self._pan_start = point
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        if self._mode.move(event):
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_start is not None:
            self._pan_start = None
            self.viewport().setCursor(self._mode.cursor)
            event.accept()
            return
        if self._mode.release(event):
            event.accept()
            return
        super().mouseReleaseEvent(event)
        self._mode.after_release(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self._mode.double_click(event):
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        pos, global_pos = event.pos(), event.globalPos()
        selected = self.map_scene.selected_ids()
        if event.reason() == QContextMenuEvent.Reason.Keyboard and selected:
            item = self.map_scene.item_for(selected[0])
            if item is not None:  # menu key: open the menu on the selection
                pos = self.mapFromScene(item.sceneBoundingRect().center())
                global_pos = self.viewport().mapToGlobal(pos)
        entity_id = self.entity_at(pos)
        group = group_menu(self, pos) if entity_id is None else None
        if group is not None:  # an organisation's box: collapse or expand it
            group.exec(global_pos)
            group.deleteLater()
            return
        if entity_id is not None and entity_id not in selected:
            self.map_scene.clearSelection()
            item = self.map_scene.item_for(entity_id)
            if item is not None:
                item.setSelected(True)
        menu = build_context_menu(self, entity_id, self.mapToScene(pos))
        menu.exec(global_pos)
        menu.deleteLater()

    # ------------------------------------------------------------------ keyboard
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif key == Qt.Key.Key_0 and not mods & Qt.KeyboardModifier.ControlModifier:
            self.zoom_reset()
        elif key == Qt.Key.Key_F and not mods:
            self.fit_to_window()
        elif key == Qt.Key.Key_Escape:
            if self._mode.name != "select":
                self.set_mode("select")
            else:
                self.map_scene.clearSelection()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.nudge(key, NUDGE_FAR if shift else NUDGE)
        elif key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            selected = self.map_scene.selected_ids()
            if selected:
                self.start_rename(selected[0])
        elif key == Qt.Key.Key_Insert:
            self.insert_actor()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selection()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            self.viewport().setCursor(self._mode.cursor)
            event.accept()
            return
        super().keyReleaseEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab and Shift+Tab walk through the actors instead of leaving the view."""
        if self._editor is not None or not self.map_scene.actor_items:
            return super().focusNextPrevChild(forward)
        self.select_next_actor(forward)
        return True

    def select_next_actor(self, forward: bool = True) -> str | None:
        """Select the next (or previous) visible actor in model order and show it."""
        ids = [i for i, item in self.map_scene.actor_items.items() if item.isVisible()]
        order = [i for i in self.map_scene.case.actors.ids() if i in ids]
        if not order:
            return None
        selected = [i for i in self.map_scene.selected_ids() if i in order]
        if selected:
            index = order.index(selected[-1 if forward else 0]) + (1 if forward else -1)
        else:
            index = 0 if forward else -1
        chosen = order[index % len(order)]
        self.map_scene.clearSelection()
        item = self.map_scene.actor_items[chosen]
        item.setSelected(True)
        item.setFocus()
        self.ensureVisible(item)
        return chosen

    def _on_controller_case_replaced(self, case: object) -> None:
        controller = self.controller
        if controller is not None:
            controller.case.changed.connect(self._on_case_changed)
        self.refresh_legend()
        self.fit_to_window()

    def _on_undo_stack_index_changed(self, index: int) -> None:
        """Undo or redo of a layout moves the whole map: show it as it was last seen in that
        state (undo gives back the picture, every name as before: new user, tenth round N3),
        else fitted, not an empty corner."""
        before, self._undo_index = self._undo_index, index
        controller = self.controller
        if controller is None or not shiboken6.isValid(controller.undo_stack):
            return  # the stack empties itself while it is destroyed
        stack = controller.undo_stack
        self._views[before] = self._seen(stack, before)  # the picture being left
        low, high = sorted((before, index))
        for i in range(low, min(high, stack.count())):
            command = stack.command(i)
            if isinstance(command, MoveCommand) and command.layout:
                if not self._show_seen(stack, index):
                    self.fit_to_window()
                return

    def _seen(self, stack: QUndoStack, index: int) -> _Seen:
        """The view now, for the state after the first ``index`` steps of ``stack``."""
        step = stack.command(index - 1) if index > 0 else None
        centre = self.mapToScene(self.viewport().rect().center())
        legend = (self._legend.collapsed, self._legend.one_column)
        return _Seen(step, self.viewport().size(), legend, self.transform(), centre, self._fitted)

    def _show_seen(self, stack: QUndoStack, index: int) -> bool:
        """Show the fitted view last seen at ``index``, where it was seen after the same
        steps, in a viewport of the same size with the legend as now; whether it did (a view
        zoomed or panned elsewhere is not given back: the undo shows the whole map)."""
        seen = self._views.get(index)
        last = stack.command(index - 1) if index > 0 else None
        if seen is None or not seen.fitted or seen.step is not last:
            return False
        if seen.size != self.viewport().size() or seen.legend[0] != self._legend.collapsed:
            return False
        self._legend.set_one_column(seen.legend[1])  # as the fit had laid it out
        self.setTransform(seen.transform)
        scene = self.map_scene
        zoom = max(self.zoom(), ZOOM_MIN)
        port = self.viewport().rect()
        room = QRectF(0, 0, port.width() / zoom + 2, port.height() / zoom + 2)
        room.moveCenter(seen.centre)
        if not scene.sceneRect().contains(room):  # the scroll reaches where it was
            scene.setSceneRect(scene.sceneRect().united(room))
        self.centerOn(seen.centre)
        self.refresh_readability()
        shown = self.mapToScene(port).boundingRect()
        if not all(
            shown.contains(i.sceneBoundingRect())
            for i in scene.actor_items.values()
            if i.isVisible()
        ):
            return False  # an actor out of view after all: the caller fits
        self._fitted = True
        self.zoom_changed.emit(self.zoom())
        return True

    def _on_case_changed(self) -> None:
        self.legend_after_edit()
        self.schedule_readability()
