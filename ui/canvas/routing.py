"""Edge routing in bulk: clip many curves at their actors' outlines in one vectorised pass.

Routing one edge at a time (bisection with ``QPainterPath.contains`` per step) took most of
the time of building a large scene. Here every actor outline is described by a few numbers
(:class:`OutlineSpec`: an ellipse, a rounded rectangle or a convex polygon of up to eight
vertices, centred on the actor) and the bisection runs on numpy arrays for all edges at once.
The result is the same parameter as :func:`ui.canvas.geometry.clip_t` with the same number of
steps.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainterPath

from exports.style import Shape

__all__ = [
    "CLIP_STEPS",
    "OutlineSpec",
    "clear_offsets",
    "clip_curves",
    "outline_spec",
    "quad_points",
    "roundrect_spec",
    "route_curves",
    "scaled_spec",
]

CLIP_STEPS = 14
MIN_VISIBLE = 16.0  # a tie shorter than this between its actors' outlines bows out
LABEL_ROOM = 10.0  # and a labelled tie shorter than its label's height and this much more
MAX_VERTICES = 8
POLYGON, ELLIPSE, ROUNDRECT = 0, 1, 2
Array = NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class OutlineSpec:
    """An actor outline in numbers: kind code, centre, half sizes, corner radius, vertices."""

    code: int
    cx: float
    cy: float
    a: float  # half width
    b: float  # half height
    r: float  # corner radius (rounded rectangles)
    vertices: tuple[tuple[float, float], ...]  # relative to the centre, MAX_VERTICES long


_NO_VERTICES = ((0.0, 0.0),) * MAX_VERTICES  # shared by every ellipse and rounded rectangle


def roundrect_spec(rect: QRectF) -> OutlineSpec:
    """The numbers describing ``outline("roundrect", rect)`` (no path needed)."""
    r = min(14.0, rect.height() / 3)
    cx, cy = rect.center().x(), rect.center().y()
    return OutlineSpec(ROUNDRECT, cx, cy, rect.width() / 2, rect.height() / 2, r, _NO_VERTICES)


def outline_spec(shape: Shape, rect: QRectF, path: QPainterPath) -> OutlineSpec:
    """The numbers describing ``path`` (made by :func:`ui.canvas.geometry.outline`)."""
    cx, cy = rect.center().x(), rect.center().y()
    a, b = rect.width() / 2, rect.height() / 2
    if shape in ("ellipse", "circle"):
        return OutlineSpec(ELLIPSE, cx, cy, a, b, 0.0, _NO_VERTICES)
    if shape == "roundrect":
        return roundrect_spec(rect)
    points: list[tuple[float, float]] = []
    for i in range(path.elementCount()):
        element = path.elementAt(i)
        point = (element.x - cx, element.y - cy)
        if not points or point != points[-1]:
            points.append(point)
    if len(points) > 1 and points[0] == points[-1]:
        points.pop()
    points = points[:MAX_VERTICES]
    points += [points[-1]] * (MAX_VERTICES - len(points))
    return OutlineSpec(POLYGON, cx, cy, a, b, 0.0, tuple(points))


def scaled_spec(spec: OutlineSpec, scale: float) -> OutlineSpec:
    """``spec`` grown by ``scale`` around the actor's position (an item scaled by the view)."""
    if scale == 1.0:
        return spec
    return OutlineSpec(
        spec.code,
        spec.cx * scale,
        spec.cy * scale,
        spec.a * scale,
        spec.b * scale,
        spec.r * scale,
        spec.vertices
        if spec.vertices is _NO_VERTICES
        else tuple((x * scale, y * scale) for x, y in spec.vertices),
    )


