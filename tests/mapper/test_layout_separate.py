"""Pushing boxes apart and keeping organisations together without rounds per organisation
(issue 14: at 2,000 actors `keep_groups_together` took 12.4 of the force layout's 15.7 s and
left 115 overlapping pairs). The work is counted, not timed."""

from __future__ import annotations

import numpy as np
import pytest

import mapper.layout.grouping as grouping
from mapper.layout._common import GAP_X, GAP_Y, FloatArray, separate
from mapper.layout.grouping import keep_groups_together


def _clashes(xy: FloatArray, sizes: FloatArray, gap_x: float, gap_y: float) -> int:
    """The pairs whose boxes (with the gaps) overlap both ways, over every pair at once: the
    same sums and comparisons per pair as a loop over the pairs, in numpy."""
    dx = np.abs(xy[:, None, 0] - xy[None, :, 0])
    dy = np.abs(xy[:, None, 1] - xy[None, :, 1])
    need_x = (sizes[:, None, 0] + sizes[None, :, 0]) / 2 + gap_x
    need_y = (sizes[:, None, 1] + sizes[None, :, 1]) / 2 + gap_y
    return int(np.triu((dx < need_x - 1e-6) & (dy < need_y - 1e-6), 1).sum())


def test_a_row_is_pushed_apart_along_the_row_in_every_round() -> None:
    # five boxes in one row, each overlapping its neighbours a little side by side: the
    # smallest way out is along x, in every round (a loop variable named like the ``axis``
    # argument once turned every round after the first into pushes along y)
    xy = np.array([[90.0 * k, 0.0] for k in range(5)])
    sizes = np.full((5, 2), [100.0, 50.0])
    out = separate(xy, sizes, gap_x=36.0, gap_y=20.0)
    assert np.allclose(out[:, 1], 0.0), "pushed out of its row"
    assert _clashes(out, sizes, 36.0, 20.0) == 0
    assert list(np.argsort(out[:, 0])) == [0, 1, 2, 3, 4], "the row keeps its order"


def _crowd(n_groups: int, per_group: int, loose: int) -> tuple[FloatArray, FloatArray, list[str]]:
    """Organisations whose members are scattered over the whole map among loose actors."""
    rng = np.random.default_rng(7)
    n = n_groups * per_group + loose
    xy = rng.uniform(0.0, 60.0 * np.sqrt(n) * 4, size=(n, 2))
    sizes = np.column_stack([rng.uniform(80.0, 180.0, n), rng.uniform(40.0, 80.0, n)])
    groups = [f"Organisatie {k}" for k in range(n_groups) for _ in range(per_group)]
    return xy, sizes, groups + [""] * loose


def test_organisations_are_packed_not_pushed_apart_one_by_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    xy, sizes, groups = _crowd(n_groups=60, per_group=12, loose=200)
    calls: list[int] = []

    def counted(pos: FloatArray, size: FloatArray, *args: object, **kwargs: object) -> FloatArray:
        calls.append(len(pos))
        return separate(pos, size, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(grouping, "separate", counted)
    out = keep_groups_together(xy, sizes, groups, pack=True)
    # the blocks once, the last check once: not one run of rounds per organisation
    assert len(calls) <= 2, f"separate ran {len(calls)} times for 60 organisations"
    assert _clashes(out, sizes, GAP_X, GAP_Y / 2) == 0


def test_a_packed_organisation_keeps_its_members_order() -> None:
    # one organisation of nine spread in three rows of three, a little askew: each row stays
    # a row, top above bottom, left to right as they stood
    rng = np.random.default_rng(3)
    grid = [(900.0 * c, 700.0 * r) for r in range(3) for c in range(3)]
    xy = np.array(grid) + rng.uniform(-40.0, 40.0, size=(9, 2))
    sizes = np.full((9, 2), [100.0, 50.0])
    out = keep_groups_together(xy, sizes, ["Raad"] * 9, pack=True)
    rows = [range(3), range(3, 6), range(6, 9)]
    for r, members in enumerate(rows):
        assert np.ptp(out[list(members), 1]) == 0.0, f"row {r} is not one row"
        assert sorted(members, key=lambda i: out[i, 0]) == list(members)
        if r:
            assert out[members[0], 1] > out[rows[r - 1][0], 1]
    width, height = np.ptp(out, axis=0) + np.array([100.0, 50.0])
    assert width <= 3 * 136.0, "a block, drawn together"
    assert height <= 3 * 70.0, "a block, drawn together"
