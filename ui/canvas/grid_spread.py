"""Name plates in the power/interest grid: the most important actors get room first.

An actor's place in the grid is fixed by its values; actors sharing a cell must still be
told apart. Far out, every name plate is the same size on screen whatever the zoom, so a
crowded grid cannot name everyone. Pushing all plates apart until none overlaps drives the
plates of a crowded cell out of the grid, where they pile up at its edge and nobody keeps a
name. Instead, actors take a place in order of importance (see
:func:`ui.canvas.readable.importance`): each the free place nearest its cell where its whole
plate fits, within reach of the cell; an actor with no such place stays small, at the free
place nearest its cell for its own shape, and goes without a name (its tooltip names it).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np
from numpy.typing import NDArray

__all__ = ["spread_in_grid"]

Box = tuple[float, float]
Rect = tuple[float, float, float, float]  # left, top, right, bottom


def _candidates(x: float, y: float, step: Box, room: Rect) -> NDArray[np.float64]:
    """Points in ``room`` (left, top, right, bottom) on a lattice of ``step`` through (x, y),
    nearest (x, y) first (measured in rooms: a step sideways costs as much as one down)."""
    left = x - math.floor((x - room[0]) / step[0]) * step[0]
    top = y - math.floor((y - room[1]) / step[1]) * step[1]
    dx = np.arange(left, room[2] + 1e-9, step[0])
    dy = np.arange(top, room[3] + 1e-9, step[1])
    grid = np.array(np.meshgrid(dx, dy)).reshape(2, -1).T
    if not len(grid):
        return np.array([[x, y]])
    span = (max(room[2] - room[0], 1.0), max(room[3] - room[1], 1.0))
    order = np.argsort(
        np.hypot((grid[:, 0] - x) / span[0], (grid[:, 1] - y) / span[1]), kind="stable"
    )
    return grid[order]


def _first_free(
    points: NDArray[np.float64],
    size: Box,
    taken: list[Rect],
    band: Rect,
) -> NDArray[np.float64] | None:
    """The first of ``points`` where a box of ``size`` lies inside ``band`` (left, top,
    right, bottom) and clear of every ``taken`` box; None where there is none."""
    w, h = size
    left, top = points[:, 0] - w / 2, points[:, 1] - h / 2
    right, bottom = left + w, top + h
    inside = (left >= band[0]) & (top >= band[1]) & (right <= band[2]) & (bottom <= band[3])
    if taken:
        boxes = np.array(taken)
        clash = (
            (left[:, None] < boxes[None, :, 2])
            & (right[:, None] > boxes[None, :, 0])
            & (top[:, None] < boxes[None, :, 3])
            & (bottom[:, None] > boxes[None, :, 1])
        ).any(axis=1)
        inside &= ~clash
    free = np.flatnonzero(inside)
    return points[free[0]] if len(free) else None


def spread_in_grid(
    base: Mapping[str, tuple[float, float]],
    plates: Mapping[str, Box],
    shapes: Mapping[str, Box],
    order: Sequence[str],
    band: Rect,
    room: Mapping[str, Rect],
) -> dict[str, tuple[float, float]]:
    """Places for the actors ``base`` (their cell places), most important (``order``) first.

    ``plates`` and ``shapes`` are each actor's name plate and own shape as drawn now (scene
    units, with the gap they keep); ``band`` (left, top, right, bottom) is the grid, which
    no plate leaves; ``room`` where each actor's centre may go to keep its name (its own
    cell, and a little around it); where that has no room left, a plate may go a little
    further, and an actor left without its name goes out of the named ones' way. Returns
    every actor's place: the named ones clear of each other, the others clear of them where
    there is room.

    Examples
    --------
    >>> base = {"a": (0.0, 0.0), "b": (0.0, 0.0)}
    >>> box = {"a": (100.0, 40.0), "b": (100.0, 40.0)}
    >>> room = dict.fromkeys(base, (-150.0, -150.0, 150.0, 150.0))
    >>> out = spread_in_grid(base, box, box, ["a", "b"], (-200, -200, 200, 200), room)
    >>> out["a"], abs(out["b"][1]) >= 40 or abs(out["b"][0]) >= 100
    ((0.0, 0.0), True)
    """
    ranked = [a for a in order if a in base] + [a for a in base if a not in set(order)]
    taken: list[Rect] = []
    out: dict[str, tuple[float, float]] = {}

    def further(actor_id: str) -> Rect:
        r = room[actor_id]
        w, h = (r[2] - r[0]) / 4, (r[3] - r[1]) / 4
        return (r[0] - w, r[1] - h, r[2] + w, r[3] + h)

    # plates in their room, then plates a little further, then (nameless) shapes
    passes: tuple[tuple[Mapping[str, Box], bool], ...] = ((plates, False), (plates, True))
    for sizes, far in (*passes, (shapes, True)):
        for actor_id in ranked:
            if actor_id in out:
                continue
            x, y = base[actor_id]
            size = sizes.get(actor_id, shapes.get(actor_id, (1.0, 1.0)))
            step = (max(size[0] / 4, 1.0), max(size[1] / 2, 1.0))
            where = further(actor_id) if far else room[actor_id]
            spot = _first_free(_candidates(x, y, step, where), size, taken, band)
            if spot is None:
                continue
            out[actor_id] = (float(spot[0]), float(spot[1]))
            w, h = size
            taken.append((spot[0] - w / 2, spot[1] - h / 2, spot[0] + w / 2, spot[1] + h / 2))
    for actor_id in ranked:  # no room at all: it stays at its place in the cell
        out.setdefault(actor_id, base[actor_id])
    return out
