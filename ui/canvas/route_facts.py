"""What placing the labels reads of a line's route, worked out once per route (issue 15).

Placing the labels (:func:`ui.canvas.readable.place_labels`) runs at every zoom and after
every edit, and each time it read every line's arrowheads and start as Qt paths, its route
flattened to points and up to seventeen points and angles along it (each asked again for
the label in one, two and three lines): a fifth of a readability pass, from routes most of
which had not changed since the last one. A line is routed into a new path object each time
(:meth:`ui.canvas.items.EdgeItem.set_route`), and nothing changes a route in place, so the
facts are kept with the path and arrowheads they were worked out from and made again once
the line holds others (or its arrowheads grew): the same numbers, asked of Qt once.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainterPath

__all__ = ["RouteFacts", "flattened"]

Head = tuple[float, float, float, float]


def flattened(path: QPainterPath) -> list[list[tuple[float, float]]]:
    """``path`` (curves flattened) as the points of each of its pieces."""
    return [
        [(at.x(), at.y()) for at in map(polygon.at, range(polygon.size()))]
        for polygon in path.toSubpathPolygons()
    ]


class RouteFacts:
    """One route's facts (``path``, ``heads`` and the arrowheads' ``size`` are the key)."""

    __slots__ = ("_angles", "_points", "_polygons", "heads", "marks", "path", "size")

    def __init__(self, path: QPainterPath, heads: tuple[Head, ...], size: float) -> None:
        self.path, self.heads, self.size = path, heads, size
        # the arrowheads and the start as drawn, each with its box (set by the placing)
        self.marks: list[tuple[QRectF, QPainterPath]] | None = None
        self._polygons: list[list[tuple[float, float]]] | None = None
        self._points: dict[float, tuple[float, float]] = {}
        self._angles: dict[float, float] = {}

    def holds(self, path: QPainterPath, heads: tuple[Head, ...], size: float) -> bool:
        """Whether these are the facts of this route (the very objects, the same size)."""
        return path is self.path and heads is self.heads and size == self.size

    def polygons(self) -> list[list[tuple[float, float]]]:
        """The route flattened (:func:`flattened`)."""
        if self._polygons is None:
            self._polygons = flattened(self.path)
        return self._polygons

    def point(self, t: float) -> tuple[float, float]:
        """``path.pointAtPercent(t)`` as numbers."""
        point = self._points.get(t)
        if point is None:
            at = self.path.pointAtPercent(t)
            point = self._points[t] = (at.x(), at.y())
        return point

    def angle(self, t: float) -> float:
        """``path.angleAtPercent(t)``."""
        angle = self._angles.get(t)
        if angle is None:
            angle = self._angles[t] = self.path.angleAtPercent(t)
        return angle