class _Specs:
    """Outline specs as arrays (one row per curve end)."""

    def __init__(self, specs: list[OutlineSpec]) -> None:
        # many curve ends share an actor (and so its spec object): convert each spec once
        rows: dict[int, int] = {}
        unique: list[OutlineSpec] = []
        order: list[int] = []
        for spec in specs:
            row = rows.get(id(spec))
            if row is None:
                row = rows[id(spec)] = len(unique)
                unique.append(spec)
            order.append(row)
        index = np.array(order, dtype=np.intp)
        table = np.array([(s.code, s.cx, s.cy, s.a, s.b, s.r) for s in unique], dtype=np.float64)
        table = table.reshape(-1, 6)[index]
        self.code = table[:, 0].astype(np.int8)
        self.cx, self.cy, self.a, self.b, self.r = (table[:, k] for k in range(1, 6))
        # the kinds of outline present: a big map's actors are all plates (rounded
        # rectangles), and the polygons' arrays and test were half of routing its lines
        self.kinds = frozenset(s.code for s in unique)
        shape = (len(specs), MAX_VERTICES)
        self.vx = self.vy = self.ex = self.ey = np.zeros(shape)
        if POLYGON in self.kinds:
            verts = np.array([s.vertices for s in unique], dtype=np.float64)
            verts = verts.reshape(-1, MAX_VERTICES, 2)[index]
            self.vx, self.vy = verts[:, :, 0], verts[:, :, 1]
            self.ex = np.roll(self.vx, -1, axis=1) - self.vx
            self.ey = np.roll(self.vy, -1, axis=1) - self.vy
        # each kind's rows and numbers, taken once: a test runs on its own kind's rows only
        # (issue 15: every kind's test on every row, then a choice, fourteen times a routing)
        self.parts: list[tuple[int, NDArray[np.intp] | None, tuple[Array, ...]]] = []
        for kind in sorted(self.kinds):
            picked = np.flatnonzero(self.code == kind) if len(self.kinds) > 1 else None
            numbers: tuple[Array, ...] = (self.a, self.b, self.r)
            if kind == POLYGON:
                numbers = (self.vx, self.vy, self.ex, self.ey)
            elif kind == ELLIPSE:
                numbers = (self.a, self.b)
            if picked is not None:
                numbers = tuple(a[picked] for a in numbers)
            self.parts.append((kind, picked, numbers))

    def inside(self, x: Array, y: Array) -> NDArray[np.bool_]:
        """Whether the points (relative to each actor's position) lie inside its outline."""
        x = x - self.cx
        y = y - self.cy
        if len(self.parts) == 1:  # one kind (a big map's plates): no rows to pick
            kind, _, numbers = self.parts[0]
            return _TESTS[kind](x, y, *numbers)
        result: NDArray[np.bool_] = np.zeros(len(x), dtype=np.bool_)
        for kind, rows, numbers in self.parts:
            result[rows] = _TESTS[kind](x[rows], y[rows], *numbers)
        return result


def _in_ellipse(x: Array, y: Array, a: Array, b: Array) -> NDArray[np.bool_]:
    with np.errstate(divide="ignore", invalid="ignore"):
        inside: NDArray[np.bool_] = (x / a) ** 2 + (y / b) ** 2 <= 1.0
    return inside


def _in_roundrect(x: Array, y: Array, a: Array, b: Array, r: Array) -> NDArray[np.bool_]:
    ax, ay = np.abs(x), np.abs(y)
    in_rect = (ax <= a) & (ay <= b)
    kx, ky = ax - (a - r), ay - (b - r)
    in_corner = (kx <= 0) | (ky <= 0) | (kx * kx + ky * ky <= r * r)
    inside: NDArray[np.bool_] = in_rect & in_corner
    return inside


def _in_polygon(
    x: Array, y: Array, vx: Array, vy: Array, ex: Array, ey: Array
) -> NDArray[np.bool_]:
    cross = ex * (y[:, None] - vy) - ey * (x[:, None] - vx)
    inside: NDArray[np.bool_] = np.all(cross >= 0, axis=1) | np.all(cross <= 0, axis=1)
    return inside


