"""A PNG of a map far wider than tall, drawn in bands stacked under each other.

The hierarchy of 10,000 actors is about 28 times as wide as it is tall: its picture was a
band of about 40 pixels along the top of a 4,600 x 1,132 page, the rest white beside the
legend (rev-user16 U4). Cut into bands laid under each other, as lines of text, the same map
fills a page of about 1.6 times as wide as tall, each band 4 to 5 times larger. Vector
pictures (SVG, PDF) keep the one strip: the reader zooms in there.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

__all__ = ["BAND_AT", "GAP", "band_count", "banded", "render_bands"]

BAND_AT = 6.0  # a map this many times as wide as tall is drawn in bands
SHAPE = 1.6  # the shape aimed at: as wide as 1.6 times the height
GAP = 0.12  # between two bands, of a band's height


def band_count(width: float, height: float) -> int:
    """How many bands a map of ``width`` x ``height`` is drawn in (1: as it is).

    >>> band_count(1000.0, 800.0), band_count(28_000.0, 1_000.0), band_count(8_000.0, 1_000.0)
    (1, 4, 2)
    """
    if height <= 0 or width / height < BAND_AT:
        return 1
    return max(1, round(math.sqrt(width / height / SHAPE)))


def banded(width: float, height: float) -> tuple[float, float]:
    """The size the bands of a map of ``width`` x ``height`` take together (the same units).

    >>> banded(28_000.0, 1_000.0)
    (7000.0, 4360.0)
    """
    k = band_count(width, height)
    return width / k, height * k + height * GAP * (k - 1)


def render_bands(scene: Any, painter: QPainter, target: QRectF, source: QRectF) -> None:
    """Draw ``source`` of ``scene`` into ``target`` (the size :func:`banded` gives) in bands,
    a thin grey rule between two."""
    k = band_count(source.width(), source.height())
    part = source.width() / k
    high = target.height() / (k + GAP * (k - 1))
    for i in range(k):
        cut = QRectF(source.left() + i * part, source.top(), part, source.height())
        top = target.top() + i * high * (1 + GAP)
        scene.render(
            painter,
            QRectF(target.left(), top, target.width(), high),
            cut,
            Qt.AspectRatioMode.KeepAspectRatio,
        )
        if i:
            painter.save()
            painter.setPen(QPen(QColor("#B3B6B7"), max(high * 0.004, 0.5), Qt.PenStyle.DashLine))
            rule = top - high * GAP / 2
            painter.drawLine(QLineF(target.left(), rule, target.right(), rule))
            painter.restore()
