"""Closer in, a line wider than a pixel is stroked as straight pieces (rev-user18 R5, ux19):
Qt's general stroke of the route cost by the route's whole extent, on screen or not (a paint at
2,000 actors and 80 % took 1.0-1.6 s, now 0.25-0.45 s). Counted, not timed: which QPainter call
draws the route; and the pieces follow the curve as Qt's stroke of the path does."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from ui.canvas.items import EdgeItem
from ui.canvas.stroke import stroke_route
from ui.window.main_window import MainWindow


class Counting(QPainter):
    """A painter that counts the route's strokes (our Python calls reach these overrides)."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.paths = 0
        self.lines = 0

    def drawPath(self, path: QPainterPath) -> None:
        self.paths += 1
        super().drawPath(path)

    def drawLines(self, lines: object) -> None:  # type: ignore[override]
        self.lines += 1
        super().drawLines(lines)  # type: ignore[call-overload]


def _painted(line: EdgeItem, scale: float) -> Counting:
    image = QImage(2000, 2000, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = Counting(image)
    painter.scale(scale, scale)
    painter.translate(-line.boundingRect().topLeft())
    line.paint(painter, QStyleOptionGraphicsItem())
    painter.end()
    return painter


def test_a_line_closer_in_is_stroked_as_pieces(example_window: MainWindow) -> None:
    line = next(iter(example_window.scene.mandate_items.values()))  # 3.2 wide
    near = _painted(line, 1.0)
    assert near.lines == 1  # old: 0, the route went through drawPath
    assert near.paths == 0
    thin = _painted(line, 0.25)  # under a pixel wide on screen: Qt's thin-line stroke
    assert thin.paths == 1


def _ink(draw: object, pen: QPen, route: QPainterPath, scale: float) -> np.ndarray:
    image = QImage(900, 900, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    if draw is None:
        painter.setPen(pen)
        painter.drawPath(route)
    else:
        stroke_route(painter, pen, route, scale)
    painter.end()
    bits = np.frombuffer(image.constBits(), np.uint8, image.bytesPerLine() * image.height())
    return bits.reshape(image.height(), image.bytesPerLine())[:, : image.width()].astype(int)


def test_the_pieces_follow_the_curve() -> None:
    route = QPainterPath(QPointF(10, 10))
    route.cubicTo(QPointF(200, 20), QPointF(20, 200), QPointF(210, 210))
    pen = QPen(QColor("black"), 2.0)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    for scale in (1.0, 4.0):
        path, pieces = _ink(None, pen, route, scale), _ink(stroke_route, pen, route, scale)
        inked = int((path < 128).sum())
        assert inked > 300
        assert int((np.abs(path - pieces) > 96).sum()) < 0.03 * inked
