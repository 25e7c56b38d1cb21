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
        points = [(x + w / 4, y), (x + 3 * w / 4, y), (x + w, cy), (x + 3 * w / 4, y + h),
                  (x + w / 4, y + h), (x, cy)]  # fmt: skip
    elif shape == "octagon":
        a, b = w * 0.3, h * 0.3
        points = [(x + a, y), (x + w - a, y), (x + w, y + b), (x + w, y + h - b),
                  (x + w - a, y + h), (x + a, y + h), (x, y + h - b), (x, y + b)]  # fmt: skip
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


def legend_size(legend: Legend) -> tuple[float, float]:
    """Width and height of the legend box."""
    metrics = QFontMetricsF(_text_font())
    bold = QFontMetricsF(_text_font(True))
    texts = [e.text for e in legend.nodes] + [e.text for e in legend.edges]
    text_w = max(
        [metrics.horizontalAdvance(t) for t in texts] + [bold.horizontalAdvance(legend.title)]
    )
    rows = len(legend.nodes) + len(legend.edges)
    extra = _ROW_H / 2 if legend.nodes and legend.edges else 0.0
    width = _PAD * 2 + _SWATCH_W + 8 + text_w + 4
    height = _PAD * 2 + _ROW_H * (rows + 1) + extra
    return math.ceil(width), math.ceil(height)


def _draw_node(painter: QPainter, entry: NodeEntry, rect: QRectF) -> None:
    painter.setPen(QPen(QColor("#333333"), 1.0))
    painter.setBrush(QBrush(QColor(entry.colour)))
    painter.drawPath(shape_path(entry.shape, rect))


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


def draw_legend(painter: QPainter, legend: Legend, origin: QPointF) -> None:
    """The legend box with its top-left corner at ``origin``."""
    width, height = legend_size(legend)
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
    text_x = x + _SWATCH_W + 8
    for node in legend.nodes:
        _draw_node(painter, node, QRectF(x + 2, y + 3, _SWATCH_W - 4, _ROW_H - 6))
        painter.setPen(QColor("#17202A"))
        painter.drawText(QRectF(text_x, y, width, _ROW_H), flags, node.text)
        y += _ROW_H
    if legend.nodes and legend.edges:
        y += _ROW_H / 2
    for edge in legend.edges:
        _draw_edge(painter, edge, y + _ROW_H / 2, x, x + _SWATCH_W)
        painter.setPen(QColor("#17202A"))
        painter.drawText(QRectF(text_x, y, width, _ROW_H), flags, edge.text)
        y += _ROW_H
    painter.restore()
