"""The power/interest grid view: actors placed by influence and interest over quadrant bands.

Interest runs left to right (0..5), influence bottom to top (0..5); 3 and above is high
(:data:`mapper.quadrant.HIGH`). Dragging an actor in this view changes its influence and
interest, not its map position.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

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
    "grid_positions",
    "grid_values",
    "quadrant_gloss",
]

CELL_W = 210.0
CELL_H = 170.0
ROW_STEP = 76.0  # room for a name plate of three lines between two actors sharing a cell
COL_STEP = 110.0
_SPLIT_X = (HIGH - 0.5) * CELL_W
_SPLIT_Y = (5 - (HIGH - 0.5)) * CELL_H
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


def cell_centre(influence: int, interest: int) -> QPointF:
    """The centre of the grid cell for these values (scene coordinates)."""
    return QPointF(interest * CELL_W, (5 - influence) * CELL_H)


def grid_positions(actors: Iterable[Actor]) -> dict[str, QPointF]:
    """Positions of ``actors`` on the grid; actors sharing a cell are spread inside it."""
    cells: dict[tuple[int, int], list[Actor]] = defaultdict(list)
    for actor in actors:
        cells[(actor.influence, actor.interest)].append(actor)
    result: dict[str, QPointF] = {}
    for (influence, interest), members in cells.items():
        centre = cell_centre(influence, interest)
        columns = (len(members) + 2) // 3
        per_column = (len(members) + columns - 1) // columns
        for i, actor in enumerate(members):
            col, row = divmod(i, per_column)
            rows_here = min(per_column, len(members) - col * per_column)
            dx = (col - (columns - 1) / 2) * COL_STEP
            dy = (row - (rows_here - 1) / 2) * ROW_STEP
            result[actor.id] = QPointF(centre.x() + dx, centre.y() + dy)
    return result


def grid_values(pos: QPointF) -> tuple[int, int]:
    """(influence, interest) for a point on the grid, rounded and clamped to 0..5."""
    interest = round(pos.x() / CELL_W)
    influence = round(5 - pos.y() / CELL_H)
    return max(0, min(5, influence)), max(0, min(5, interest))


class GridBackgroundItem(QGraphicsItem):
    """The four quadrant bands with their names (nl and en), axes and ticks."""

    def __init__(self, lang: Lang = "en") -> None:
        super().__init__()
        self.lang: Lang = lang
        self.setZValue(-100)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._rect = QRectF(-0.5 * CELL_W, -0.5 * CELL_H, 6 * CELL_W, 6 * CELL_H)

    def set_language(self, lang: Lang) -> None:
        """Label the quadrants in ``lang`` first."""
        self.lang = lang
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-90, -20, 20, 80)

    def quadrant_rects(self) -> dict[Quadrant, QRectF]:
        """The band of each quadrant (scene coordinates)."""
        r = self._rect
        left = QRectF(r.left(), r.top(), _SPLIT_X - r.left(), _SPLIT_Y - r.top())
        right = QRectF(_SPLIT_X, r.top(), r.right() - _SPLIT_X, _SPLIT_Y - r.top())
        low_left = QRectF(r.left(), _SPLIT_Y, _SPLIT_X - r.left(), r.bottom() - _SPLIT_Y)
        low_right = QRectF(_SPLIT_X, _SPLIT_Y, r.right() - _SPLIT_X, r.bottom() - _SPLIT_Y)
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
        painter.drawLine(
            QPointF(_SPLIT_X, self._rect.top()), QPointF(_SPLIT_X, self._rect.bottom())
        )
        painter.drawLine(
            QPointF(self._rect.left(), _SPLIT_Y), QPointF(self._rect.right(), _SPLIT_Y)
        )
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
            x = value * CELL_W
            y = (5 - value) * CELL_H
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
