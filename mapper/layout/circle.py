"""Circle layout: actors around one circle, grouped by sphere with a gap between groups."""

from __future__ import annotations

import numpy as np

from mapper.layout._common import GAP_X, NODE_W, SPHERE_ORDER, FloatArray, Ticker
from models import Case

__all__ = ["circle_positions"]


def circle_positions(case: Case, tick: Ticker) -> FloatArray:
    """Centres (n x 2): spheres in the fixed order, then organisation and name, clockwise."""
    actors = list(case.actors)
    n = len(actors)
    out = np.zeros((n, 2))
    if n == 0:
        return out
    rank = {s: i for i, s in enumerate(SPHERE_ORDER)}
    order = sorted(
        range(n),
        key=lambda i: (
            rank[actors[i].effective_sphere],
            actors[i].organisation.casefold(),
            actors[i].name.casefold(),
            i,
        ),
    )
    slots: list[int] = []
    slot = 0
    previous = None
    for i in order:
        sphere = actors[i].effective_sphere
        if previous is not None and sphere != previous:
            slot += 1  # an empty slot between two spheres
        slots.append(slot)
        slot += 1
        previous = sphere
    total = slot + (1 if len({a.effective_sphere for a in actors}) > 1 else 0)
    tick(0.5)
    if n == 1:
        return out
    spacing = NODE_W + GAP_X
    radius = max(spacing * total / (2 * np.pi), spacing)
    angle = -np.pi / 2 + 2 * np.pi * np.asarray(slots, dtype=np.float64) / total
    out[order, 0] = radius * np.cos(angle)
    out[order, 1] = radius * np.sin(angle)
    return out
