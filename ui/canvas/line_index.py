"""Where the map's lines run, on a coarse grid: "does another line cross this rectangle?"
asked against the pieces of line near the rectangle only.

The readability pass (:mod:`ui.canvas.readable`) keeps edge labels off other lines. It used
to sample every line at a third of a label's height (up to 300 points a line, each a grid
entry, each found by ``pointAtPercent``, which measures the whole path again): about 350,000
grid visits per pass at 200 actors, 1-3 s on the GUI thread after every edit. Here a line is
its flattened polygon, cut into pieces no longer than a grid cell (a label's width), and a
rectangle is tested exactly against the pieces in its cells: fewer entries, and a line that
only clips a label's corner between two sample points now counts as crossing it.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from itertools import pairwise

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainterPath

from ui.canvas.route_facts import flattened

__all__ = ["LineIndex", "cell_keys"]

_Piece = tuple[float, float, float, float, str]  # x1, y1, x2, y2, owner


def cell_keys(
    left: float, top: float, right: float, bottom: float, cell: float
) -> Iterator[tuple[int, int]]:
    """The grid cells (of side ``cell``) a rectangle touches."""
    for gx in range(int(left // cell), int(right // cell) + 1):
        for gy in range(int(top // cell), int(bottom // cell) + 1):
            yield gx, gy


def crosses(x1: float, y1: float, x2: float, y2: float, rect: QRectF) -> bool:
    """Whether the segment from (x1, y1) to (x2, y2) meets ``rect`` (Liang-Barsky clipping).

    Examples
    --------
    >>> box = QRectF(0, 0, 10, 10)
    >>> crosses(-5, 5, 15, 5, box), crosses(-5, -1, 15, -1, box), crosses(-5, 4, 6, 15, box)
    (True, False, True)
    """
    return _meets(x1, y1, x2, y2, rect.left(), rect.top(), rect.right(), rect.bottom())


def _meets(
    x1: float, y1: float, x2: float, y2: float, left: float, top: float, right: float, bottom: float
) -> bool:
    """:func:`crosses` for a rectangle given by its edges: the index asks it about every
    piece of line near a label, hundreds of thousands of times in a UI test run (issue 15),
    so the four clipping steps are written out and the rectangle's edges read once.

    >>> _meets(-5, 5, 15, 5, 0, 0, 10, 10), _meets(5, -5, 5, -1, 0, 0, 10, 10)
    (True, False)
    """
    # max(lo, u) and min(hi, u) written as comparisons: the same values, fewer calls
    lo, hi = 0.0, 1.0
    dx = x2 - x1
    if dx == 0.0:
        if x1 - left < 0.0 or right - x1 < 0.0:
            return False
    else:  # over the left edge and over the right one, in or out by the direction
        u, v = (x1 - left) / -dx, (right - x1) / dx
        if dx > 0.0:
            lo, hi = (u if u > lo else lo), (v if v < hi else hi)
        else:
            lo, hi = (v if v > lo else lo), (u if u < hi else hi)
        if lo > hi:
            return False
    dy = y2 - y1
    if dy == 0.0:
        return not (y1 - top < 0.0 or bottom - y1 < 0.0)
    u, v = (y1 - top) / -dy, (bottom - y1) / dy
    if dy > 0.0:
        lo, hi = (u if u > lo else lo), (v if v < hi else hi)
    else:
        lo, hi = (v if v > lo else lo), (u if u < hi else hi)
    return lo <= hi


class LineIndex:
    """The pieces of the lines added, each owned (a line is not in its own way)."""

    def __init__(self, cell: float) -> None:
        self.cell = max(cell, 1.0)
        self._cells: dict[tuple[int, int], list[_Piece]] = {}
        self.pieces = 0  # how many pieces were filed (the index's size, for the tests)

    def add(self, path: QPainterPath, owner: str) -> None:
        """File the line ``path`` (scene coordinates; curves flattened) under ``owner``."""
        self.add_points(flattened(path), owner)

    def add_points(self, polygons: list[list[tuple[float, float]]], owner: str) -> None:
        """File a line flattened already (:func:`ui.canvas.route_facts.flattened`)."""
        for points in polygons:
            for (x1, y1), (x2, y2) in pairwise(points):
                self._segment(x1, y1, x2, y2, owner)

    def _segment(self, x1: float, y1: float, x2: float, y2: float, owner: str) -> None:
        cell = self.cell
        count = max(1, math.ceil(math.hypot(x2 - x1, y2 - y1) / cell))
        if count == 1:  # most pieces of a flattened curve: no cutting, the cells walked here
            piece, cells = (x1, y1, x2, y2, owner), self._cells
            left, right = (x1, x2) if x1 < x2 else (x2, x1)
            top, bottom = (y1, y2) if y1 < y2 else (y2, y1)
            for gx in range(int(left // cell), int(right // cell) + 1):
                for gy in range(int(top // cell), int(bottom // cell) + 1):
                    cells.setdefault((gx, gy), []).append(piece)
            self.pieces += 1
            return
        dx, dy = (x2 - x1) / count, (y2 - y1) / count
        for k in range(count):
            ax, ay = x1 + k * dx, y1 + k * dy
            bx, by = (x2, y2) if k == count - 1 else (ax + dx, ay + dy)
            piece = (ax, ay, bx, by, owner)
            keys = cell_keys(min(ax, bx), min(ay, by), max(ax, bx), max(ay, by), self.cell)
            for key in keys:
                self._cells.setdefault(key, []).append(piece)
            self.pieces += 1

    def hits(self, rect: QRectF, ignore: str) -> bool:
        """Whether a line not owned by ``ignore`` runs through ``rect``."""
        left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
        for key in cell_keys(left, top, right, bottom, self.cell):
            for x1, y1, x2, y2, owner in self._cells.get(key, ()):
                if owner != ignore and _meets(x1, y1, x2, y2, left, top, right, bottom):
                    return True
        return False
