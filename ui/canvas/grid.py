"""The power/interest grid view: actors placed by influence and interest over quadrant bands.

Interest runs left to right (0..5), influence bottom to top (0..5); 3 and above is high
(:data:`mapper.quadrant.HIGH`). Dragging an actor in this view changes its influence and
interest, not its map position.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from mapper.quadrant import HIGH, Quadrant
from models import Actor
from models.i18n import Lang
from ui.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "CELL_H",
    "CELL_W",
    "GridBackgroundItem",
    "GridBands",
    "grid_bands",
    "grid_positions",
    "grid_values",
    "quadrant_gloss",
]

CELL_W = 210.0
CELL_H = 170.0
ROW_STEP = 76.0  # room for a name plate of three lines between two actors sharing a cell
COL_STEP = 110.0  # (the default slot of one actor in a cell, where plates are not known)
_TINTS: dict[Quadrant, str] = {
    Quadrant.MANAGE_CLOSELY: "#FDEDEC",
    Quadrant.KEEP_SATISFIED: "#FEF5E7",
    Quadrant.KEEP_INFORMED: "#EBF5FB",
    Quadrant.MONITOR: "#F4F6F6",
}


def quadrant_gloss(quad: Quadrant) -> str:
    """What a quadrant holds, in the language of the GUI (under its name on the grid)."""
    texts = {
        Quadrant.MANAGE_CLOSELY: QT_TRANSLATE_NOOP(
            "GridBackgroundItem", "high influence, high interest"
        ),
        Quadrant.KEEP_SATISFIED: QT_TRANSLATE_NOOP(
            "GridBackgroundItem", "high influence, low interest"
        ),
        Quadrant.KEEP_INFORMED: QT_TRANSLATE_NOOP(
            "GridBackgroundItem", "low influence, high interest"
        ),
        Quadrant.MONITOR: QT_TRANSLATE_NOOP("GridBackgroundItem", "low influence, low interest"),
    }
    return QCoreApplication.translate("GridBackgroundItem", texts[quad])


@dataclass(frozen=True, slots=True)
class GridBands:
    """Where the grid's columns (interest 0..5) and rows (influence 5..0, top down) lie.

    A column is as wide, and a row as tall, as its most crowded cell needs for its actors'
    name plates side by side (at least :data:`CELL_W` by :data:`CELL_H`): on a crowded map
    the busy cells get the room and the empty ones give it up, so that at any zoom the
    plates in a busy cell have room in proportion (far out, a plate is the same size on
    screen whatever the zoom, so only the grid's proportions decide whether names fit).
    ``xs`` are the seven column edges left to right, ``ys`` the seven row edges top down.
    """

    xs: tuple[float, ...] = tuple((i - 0.5) * CELL_W for i in range(7))
    ys: tuple[float, ...] = tuple((i - 0.5) * CELL_H for i in range(7))

    def rect(self) -> QRectF:
        """The whole grid (scene coordinates)."""
        return QRectF(self.xs[0], self.ys[0], self.xs[-1] - self.xs[0], self.ys[-1] - self.ys[0])

    def cell(self, influence: int, interest: int) -> QRectF:
        """The cell for these values (scene coordinates)."""
        row = 5 - influence
        left, right = self.xs[interest], self.xs[interest + 1]
        top, bottom = self.ys[row], self.ys[row + 1]
        return QRectF(left, top, right - left, bottom - top)

    def centre(self, influence: int, interest: int) -> QPointF:
        """The centre of the cell for these values."""
        return self.cell(influence, interest).center()

    @property
    def split_x(self) -> float:
        """Where high interest begins."""
        return self.xs[HIGH]

    @property
    def split_y(self) -> float:
        """Where high influence ends (top down)."""
        return self.ys[6 - HIGH]

    def values(self, pos: QPointF) -> tuple[int, int]:
        """(influence, interest) for a point on the grid, clamped to 0..5."""
        interest = max(0, min(5, bisect_right(self.xs, pos.x()) - 1))
        row = max(0, min(5, bisect_right(self.ys, pos.y()) - 1))
        return 5 - row, interest


def _sub_grid(count: int, slot: tuple[float, float]) -> tuple[int, int]:
    """Columns and rows of plates for ``count`` actors in one cell, as square as the plates
    allow."""
    cols = max(1, math.ceil(math.sqrt(count * slot[1] / max(slot[0], 1.0))))
    return cols, max(1, math.ceil(count / cols))


def _cells(actors: Iterable[Actor]) -> dict[tuple[int, int], list[Actor]]:
    cells: dict[tuple[int, int], list[Actor]] = defaultdict(list)
    for actor in actors:
        influence, interest = max(0, min(5, actor.influence)), max(0, min(5, actor.interest))
        cells[(influence, interest)].append(actor)
    return cells


def grid_bands(
    actors: Iterable[Actor], slot: tuple[float, float] = (COL_STEP, ROW_STEP)
) -> GridBands:
    """The bands for ``actors`` whose name plates take ``slot`` (width, height) each."""
    widths, heights = [CELL_W] * 6, [CELL_H] * 6
    for (influence, interest), members in _cells(actors).items():
        cols, rows = _sub_grid(len(members), slot)
        widths[interest] = max(widths[interest], cols * slot[0])
        heights[5 - influence] = max(heights[5 - influence], rows * slot[1])
    xs, ys = [-widths[0] / 2], [-heights[0] / 2]
    for w, h in zip(widths, heights, strict=True):
        xs.append(xs[-1] + w)
        ys.append(ys[-1] + h)
    return GridBands(tuple(xs), tuple(ys))


def grid_positions(
    actors: Iterable[Actor],
    bands: GridBands | None = None,
    slot: tuple[float, float] = (COL_STEP, ROW_STEP),
) -> dict[str, QPointF]:
    """Positions of ``actors`` on the grid (``bands`` made for plates of ``slot``); actors
    sharing a cell share it out evenly."""
    bands = bands or GridBands()
    result: dict[str, QPointF] = {}
    for (influence, interest), members in _cells(actors).items():
        cell = bands.cell(influence, interest)
        cols, rows = _sub_grid(len(members), slot)
        cols = min(cols, max(1, math.floor(cell.width() / slot[0])))
        rows = math.ceil(len(members) / cols)
        step_x, step_y = cell.width() / cols, cell.height() / rows
        for i, actor in enumerate(members):
            row, col = divmod(i, cols)
            in_row = min(cols, len(members) - row * cols)
            x = cell.center().x() + (col - (in_row - 1) / 2) * step_x
            y = cell.top() + (row + 0.5) * step_y
            result[actor.id] = QPointF(x, y)
    return result


def grid_values(pos: QPointF, bands: GridBands | None = None) -> tuple[int, int]:
    """(influence, interest) for a point on the grid, clamped to 0..5."""
    return (bands or GridBands()).values(pos)


class GridBackgroundItem(QGraphicsItem):
    """The four quadrant bands with their names (nl and en), axes and ticks."""

    def __init__(self, lang: Lang = "en", bands: GridBands | None = None) -> None:
        super().__init__()
        self.lang: Lang = lang
        self.setZValue(-100)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.bands = bands or GridBands()
        self._rect = self.bands.rect()

    def set_bands(self, bands: GridBands) -> None:
        """Draw the grid with these columns and rows."""
        if bands == self.bands:
            return
        self.prepareGeometryChange()
        self.bands = bands
        self._rect = bands.rect()
        self.update()

    def set_language(self, lang: Lang) -> None:
        """Label the quadrants in ``lang`` first."""
        self.lang = lang
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-90, -20, 20, 80)

    def quadrant_rects(self) -> dict[Quadrant, QRectF]:
        """The band of each quadrant (scene coordinates)."""
        r = self._rect
        sx, sy = self.bands.split_x, self.bands.split_y
        left = QRectF(r.left(), r.top(), sx - r.left(), sy - r.top())
        right = QRectF(sx, r.top(), r.right() - sx, sy - r.top())
        low_left = QRectF(r.left(), sy, sx - r.left(), r.bottom() - sy)
        low_right = QRectF(sx, sy, r.right() - sx, r.bottom() - sy)
        return {
            Quadrant.KEEP_SATISFIED: left,
            Quadrant.MANAGE_CLOSELY: right,
            Quadrant.MONITOR: low_left,
            Quadrant.KEEP_INFORMED: low_right,
        }

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        title = QFont()
        title.setPointSizeF(17)
        title.setBold(True)
        sub = QFont()
        sub.setPointSizeF(10)
        sub.setItalic(True)
        for quad, rect in self.quadrant_rects().items():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(_TINTS[quad]))
            painter.drawRect(rect)
            inner = rect.adjusted(14, 8, -14, -8)
            top = quad in (Quadrant.KEEP_SATISFIED, Quadrant.MANAGE_CLOSELY)
            align = Qt.AlignmentFlag.AlignTop if top else Qt.AlignmentFlag.AlignBottom
            align |= (
                Qt.AlignmentFlag.AlignRight
                if quad in (Quadrant.MANAGE_CLOSELY, Quadrant.KEEP_INFORMED)
                else Qt.AlignmentFlag.AlignLeft
            )
            painter.setPen(QColor("#5D6D7E"))
            painter.setFont(title)
            main = quad.label(self.lang)
            main = main[:1].upper() + main[1:]
            shift = 24 if top else -24
            painter.drawText(inner, align, main)
            painter.setFont(sub)
            painter.setPen(QColor("#839192"))
            painter.drawText(
                inner.translated(0, shift + (4 if top else -4)), align, quadrant_gloss(quad)
            )
        painter.setPen(QPen(QColor("#ABB2B9"), 1.5, Qt.PenStyle.DashLine))
        sx, sy = self.bands.split_x, self.bands.split_y
        painter.drawLine(QPointF(sx, self._rect.top()), QPointF(sx, self._rect.bottom()))
        painter.drawLine(QPointF(self._rect.left(), sy), QPointF(self._rect.right(), sy))
        self._paint_axes(painter)

    def _paint_axes(self, painter: QPainter) -> None:
        r = self._rect
        font = QFont()
        font.setPointSizeF(10)
        painter.setFont(font)
        painter.setPen(QPen(QColor("#566573"), 1.2))
        painter.drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.bottom()))
        painter.drawLine(QPointF(r.left(), r.top()), QPointF(r.left(), r.bottom()))
        for value in range(6):
            x = self.bands.centre(0, value).x()
            y = self.bands.centre(value, 0).y()
            painter.drawText(
                QRectF(x - 20, r.bottom() + 4, 40, 18), Qt.AlignmentFlag.AlignCenter, str(value)
            )
            painter.drawText(
                QRectF(r.left() - 34, y - 9, 28, 18), Qt.AlignmentFlag.AlignRight, str(value)
            )
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(
            QRectF(r.left(), r.bottom() + 26, r.width(), 22),
            Qt.AlignmentFlag.AlignCenter,
            QCoreApplication.translate("GridBackgroundItem", "Interest →"),
        )
        painter.save()
        painter.translate(r.left() - 62, r.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-r.height() / 2, -11, r.height(), 22),
            Qt.AlignmentFlag.AlignCenter,
            QCoreApplication.translate("GridBackgroundItem", "Influence →"),
        )
        painter.restore()
