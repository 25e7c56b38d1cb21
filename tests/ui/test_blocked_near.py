"""A tie's detour tests its samples only against the rectangles near it (issue 15, the
suite's time: every sample against every actor's rectangle was most of routing a small
map): the count of rectangles each curve runs through is the one of testing them all."""

from __future__ import annotations

import numpy as np

from ui.canvas import routing


def _every_rectangle(
    p0: np.ndarray, p1: np.ndarray, offset: np.ndarray, rects: np.ndarray, ends: np.ndarray
) -> np.ndarray:
    """The count as it was worked out before: every sample against every rectangle."""
    d = p1 - p0
    length = np.maximum(np.hypot(d[:, 0], d[:, 1]), 1.0)
    normal = np.stack([d[:, 1] / length, -d[:, 0] / length], axis=1)
    c = (p0 + p1) / 2 + normal * (offset * 2)[:, None]
    t = routing._SAMPLES[None, :, None]
    pts = p0[:, None] * (1 - t) ** 2 + c[:, None] * (2 * (1 - t) * t) + p1[:, None] * t**2
    x, y = pts[:, :, 0, None], pts[:, :, 1, None]
    inside = (x >= rects[:, 0]) & (x <= rects[:, 2]) & (y >= rects[:, 1]) & (y <= rects[:, 3])
    hit = np.any(inside, axis=1)
    rows = np.arange(len(p0))
    for k in (0, 1):
        own = ends[:, k] >= 0
        hit[rows[own], ends[own, k]] = False
    count: np.ndarray = hit.sum(axis=1).astype(np.float64)
    return count


def test_the_near_rectangles_give_the_count_of_all() -> None:
    rng = np.random.default_rng(15)
    for trial in range(200):
        actors, ties = int(rng.integers(1, 120)), int(rng.integers(1, 300))
        centre = rng.uniform(0, 1500, (actors, 2))
        half = rng.uniform(5, 120, (actors, 2))
        rects = np.concatenate([centre - half, centre + half], axis=1)
        if trial % 3 == 0:  # whole numbers: samples exactly on a border
            rects = np.round(rects)
        ends = rng.integers(-1, actors, (ties, 2))
        free = rng.uniform(0, 1500, (ties, 2))
        p0 = np.where(ends[:, :1] >= 0, centre[np.maximum(ends[:, 0], 0)], free)
        p1 = np.where(ends[:, 1:] >= 0, centre[np.maximum(ends[:, 1], 0)], free[::-1])
        if trial % 5 == 0:  # a tie of no length
            p1 = p0.copy()
        offset = rng.choice([0.0, 30.0, -80.0, 150.0], ties)
        want = _every_rectangle(p0, p1, offset, rects, ends)
        got = routing._blocked(p0, p1, offset, rects, ends)
        assert np.array_equal(got, want), trial


def test_a_tie_along_a_rectangle_border_runs_through_it() -> None:
    """Samples exactly on a border count (a straight tie along a row of plates' tops)."""
    p0 = np.array([[0.0, 0.0], [0.0, 0.0]])
    p1 = np.array([[100.0, 0.0], [0.0, 100.0]])
    rects = np.array([[40.0, 0.0, 60.0, 10.0], [-10.0, 40.0, 0.0, 60.0]])
    ends = np.array([[-1, -1], [-1, -1]])
    got = routing._blocked(p0, p1, np.zeros(2), rects, ends)
    assert got.tolist() == [1.0, 1.0]
    assert np.array_equal(got, _every_rectangle(p0, p1, np.zeros(2), rects, ends))
