"""How a severity is shown: its colour and its icon (a circle, triangle or square), in the
Findings dock and the compare view."""

from __future__ import annotations

import functools

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QPolygonF

from mapper.findings import Severity

__all__ = ["SEVERITY_COLORS", "severity_color", "severity_icon"]

SEVERITY_COLORS: dict[Severity, str] = {
    Severity.CRITICAL: "#c62828",
    Severity.WARNING: "#ef8f00",
    Severity.INFO: "#1e73be",
}


def severity_color(severity: Severity) -> QColor:
    """The colour a severity is shown in."""
    return QColor(SEVERITY_COLORS[severity])


@functools.cache
def severity_icon(severity: Severity, size: int = 14) -> QIcon:
    """A filled circle (critical), triangle (warning) or square (info) in the severity colour."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(severity_color(severity))
    m = 1
    if severity is Severity.CRITICAL:
        painter.drawEllipse(m, m, size - 2 * m, size - 2 * m)
    elif severity is Severity.WARNING:
        painter.drawPolygon(
            QPolygonF([QPointF(size / 2, m), QPointF(size - m, size - m), QPointF(m, size - m)])
        )
    else:
        painter.drawRect(m + 1, m + 1, size - 2 * m - 2, size - 2 * m - 2)
    painter.end()
    return QIcon(pixmap)
