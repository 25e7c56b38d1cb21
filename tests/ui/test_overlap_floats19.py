"""The label placing's overlap questions answered on floats give Qt's answers (issue 15).

``ui.canvas.overlap.Boxes.hits`` and ``ui.canvas.line_index.LineIndex.hits`` compare a
rectangle's edges as floats instead of asking ``QRectF.intersects`` and reading the edges
once per stored rectangle or piece of line: 2.5 times faster on the example's labels, the
same places (tests/ui/test_readable.py, test_label_work.py). Here: the same answers as Qt's
and as the clipping written as a loop, also for empty and turned-round rectangles.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QRectF

from ui.canvas.line_index import LineIndex, cell_keys, crosses
from ui.canvas.overlap import Boxes
from ui.canvas.scene import MapScene

# coordinates on a coarse grid too, so edges touch and segments run along them
coord = st.one_of(st.sampled_from([-5.0, 0.0, 2.5, 5.0, 10.0]), st.floats(-20, 20))
rects = st.builds(QRectF, coord, coord, st.floats(-8, 12), st.floats(-8, 12))


def _clipped(x1: float, y1: float, x2: float, y2: float, rect: QRectF) -> bool:
    """Liang-Barsky as the loop it was before (session 18)."""
    dx, dy = x2 - x1, y2 - y1
    lo, hi = 0.0, 1.0
    for p, q in (
        (-dx, x1 - rect.left()),
        (dx, rect.right() - x1),
        (-dy, y1 - rect.top()),
        (dy, rect.bottom() - y1),
    ):
        if p == 0.0:
            if q < 0.0:
                return False
            continue
        u = q / p
        if p < 0.0:
            lo = max(lo, u)
        else:
            hi = min(hi, u)
        if lo > hi:
            return False
    return True


@given(coord, coord, coord, coord, rects)
def test_a_segment_meets_a_rectangle_as_clipping_says(
    x1: float, y1: float, x2: float, y2: float, rect: QRectF
) -> None:
    assert crosses(x1, y1, x2, y2, rect) == _clipped(x1, y1, x2, y2, rect)
    index = LineIndex(7.0)
    index._segment(x1, y1, x2, y2, "other")
    keys = cell_keys(rect.left(), rect.top(), rect.right(), rect.bottom(), index.cell)
    near = {piece for key in keys for piece in index._cells.get(key, ())}
    assert index.hits(rect, "own") == any(_clipped(*piece[:4], rect) for piece in near)
    assert not index.hits(rect, "other")  # a line is not in its own way


owners = st.sampled_from("abc")


@given(st.lists(st.tuples(rects, owners), max_size=12), rects, st.sampled_from([None, "a"]))
def test_boxes_say_what_qrectf_intersects_says(
    stored: list[tuple[QRectF, str]], asked: QRectF, ignore: str | None
) -> None:
    boxes = Boxes(7.0)
    for rect, owner in stored:
        boxes.add(rect, owner)
    near = set(boxes._keys(asked))
    expected = any(
        (ignore is None or owner != ignore)
        and rect.intersects(asked)
        and near & set(boxes._keys(rect))
        for rect, owner in stored
    )
    assert boxes.hits(asked, ignore) == expected


gaps = st.one_of(st.sampled_from([0.0, 0.5, 3.0]), st.floats(0, 6))


@given(st.lists(st.tuples(rects, owners), max_size=12), rects, gaps)
def test_a_place_with_its_gap_hits_what_the_adjusted_rectangle_hits(
    stored: list[tuple[QRectF, str]], place: QRectF, gap: float
) -> None:
    """The label placing asks about a place as plain numbers (issue 15, the suite's time):
    the same answer as for the place's ``QRectF`` widened by ``gap`` with ``adjusted``."""
    boxes = Boxes(7.0)
    for rect, owner in stored:
        boxes.add(rect, owner)
    x, y, w, h = place.x(), place.y(), place.width(), place.height()
    widened = QRectF(x, y, w, h).adjusted(-gap, -gap, gap, gap)
    assert boxes.hits_around(x, y, w, h, gap) == boxes.hits(widened)


def test_a_lines_label_places_are_plain_numbers(canvas: tuple[object, MapScene, object]) -> None:
    """Most places are turned down at once: they are made as numbers, a ``QRectF`` only for
    the few that are free (2.4 million places in a UI test run)."""
    _, scene, _ = canvas
    edge = next(e for e in scene.relationship_items.values() if e.shown_text())
    places = [place for count in (1, 2, 3) for place in edge.label_spots(count)]
    assert places
    assert all(isinstance(p, tuple) and all(isinstance(v, float) for v in p) for p in places)
    first = QRectF(*places[0])
    assert first == edge.label_rect()  # where the route put it, first
