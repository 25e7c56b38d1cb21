"""Where the map's shown lines reach: the fit keeps every line and label in view.

The fit asks whether all of them lie inside the viewport up to four times (and unites them
when it places a map beside the legend). Mapping each line's rectangle to the screen was
8,000 polygons at 2,000 actors, a sixth of opening the map (issue 14); without rotation the
rectangle around them all, mapped once, answers the same (rounding to pixels keeps the order
of the corners, so the rounded union is the union of the rounded rectangles).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import QGraphicsView

from ui.canvas.items import EdgeItem

__all__ = ["line_rects", "on_screen"]


def line_rects(edges: Iterable[EdgeItem]) -> list[QRectF]:
    """The shown lines' routes and labels (scene coordinates), none empty."""
    rects = []
    for edge in edges:
        if edge.isVisible():
            rects.append(edge.route().boundingRect())
            if edge.label_shown():
                rects.append(edge.label_rect())
    return [r for r in rects if not r.isNull()]


def on_screen(view: QGraphicsView, rects: list[QRectF]) -> list[QRectF]:
    """``rects`` on ``view``'s screen (pixels) as the one rectangle around them (none for no
    rectangle); one per rectangle where the view rotates or shears."""
    if view.transform().type().value > QTransform.TransformationType.TxScale.value:
        return [view.mapFromScene(r).boundingRect().toRectF() for r in rects]
    union = QRectF()
    for rect in rects:
        union = union.united(rect)
    return [view.mapFromScene(union).boundingRect().toRectF()] if rects else []
