"""A line's route stroked as the straight pieces the screen shows (issue 14, rev-user18 R5).

Closer in than :data:`~ui.canvas.item_base.LOD_ARROWS` each line paints its own route. Qt's
raster engine strokes a path of a pen wider than one pixel through its general outline
rasteriser, which costs by the path's whole extent, on screen or not: at 2,000 actors and
80 % the 1,450 lines in view (each ~2,300 pixels long, most of it off screen) took 0.5-0.7 s
of a 0.7-1.1 s paint, and a wheel step closer in at 10,000 actors 1-2 s under load. Drawn as
straight lines (``drawLines``: Qt's line rasteriser) the same routes take 0.07-0.09 s. A pen
a pixel wide or less on screen keeps the path: Qt's thin-line stroker is faster for it.

The route is flattened at the painter's scale (Qt's own flattening tolerance, in device
pixels), so the pieces follow the curve as closely as Qt's stroke of the path does. A solid
line's pieces get square caps, so the joints close; a dashed one keeps flat caps (square caps
would fill a dotted line's gaps), its pattern starting again at each joint.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen, QTransform

__all__ = ["stroke_route"]


def stroke_route(painter: QPainter, pen: QPen, route: QPainterPath, lod: float) -> None:
    """Stroke ``route`` with ``pen``: as straight pieces flattened at ``lod`` (the painter's
    scale) where the pen is wider than a pixel; a thinner one as the path (Qt's thin-line
    stroker, faster for it than the pieces)."""
    if pen.widthF() * lod <= 1.0:
        painter.setPen(pen)
        painter.drawPath(route)
        return
    scale = max(lod, 1e-6)
    there, back = QTransform.fromScale(scale, scale), QTransform.fromScale(1 / scale, 1 / scale)
    pieces: list[QLineF] = []
    for polygon in route.toSubpathPolygons(there):
        points = back.map(polygon)
        pieces.extend(QLineF(points.at(i), points.at(i + 1)) for i in range(points.size() - 1))
    if pen.style() == Qt.PenStyle.SolidLine:
        pen = QPen(pen)
        pen.setCapStyle(Qt.PenCapStyle.SquareCap)
    painter.setPen(pen)
    painter.drawLines(pieces)
