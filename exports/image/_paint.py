"""Drawing helpers shared by the map and the charts: shapes, title, legend."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from exports.legend import EdgeEntry, Legend, NodeEntry

__all__ = ["LEGEND_GAP", "draw_legend", "draw_title", "legend_size", "shape_path", "title_font"]

LEGEND_GAP = 24.0
_SWATCH_W = 34.0
_ROW_H = 20.0
_PAD = 10.0
_COLUMN_GAP = 24.0
_DASHES = {
    "solid": Qt.PenStyle.SolidLine,
    "dash": Qt.PenStyle.DashLine,
    "dot": Qt.PenStyle.DotLine,
    "dashdot": Qt.PenStyle.DashDotLine,
}


def title_font() -> QFont:
    """The font of a page title."""
    font = QFont("DejaVu Sans")
    font.setPixelSize(22)
    font.setBold(True)
    return font


def _text_font(bold: bool = False) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPixelSize(12)
    font.setBold(bold)
    return font


def draw_title(painter: QPainter, text: str, rect: QRectF) -> None:
    """``text`` in the title font, left-aligned and elided to ``rect``'s width."""
    painter.save()
    font = title_font()
    painter.setFont(font)
    painter.setPen(QColor("#17202A"))
    shown = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)
    painter.restore()


def title_height(text: str | None) -> float:
    """Height a title takes (0 without one)."""
    return QFontMetricsF(title_font()).height() * 1.6 if text else 0.0


def shape_path(shape: str, rect: QRectF) -> QPainterPath:
    """A QPainterPath of one of the shapes of :mod:`exports.style` filling ``rect``."""
    path = QPainterPath()
    x, y, w, h = rect.x(), rect.y(), rect.width(), rect.height()
    cx, cy = rect.center().x(), rect.center().y()
    if shape in ("ellipse", "circle"):
        if shape == "circle":
            d = min(w, h)
            path.addEllipse(QRectF(cx - d / 2, cy - d / 2, d, d))
        else:
            path.addEllipse(rect)
        return path
    if shape == "roundrect":
        path.addRoundedRect(rect, h / 4, h / 4)
        return path
    points: list[tuple[float, float]]
    if shape == "hexagon":
        points = [
            (x + w / 4, y),
            (x + 3 * w / 4, y),
            (x + w, cy),
            (x + 3 * w / 4, y + h),
            (x + w / 4, y + h),
            (x, cy),
        ]
    elif shape == "octagon":
        a, b = w * 0.3, h * 0.3
        points = [
            (x + a, y),
            (x + w - a, y),
            (x + w, y + b),
            (x + w, y + h - b),
            (x + w - a, y + h),
            (x + a, y + h),
            (x, y + h - b),
            (x, y + b),
        ]
    elif shape == "diamond":
        points = [(cx, y), (x + w, cy), (cx, y + h), (x, cy)]
    elif shape == "triangle":
        points = [(cx, y), (x + w, y + h), (x, y + h)]
    elif shape == "parallelogram":
        points = [(x + w / 4, y), (x + w, y), (x + 3 * w / 4, y + h), (x, y + h)]
    else:
        path.addRect(rect)
        return path
    path.addPolygon(QPolygonF([QPointF(px, py) for px, py in points]))
    path.closeSubpath()
    return path


def _column_width(texts: list[str]) -> float:
    metrics = QFontMetricsF(_text_font())
    return _SWATCH_W + 8 + max((metrics.horizontalAdvance(t) for t in texts), default=0.0) + 4


def legend_size(legend: Legend, columns: int = 1) -> tuple[float, float]:
    """Width and height of the legend box: one column, or (``columns`` 2, a legend under a
    map on an upright page) the actors' kinds beside the kinds of line."""
    bold = QFontMetricsF(_text_font(True))
    nodes, edges = [e.text for e in legend.nodes], [e.text for e in legend.edges]
    if columns > 1 and nodes and edges:
        width = _PAD * 2 + _column_width(nodes) + _COLUMN_GAP + _column_width(edges)
        rows = max(len(nodes), len(edges))
        height = _PAD * 2 + _ROW_H * (rows + 1)
    else:
        width = _PAD * 2 + _column_width(nodes + edges)
        extra = _ROW_H / 2 if nodes and edges else 0.0
        height = _PAD * 2 + _ROW_H * (len(nodes) + len(edges) + 1) + extra
    width = max(width, _PAD * 2 + bold.horizontalAdvance(legend.title))
    return math.ceil(width), math.ceil(height)


def _draw_node(painter: QPainter, entry: NodeEntry, rect: QRectF) -> None:
    """As the map draws an actor: a rounded plate in its colour with the kind's shape as a
    small white icon on it (new user, fourth round, 11: the legend showed filled shapes the
    map no longer draws)."""
    colour = QColor(entry.colour)
    painter.setPen(QPen(colour.darker(140), 1.0))
    painter.setBrush(QBrush(colour))
    painter.drawRoundedRect(rect, rect.height() / 3, rect.height() / 3)
    side = rect.height() * 0.62
    icon = QRectF(rect.x() + rect.height() * 0.3, rect.center().y() - side / 2, side, side)
    painter.setPen(QPen(QColor("white"), 1.2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(shape_path(entry.shape, icon))


def _draw_edge(painter: QPainter, entry: EdgeEntry, y: float, x0: float, x1: float) -> None:
    pen = QPen(QColor(entry.colour), entry.width)
    pen.setStyle(_DASHES.get(entry.dash, Qt.PenStyle.SolidLine))
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    painter.drawLine(QPointF(x0, y), QPointF(x1 - 6, y))
    if entry.arrow in ("forward", "both"):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(entry.colour)))
        head = QPolygonF([QPointF(x1, y), QPointF(x1 - 8, y - 4), QPointF(x1 - 8, y + 4)])
        painter.drawPolygon(head)


def draw_legend(painter: QPainter, legend: Legend, origin: QPointF, columns: int = 1) -> None:
    """The legend box with its top-left corner at ``origin`` (see :func:`legend_size`)."""
    width, height = legend_size(legend, columns)
    painter.save()
    box = QRectF(origin.x(), origin.y(), width, height)
    painter.setPen(QPen(QColor("#AAB7B8"), 1.0))
    painter.setBrush(QBrush(QColor("#FDFEFE")))
    painter.drawRoundedRect(box, 6, 6)
    x = origin.x() + _PAD
    y = origin.y() + _PAD
    painter.setFont(_text_font(True))
    painter.setPen(QColor("#17202A"))
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    painter.drawText(QRectF(x, y, width - 2 * _PAD, _ROW_H), flags, legend.title)
    y += _ROW_H
    painter.setFont(_text_font())
    for node in legend.nodes:
        _draw_node(painter, node, QRectF(x + 2, y + 3, _SWATCH_W - 4, _ROW_H - 6))
        painter.setPen(QColor("#17202A"))
        painter.drawText(QRectF(x + _SWATCH_W + 8, y, width, _ROW_H), flags, node.text)
        y += _ROW_H
    if columns > 1 and legend.nodes and legend.edges:  # the lines in a column of their own
        x += _column_width([e.text for e in legend.nodes]) + _COLUMN_GAP
        y = origin.y() + _PAD + _ROW_H
    elif legend.nodes and legend.edges:
        y += _ROW_H / 2
    for edge in legend.edges:
        _draw_edge(painter, edge, y + _ROW_H / 2, x, x + _SWATCH_W)
        painter.setPen(QColor("#17202A"))
        painter.drawText(QRectF(x + _SWATCH_W + 8, y, width, _ROW_H), flags, edge.text)
        y += _ROW_H
    painter.restore()
