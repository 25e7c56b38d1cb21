"""Which rectangles overlap: the name plates, actors and labels the readability pass
(:mod:`ui.canvas.readable`) has placed, on a coarse grid."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRectF

from ui.canvas.line_index import cell_keys

__all__ = ["Boxes", "covered"]


class Boxes:
    """Rectangles on a coarse grid, for quick "does this overlap anything" questions. Each is
    kept with its edges as floats, compared in Python: the label placing asks ``hits``
    hundreds of times per label, and each asked Qt (``QRectF.intersects``) about every
    rectangle near it (issue 15)."""

    def __init__(self, cell: float) -> None:
        self.cell = max(cell, 1.0)
        self._cells: dict[tuple[int, int], list[tuple[float, float, float, float, QRectF, str]]]
        self._cells = {}

    def _keys(self, rect: QRectF) -> Iterable[tuple[int, int]]:
        return cell_keys(rect.left(), rect.top(), rect.right(), rect.bottom(), self.cell)

    def add(self, rect: QRectF, owner: str = "") -> None:
        x1, y1, x2, y2 = rect.left(), rect.top(), rect.right(), rect.bottom()
        left, right = (x1, x2) if x1 <= x2 else (x2, x1)  # turned round as Qt does
        top, bottom = (y1, y2) if y1 <= y2 else (y2, y1)
        if left == right or top == bottom:
            return  # an empty rectangle overlaps nothing (QRectF.intersects, intersected)
        for key in cell_keys(x1, y1, x2, y2, self.cell):
            self._cells.setdefault(key, []).append((left, top, right, bottom, rect, owner))

    def hits(self, rect: QRectF, ignore: str | None = None) -> bool:
        """Whether ``rect`` overlaps one here (not the one of ``ignore``), as
        ``QRectF.intersects`` says: by more than a touching edge."""
        x1, y1, x2, y2 = rect.left(), rect.top(), rect.right(), rect.bottom()
        if not (x1 < x2 and y1 < y2):  # empty or turned round (rare): Qt decides
            cells = self._cells
            keys = cell_keys(x1, y1, x2, y2, self.cell)
            near = (entry for key in keys for entry in cells.get(key, ()))
            return any(o != ignore and other.intersects(rect) for *_, other, o in near)
        return self.hits_edges(x1, y1, x2, y2, ignore)

    def hits_around(self, x: float, y: float, w: float, h: float, gap: float) -> bool:
        """:meth:`hits` for ``QRectF(x, y, w, h).adjusted(-gap, -gap, gap, gap)``, its edges
        worked out as Qt does, without making the rectangle (a label's places)."""
        left, top = x + -gap, y + -gap
        right, bottom = left + ((w + gap) - -gap), top + ((h + gap) - -gap)
        if left < right and top < bottom:
            return self.hits_edges(left, top, right, bottom)
        return self.hits(QRectF(x, y, w, h).adjusted(-gap, -gap, gap, gap))  # Qt decides

    def hits_edges(
        self, x1: float, y1: float, x2: float, y2: float, ignore: str | None = None
    ) -> bool:
        """:meth:`hits` for a rectangle given by its edges, left < right and top < bottom
        (the label placing asks it of 2.4 million places a UI test run: no ``QRectF``, and
        the grid's cells walked here, not by a generator; issue 15)."""
        cell, cells = self.cell, self._cells
        for gx in range(int(x1 // cell), int(x2 // cell) + 1):
            for gy in range(int(y1 // cell), int(y2 // cell) + 1):
                for a, b, c, d, _, owner in cells.get((gx, gy), ()):
                    if a < x2 and x1 < c and b < y2 and y1 < d and owner != ignore:
                        return True
        return False

    def covers(self, rect: QRectF, ignore: str, skip: set[str], share: float = 0.2) -> bool:
        """Whether ``rect`` lies over more than ``share`` of a rectangle here (not the one
        of ``ignore`` nor of those in ``skip``)."""
        for key in self._keys(rect):
            for *_, other, owner in self._cells.get(key, ()):
                if owner != ignore and owner not in skip and covered(other, rect, share):
                    return True
        return False


def covered(small: QRectF, plate: QRectF, share: float = 0.2) -> bool:
    """Whether ``plate`` lies over more than ``share`` of ``small``."""
    both = small.intersected(plate)
    if both.isEmpty():
        return False
    return both.width() * both.height() > share * small.width() * small.height()
