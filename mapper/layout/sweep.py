"""Boxes pushed apart along one axis in one sweep, outward from the middle (issue 14).

The hierarchy and the spheres keep their rows: :func:`mapper.layout._common.separate` then
pushes only along x. Its rounds move both boxes of a clash half the overlap; hundreds of
tall organisation boxes stacked in the middle of a 10,000-actor map were still 2,000
overlapping pairs after its 400 rounds (and 1,300 pairs of actors after the last push). This
sweep ends every clash at once: the boxes in order along the axis, the middle one stays, and
each box to its right is placed at its own place or just right of every box already placed
that shares some of its height (with the gap), each box to the left likewise leftwards. The
highest right edge over a stretch of height is kept in a segment tree, so the sweep costs
O(n log n) and never leaves a clash; the order along the axis is kept.

>>> import numpy as np
>>> xy = np.array([[0.0, 0.0], [10.0, 0.0], [20.0, 0.0]])
>>> sweep_apart(xy, np.full((3, 2), [100.0, 50.0]), 10.0, 10.0, 0).tolist()
[[-100.0, 0.0], [10.0, 0.0], [120.0, 0.0]]
"""

from __future__ import annotations

import numpy as np

from mapper.layout._common import FloatArray, distinct

__all__ = ["sweep_apart"]

_TOLERANCE = 1e-6  # boxes that share less height than this do not clash (as in ``separate``)


class _Highest:
    """The highest value put over each stretch of ``size`` slots (a segment tree): ``put``
    raises a stretch to at least a value, ``highest`` reads the highest over a stretch."""

    def __init__(self, size: int) -> None:
        self.size = 1 << max(1, (size - 1).bit_length())
        self.below = [-np.inf] * (2 * self.size)  # the highest put anywhere under a node
        self.whole = [-np.inf] * (2 * self.size)  # the highest put over a node's whole stretch

    def put(self, start: int, stop: int, value: float) -> None:
        if start >= stop:
            return
        below, whole = self.below, self.whole
        lo, hi = start + self.size, stop + self.size
        # first the nodes above the stretch's ends (above every node put below), while lower
        for node in (lo >> 1, (hi - 1) >> 1):
            while node and below[node] < value:
                below[node] = value
                node >>= 1
        while lo < hi:
            # (comparisons, not max(): what max(old, value) keeps, at a third of the cost)
            if lo & 1:
                if value > whole[lo]:
                    whole[lo] = value
                if value > below[lo]:
                    below[lo] = value
                lo += 1
            if hi & 1:
                hi -= 1
                if value > whole[hi]:
                    whole[hi] = value
                if value > below[hi]:
                    below[hi] = value
            lo >>= 1
            hi >>= 1

    def highest(self, start: int, stop: int) -> float:
        if start >= stop:
            return -np.inf
        below, whole = self.below, self.whole
        lo, hi = start + self.size, stop + self.size
        best = -np.inf
        for node in (lo >> 1, (hi - 1) >> 1):  # stretches over every node looked at below
            while node:
                if whole[node] > best:
                    best = whole[node]
                node >>= 1
        while lo < hi:
            if lo & 1:
                if below[lo] > best:
                    best = below[lo]
                lo += 1
            if hi & 1:
                hi -= 1
                if below[hi] > best:
                    best = below[hi]
            lo >>= 1
            hi >>= 1
        return best


def sweep_apart(
    xy: FloatArray, sizes: FloatArray, gap_x: float, gap_y: float, axis: int
) -> FloatArray:
    """Centres moved along ``axis`` (0: x) only, so that no two boxes that share more than a
    hair of the other axis (with its gap) are closer than their half sizes plus the gap."""
    pos = np.array(xy, dtype=np.float64, copy=True)
    n = len(pos)
    if n < 2:
        return pos
    gap = (gap_x, gap_y)[axis]
    across = 1 - axis
    room = sizes[:, across] / 2.0 + (gap_x, gap_y)[across] / 2.0  # half a box and half a gap
    reach = np.maximum(room - _TOLERANCE / 2.0, 0.0)
    ends = np.concatenate([pos[:, across] - reach, pos[:, across] + reach])
    slots = distinct(ends)
    start = np.searchsorted(slots, pos[:, across] - reach).tolist()
    stop = np.searchsorted(slots, pos[:, across] + reach).tolist()
    half = (sizes[:, axis] / 2.0).tolist()
    at = pos[:, axis].tolist()
    order = np.lexsort((np.arange(n), pos[:, axis])).tolist()
    middle = n // 2
    right, left = _Highest(len(slots)), _Highest(len(slots))
    for i in order[middle:]:  # rightwards: right of every placed box that shares height
        at[i] = max(at[i], right.highest(start[i], stop[i]) + gap + half[i])
        right.put(start[i], stop[i], at[i] + half[i])
        left.put(start[i], stop[i], -(at[i] - half[i]))
    for i in reversed(order[:middle]):  # leftwards, likewise (left edges, negated)
        at[i] = min(at[i], -left.highest(start[i], stop[i]) - gap - half[i])
        left.put(start[i], stop[i], -(at[i] - half[i]))
    pos[:, axis] = at
    return pos
