"""Geometry of the map: actor outlines, curved edges, parallel offsets, edge clipping.

Pure functions on Qt value types (no items, no scene), so they are easy to test.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QPolygonF

from models.shapes import Shape, shape_size

__all__ = [
    "PARALLEL_SPACING",
    "arrow_head",
    "clip_t",
    "label_slots",
    "outline",
    "pair_offsets",
    "quad_point",
    "quad_tangent",
    "shape_rect",
]

PARALLEL_SPACING = 26.0  # distance between the apexes of neighbouring parallel edges


def shape_rect(shape: Shape, text_width: float, text_height: float) -> QRectF:
    """The outer rectangle (centred on 0,0) of a ``shape`` that holds a text block."""
    w, h = shape_size(shape, text_width, text_height)
    return QRectF(-w / 2, -h / 2, w, h)


def outline(shape: Shape, rect: QRectF) -> QPainterPath:
    """The closed outline of ``shape`` filling ``rect``."""
    path = QPainterPath()
    x0, y0, x1, y1 = rect.left(), rect.top(), rect.right(), rect.bottom()
    cx, cy = rect.center().x(), rect.center().y()
    w, h = rect.width(), rect.height()
    if shape in ("ellipse", "circle"):
        path.addEllipse(rect)
    elif shape == "rectangle":
        path.addRect(rect)
    elif shape == "roundrect":
        path.addRoundedRect(rect, min(14.0, h / 3), min(14.0, h / 3))
    elif shape == "hexagon":
        d = min(h / 2, w / 4)
        path.addPolygon(
            _poly([(x0 + d, y0), (x1 - d, y0), (x1, cy), (x1 - d, y1), (x0 + d, y1), (x0, cy)])
        )
    elif shape == "octagon":
        d = min(h, w) * 0.29
        pts = [
            (x0 + d, y0),
            (x1 - d, y0),
            (x1, y0 + d),
            (x1, y1 - d),
            (x1 - d, y1),
            (x0 + d, y1),
            (x0, y1 - d),
            (x0, y0 + d),
        ]
        path.addPolygon(_poly(pts))
    elif shape == "diamond":
        path.addPolygon(_poly([(cx, y0), (x1, cy), (cx, y1), (x0, cy)]))
    elif shape == "triangle":
        path.addPolygon(_poly([(cx, y0), (x1, y1), (x0, y1)]))
    elif shape == "parallelogram":
        d = min(18.0, w / 5)
        path.addPolygon(_poly([(x0 + d, y0), (x1, y0), (x1 - d, y1), (x0, y1)]))
    else:  # pragma: no cover - every Shape is handled above
        path.addRect(rect)
    path.closeSubpath()
    return path


def _poly(points: Sequence[tuple[float, float]]) -> QPolygonF:
    poly = QPolygonF([QPointF(x, y) for x, y in points])
    poly.append(poly.first())
    return poly


def pair_offsets(
    edges: Sequence[tuple[str, str, str]], spacing: float = PARALLEL_SPACING
) -> dict[str, float]:
    """Curve offsets for edges ``(edge_id, source, target)`` so parallel edges stay apart.

    Edges between the same two actors (either direction) fan out symmetrically around the
    straight line; a lone edge gets 0. The offset is measured to the left of the edge's own
    direction, so a reverse edge gets the mirrored sign and the fan stays consistent.

    Examples
    --------
    >>> pair_offsets([("r1", "a", "b")])
    {'r1': 0.0}
    >>> pair_offsets([("r1", "a", "b"), ("r2", "b", "a")], spacing=10)
    {'r1': -5.0, 'r2': -5.0}
    """
    groups: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for edge in edges:
        _, s, t = edge
        key = (s, t) if s <= t else (t, s)
        groups.setdefault(key, []).append(edge)
    result: dict[str, float] = {}
    for (low, _high), members in groups.items():
        n = len(members)
        for k, (edge_id, s, _t) in enumerate(members):
            canonical = (k - (n - 1) / 2) * spacing
            result[edge_id] = canonical if s == low else -canonical
    return result


def label_slots(edges: Sequence[tuple[str, str, str]]) -> dict[str, float]:
    """Where along each labelled edge ``(edge_id, source, target)`` its label sits (0..1).

    Labels of edges between the same two actors are staggered along the line so they do not
    cover each other; a lone label sits in the middle.

    Examples
    --------
    >>> label_slots([("r1", "a", "b")])
    {'r1': 0.5}
    >>> label_slots([("r1", "a", "b"), ("r2", "b", "a")])
    {'r1': 0.42, 'r2': 0.42}
    """
    groups: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for edge in edges:
        _, s, t = edge
        key = (s, t) if s <= t else (t, s)
        groups.setdefault(key, []).append(edge)
    result: dict[str, float] = {}
    for (low, _high), members in groups.items():
        n = len(members)
        step = min(0.16, 0.56 / n)
        for k, (edge_id, src, _tgt) in enumerate(members):
            slot = round(0.5 + (k - (n - 1) / 2) * step, 4)
            result[edge_id] = slot if src == low else round(1 - slot, 4)
    return result


def control_point(p0: QPointF, p1: QPointF, offset: float) -> QPointF:
    """The control point of a quadratic curve whose apex lies ``offset`` left of p0->p1."""
    mid = (p0 + p1) / 2
    dx, dy = p1.x() - p0.x(), p1.y() - p0.y()
    length = math.hypot(dx, dy) or 1.0
    nx, ny = dy / length, -dx / length  # left normal in y-down coordinates
    return QPointF(mid.x() + nx * offset * 2, mid.y() + ny * offset * 2)


def quad_point(p0: QPointF, c: QPointF, p1: QPointF, t: float) -> QPointF:
    """Point of the quadratic Bézier p0-c-p1 at ``t``."""
    u = 1 - t
    return p0 * (u * u) + c * (2 * u * t) + p1 * (t * t)


def quad_tangent(p0: QPointF, c: QPointF, p1: QPointF, t: float) -> QPointF:
    """Direction of the quadratic Bézier at ``t`` (not normalised)."""
    return (c - p0) * (2 * (1 - t)) + (p1 - c) * (2 * t)


def clip_t(
    inside: Callable[[QPointF], bool],
    point_at: Callable[[float], QPointF],
    t_in: float,
    t_out: float,
    steps: int = 14,
) -> float:
    """Bisect the parameter where a curve leaves a shape (``inside(point_at(t_in))`` is True)."""
    if not inside(point_at(t_in)) or inside(point_at(t_out)):
        return t_in
    for _ in range(steps):
        mid = (t_in + t_out) / 2
        if inside(point_at(mid)):
            t_in = mid
        else:
            t_out = mid
    return t_out


def arrow_head(tip: QPointF, direction: QPointF, size: float) -> QPolygonF:
    """A filled arrowhead with its point at ``tip`` pointing along ``direction``."""
    length = math.hypot(direction.x(), direction.y()) or 1.0
    ux, uy = direction.x() / length, direction.y() / length
    back = QPointF(tip.x() - ux * size, tip.y() - uy * size)
    half = size * 0.45
    left = QPointF(back.x() + uy * half, back.y() - ux * half)
    right = QPointF(back.x() - uy * half, back.y() + ux * half)
    return QPolygonF([tip, left, right, tip])
