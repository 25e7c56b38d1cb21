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
from dataclasses import dataclass

import numpy as np

from mapper.layout._common import FloatArray, IntArray

__all__ = [
    "EXACT_LIMIT",
    "GridPlan",
    "apply_grid",
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
    """All (i, j) with i in block a and j in block b, for many block pairs at once."""
    rep = count_a * count_b
    total = int(rep.sum())
    if total == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    k = np.repeat(np.arange(len(rep)), rep)
    first = np.cumsum(rep) - rep
    within = np.arange(total) - first[k]
    cb = count_b[k]
    return start_a[k] + within // cb, start_b[k] + within % cb


@dataclass(frozen=True)
class GridPlan:
    """Which nodes and cells interact; valid while nodes stay near their cells."""

    #: per level: slot (occupied cell) of each node, cell count, interaction list (a, b)
    levels: list[tuple[IntArray, int, IntArray, IntArray]]
    near_i: IntArray
    near_j: IntArray


def plan_grid(x: FloatArray, y: FloatArray, per_cell: float = 2.5) -> GridPlan:
    """Cells of every level, their interaction lists and the near pairs of nodes."""
    n = len(x)
    x0, y0 = float(x.min()), float(y.min())
    size = max(float(x.max()) - x0, float(y.max()) - y0) * (1 + 1e-9) + 1e-9
    top = max(2, min(12, round(math.log(max(n / per_cell, 4.0), 4))))
    gx_fine = ((x - x0) / size * (1 << top)).astype(np.int64)
    gy_fine = ((y - y0) / size * (1 << top)).astype(np.int64)
    offs = np.arange(-3, 4)
    odx, ody = (a.ravel() for a in np.meshgrid(offs, offs, indexing="ij"))
    far_offset = (np.abs(odx) > 1) | (np.abs(ody) > 1)
    levels: list[tuple[IntArray, int, IntArray, IntArray]] = []
    for level in range(2, top + 1):
        g = 1 << level
        shift = top - level
        gx, gy = gx_fine >> shift, gy_fine >> shift
        occ, node_slot = np.unique(gx * g + gy, return_inverse=True)
        slot = np.full(g * g, -1, dtype=np.int64)
        slot[occ] = np.arange(len(occ))
        cx, cy = occ // g, occ % g
        tx = cx[:, None] + odx[None, :]
        ty = cy[:, None] + ody[None, :]
        ok = (tx >= 0) & (tx < g) & (ty >= 0) & (ty < g) & far_offset[None, :]
        ok &= (np.abs((tx >> 1) - (cx >> 1)[:, None]) <= 1) & (
            np.abs((ty >> 1) - (cy >> 1)[:, None]) <= 1
        )
        a, which = np.nonzero(ok)
        b = slot[tx[a, which] * g + ty[a, which]]
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
        pi.append(order[i])
        pj.append(order[j])
    return GridPlan(levels, np.concatenate(pi), np.concatenate(pj))


def apply_grid(
    plan: GridPlan, x: FloatArray, y: FloatArray, mass: FloatArray, c: float
) -> tuple[FloatArray, FloatArray]:
    """Repulsion on every node under ``plan`` at the current positions."""
    n = len(x)
    fx = np.zeros(n)
    fy = np.zeros(n)
    mx, my = mass * x, mass * y
    for node_slot, cells, a, b in plan.levels:
        cm = np.bincount(node_slot, weights=mass, minlength=cells)
        ccx = np.bincount(node_slot, weights=mx, minlength=cells) / cm
        ccy = np.bincount(node_slot, weights=my, minlength=cells) / cm
        dx = ccx[a] - ccx[b]
        dy = ccy[a] - ccy[b]
        coef = c * cm[b] / np.maximum(dx * dx + dy * dy, _MIN_D2)
        field_x = np.bincount(a, weights=coef * dx, minlength=cells)
        field_y = np.bincount(a, weights=coef * dy, minlength=cells)
        fx += mass * field_x[node_slot]
        fy += mass * field_y[node_slot]
    i, j = plan.near_i, plan.near_j
    if len(i):
        dx = x[i] - x[j]
        dy = y[i] - y[j]
        coef = c * mass[i] * mass[j] / np.maximum(dx * dx + dy * dy, _MIN_D2)
        wx, wy = coef * dx, coef * dy
        fx += np.bincount(i, weights=wx, minlength=n) - np.bincount(j, weights=wx, minlength=n)
        fy += np.bincount(i, weights=wy, minlength=n) - np.bincount(j, weights=wy, minlength=n)
    return fx, fy


def repulsion_grid(
    x: FloatArray, y: FloatArray, mass: FloatArray, c: float
) -> tuple[FloatArray, FloatArray]:
    """Approximate repulsion in about O(n log n); see the module docstring."""
    return apply_grid(plan_grid(x, y), x, y, mass, c)
