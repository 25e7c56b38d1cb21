"""One item that draws every line of the map while the view shows it far out (issue 14).

Below :data:`~ui.canvas.item_base.LOD_ARROWS` a line is a plain stroke, a pixel or less wide:
no arrowhead, dash or label. Each of the map's thousands of line items painting its own
stroke was most of a repaint far out: at 2,000 actors 8,000 paint calls, 0.11 of the 0.26 s
of the first paint after opening (CPU of the GUI thread), and at 10,000 a wheel step far out
took 0.65 s (rev-user16, G9). While the scene is far out (the view says so at each zoom,
:meth:`~ui.canvas.scene_items.SceneItems.set_far_out`) the line items have no contents
(``ItemHasNoContents``: Qt skips them without a call into Python) and this sheet draws their
routes, joined into one path per pen, in a few ``drawPath`` calls. Selected lines keep
painting themselves (their halo), over the sheet.

The line items stay: hovering, clicking, selecting, finding and a finding's highlight use
them as before. The sheet draws what they would: the same route with the same plain pen,
relationships under mandates. A picture drawn closer in while the view is far out (an
export at its own scale) gets every line drawn in full by the line's own ``paint``. The
joined paths are made again only after a line was routed, shown, hidden or removed
(:meth:`LineSheet.changed`), not per repaint: a zoom far out builds nothing. They are kept
in tiles, so a small repaint (a hovered actor) strokes the lines near it, not the map's.

A line that moves out of the sheet's rectangle grows it at once (its old and new place are
repainted); right after, once the event loop runs, the rectangle shrinks to the lines where they
are now (:meth:`LineSheet.tighten`). It kept the old places too: after the force-directed layout
and then the hierarchy at 10,000 actors the sheet still reached four times the hierarchy's height
down, and the PNG's bands, cut to the content's rectangle, were 80 % white (rev-user18 R2/U4).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import shiboken6
from PySide6.QtCore import QRectF, QTimer
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ui.canvas.item_base import LOD_ARROWS, _plain_pen
from ui.canvas.items import EdgeItem

__all__ = ["SMOOTH_WIDTH", "TILE", "LineSheet"]

TILE = 2000.0  # the sheet's lines are kept in tiles of this size (scene units; by their middle)
SMOOTH_WIDTH = 2.5  # lines at least this wide (mandates) are drawn antialiased far out too
_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
_Key = tuple[float, str, float]  # z value, colour, width: one pen, drawn in z order
_Tile = tuple[QRectF, dict[_Key, QPainterPath]]
_Cell = tuple[int, int]


class LineSheet(QGraphicsItem):
    """Draws the shown lines of ``lines()`` far out; see the module docstring."""

    def __init__(self, lines: Callable[[], Iterable[EdgeItem]]) -> None:
        super().__init__()
        self._lines = lines
        self.active = False  # the scene is far out: the lines have no contents of their own
        self._tiles: dict[_Cell, _Tile] | None = None  # None: all made before the next paint
        self._members: dict[_Cell, dict[EdgeItem, None]] = {}  # each tile's lines, in order
        self._cell_of: dict[EdgeItem, _Cell] = {}
        self._moved: set[EdgeItem] = set()  # lines changed since their tile was made
        self._bounds = QRectF()
        self._own: set[EdgeItem] = set()  # selected lines painting themselves while active
        self._tighten_due = False  # a line grew the rectangle: shrink it to the lines soon
        self.builds = 0  # how often the joined paths were made (tests count them)
        self.joined = 0  # the lines in the last joined paths
        self.setZValue(0.9)  # under every line item: a selected line's halo stays on top
        self.setAcceptedMouseButtons(self.acceptedMouseButtons().NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setVisible(False)

    # ------------------------------------------------------------------ state
    def set_active(self, far: bool, selected: Iterable[object] = ()) -> None:
        """Take over the lines' strokes (``far``) or give them back."""
        if far == self.active:
            return
        self.active = far
        self._own = set()
        for line in self._lines():
            line.setFlag(_NO_CONTENTS, far)
        self.select(selected)
        self.refresh()

    def take_all(self) -> None:
        """A new map's lines (built outside the scene): drawn by the sheet while active."""
        self._own = set()
        if self.active:
            for line in self._lines():
                line.setFlag(_NO_CONTENTS, True)
        self.refresh()

    def adopt(self, line: EdgeItem) -> None:
        """A new line: drawn by the sheet while it is active."""
        if self.active:
            line.setFlag(_NO_CONTENTS, True)
            self.changed(line.sceneBoundingRect(), line)

    def select(self, items: Iterable[object]) -> None:
        """The selection now: its lines paint themselves (with their halo), the rest not."""
        if not self.active:
            return
        chosen = {i for i in items if isinstance(i, EdgeItem)}
        for line in self._own - chosen:
            line.setFlag(_NO_CONTENTS, True)
        for line in chosen - self._own:
            line.setFlag(_NO_CONTENTS, False)
        self._own = chosen

    def forget(self, line: EdgeItem) -> None:
        """A line leaves the map (or its ends change)."""
        self._own.discard(line)
        self.changed(line.sceneBoundingRect(), line)

    def refresh(self) -> None:
        """Every line may have changed (a new map, filter or layout): make the joined paths
        again before the next paint and repaint the whole sheet."""
        self._tiles, self._members, self._cell_of, self._moved = None, {}, {}, set()
        if not self.active:
            self.setVisible(False)
            return
        self._tiles = self._build()
        bounds = QRectF()
        for rect, _paths in self._tiles.values():
            bounds = bounds.united(rect)
        self.update()  # where the sheet was
        self.prepareGeometryChange()
        self._bounds = bounds
        self.setVisible(True)
        self.update()

    def changed(self, rect: QRectF, line: EdgeItem) -> None:
        """``line`` changed where ``rect`` (scene coordinates, before and after) lies: its
        tiles are made again before the next paint, not the map's (a drag far out)."""
        if not self.active:
            return
        self._moved.add(line)
        if not self._bounds.contains(rect):
            self.prepareGeometryChange()
            self._bounds = self._bounds.united(rect)
            if not self._tighten_due:
                self._tighten_due = True
                QTimer.singleShot(0, self.tighten)
        self.update(rect)

    def tighten(self) -> None:
        """Shrink the sheet's rectangle to where its lines are now (after lines moved out of it:
        a layout); the joined paths are made here rather than at the next paint."""
        if not shiboken6.isValid(self):  # the map was closed before the loop ran
            return
        self._tighten_due = False
        if not self.active or self._tiles is None or self.scene() is None:
            return
        self._tiles = self._joined(self._tiles)
        bounds = QRectF()
        for rect, _paths in self._tiles.values():
            bounds = bounds.united(rect)
        if bounds != self._bounds:
            self.update()
            self.prepareGeometryChange()
            self._bounds = bounds

    # ------------------------------------------------------------------ drawing
    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return QPainterPath()  # never under the pointer: clicks and tooltips go to the lines

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        if not self.active:
            return
        exposed = option.exposedRect
        if option.levelOfDetailFromTransform(painter.worldTransform()) >= LOD_ARROWS:
            self._paint_each(painter, option, widget, exposed)
            return
        self._tiles = self._joined(self._tiles)
        keys: dict[_Key, None] = {}
        shown = [paths for rect, paths in self._tiles.values() if rect.intersects(exposed)]
        for paths in shown:
            keys.update(dict.fromkeys(paths))
        for key in sorted(keys):  # by z (bundle counts over lines), then by pen: one order
            # far out a relationship's stroke is a pixel wide or less: without antialiasing
            # the same pixels in full colour, a third of the time (60 -> 20 ms for 8,000
            # lines at 2,000 actors); the dark mandates stay smooth
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, key[2] >= SMOOTH_WIDTH)
            painter.setPen(_plain_pen(key[1], key[2]))
            for paths in shown:
                path = paths.get(key)
                if path is not None:
                    painter.drawPath(path)

    def _paint_each(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None,
        exposed: QRectF,
    ) -> None:
        """Closer in than the screen (a picture at its own scale): every line in full."""
        lines = [e for e in self._lines() if e.isVisible() and e not in self._own]
        for line in sorted(lines, key=lambda e: e.zValue()):
            if line.boundingRect().intersects(exposed):
                painter.save()
                line.paint(painter, option, widget)
                painter.restore()

    def _joined(self, tiles: dict[_Cell, _Tile] | None) -> dict[_Cell, _Tile]:
        """``tiles`` with the moved lines in their tiles: all made again after a layout."""
        if tiles is None or len(self._moved) > len(self._cell_of) // 4:  # a layout
            return self._build()
        if self._moved:
            self._rebuild_moved(tiles)
        return tiles

    def _build(self) -> dict[_Cell, _Tile]:
        """The shown lines' routes joined per pen, in tiles of the map."""
        self.builds += 1
        self._moved = set()
        members: dict[_Cell, dict[EdgeItem, None]] = {}
        cell_of = {}
        for line in self._lines():
            if line.isVisible():
                at = line.boundingRect().center()
                cell = cell_of[line] = (int(at.x() // TILE), int(at.y() // TILE))
                members.setdefault(cell, {})[line] = None
        self._members, self._cell_of = members, cell_of
        self.joined = len(cell_of)
        return {cell: _tile(lines) for cell, lines in members.items()}

    def _rebuild_moved(self, tiles: dict[_Cell, _Tile]) -> None:
        """Move the changed lines to their tiles now and make those tiles again."""
        dirty = set()
        scene = self.scene()
        for line in self._moved:
            old = self._cell_of.pop(line, None)
            if old is not None:
                del self._members[old][line]
                dirty.add(old)
            if line.isVisible() and line.scene() is scene:  # not a removed line
                at = line.boundingRect().center()
                cell = self._cell_of[line] = (int(at.x() // TILE), int(at.y() // TILE))
                self._members.setdefault(cell, {})[line] = None
                dirty.add(cell)
        self._moved = set()
        self.joined = len(self._cell_of)
        for cell in dirty:
            lines = self._members.get(cell)
            if lines:
                tiles[cell] = _tile(lines)
            else:
                tiles.pop(cell, None)
                self._members.pop(cell, None)


def _tile(lines: Iterable[EdgeItem]) -> _Tile:
    """One tile: the rectangle around ``lines`` and their routes joined per pen."""
    rect = QRectF()
    paths: dict[_Key, QPainterPath] = {}
    for line in lines:
        rect = rect.united(line.boundingRect())
        style = line.edge_style
        key = (line.zValue(), style.colour, style.width)
        path = paths.get(key)
        if path is None:
            path = paths[key] = QPainterPath()
        path.addPath(line.route())
    return rect, paths
