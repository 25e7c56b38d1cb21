"""Where actor items go on the map, and the order edges between two actors fan out in.

Pure helpers for :class:`ui.canvas.scene.MapScene` (no scene state).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QPointF

from models import Actor
from ui.canvas.items import EdgeItem, MandateItem

__all__ = ["UNPLACED_STEP", "edge_key", "map_positions", "unplaced_positions"]

UNPLACED_STEP = 180.0
_NUMBERED = re.compile(r"^[a-z]+(\d+)$")


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


def edge_key(edge: EdgeItem) -> tuple[int, int, str]:
    """A stable order of the edges between two actors: relationships, then mandates, by id."""
    match = _NUMBERED.match(edge.entity_id)
    return (int(isinstance(edge, MandateItem)), int(match.group(1)) if match else 0, edge.entity_id)
