"""A ring around the actor the find bar showed, so it stands out in the middle of the map
(the selection's thin gold edge looks like the intent owner's at 100 %).

The ring is a small widget over the map's viewport, not an item of the scene: a picture or
print of the map never shows it. It follows the actor through scrolls, zooms and moves, and
goes when the selection moves on, the map is replaced or the actor leaves the map. It also
rings an actor chosen alone outside the map (a row of the Actors table) whose name cannot be
read at the zoom (new user at scale 15, G5: "click the row: the map does not move, at 13 %
invisible").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QGraphicsItem, QWidget

if TYPE_CHECKING:
    from ui.canvas.view import MapView
    from ui.document.controller import DocumentController

__all__ = ["FoundMark"]

INK = QColor("#1B2631")
GAP = 5  # pixels between the actor and the ring
WIDTH = 3
SMALLEST = (48, 34)  # the ring around an actor drawn as a dot far out


class FoundMark(QWidget):
    """The ring over ``view``; :meth:`mark` puts it around an item, ``None`` takes it away."""

    def __init__(self, view: MapView, controller: DocumentController) -> None:
        super().__init__(view.viewport())
        self.setObjectName("find_mark")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.view = view
        self.item: QGraphicsItem | None = None
        self.actor_id = ""  # the actor ringed (selected alone while the ring shows)
        controller.selection_changed.connect(self._on_controller_selection_changed)
        view.horizontalScrollBar().valueChanged.connect(self.follow)
        view.verticalScrollBar().valueChanged.connect(self.follow)
        view.zoom_changed.connect(self.follow)
        self._watching = False  # the scene's changes, only while there is a ring
        self.hide()

    def mark(self, item: QGraphicsItem | None, actor_id: str = "") -> None:
        """Ring ``item``, which shows ``actor_id`` (None: no ring)."""
        self.item, self.actor_id = item, actor_id if item is not None else ""
        if (item is not None) != self._watching:  # a move, a readability pass
            scene = self.view.map_scene
            if item is not None:
                scene.changed.connect(self.follow)
            else:
                scene.changed.disconnect(self.follow)
            self._watching = item is not None
        self.follow()

    def _on_controller_selection_changed(self, ids: tuple[str, ...]) -> None:
        if self.item is not None and ids != (self.actor_id,):
            self.mark(None)  # the user moved on

    def follow(self, *_args: object) -> None:
        """Put the ring where the item is drawn now (or hide it)."""
        item = self.item
        if item is None or not shiboken6.isValid(item) or not item.isVisible():
            if item is not None:
                self.mark(None)
            self.hide()
            return
        drawn = self.view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        pad = GAP + WIDTH
        ring = drawn.adjusted(-pad, -pad, pad, pad)
        if ring.width() < SMALLEST[0] or ring.height() < SMALLEST[1]:  # far out: a dot
            centre = ring.center()
            ring.setSize(ring.size().expandedTo(QSize(*SMALLEST)))
            ring.moveCenter(centre)
        if not ring.intersects(self.view.viewport().rect()):
            self.hide()
            return
        if ring != self.geometry():
            self.setGeometry(ring)
        self.show()
        self.raise_()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        inner = QRectF(QRect(0, 0, self.width(), self.height())).adjusted(2, 2, -2, -2)
        painter.setPen(QPen(QColor("#FFFFFF"), WIDTH + 2))  # a light edge on dark lines
        painter.drawRoundedRect(inner, 8, 8)
        painter.setPen(QPen(INK, WIDTH))
        painter.drawRoundedRect(inner, 8, 8)
        painter.end()
