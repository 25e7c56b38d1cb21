"""The printed legend draws actors as the map does (new user, fourth round, 11: the nota's
legend showed filled hexagons and ellipses while the map above it drew rounded plates with a
small icon): a plate in the kind's colour with the shape as a white icon on it."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter

from exports.image._paint import draw_legend, legend_size
from exports.legend import legend_for_case
from models.example import example_case


def test_each_actor_kind_is_a_coloured_plate_with_a_white_icon(qapp: object) -> None:
    legend = legend_for_case(example_case(), "en")
    width, height = legend_size(legend)
    image = QImage(int(width), int(height), QImage.Format.Format_RGB32)
    image.fill(QColor("#FDFEFE"))
    painter = QPainter(image)
    draw_legend(painter, legend, QPointF(0, 0))
    painter.end()
    assert legend.nodes
    for row, node in enumerate(legend.nodes):
        top = 10 + 20 * (row + 1) + 3  # the swatch as draw_legend lays it out
        band = [QColor(image.pixel(x, y)) for x in range(12, 44) for y in range(top, top + 14)]
        colour = QColor(node.colour)
        plate = [
            c
            for c in band
            if abs(c.red() - colour.red())
            + abs(c.green() - colour.green())
            + abs(c.blue() - colour.blue())
            < 12
        ]
        white = [c for c in band if c == QColor("white")]
        assert len(plate) > 150, node.text  # a filled plate in the kind's colour
        assert white, node.text  # with the white icon on it
