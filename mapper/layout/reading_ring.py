"""Spacing for reading that keeps the circle layout a circle.

:func:`mapper.layout.reading.spread_for_reading` pushes name plates apart and, where they do
not fit, packs them in rows; after the circle layout that made the municipality a column
beside an arc of the others (new user 8, s10_L5). Here the actors stay on one ring, in the
circle's order: on screen the ring is the ellipse that fills the room, and each actor gets
a piece of it as long as its plate needs, the spare length shared as the circle shared it
(so an organisation's arc and the gaps between spheres stay).
"""

from __future__ import annotations

import numpy as np

from mapper.layout._common import FloatArray

__all__ = ["on_a_ring", "on_ring", "rounder"]

_SAMPLES = 2048  # points along the ellipse for its arc length
RING_LEAST = 6  # fewer actors are no ring to keep (four corners are a grid as well)
RING_SPREAD = 0.8  # the nearest actor at least this share of the farthest one's distance


def on_a_ring(xy: FloatArray) -> bool:
    """Whether the points ``xy`` stand on one ellipse round their bounding box's centre
    (the circle layout's map, spaced for reading or not): each as far out, measured on the
    ellipse that fills the box, as :data:`RING_SPREAD` of the farthest. A picture of the
    map spaces such a map along its ring, as the screen did, not in rows (issue 12).

    Examples
    --------
    >>> angle = np.linspace(0, 2 * np.pi, 12, endpoint=False)
    >>> on_a_ring(np.column_stack([np.cos(angle) * 300, np.sin(angle) * 100]))
    True
    >>> rows = np.array([[x, y] for y in (0.0, 100.0, 200.0) for x in (0.0, 200.0, 400.0)])
    >>> on_a_ring(rows)
    False
    """
    if len(xy) < RING_LEAST:
        return False
    low, high = xy.min(axis=0), xy.max(axis=0)
    half = np.maximum((high - low) / 2, 1e-6)
    r = np.hypot(*((xy - (low + high) / 2) / half).T)
    return bool(r.min() >= RING_SPREAD * r.max())


def rounder(room: tuple[float, float], plate: FloatArray) -> tuple[float, float]:
    """The part of ``room`` whose ring of plates (the largest ``plate``: width, height)
    leaves a round hole in the middle: in a room higher than its hole is wide, the wide
    plates down both sides read as two arcs, not one circle (new user, tenth round, 1366
    with the legend open); a wide room keeps at most half as much again in width.

    Examples
    --------
    >>> rounder((730.0, 640.0), np.array([150.0, 40.0]))
    (730.0, 510.0)
    >>> rounder((1400.0, 600.0), np.array([150.0, 40.0]))
    (1080.0, 600.0)
    """
    width, height = room
    hole_x = width / 2 - float(plate[0])  # half the hole between the plates' inner edges
    hole_y = height / 2 - float(plate[1])
    if hole_x <= 0 or hole_y <= 0:
        return room
    if hole_y > hole_x:
        return (width, 2 * (hole_x + float(plate[1])))
    if hole_x > 1.5 * hole_y:
        return (2 * (1.5 * hole_y + float(plate[0])), height)
    return room


def _needs(
    t: FloatArray, order: list[int], plate: FloatArray, radii: FloatArray, gap: float
) -> FloatArray:
    """For each actor in ``order`` and the next one, the distance along the ring that keeps
    their plates clear, the ring running at parameter ``t`` (radians)."""
    n = len(order)
    out = np.empty(n)
    for k in range(n):
        i, j = order[k], order[(k + 1) % n]
        mid = (t[k] + (t[(k + 1) % n] if k + 1 < n else t[0] + 2 * np.pi)) / 2
        d = np.array([-radii[0] * np.sin(mid), radii[1] * np.cos(mid)])
        d = np.abs(d) / max(float(np.hypot(*d)), 1e-9)
        reach = (plate[i] + plate[j]) / 2 + gap
        out[k] = min(reach[a] / d[a] if d[a] > 1e-9 else np.inf for a in (0, 1))
    return out


def on_ring(
    start: FloatArray, plate: FloatArray, room: tuple[float, float], gap: float
) -> tuple[FloatArray, bool]:
    """Plate centres (screen pixels) on the ellipse that fills ``room`` (centres half the
    largest plate in from its edges), in the order ``start`` has around its centre, every
    two neighbours' plates ``gap`` apart or more; where the room's ellipse is too short
    for them all, a larger one of the same shape; and whether the room's ellipse held them.

    Examples
    --------
    >>> angle = np.linspace(0, 2 * np.pi, 12, endpoint=False)
    >>> start = np.column_stack([np.cos(angle), np.sin(angle)]) * 100
    >>> out, fits = on_ring(start, np.full((12, 2), [120.0, 30.0]), (900.0, 600.0), 4.0)
    >>> centre = out.mean(axis=0)
    >>> r = np.hypot(*((out - centre) / [(900 - 120) / 2, (600 - 30) / 2]).T)
    >>> bool(np.allclose(r, 1.0)), fits
    (True, True)
    """
    n = len(start)
    centre = start.mean(axis=0)
    theta = np.arctan2(start[:, 1] - centre[1], start[:, 0] - centre[0])
    order = np.argsort(theta, kind="stable").tolist()
    radii = np.maximum((np.asarray(room) - plate.max(axis=0)) / 2, 1.0)
    # the circle's own shares of the ring: each gap between neighbours, as a part of the whole
    ordered = theta[order]
    share = np.diff(np.append(ordered, ordered[0] + 2 * np.pi))
    share = share / share.sum()
    ts = np.linspace(0.0, 2 * np.pi, _SAMPLES + 1)
    fits = True
    base = float(ordered[0])
    t = ordered - base
    for _ in range(4):  # the need depends on the direction of the ring where the two meet
        need = _needs(t + base, order, plate, radii, gap)
        while True:
            pts = np.column_stack([radii[0] * np.cos(ts + base), radii[1] * np.sin(ts + base)])
            length = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(pts, axis=0).T))])
            if need.sum() <= length[-1] + 1e-6:
                break
            radii, fits = radii * need.sum() / length[-1] * 1.01, False
        spare = length[-1] - need.sum()
        steps = need + spare * share
        walked = np.concatenate([[0.0], np.cumsum(steps)[:-1]])
        t = np.interp(walked, length, ts)
    angle = t + base
    out = np.empty((n, 2))
    out[order, 0] = radii[0] * np.cos(angle)
    out[order, 1] = radii[1] * np.sin(angle)
    return out + np.asarray(room) / 2, fits
