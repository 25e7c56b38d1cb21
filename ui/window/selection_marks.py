"""Far out, a ring of a fixed size on the screen around each selected actor.

Far out a big map's actors are plates a few pixels high, and the selection fills them with
its colour (rev-user15 G6), which looks like the orange of the citizens' and partners' plates:
at 10,000 actors a click on a finding about 342 of them left the map at 6 % without a visible
mark (rev-user16 U3). Here every selected actor drawn smaller than :data:`SMALL` pixels gets a
ring of :data:`RADIUS` pixels, dark with a light edge as the find bar's ring, that does not
shrink with the zoom. The rings are painted over the map by the view (``MapView.marks``), not
as items of the scene: a picture or print of the map never shows them. Of a selection of more
than :data:`MOST` actors (everything, Ctrl+A) no ring is drawn: it would mark the whole map.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QPointF, QRect, QRectF
from PySide6.QtGui import QColor, QPainter, QPen, QRegion

from ui.window.find_mark import INK

if TYPE_CHECKING:
    from ui.canvas.actor_item import ActorItem
    from ui.window.main_window import MainWindow

__all__ = ["MOST", "RADIUS", "SMALL", "SelectionMarks"]

SMALL = 14.0  # an actor drawn lower than this (pixels) is hard to see: it gets a ring
RADIUS = 9.0  # of the ring, pixels
MOST = 2_000  # more selected actors get no rings
_PAD = 4  # pixels around a ring that a repaint covers (its pens)


class SelectionMarks(QObject):
    """The rings over ``window``'s map; see the module docstring."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.items: list[ActorItem] = []  # the selected actors' items
        window.view.marks.append(self.paint)
        window.controller.selection_changed.connect(self._on_controller_selection_changed)

    def rings(self) -> list[QPointF]:
        """The centres (viewport pixels) of the rings drawn now."""
        view = self.window.view
        if not self.items or len(self.items) > MOST:
            return []
        skip = self.window.find_bar.mark.item  # the find bar rings its actor itself
        out = []
        for item in self.items:
            if not shiboken6.isValid(item) or not item.isVisible() or item is skip:
                continue
            drawn = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
            if drawn.height() < SMALL:
                out.append(QPointF(drawn.center()))
        return out

    def paint(self, painter: QPainter, exposed: QRectF) -> None:
        """Draw the rings that lie in ``exposed`` (viewport pixels; the painter is reset)."""
        centres = [c for c in self.rings() if exposed.adjusted(-20, -20, 20, 20).contains(c)]
        if not centres:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor(0, 0, 0, 0))
        for pen in (QPen(QColor("#FFFFFF"), 4.5), QPen(INK, 2.2)):  # a light edge on dark
            painter.setPen(pen)
            for centre in centres:
                painter.drawEllipse(centre, RADIUS, RADIUS)

    def _region(self) -> QRegion:
        region = QRegion()
        side = int(2 * (RADIUS + _PAD))
        for centre in self.rings():
            ring = QRect(0, 0, side, side)
            ring.moveCenter(centre.toPoint())
            region += ring
        return region

    def _on_controller_selection_changed(self, ids: tuple[str, ...]) -> None:
        before = self._region()
        actors = self.window.scene.actor_items
        self.items = [actors[i] for i in ids if i in actors]
        after = self._region()
        if not before.isEmpty() or not after.isEmpty():
            self.window.view.viewport().update(before.united(after))
