"""Bulk edge routing gives the same clip points as bisecting on the QPainterPath outline."""

from __future__ import annotations

import random
from typing import get_args

import numpy as np
import pytest
from PySide6.QtCore import QPointF

from exports.style import Shape
from ui.canvas.geometry import clip_t, control_point, outline, quad_point, shape_rect
from ui.canvas.routing import OutlineSpec, _Specs, clip_curves, outline_spec


@pytest.mark.parametrize("shape", get_args(Shape))
def test_clip_curves_matches_path_bisection(shape: Shape) -> None:
    rng = random.Random(7)
    rect = shape_rect(shape, 70.0, 30.0)
    path = outline(shape, rect)
    spec = outline_spec(shape, rect, path)
    p0s, cs, p1s, expected = [], [], [], []
    for _ in range(60):
        p0 = QPointF(rng.uniform(-400, 400), rng.uniform(-400, 400))
        p1 = QPointF(rng.uniform(-400, 400), rng.uniform(-400, 400))
        c = control_point(p0, p1, rng.choice([0.0, 13.0, -26.0, 39.0]))

        def at(t: float, p0: QPointF = p0, c: QPointF = c, p1: QPointF = p1) -> QPointF:
            return quad_point(p0, c, p1, t)

        def in_source(p: QPointF, o: QPointF = p0) -> bool:
            return path.contains(p - o)

        def in_target(p: QPointF, o: QPointF = p1) -> bool:
            return path.contains(p - o)

        t0 = clip_t(in_source, at, 0.0, 0.5)
        t1 = clip_t(in_target, at, 1.0, 0.5)
        # an outline reaching past the middle: bisect up to the other end's cut instead
        if t1 == 1.0 and t0 < 1.0:
            t1 = clip_t(in_target, at, 1.0, t0)
        if t0 == 0.0 and t1 > 0.0:
            t0 = clip_t(in_source, at, 0.0, t1)
        p0s.append((p0.x(), p0.y()))
        cs.append((c.x(), c.y()))
        p1s.append((p1.x(), p1.y()))
        expected.append((t0, t1))
    got0, got1 = clip_curves(np.array(p0s), np.array(cs), np.array(p1s), [spec] * 60, [spec] * 60)
    want = np.array(expected)
    assert np.abs(got0 - want[:, 0]).max() < 2e-3
    assert np.abs(got1 - want[:, 1]).max() < 2e-3
    assert (got0 > 0).sum() > 40  # most curves really were clipped
    assert (got1 < 1).sum() > 40


class _CountedSpec(OutlineSpec):
    """An outline spec that counts how often its vertices are read (converted)."""

    reads = 0

    def __getattribute__(self, name: str) -> object:
        if name == "vertices":
            type(self).reads += 1
        return super().__getattribute__(name)


def test_each_actor_outline_is_converted_once_however_many_edges_end_there() -> None:
    """A hub with thousands of ties: its outline becomes numbers once, not once per tie (the
    per-end conversion was most of routing a 2,000-actor map)."""
    shapes = list(get_args(Shape))
    specs = []
    for k, shape in enumerate(shapes):
        rect = shape_rect(shape, 60.0 + 10 * k, 30.0)
        plain = outline_spec(shape, rect, outline(shape, rect))
        specs.append(_CountedSpec(**{f: getattr(plain, f) for f in plain.__dataclass_fields__}))
    ends: list[OutlineSpec] = [specs[i % len(specs)] for i in range(500)]
    _CountedSpec.reads = 0
    table = _Specs(ends)
    assert _CountedSpec.reads == len(specs)
    for i, spec in enumerate(ends):  # every row is its own actor's outline
        assert table.code[i] == spec.code
        assert (table.cx[i], table.cy[i], table.a[i], table.b[i], table.r[i]) == (
            spec.cx,
            spec.cy,
            spec.a,
            spec.b,
            spec.r,
        )
        assert np.array_equal(np.stack([table.vx[i], table.vy[i]], axis=1), spec.vertices)
