"""Spacing for reading: after a layout, room around every actor for its name on screen.

A map shown whole in a window is zoomed out; there every name is drawn at a fixed size on
screen (a name plate of so many pixels), while the space between actors shrinks with the
zoom. :func:`spread_for_reading` moves actors apart, as little as it can, so that at the zoom
that fits the map in ``room`` every plate is clear of the others: it works in screen pixels,
pushes overlapping plates apart, scales the whole back into the room, and repeats.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from mapper.layout._common import separate
from models import Position

__all__ = ["READING_GAP", "spread_for_reading"]

READING_GAP = 4.0  # screen pixels between two plates
_ROUNDS = 40


def _axis_zooms(xy: np.ndarray, box: np.ndarray, room: tuple[float, float]) -> np.ndarray:
    """Per axis, the zoom at which centres ``xy`` plus one plate ``box`` (screen pixels) fit
    in ``room`` (1.0 where the spread is nil)."""
    spread = xy.max(axis=0) - xy.min(axis=0)
    out = np.ones(2)
    for k in (0, 1):
        if spread[k] > 1e-9 and room[k] > box[k]:
            out[k] = (room[k] - box[k]) / spread[k]
    return out


def _fit_zoom(xy: np.ndarray, box: np.ndarray, room: tuple[float, float]) -> float:
    """The zoom at which centres ``xy`` plus one plate ``box`` (screen pixels) fit in ``room``."""
    return float(_axis_zooms(xy, box, room).min())


def spread_for_reading(
    positions: Mapping[str, Position],
    shapes: Mapping[str, tuple[float, float]],
    plates: Mapping[str, tuple[float, float]],
    room: tuple[float, float],
) -> dict[str, Position]:
    """``positions`` moved apart so that, fitted in ``room``, no two name plates overlap.

    ``shapes`` are the actors' own sizes (scene units at 100 %), ``plates`` the sizes of
    their name plates on screen (pixels, whatever the zoom); ``room`` is the screen area the
    map is fitted in. Where all plates do not fit in the room, the map is spread as far as
    the plates need (the view then shows fewer names, the most important first). Actors
    never overlap at their own size either. Positions of actors without a size stay put.

    Examples
    --------
    >>> pos = {"a": Position(0, 0), "b": Position(100, 0), "c": Position(2000, 0)}
    >>> size = {k: (90.0, 40.0) for k in pos}
    >>> out = spread_for_reading(pos, size, size, (1000.0, 700.0))
    >>> round(out["b"].x - out["a"].x) > 100
    True
    """
    ids = [i for i in positions if i in shapes and i in plates]
    if len(ids) < 2:
        return dict(positions)
    xy = np.array([[positions[i].x, positions[i].y] for i in ids], dtype=np.float64)
    own = np.array([shapes[i] for i in ids], dtype=np.float64)
    plate = np.array([plates[i] for i in ids], dtype=np.float64)
    box = plate.max(axis=0) + 2 * READING_GAP
    zoom = _fit_zoom(xy, box, room)
    if zoom >= 1.0:
        return dict(positions)  # shown at 100 % or closer: the layout's own spacing holds
    screen = xy * zoom
    axis: int | None = None
    for _ in range(_ROUNDS):
        screen = separate(screen, plate, READING_GAP, READING_GAP, axis=axis)
        shrink = _axis_zooms(screen, box, room)
        if shrink.min() >= 1.0 - 1e-3:
            break  # every plate clear, and the whole fits the room
        # each axis into the room on its own: a row too wide for the screen folds up, a
        # column too tall spreads sideways, where the other axis has room to spare
        screen = screen * np.minimum(shrink, 1.0)
        axis = None if abs(shrink[0] - shrink[1]) < 0.02 else int(np.argmax(shrink))
    screen = separate(screen, plate, READING_GAP, READING_GAP)
    # back to scene units at the zoom the layout was shown at, clear at the actors' own size
    out_xy = separate(screen / zoom, own)
    centre = xy.mean(axis=0) - out_xy.mean(axis=0)
    out = dict(positions)
    for k, actor_id in enumerate(ids):
        x, y = out_xy[k] + centre
        out[actor_id] = Position(round(float(x), 1), round(float(y), 1))
    return out