_TESTS: dict[int, Callable[..., NDArray[np.bool_]]] = {
    ELLIPSE: _in_ellipse,
    ROUNDRECT: _in_roundrect,
    POLYGON: _in_polygon,
}


def quad_points(p0: Array, c: Array, p1: Array, t: Array) -> Array:
    """Points of the quadratic Béziers ``p0-c-p1`` (rows of (N, 2) arrays) at ``t`` (N,)."""
    u = (1 - t)[:, None]
    tt = t[:, None]
    result: Array = p0 * (u * u) + c * (2 * u * tt) + p1 * (tt * tt)
    return result


def _clip(
    specs: _Specs,
    origin: Array,
    p0: Array,
    c: Array,
    p1: Array,
    t_in: float | Array,
    t_out: float | Array,
) -> Array:
    n = len(p0)
    lo, hi = np.full(n, t_in), np.broadcast_to(np.asarray(t_out, dtype=np.float64), (n,))

    def inside(t: Array) -> NDArray[np.bool_]:
        pts = quad_points(p0, c, p1, t) - origin
        return specs.inside(pts[:, 0], pts[:, 1])

    valid = inside(lo) & ~inside(hi)
    for _ in range(CLIP_STEPS):
        mid = (lo + hi) / 2
        ins = inside(mid)
        lo = np.where(ins, mid, lo)
        hi = np.where(ins, hi, mid)
    result: Array = np.where(valid, hi, t_in)
    return result


def clip_curves(
    p0: Array, c: Array, p1: Array, source: list[OutlineSpec], target: list[OutlineSpec]
) -> tuple[Array, Array]:
    """Where each curve leaves its source outline (t0) and enters its target outline (t1).

    ``p0``/``p1`` are the actor positions (the outlines are relative to them), ``c`` the
    control points, all (N, 2). Same answer as bisecting with ``clip_t`` one curve at a time.
    """
    # both ends bisected in one pass over twice the rows (issue 15: each step is a dozen
    # numpy calls, and most routings are of a few lines, so the calls were the cost)
    n = len(p0)
    ends = _clip(
        _Specs([*source, *target]),
        np.concatenate((p0, p1)),
        np.concatenate((p0, p0)),
        np.concatenate((c, c)),
        np.concatenate((p1, p1)),
        np.concatenate((np.zeros(n), np.ones(n))),
        0.5,
    )
    t0, t1 = ends[:n], ends[n:]
    # an outline reaching past the middle (a large plate beside a small one, or a plate
    # moved aside): bisect up to where the curve leaves the other end's outline instead
    # (new user, eleventh round A4: uncut, the mandate ran into the Consulent's plate and
    # seemed long enough for its label, which then showed only on hover)
    far = (t1 == 1.0) & (t0 < 1.0)
    if far.any():
        t1 = np.where(far, _clip(_Specs(target), p1, p0, c, p1, 1.0, t0), t1)
    far = (t0 == 0.0) & (t1 > 0.0)
    if far.any():
        t0 = np.where(far, _clip(_Specs(source), p0, p0, c, p1, 0.0, t1), t0)
    return t0, t1


def _tangents(p0: Array, c: Array, p1: Array, t: Array) -> Array:
    u = (1 - t)[:, None]
    result: Array = (c - p0) * (2 * u) + (p1 - c) * (2 * t[:, None])
    return result


