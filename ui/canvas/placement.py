"""Where actor items go on the map, and the order edges between two actors fan out in.

Pure helpers for :class:`ui.canvas.scene.MapScene` (no scene state).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF

from models import Actor
from ui.canvas.items import EdgeItem, MandateItem

__all__ = ["UNPLACED_STEP", "edge_key", "free_spot", "map_positions", "unplaced_positions"]

UNPLACED_STEP = 180.0
_NUMBERED = re.compile(r"^[a-z]+(\d+)$")
_RING = ((1.0, 0.0), (-1.0, 0.0), (0.0, 1.0), (0.0, -1.0))
_COS = tuple(math.cos(2 * math.pi * k / 64) for k in range(64))
_SIN = tuple(math.sin(2 * math.pi * k / 64) for k in range(64))


def unplaced_positions(actors: Sequence[Actor]) -> dict[str, QPointF]:
    """Actors without a position go in rows under the others (not written to the model)."""
    unplaced = [a for a in actors if a.position is None]
    if not unplaced:
        return {}
    placed = [a.position for a in actors if a.position is not None]
    left = min((p.x for p in placed), default=0.0)
    bottom = max((p.y for p in placed), default=-150.0) + 150.0
    per_row = 6
    spots = {}
    for i, actor in enumerate(unplaced):
        row, col = divmod(i, per_row)
        spots[actor.id] = QPointF(left + col * UNPLACED_STEP, bottom + row * 110.0)
    return spots


def map_positions(actors: Sequence[Actor]) -> dict[str, QPointF]:
    """Every actor's place on the map: its own position, or a row under the others."""
    spots = {a.id: QPointF(a.position.x, a.position.y) for a in actors if a.position is not None}
    spots.update(unplaced_positions(actors))
    return spots


def free_spot(
    wanted: QPointF, size: tuple[float, float], taken: Sequence[QRectF], step: float = 12.0
) -> QPointF:
    """The place nearest to ``wanted`` where a box of ``size`` (centred there) overlaps none
    of the ``taken`` rectangles: ``wanted`` itself when it is free, else the first free spot
    on rings around it (a new actor goes where the user clicked, or right beside it).

    Examples
    --------
    >>> spot = free_spot(QPointF(0, 0), (100, 40), [QRectF(-60, -30, 120, 60)])
    >>> QRectF(spot.x() - 50, spot.y() - 20, 100, 40).intersects(QRectF(-60, -30, 120, 60))
    False
    """
    w, h = size

    def free(x: float, y: float) -> bool:
        box = QRectF(x - w / 2, y - h / 2, w, h)
        return not any(box.intersects(r) for r in taken)

    x0, y0 = wanted.x(), wanted.y()
    if free(x0, y0):
        return QPointF(wanted)
    step = max(step, 1.0)
    ring = 1
    while ring < 400:
        r = ring * step
        # the ring's points, nearest first: sideways and up/down before the corners
        points = [(dx * r, dy * r) for dx, dy in _RING]
        count = max(8, int(math.tau * r / step))
        points += [(r * _COS[k % 64], r * _SIN[k % 64]) for k in range(0, 64, max(1, 64 // count))]
        for dx, dy in points:
            if free(x0 + dx, y0 + dy):
                return QPointF(x0 + dx, y0 + dy)
        ring += 1
    return QPointF(wanted)


def edge_key(edge: EdgeItem) -> tuple[int, int, str]:
    """A stable order of the edges between two actors: relationships, then mandates, by id."""
    match = _NUMBERED.match(edge.entity_id)
    return (int(isinstance(edge, MandateItem)), int(match.group(1)) if match else 0, edge.entity_id)
