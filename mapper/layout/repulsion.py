"""Repulsive forces between all pairs of nodes, exactly or in O(n log n) on a grid pyramid.

The approximation is the Barnes-Hut/fast-multipole split on a pyramid of square grids over
the bounding box: at the finest level, nodes in the same or adjacent cells repel exactly;
every other pair is covered exactly once at the coarsest level where their cells are not
adjacent but their parent cells are (the cell's *interaction list*), as a force between
the two cells' centres of mass. Everything is vectorised with numpy.

Forces follow the spring-electrical model: ``C * m_i * m_j / d`` along the line.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from mapper.layout._common import FloatArray, IntArray

__all__ = [
    "EXACT_LIMIT",
    "BoundGrid",
    "GridPlan",
    "apply_grid",
    "bind_grid",
    "plan_grid",
    "repulsion",
    "repulsion_exact",
    "repulsion_grid",
]

EXACT_LIMIT = 400  # up to this many nodes, all pairs are computed exactly
_MIN_D2 = 1e-4


def repulsion(
    x: FloatArray, y: FloatArray, mass: FloatArray, c: float
) -> tuple[FloatArray, FloatArray]:
    """Repulsive force components on every node."""
    if len(x) <= EXACT_LIMIT:
        return repulsion_exact(x, y, mass, c)
    return repulsion_grid(x, y, mass, c)


def repulsion_exact(
    x: FloatArray, y: FloatArray, mass: FloatArray, c: float
) -> tuple[FloatArray, FloatArray]:
    """All pairs, O(n^2) time and memory.

    ``sum_j w_ij (x_i - x_j) = x_i * sum_j w_ij - (W @ x)_i``, so after the weights only a row
    sum and two matrix-vector products remain.
    """
    d2 = np.subtract.outer(x, x)
    d2 *= d2
    dy = np.subtract.outer(y, y)
    dy *= dy
    d2 += dy
    np.fill_diagonal(d2, np.inf)
    np.maximum(d2, _MIN_D2, out=d2)
    weights = np.divide(mass[None, :], d2, out=d2)  # reuses the buffer
    row = weights.sum(axis=1)
    scale = c * mass
    return scale * (x * row - weights @ x), scale * (y * row - weights @ y)


def _block_pairs(
    start_a: IntArray, count_a: IntArray, start_b: IntArray, count_b: IntArray
) -> tuple[IntArray, IntArray]:
    """All (i, j) with i in block a and j in block b, for many block pairs at once: block
    pair after block pair, i outer.

    One row per i (each block of a's members in turn), holding the members of its b: only
    repeats and running sums (the division and remainder of each pair's number cost twice
    the time, issue 14).
    """
    total = int((count_a * count_b).sum())
    if total == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    row_len = np.repeat(count_b, count_a)
    row_i = np.repeat(start_a - (np.cumsum(count_a) - count_a), count_a) + np.arange(len(row_len))
    row_first = np.cumsum(row_len) - row_len
    j = np.arange(total) + np.repeat(np.repeat(start_b, count_a) - row_first, row_len)
    return np.repeat(row_i, row_len), j


@dataclass(frozen=True)
class GridPlan:
    """Which nodes and cells interact; valid while nodes stay near their cells.

    The cells of every level share one numbering (each level's after the previous level's),
    so a step sums the centres of mass and the fields of all levels in one numpy call each.
    """

    #: per level: slot (occupied cell) of each node, cell count, interaction list (a, b)
    levels: list[tuple[IntArray, int, IntArray, IntArray]]
    near_i: IntArray
    near_j: IntArray
    #: every level's node slots one after the other (levels x n), in the shared numbering
    slots: IntArray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    #: the interaction lists of all levels, in the shared numbering
    far_a: IntArray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    far_b: IntArray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))


def _shared(levels: list[tuple[IntArray, int, IntArray, IntArray]]) -> dict[str, IntArray]:
    """The levels' slots and interaction lists in one numbering of all their cells."""
    offset = 0
    slots: list[IntArray] = []
    far_a: list[IntArray] = []
    far_b: list[IntArray] = []
    for node_slot, cells, a, b in levels:
        slots.append(node_slot + offset)
        far_a.append(a + offset)
        far_b.append(b + offset)
        offset += cells
    if not levels:
        empty = np.zeros(0, dtype=np.int64)
        return {"slots": empty, "far_a": empty, "far_b": empty}
    return {
        "slots": np.concatenate(slots),
        "far_a": np.concatenate(far_a),
        "far_b": np.concatenate(far_b),
    }


def _far_offsets() -> tuple[IntArray, IntArray]:
    """A cell's interaction list as offsets, for each parity (x & 1, y & 1) of the cell: the
    cells not adjacent to it whose parents are adjacent to its parent (27 each), in the
    order of a 7 x 7 scan, x outer."""
    offs = np.arange(-3, 4)
    odx, ody = (a.ravel() for a in np.meshgrid(offs, offs, indexing="ij"))
    far = (np.abs(odx) > 1) | (np.abs(ody) > 1)
    rows_x: list[IntArray] = []
    rows_y: list[IntArray] = []
    for px in (0, 1):
        for py in (0, 1):
            ok = far & (np.abs((px + odx) >> 1) <= 1) & (np.abs((py + ody) >> 1) <= 1)
            rows_x.append(odx[ok])
            rows_y.append(ody[ok])
    return np.array(rows_x, dtype=np.int64), np.array(rows_y, dtype=np.int64)


_FAR_DX, _FAR_DY = _far_offsets()
_MARGIN = 4  # empty cells around a level's grid (even, and at least the offsets' reach)


def _occupied(cell: IntArray, cells: int) -> tuple[IntArray, IntArray]:
    """``np.unique(cell, return_inverse=True)`` for cell numbers in ``range(cells)``: the
    occupied cells in order and each node's place among them, by counting (a grid has about
    as many cells as nodes; a third of the time of sorting them, issue 14)."""
    if cells > 4 * len(cell) + 1024:  # a sparse grid: sorting is cheaper than counting
        occ, inverse = np.unique(cell, return_inverse=True)
        return occ, inverse.astype(np.int64)
    taken = np.bincount(cell, minlength=cells) > 0
    rank = np.cumsum(taken) - 1
    return np.flatnonzero(taken), rank.take(cell)


def plan_grid(x: FloatArray, y: FloatArray, per_cell: float = 2.5) -> GridPlan:
    """Cells of every level, their interaction lists and the near pairs of nodes."""
    n = len(x)
    x0, y0 = float(x.min()), float(y.min())
    size = max(float(x.max()) - x0, float(y.max()) - y0) * (1 + 1e-9) + 1e-9
    top = max(2, min(12, round(math.log(max(n / per_cell, 4.0), 4))))
    gx_fine = ((x - x0) / size * (1 << top)).astype(np.int64)
    gy_fine = ((y - y0) / size * (1 << top)).astype(np.int64)
    levels: list[tuple[IntArray, int, IntArray, IntArray]] = []
    for level in range(2, top + 1):
        g = 1 << level
        shift = top - level
        gx, gy = gx_fine >> shift, gy_fine >> shift
        occ, node_slot = _occupied(gx * g + gy, g * g)
        # slots on a grid with a margin of 3 empty cells, so no offset falls off it
        side = g + 2 * _MARGIN
        slot = np.full(side * side, -1, dtype=np.int64)
        cx, cy = occ // g + _MARGIN, occ % g + _MARGIN
        slot[cx * side + cy] = np.arange(len(occ))
        parity = (cx & 1) * 2 + (cy & 1)  # the margin is even: the cell's own parity
        b = slot.take((cx[:, None] + _FAR_DX[parity]) * side + (cy[:, None] + _FAR_DY[parity]))
        a = np.repeat(np.arange(len(occ)), _FAR_DX.shape[1])
        b = b.ravel()
        live = b >= 0
        levels.append((node_slot.astype(np.int64), len(occ), a[live], b[live]))

    g = 1 << top
    cid = gx_fine * g + gy_fine
    order = np.argsort(cid, kind="stable")
    counts = np.bincount(cid, minlength=g * g)
    starts = np.cumsum(counts) - counts
    occ = np.nonzero(counts)[0]
    cx, cy = occ // g, occ % g
    pi: list[IntArray] = []
    pj: list[IntArray] = []
    for ox, oy in ((0, 0), (1, 0), (0, 1), (1, 1), (1, -1)):
        tx, ty = cx + ox, cy + oy
        ok = (tx < g) & (ty >= 0) & (ty < g)
        a = occ[ok]
        b = tx[ok] * g + ty[ok]
        i, j = _block_pairs(starts[a], counts[a], starts[b], counts[b])
        if ox == 0 and oy == 0:
            keep = i < j
            i, j = i[keep], j[keep]
        pi.append(order.take(i))
        pj.append(order.take(j))
    return GridPlan(levels, np.concatenate(pi), np.concatenate(pj), **_shared(levels))


def apply_grid(
    plan: GridPlan, x: FloatArray, y: FloatArray, mass: FloatArray, c: float
) -> tuple[FloatArray, FloatArray]:
    """Repulsion on every node under ``plan`` at the current positions."""
    return bind_grid(plan, mass, c)(x, y)


class BoundGrid:
    """A plan with the masses and the constant multiplied in: what stays the same between
    its steps is computed once (the cells' masses, ``c * m_b`` of every cell pair and
    ``c * m_i * m_j`` of every near pair); each step is a dozen numpy calls whatever the
    number of levels. The forces are :func:`apply_grid`'s to the last bit."""

    def __init__(self, plan: GridPlan, mass: FloatArray, c: float) -> None:
        n = len(mass)
        levels = len(plan.levels)
        self.n = n
        self.levels = levels
        self.slots = plan.slots
        self.cells = int(plan.slots.max()) + 1 if len(plan.slots) else 0
        self.mass = mass
        self.cm = np.bincount(plan.slots, weights=np.tile(mass, levels), minlength=self.cells)
        self.a, self.b = plan.far_a, plan.far_b
        self.far = c * self.cm[self.b]
        self.near_i, self.near_j = plan.near_i, plan.near_j
        self.near = c * mass[self.near_i] * mass[self.near_j]

    def __call__(self, x: FloatArray, y: FloatArray) -> tuple[FloatArray, FloatArray]:
        n, mass = self.n, self.mass
        fx: FloatArray
        fy: FloatArray
        if self.levels:
            reps = self.levels
            cells = self.cells
            ccx = (
                np.bincount(self.slots, weights=np.tile(mass * x, reps), minlength=cells) / self.cm
            )
            ccy = (
                np.bincount(self.slots, weights=np.tile(mass * y, reps), minlength=cells) / self.cm
            )
            a, b = self.a, self.b
            # take(), not ccx[a]: the same values, in half the time of fancy indexing
            dx = ccx.take(a) - ccx.take(b)
            dy = ccy.take(a) - ccy.take(b)
            coef = self.far / np.maximum(dx * dx + dy * dy, _MIN_D2)
            field_x = np.asarray(
                np.bincount(a, weights=coef * dx, minlength=cells), dtype=np.float64
            )
            field_y = np.asarray(
                np.bincount(a, weights=coef * dy, minlength=cells), dtype=np.float64
            )
            # added level by level, as a running sum from zero would
            fx = (mass * field_x.take(self.slots).reshape(reps, n)).sum(axis=0)
            fy = (mass * field_y.take(self.slots).reshape(reps, n)).sum(axis=0)
        else:
            fx, fy = np.zeros(n), np.zeros(n)
        i, j = self.near_i, self.near_j
        if len(i):
            dx = x.take(i) - x.take(j)
            dy = y.take(i) - y.take(j)
            coef = self.near / np.maximum(dx * dx + dy * dy, _MIN_D2)
            wx, wy = coef * dx, coef * dy
            fx += np.bincount(i, weights=wx, minlength=n) - np.bincount(j, weights=wx, minlength=n)
            fy += np.bincount(i, weights=wy, minlength=n) - np.bincount(j, weights=wy, minlength=n)
        return fx, fy


def bind_grid(plan: GridPlan, mass: FloatArray, c: float) -> BoundGrid:
    """``plan`` for these masses and this constant, to apply at many positions."""
    return BoundGrid(plan, mass, c)


def repulsion_grid(
    x: FloatArray, y: FloatArray, mass: FloatArray, c: float
) -> tuple[FloatArray, FloatArray]:
    """Approximate repulsion in about O(n log n); see the module docstring."""
    return apply_grid(plan_grid(x, y), x, y, mass, c)