def route_curves(
    sources: Sequence[tuple[float, float]],
    targets: Sequence[tuple[float, float]],
    offsets: Sequence[float],
    label_ts: Sequence[float],
    source_outlines: Sequence[OutlineSpec],
    target_outlines: Sequence[OutlineSpec],
    labels: Sequence[tuple[float, float]] = (),
) -> list[list[float]]:
    """Route many edges at once: each bends ``offset`` to its left (parallel ties) and is cut
    where it leaves its source's outline and enters its target's.

    A tie whose visible part is shorter than :data:`MIN_VISIBLE` bows out past both
    outlines, and so does one shorter than its label is high plus :data:`LABEL_ROOM`
    (``labels``: each tie's label width and height, (0, 0) for none): between two stacked
    plates a short mandate had no room for its power, which then showed only on hover (new
    user, eleventh round A4).

    One row per edge: start (x, y), control point, end, the tangent at the start and at the
    end (for arrowheads), and the point ``label_t`` along the visible part (for the label).
    """
    p0 = np.array(sources, dtype=np.float64).reshape(-1, 2)
    p1 = np.array(targets, dtype=np.float64).reshape(-1, 2)
    offset = np.array(offsets, dtype=np.float64)
    d = p1 - p0
    length = np.hypot(d[:, 0], d[:, 1])
    length[length == 0] = 1.0
    normal = np.stack([d[:, 1] / length, -d[:, 0] / length], axis=1)  # left, y down
    c = (p0 + p1) / 2 + normal * (offset * 2)[:, None]
    t0, t1 = clip_curves(p0, c, p1, list(source_outlines), list(target_outlines))
    start, end = quad_points(p0, c, p1, t0), quad_points(p0, c, p1, t1)
    gap = end - start
    need = np.full(len(p0), MIN_VISIBLE)
    if len(labels):
        size = np.array(labels, dtype=np.float64).reshape(-1, 2)
        # not even beside the line does the label fit between the two plates: a longer tie
        # has its label beside it (bowing every tie shorter than its label's width put
        # more labels on other lines)
        need = np.where(size[:, 0] > 0, np.maximum(need, size[:, 1] + LABEL_ROOM), need)
    short = np.hypot(gap[:, 0], gap[:, 1]) < need
    if short.any():
        # two actors that touch: a straight tie would vanish between them, so it bows out
        # past both outlines (as far as the larger half size, and some) where it can be seen
        reach = np.array(
            [max(s.a, s.b, t.a, t.b) for s, t in zip(source_outlines, target_outlines, strict=True)]
        )
        side = np.where(offset < 0, -1.0, 1.0)
        bow = np.maximum(np.abs(offset), reach + MIN_VISIBLE) * side
        offset = np.where(short, bow, offset)
        c = (p0 + p1) / 2 + normal * (offset * 2)[:, None]
        t0, t1 = clip_curves(p0, c, p1, list(source_outlines), list(target_outlines))
        start, end = quad_points(p0, c, p1, t0), quad_points(p0, c, p1, t1)
    tan0, tan1 = _tangents(p0, c, p1, t0), _tangents(p0, c, p1, t1)
    ctrl = start + tan0 * ((t1 - t0) / 2)[:, None]
    label_t = np.array(label_ts, dtype=np.float64)
    at = quad_points(p0, c, p1, t0 + (t1 - t0) * label_t)
    rows: list[list[float]] = np.concatenate([start, ctrl, end, tan0, tan1, at], axis=1).tolist()
    return rows


# bows tried, as a share of the tie's length
_DETOURS = (0.1, -0.1, 0.05, -0.05, 0.2, -0.2, 0.3, -0.3)
_MOST_BOW = 150.0  # and at most this deep (scene units): a longer tie crosses instead
_SAMPLES = np.linspace(0.08, 0.92, 25)


