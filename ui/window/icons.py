"""Small toolbar icons drawn with QPainter (no image files to ship or theme)."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

__all__ = ["mode_icon"]

INK = QColor("#2C3E50")
ACCENT = QColor("#2E86C1")


def _pixmap(draw: str, size: int = 32) -> QPixmap:
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 32, size / 32)
    pen = QPen(INK, 2.2)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    if draw == "mode_select":
        arrow = QPolygonF(
            [
                QPointF(9, 4),
                QPointF(9, 26),
                QPointF(14.5, 20.5),
                QPointF(18.5, 28),
                QPointF(21.5, 26.5),
                QPointF(17.5, 19),
                QPointF(25, 19),
            ]
        )
        p.setBrush(QColor("#FDFEFE"))
        p.drawPolygon(arrow)
    elif draw == "mode_add_actor":
        p.setBrush(ACCENT)
        p.drawRoundedRect(QRectF(3, 9, 20, 14), 5, 5)
        p.setPen(QPen(INK, 2.6))
        p.drawLine(QPointF(26, 4), QPointF(26, 14))
        p.drawLine(QPointF(21, 9), QPointF(31, 9))
    elif draw == "mode_connect":
        p.setBrush(ACCENT)
        p.drawEllipse(QRectF(2, 18, 11, 11))
        p.drawEllipse(QRectF(19, 3, 11, 11))
        p.drawLine(QPointF(11, 20), QPointF(21, 12))
    elif draw in ("view_zoom_in", "view_zoom_out"):
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(QRectF(4, 4, 17, 17))
        p.setPen(QPen(INK, 3.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(QPointF(19, 19), QPointF(28, 28))
        p.setPen(QPen(INK, 2.2))
        p.drawLine(QPointF(8.5, 12.5), QPointF(16.5, 12.5))
        if draw == "view_zoom_in":
            p.drawLine(QPointF(12.5, 8.5), QPointF(12.5, 16.5))
    elif draw == "edit_find":  # a magnifier over an actor's plate (zoom's has + or -)
        p.setBrush(ACCENT)
        p.drawRoundedRect(QRectF(6.5, 9.5, 12, 7), 2.5, 2.5)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(QRectF(3, 3, 19, 19))
        p.setPen(QPen(INK, 3.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(QPointF(20, 20), QPointF(28.5, 28.5))
    elif draw == "view_fit":
        for x, y, dx, dy in ((4, 4, 1, 1), (28, 4, -1, 1), (4, 28, 1, -1), (28, 28, -1, -1)):
            path = QPainterPath(QPointF(x, y + 8 * dy))
            path.lineTo(x, y)
            path.lineTo(x + 8 * dx, y)
            p.drawPath(path)
        p.setBrush(ACCENT)
        p.drawRoundedRect(QRectF(11, 12, 10, 8), 2, 2)
    elif draw == "view_map":
        p.drawLine(QPointF(8, 8), QPointF(24, 12))
        p.drawLine(QPointF(8, 8), QPointF(14, 24))
        p.drawLine(QPointF(24, 12), QPointF(14, 24))
        p.setBrush(ACCENT)
        for x, y in ((8, 8), (24, 12), (14, 24)):
            p.drawEllipse(QPointF(x, y), 4.5, 4.5)
    elif draw == "view_grid":
        tints = ("#FEF5E7", "#FDEDEC", "#F4F6F6", "#EBF5FB")
        for i, (x, y) in enumerate(((3, 3), (16, 3), (3, 16), (16, 16))):
            p.setBrush(QColor(tints[i]))
            p.drawRect(QRectF(x, y, 13, 13))
        p.setBrush(ACCENT)
        p.drawEllipse(QPointF(23, 9), 3, 3)
    elif draw == "layout":
        p.setBrush(ACCENT)
        for x, y in ((16, 5), (7, 18), (25, 18), (16, 28)):
            p.drawEllipse(QPointF(x, y), 3.5, 3.5)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawLine(QPointF(16, 8.5), QPointF(8, 15))
        p.drawLine(QPointF(16, 8.5), QPointF(24, 15))
        p.drawLine(QPointF(8, 21), QPointF(15, 25))
    p.end()
    return pix


#: the icons painted so far, by name, with the application they were painted under
_PAINTED: dict[str, QIcon] = {}
_PAINTED_FOR: list[weakref.ref[QCoreApplication] | None] = [None]


def mode_icon(name: str) -> QIcon:
    """The toolbar icon for action ``name``: painted once per application and shared (every
    window painted the same ten icons in three sizes again, 1.4 ms of each window's making;
    issue 15, the suite's time). Each caller gets its own handle on the shared pixmaps."""
    app = QCoreApplication.instance()
    painted_for = _PAINTED_FOR[0]
    if app is None or painted_for is None or painted_for() is not app:
        _PAINTED.clear()  # another application (or none): pixmaps of its own
        _PAINTED_FOR[0] = weakref.ref(app) if app is not None else None
    icon = _PAINTED.get(name)
    if icon is None:
        icon = QIcon()
        for size in (16, 24, 32):
            icon.addPixmap(_pixmap(name, size))
        _PAINTED[name] = icon
    return QIcon(icon)
