"""The pairs of boxes that touch, found on grids keyed by the boxes' own sizes (issue 14).

:func:`mapper.layout._common.separate` asks every round which boxes may overlap. A grid whose
cell is the largest box makes every query global as soon as one box is large: an
organisation's box among thousands of actors (the hierarchy and spheres layouts at 10,000
actors spent 26 of 33 s on 685,000 candidate pairs a round, where a few thousand touch).

Here the boxes are sorted into levels by area, each level four times the area of the one
below. Each level has a grid whose cell is its own largest box, so that box covers at most
two cells a side. A box is filed in every cell of its own level's grid that it covers, and
looks itself up in the grids of the larger levels (as a probe, filed but never paired with
another probe). Two boxes that touch share a cell of the larger one's grid; the pair is
taken only in the cell that holds the corner of their overlap, so once. The work is the
cells covered plus the pairs that share a cell: about linear in the boxes when they do not
pile up, whatever their sizes.

>>> import numpy as np
>>> xy = np.array([[0.0, 0.0], [90.0, 0.0], [4000.0, 0.0], [0.0, 400.0]])
>>> sizes = np.array([[100.0, 50.0], [100.0, 50.0], [8000.0, 60.0], [100.0, 50.0]])
>>> sorted(touching_pairs(xy, sizes, 10.0, 10.0).tolist())
[[0, 1], [0, 2], [1, 2]]
"""

from __future__ import annotations

import numpy as np

from mapper.layout._common import FloatArray, IntArray, distinct

__all__ = ["touching_pairs"]

_LEVEL = float(np.log(4.0))  # a level holds boxes of up to four times the area of the last


def touching_pairs(xy: FloatArray, sizes: FloatArray, gap_x: float, gap_y: float) -> IntArray:
    """Pairs ``(i, j)``, ``i < j``, of boxes (centres ``xy``, sizes ``sizes``) that
    grown by half the gap on every side touch or overlap: ``|x_i - x_j| <= (w_i + w_j) / 2 +
    gap_x`` and the same along y. Every pair of boxes closer than the gaps is among them."""
    n = len(xy)
    if n < 2:
        return np.empty((0, 2), dtype=np.int64)
    grow = np.array([gap_x, gap_y]) / 2.0
    lo = xy - sizes / 2.0 - grow
    hi = xy + sizes / 2.0 + grow
    extent = np.maximum(hi - lo, 1e-9)
    area = extent[:, 0] * extent[:, 1]
    level = np.floor(np.log(area / area.min()) / _LEVEL).astype(np.int64)
    origin = lo.min(axis=0)
    found = [
        _pairs_in_level(lo - origin, hi - origin, level == b, level < b, extent)
        for b in distinct(level).tolist()
    ]
    pairs = np.concatenate(found) if len(found) > 1 else found[0]
    i, j = pairs[:, 0], pairs[:, 1]
    # (take, not fancy indexing: on a few hundred boxes numpy's overhead per call is the cost)
    meet = (lo.take(i, axis=0) <= hi.take(j, axis=0)) & (lo.take(j, axis=0) <= hi.take(i, axis=0))
    touch = (meet[:, 0] & meet[:, 1]).nonzero()[0]
    i, j = i.take(touch), j.take(touch)
    return np.column_stack([np.minimum(i, j), np.maximum(i, j)])


def _pairs_in_level(
    lo: FloatArray,
    hi: FloatArray,
    own: np.ndarray,
    probe: np.ndarray,
    extent: FloatArray,
) -> IntArray:
    """Pairs that share a cell of the grid of the boxes ``own``: two of them, or one of them
    and a smaller box ``probe``; each pair in the cell of the corner of their overlap."""
    cell = extent[own].max(axis=0)
    chosen = (own | probe).nonzero()[0]
    first = np.floor(lo.take(chosen, axis=0) / cell).astype(np.int64)
    last = np.floor(hi.take(chosen, axis=0) / cell).astype(np.int64)
    wide = last[:, 0] - first[:, 0] + 1
    high = last[:, 1] - first[:, 1] + 1
    count = wide * high
    entry = np.repeat(np.arange(len(chosen)), count)
    k = np.arange(len(entry)) - np.repeat(np.cumsum(count) - count, count)
    high_of = high.take(entry)
    cx = first[:, 0].take(entry) + k // high_of
    cy = first[:, 1].take(entry) + k % high_of
    rows = int(last[:, 1].max()) + 1
    key = cx * rows + cy
    # a cell's own boxes before its probes: each own box pairs with every entry after it
    order = np.argsort(key * 2 + probe.take(chosen).take(entry), kind="stable")
    key, entry, cx, cy = key.take(order), entry.take(order), cx.take(order), cy.take(order)
    # where each cell's run of entries starts and how long it is (no np.diff, np.append: their
    # Python wrappers cost more than the arithmetic on a few hundred boxes)
    changes = np.empty(len(key), dtype=np.bool_)
    changes[0] = True
    np.not_equal(key[1:], key[:-1], out=changes[1:])
    bounds = np.concatenate([changes.nonzero()[0], [len(key)]])
    end = np.repeat(bounds[1:], bounds[1:] - bounds[:-1])
    pairs_of = np.where(own.take(chosen).take(entry), end - np.arange(len(key)) - 1, 0)
    a = np.repeat(np.arange(len(key)), pairs_of)
    b = a + 1 + np.arange(len(a)) - np.repeat(np.cumsum(pairs_of) - pairs_of, pairs_of)
    ea, eb = entry.take(a), entry.take(b)
    top = np.maximum(first.take(ea, axis=0), first.take(eb, axis=0))
    corner = ((cx.take(a) == top[:, 0]) & (cy.take(a) == top[:, 1])).nonzero()[0]
    return np.column_stack([chosen.take(ea.take(corner)), chosen.take(eb.take(corner))])