def _blocked(p0: Array, p1: Array, offset: Array, rects: Array, ends: NDArray[np.intp]) -> Array:
    """How many actors' rectangles other than its own two ends each curve runs through."""
    d = p1 - p0
    length = np.maximum(np.hypot(d[:, 0], d[:, 1]), 1.0)
    normal = np.stack([d[:, 1] / length, -d[:, 0] / length], axis=1)
    c = (p0 + p1) / 2 + normal * (offset * 2)[:, None]
    t = _SAMPLES[None, :, None]
    pts = p0[:, None] * (1 - t) ** 2 + c[:, None] * (2 * (1 - t) * t) + p1[:, None] * t**2
    x, y = pts[:, :, 0], pts[:, :, 1]  # (N, S)
    # only the rectangles that meet the box around a curve's samples can hold one of them
    # (issue 15: every sample against every rectangle was most of routing a small map)
    near = (x.max(axis=1)[:, None] >= rects[:, 0]) & (x.min(axis=1)[:, None] <= rects[:, 2])
    near &= (y.max(axis=1)[:, None] >= rects[:, 1]) & (y.min(axis=1)[:, None] <= rects[:, 3])
    curve, box = np.nonzero(near)  # (N, A) pairs to sample
    sx, sy, r = x[curve], y[curve], rects[box][:, :, None]
    inside = (sx >= r[:, 0]) & (sx <= r[:, 2]) & (sy >= r[:, 1]) & (sy <= r[:, 3])
    hit: NDArray[np.bool_] = np.zeros(near.shape, dtype=np.bool_)
    hit[curve, box] = np.any(inside, axis=1)
    rows = np.arange(len(p0))
    for k in (0, 1):
        own = ends[:, k] >= 0
        hit[rows[own], ends[own, k]] = False
    result: Array = hit.sum(axis=1).astype(np.float64)
    return result


def clear_offsets(
    sources: Sequence[tuple[float, float]],
    targets: Sequence[tuple[float, float]],
    offsets: Sequence[float],
    rects: Sequence[tuple[float, float, float, float]],
    ends: Sequence[tuple[int, int]],
    single: Sequence[bool] = (),
) -> list[float]:
    """The offsets again, with a tie that runs through another actor's rectangle
    (``rects``: left, top, right, bottom; ``ends``: each tie's own two actors' rows in
    ``rects``, -1 for none) bowed to the first side and depth that clears every rectangle:
    behind a row of plates a straight tie read as a chain of arrows between them (new user,
    seventh round 4); the ties marked ``single`` (mandates) already through the middle of
    one plate, where they read as a chain through it (tenth round: the new mandate from the
    manager seemed to start at the team leader). Where no bow clears them, the tie stays
    straight.

    Examples
    --------
    >>> row = [(x - 10, -10, x + 10, 10) for x in (0, 400, 100, 200, 300)]
    >>> out = clear_offsets([(0, 0)], [(400, 0)], [0.0], row, [(0, 1)])
    >>> out[0] != 0.0
    True
    """
    p0 = np.array(sources, dtype=np.float64).reshape(-1, 2)
    p1 = np.array(targets, dtype=np.float64).reshape(-1, 2)
    offset = np.array(offsets, dtype=np.float64)
    if not len(p0) or not len(rects):
        return offset.tolist()  # type: ignore[no-any-return]
    boxes = np.array(rects, dtype=np.float64).reshape(-1, 4)
    own = np.array(ends, dtype=np.intp).reshape(-1, 2)
    count = _blocked(p0, p1, offset, boxes, own)
    # past three plates or more, or (``single``) through the middle (inner half) of one: a
    # tie that only cuts a plate's corner reads as passing it and stays
    w, h = boxes[:, 2] - boxes[:, 0], boxes[:, 3] - boxes[:, 1]
    inner = boxes + np.stack([w, h, -w, -h], axis=1) / 4
    todo = count >= 3
    if any(single):
        one = np.array(single, dtype=np.bool_)
        todo |= one & (_blocked(p0, p1, offset, inner, own) >= 1)
    length = np.hypot(*(p1 - p0).T)
    for share in _DETOURS:
        if not todo.any():
            break
        rows = np.flatnonzero(todo)
        trial = offset[rows] + np.clip(share * length[rows], -_MOST_BOW, _MOST_BOW)
        clear = _blocked(p0[rows], p1[rows], trial, boxes, own[rows]) == 0
        offset[rows[clear]] = trial[clear]
        todo[rows[clear]] = False
    return offset.tolist()  # type: ignore[no-any-return]
