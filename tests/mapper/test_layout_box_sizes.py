"""Pushing apart boxes of very different sizes (issue 14): the hierarchy and spheres layouts at
10,000 actors spent 26 of 33 s in ``separate``, whose neighbour search had the largest box as
its radius (one organisation's box made every search global: 685,000 candidate pairs a
round), and its 400 rounds still left 2,000 overlapping boxes. The work is compared by size,
not timed."""

from __future__ import annotations

import tracemalloc

import numpy as np

from mapper.layout._common import GAP_X, GAP_Y, FloatArray, separate
from mapper.layout.box_pairs import touching_pairs
from mapper.layout.grouping import keep_groups_together
from mapper.layout.sweep import sweep_apart

GX, GY = GAP_X, GAP_Y / 2


def _overlap(xy: FloatArray, sizes: FloatArray) -> tuple[FloatArray, FloatArray]:
    """Each pair's overlap along x and y (negative: apart), gaps included, by brute force."""
    room = (sizes[:, None, :] + sizes[None, :, :]) / 2 + np.array([GX, GY])
    over = room - np.abs(xy[:, None, :] - xy[None, :, :])
    return over[..., 0], over[..., 1]


def _clashes(xy: FloatArray, sizes: FloatArray) -> int:
    over_x, over_y = _overlap(xy, sizes)
    return int(np.triu((over_x > 1e-6) & (over_y > 1e-6), 1).sum())


def _mixed(seed: int, n: int) -> tuple[FloatArray, FloatArray]:
    """Actors and a few boxes up to forty times their size, some stacked on one spot."""
    rng = np.random.default_rng(seed)
    xy = rng.uniform(0.0, rng.uniform(100.0, 5000.0), size=(n, 2))
    sizes = np.column_stack([rng.uniform(10.0, 200.0, n), rng.uniform(10.0, 150.0, n)])
    big = rng.random(n) < 0.1
    sizes[big] *= rng.uniform(2.0, 40.0, size=(int(big.sum()), 2))
    if seed % 4 == 0:
        xy[: n // 2] = xy[0]
    return xy, sizes


def test_the_touching_pairs_are_those_of_all_pairs() -> None:
    for seed in range(60):
        xy, sizes = _mixed(seed, 20 + 3 * seed)
        pairs = touching_pairs(xy, sizes, GX, GY)
        got = {(i, j) for i, j in pairs.tolist()}
        assert len(got) == len(pairs), "a pair twice"
        over_x, over_y = _overlap(xy, sizes)
        # every pair i < j at once, judged as one by one: close both ways, else apart one way
        close = (over_x > 1e-9) & (over_y > 1e-9)
        apart = ~close & ((over_x < -1e-9) | (over_y < -1e-9))
        for i, j in np.argwhere(np.triu(close, 1)).tolist():
            assert (i, j) in got, f"seed {seed}: the close pair {(i, j)} was missed"
        for i, j in got:
            assert not (i < j and apart[i, j]), f"seed {seed}: {(i, j)} is apart"


def _one_big_box(n: int) -> tuple[FloatArray, FloatArray]:
    """``n`` actors on a lattice, none touching another, and one organisation's box as large
    as all of them beside them."""
    side = int(np.ceil(np.sqrt(n)))
    cells = np.array([(300.0 * (k % side), 200.0 * (k // side)) for k in range(n)])
    extent = np.array([300.0 * side, 200.0 * side])
    xy = np.vstack([cells, [-extent[0], extent[1] / 2]])
    sizes = np.vstack([np.full((n, 2), [200.0, 120.0]), extent])
    return xy, sizes


def _peak_bytes(n: int) -> int:
    xy, sizes = _one_big_box(n)
    separate(xy[:3], sizes[:3])  # imports and first calls out of the way
    tracemalloc.start()
    try:
        out = separate(xy, sizes)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert np.array_equal(out, xy), "nothing touched, so nothing moves"
    return peak


def test_one_big_box_does_not_make_the_search_global() -> None:
    # the search's arrays hold its candidate pairs: with the largest box as radius every
    # actor was a candidate of every other (16 x the memory for 4 x the actors: 123 MB at
    # 1,600); by each box's own size, the pairs grow with the actors
    small, large = _peak_bytes(400), _peak_bytes(1600)
    assert large < 6 * small, f"4 x the actors took {large / small:.1f} x the memory"
    assert large < 4_000_000, f"{large:,} bytes for 1,601 boxes (1.1 MB now, 123 MB before)"


def _tall_organisations(seed: int) -> tuple[FloatArray, FloatArray, list[str]]:
    """As the hierarchy leaves them: rows of actors, each organisation in many rows, its
    members near the middle; loose actors among them."""
    rng = np.random.default_rng(seed)
    groups = [f"Organisatie {k}" for k in range(40) for _ in range(8)] + [""] * 120
    n = len(groups)
    rows = rng.integers(0, 16, n) * 180.0
    xy = np.column_stack([rng.normal(0.0, 900.0, n), rows])
    sizes = np.column_stack([rng.uniform(120.0, 206.0, n), np.full(n, 70.0)])
    return xy, sizes, groups


def test_tall_organisations_end_apart_in_their_rows() -> None:
    # 400 rounds of pushing left 2,000 overlapping organisations at 10,000 actors (170 at
    # 2,000); the rest is now swept apart along the rows
    for seed in range(3):
        xy, sizes, groups = _tall_organisations(seed)
        out = keep_groups_together(xy, sizes, groups, axis=0)
        assert np.array_equal(out[:, 1], xy[:, 1]), "the rows stay rows"
        assert _clashes(out, sizes) == 0
        boxes = []
        for k in range(40):
            idx = [i for i, g in enumerate(groups) if g == f"Organisatie {k}"]
            lo = (out[idx] - sizes[idx] / 2).min(axis=0)
            hi = (out[idx] + sizes[idx] / 2).max(axis=0)
            boxes.append((lo, hi, set(idx)))
        for lo, hi, members in boxes:  # nobody stands in another organisation's box
            inside = np.flatnonzero(
                (out[:, 0] + sizes[:, 0] / 2 > lo[0])
                & (out[:, 0] - sizes[:, 0] / 2 < hi[0])
                & (out[:, 1] + sizes[:, 1] / 2 > lo[1])
                & (out[:, 1] - sizes[:, 1] / 2 < hi[1])
            )
            assert set(inside.tolist()) <= members, f"seed {seed}: a stranger in a box"


def test_the_sweep_ends_every_clash_along_one_axis() -> None:
    for seed in range(40):
        xy, sizes = _mixed(seed, 10 + 2 * seed)
        xy[:, 1] = np.round(xy[:, 1] / 300.0) * 300.0 if seed % 2 else xy[:, 1]
        for axis in (0, 1):
            out = sweep_apart(xy, sizes, GX, GY, axis)
            assert _clashes(out, sizes) == 0, f"seed {seed}, axis {axis}"
            assert np.array_equal(out[:, 1 - axis], xy[:, 1 - axis])
            assert np.array_equal(sweep_apart(out, sizes, GX, GY, axis), out), "apart: stays"
