"""Where an edge's label may go: where the route put it, then further along its line towards
either end, then beside the line, touching it; in one line or broken into two or three
(:meth:`ui.canvas.items.EdgeItem.label_spots`, chosen by :mod:`ui.canvas.readable`)."""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator

from PySide6.QtCore import QRectF

from ui.canvas.item_base import _label_size
from ui.canvas.route_facts import RouteFacts

__all__ = ["FAN_STEPS", "Box", "spots", "wrapped_width"]

Box = tuple[float, float, float, float]  # left, top, width, height (scene coordinates)

# where along its own curve a fanned line's label may go: from the middle outwards
FAN_STEPS = tuple(
    t for k in range(1, 19) for t in (round(0.5 - 0.02 * k, 2), round(0.5 + 0.02 * k, 2))
)
_STEPS = (0.44, 0.56, 0.38, 0.62, 0.28, 0.72, 0.2, 0.8)


def wrapped_width(text: str, bold: bool, lines: int) -> float | None:
    """The unscaled width of ``text`` broken at spaces into ``lines`` lines, the breaks that
    make it narrowest; None where it has fewer words than lines.

    Examples
    --------
    >>> wrapped_width("one", False, 2) is None
    True
    >>> wrapped_width("a b c", False, 3) < wrapped_width("a b c", False, 2)
    True
    """
    words = text.split(" ")
    if len(words) < lines:
        return None
    best = math.inf
    for cuts in itertools.combinations(range(1, len(words)), lines - 1):
        bounds = (0, *cuts, len(words))
        parts = (" ".join(words[a:b]) for a, b in itertools.pairwise(bounds))
        best = min(best, max(_label_size(part, bold)[0] for part in parts))
    return best


def spots(
    route: RouteFacts,
    rect: QRectF,
    text: str,
    bold: bool,
    scale: float,
    fanned: bool,
    lines: int = 1,
) -> Iterator[Box]:
    """The label's places (scene coordinates, as ``(left, top, width, height)``) for a line
    ``route`` (its points and angles asked of Qt once: :mod:`ui.canvas.route_facts`) whose
    label the route put in ``rect``, in ``lines`` lines (none where it has fewer words); a
    ``fanned`` line's only along its own curve (beside it, it would read as its neighbour's
    in the fan).

    Made one at a time, as asked: the placing takes the first free place that sits well,
    on the example most often the first one (issue 15: 261 of 702 places were looked at).
    Plain numbers, not ``QRectF``: most places are turned down at once (issue 15, the suite's
    time: 2.4 million places in a UI test run)."""
    if rect.isEmpty():
        return
    w, h = rect.width(), rect.height()
    first = (rect.x(), rect.y(), w, h)
    if lines > 1:
        wide = wrapped_width(text, bold, lines)
        if wide is None:
            return
        w = wide * scale + 2
        h = lines * h - 2 * (lines - 1) * scale
        mid = rect.center()
        first = (mid.x() - w / 2, mid.y() - h / 2, w, h)
    yield first
    for t in FAN_STEPS if fanned else _STEPS:
        x, y = route.point(t)
        yield (x - w / 2, y - h / 2, w, h)
    if fanned:
        return
    # then beside the line, touching it: off the other lines of a dense middle
    for t in (0.5, *_STEPS):
        x, y = route.point(t)
        angle = math.radians(route.angle(t))
        nx, ny = math.sin(angle), math.cos(angle)  # the normal (y grows downwards)
        reach = (abs(nx) * w + abs(ny) * h) / 2 + 1.0
        for side in (1.0, -1.0):
            cx, cy = x + side * nx * reach, y + side * ny * reach
            yield (cx - w / 2, cy - h / 2, w, h)
