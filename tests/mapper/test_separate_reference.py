"""``separate`` pushes boxes apart in fewer numpy calls a round (issue 15: the reading spread
runs some 90,000 rounds of it on small maps in the suite): the places must stay what the
rounds of issue 14 gave, to the last bit. The old rounds are kept here as the reference."""

from __future__ import annotations

import numpy as np
import pytest

from mapper.layout._common import AXIS_ROUNDS, FloatArray, separate
from mapper.layout.force_grid import SMALL, CloseTracker
from mapper.layout.sweep import sweep_apart


def _reference(
    xy: FloatArray, sizes: FloatArray, gap_x: float, gap_y: float, axis: int | None
) -> FloatArray:
    """The rounds of ``separate`` before issue 15, one numpy call per axis (small maps)."""
    pos = np.array(xy, dtype=np.float64, copy=True)
    n = len(pos)
    half = sizes / 2.0
    reach = np.array([sizes[:, 0].max() + gap_x, sizes[:, 1].max() + gap_y])
    rng = np.random.default_rng(12345)
    track = CloseTracker(1.0)
    ci = cj = np.empty(0, dtype=np.int64)
    need_x = need_y = np.empty(0)
    for _ in range(AXIS_ROUNDS if axis is not None else 400):
        scaled = pos / reach
        pairs, fresh = track.candidates(scaled)
        near = track.close(scaled, pairs)
        if fresh:
            ci, cj = pairs[:, 0], pairs[:, 1]
            need_x = half[ci, 0] + half[cj, 0] + gap_x
            need_y = half[ci, 1] + half[cj, 1] + gap_y
        d = pos[cj] - pos[ci]
        ox = need_x - np.abs(d[:, 0])
        oy = need_y - np.abs(d[:, 1])
        clash = near & (ox > 1e-6) & (oy > 1e-6)
        if not clash.any():
            return pos
        i, j, d, ox, oy = ci[clash], cj[clash], d[clash], ox[clash], oy[clash]
        same = (np.abs(d[:, 0]) < 1e-6) & (np.abs(d[:, 1]) < 1e-6)
        if same.any():
            d[same] = rng.normal(size=(int(same.sum()), 2))
        along_x = ox / need_x[clash] <= oy / need_y[clash]
        if axis is not None:
            along_x[:] = axis == 0
        sign_x = np.where(d[:, 0] >= 0, 1.0, -1.0)
        sign_y = np.where(d[:, 1] >= 0, 1.0, -1.0)
        move_x = np.where(along_x, sign_x * (ox * 0.5 + 0.5), 0.0)
        move_y = np.where(along_x, 0.0, sign_y * (oy * 0.5 + 0.5))
        root = np.sqrt(np.maximum(np.bincount(i, minlength=n) + np.bincount(j, minlength=n), 1))
        pos[:, 0] += (np.bincount(j, move_x, n) - np.bincount(i, move_x, n)) / root
        pos[:, 1] += (np.bincount(j, move_y, n) - np.bincount(i, move_y, n)) / root
    if axis is not None:
        return sweep_apart(pos, sizes, gap_x, gap_y, axis)
    return pos


def _boxes(n: int, seed: int, spread: float) -> tuple[FloatArray, FloatArray]:
    rng = np.random.default_rng(seed)
    xy = rng.normal(0.0, spread, size=(n, 2))
    xy[: max(n // 6, 2)] = xy[0]  # twins: drawn apart by the random numbers, in one order
    sizes = np.column_stack([rng.uniform(40.0, 220.0, n), rng.uniform(20.0, 70.0, n)])
    return xy, sizes


@pytest.mark.parametrize("axis", [None, 0, 1])
@pytest.mark.parametrize(("n", "seed"), [(2, 1), (5, 2), (17, 3), (60, 4), (SMALL, 5)])
def test_boxes_end_where_the_old_rounds_put_them(n: int, seed: int, axis: int | None) -> None:
    for spread in (30.0, 400.0):
        xy, sizes = _boxes(n, seed, spread)
        for gap_x, gap_y in ((36.0, 20.0), (4.0, 4.0)):
            got = separate(xy, sizes, gap_x, gap_y, axis=axis)
            want = _reference(xy, sizes, gap_x, gap_y, axis)
            assert got.tobytes() == want.tobytes(), (spread, gap_x)


def test_boxes_far_out_end_where_the_old_rounds_put_them() -> None:
    # beyond 1e8 the radius filter of the old rounds runs again
    xy, sizes = _boxes(12, 6, 50.0)
    xy += 3e8
    got = separate(xy, sizes, 36.0, 20.0)
    assert got.tobytes() == _reference(xy, sizes, 36.0, 20.0, None).tobytes()
