"""A multilevel spring-electrical force layout in numpy.

The graph is coarsened by heavy-edge matching (leftover nodes fold into their lightest
neighbouring group) until about 50 nodes remain; the coarsest graph is laid out with exact
forces, then each finer level starts from its parent's position and is refined for a few
dozen iterations. Coarse nodes carry the mass of the nodes they stand for, so the coarse
energy approximates the fine one. Repulsion is exact for small levels and approximated on a
grid pyramid for large ones (:mod:`mapper.layout.repulsion`). Steps follow Hu's adaptive
step-length scheme, as in Graphviz sfdp. Connected components are laid out on their own and
packed side by side; the result is scaled to scene pixels and remaining overlaps are pushed
apart.
"""

from __future__ import annotations

import numpy as np

from mapper.layout._common import (
    NODE_H,
    NODE_W,
    FloatArray,
    GraphArrays,
    IntArray,
    Ticker,
    pack_boxes,
    remove_overlaps,
)
from mapper.layout.force_grid import components, nearest_other
from mapper.layout.repulsion import EXACT_LIMIT, BoundGrid, bind_grid, plan_grid, repulsion_exact

__all__ = ["force_positions"]

C_REPULSE = 0.2  # Hu's C: repulsion K^2 C / d against attraction d^2 / K
EDGE_PX = 170.0  # median edge length in scene pixels after scaling
COARSEST = 50
REPLAN = 6  # iterations between rebuilding the repulsion grid (3 until issue 14: the same
# layout by the measures of tests/mapper/test_layout_quality.py, a tenth less work)
FINE_ITERATIONS = 30
COARSE_ITERATIONS = 150


def force_positions(g: GraphArrays, seed: int, tick: Ticker) -> FloatArray:
    """Centres (n x 2, scene pixels) of a force layout of ``g``."""
    n = g.n
    out = np.zeros((n, 2))
    if n == 0:
        return out
    u, v, w = g.undirected()
    gu, gv, gw = g.group_edges()  # an organisation stays together
    if len(gu):
        u, v, w = _merge_edges(
            n, np.concatenate([u, gu]), np.concatenate([v, gv]), np.concatenate([w, gw])
        )
    rng = np.random.default_rng(seed)
    n_comp, labels = components(n, u, v)
    order = np.argsort(labels, kind="stable")
    starts = np.searchsorted(labels[order], np.arange(n_comp + 1))
    local = np.empty(n, dtype=np.int64)
    local[order] = np.arange(n) - starts[labels[order]]
    edge_comp = labels[u]
    e_order = np.argsort(edge_comp, kind="stable")
    e_starts = np.searchsorted(edge_comp[e_order], np.arange(n_comp + 1))

    pieces: list[FloatArray] = []
    done = 0
    for c in range(n_comp):
        members = order[starts[c] : starts[c + 1]]
        size = len(members)
        edges = e_order[e_starts[c] : e_starts[c + 1]]
        sub = tick.sub(done / n, (done + size) / n)
        if size == 1:
            xy = np.zeros((1, 2))
        elif size == 2:
            xy = np.array([[0.0, 0.0], [EDGE_PX, 0.0]])
        else:
            cu, cv = local[u[edges]], local[v[edges]]
            xy = _layout_component(size, cu, cv, w[edges], rng, sub)
            xy = _to_pixels(xy, cu, cv)
            xy = remove_overlaps(xy)
        pieces.append(xy)
        done += size
        sub(1.0)

    boxes: list[tuple[float, float]] = []
    for xy in pieces:
        lo, hi = xy.min(axis=0), xy.max(axis=0)
        boxes.append((float(hi[0] - lo[0] + NODE_W), float(hi[1] - lo[1] + NODE_H)))
    corners = pack_boxes(boxes, gap=NODE_W * 0.75)
    for c, xy in enumerate(pieces):
        members = order[starts[c] : starts[c + 1]]
        lo = xy.min(axis=0)
        offset = np.array(corners[c]) + np.array([NODE_W / 2, NODE_H / 2]) - lo
        out[members] = xy + offset
    return out


def _to_pixels(xy: FloatArray, u: IntArray, v: IntArray) -> FloatArray:
    """Scale so the median edge is EDGE_PX long, and most shapes already have room."""
    lengths = np.linalg.norm(xy[u] - xy[v], axis=1)
    median = _median(lengths) if len(lengths) else 1.0
    xy = xy - xy.mean(axis=0)
    scale = EDGE_PX / max(median, 1e-9)
    box = np.array([NODE_W + 30.0, NODE_H + 25.0])
    crowded = _quantile(nearest_other(xy / box), 0.2)
    scale = max(scale, 1.0 / max(crowded, 1e-9))
    return xy * scale


# np.median and np.quantile import numpy.ma (a tenth of the command's start): the same
# numbers, for a 1-D array without NaN
def _median(values: FloatArray) -> float:
    """``np.median(values)``."""
    s = np.sort(values)
    half = len(s) // 2
    return float(s[half]) if len(s) % 2 else float((s[half - 1] + s[half]) / 2.0)


def _quantile(values: FloatArray, q: float) -> float:
    """``np.quantile(values, q)`` (its default, linear method)."""
    s = np.sort(values)
    at = (len(s) - 1) * q
    lo = int(np.floor(at))
    a, b = s[lo], s[min(lo + 1, len(s) - 1)]
    gamma = at - lo
    diff = b - a
    return float(b - diff * (1.0 - gamma)) if gamma >= 0.5 else float(a + diff * gamma)


# --------------------------------------------------------------------------- multilevel
def _merge_edges(
    n: int, u: IntArray, v: IntArray, w: FloatArray
) -> tuple[IntArray, IntArray, FloatArray]:
    a, b = np.minimum(u, v), np.maximum(u, v)
    keep = a != b
    a, b, w = a[keep], b[keep], w[keep]
    if len(a) == 0:
        return a, b, w
    uniq, inverse = np.unique(a * n + b, return_inverse=True)
    merged = np.bincount(inverse, weights=w, minlength=len(uniq)).astype(np.float64)
    return (uniq // n).astype(np.int64), (uniq % n).astype(np.int64), merged


def _coarsen(
    n: int, u: IntArray, v: IntArray, w: FloatArray, mass: FloatArray, rng: np.random.Generator
) -> IntArray:
    """Group of each node: heavy-edge matching, leftovers join their lightest neighbour group."""
    both_u = np.concatenate([u, v])
    both_v = np.concatenate([v, u])
    both_w = np.concatenate([w, w])
    order = np.lexsort((both_v, both_u))
    nbr_of = both_u[order]
    nbrs = both_v[order].tolist()
    score = (both_w[order] / (mass[both_u[order]] * mass[both_v[order]])).tolist()
    indptr = np.searchsorted(nbr_of, np.arange(n + 1)).tolist()
    m = mass.tolist()
    group = [-1] * n
    ng = 0
    degree = np.diff(np.asarray(indptr))
    visit = np.lexsort((rng.random(n), degree)).tolist()  # leaves first, random ties
    for i in visit:
        if group[i] >= 0:
            continue
        best, best_score = -1, -1.0
        for k in range(indptr[i], indptr[i + 1]):
            j = nbrs[k]
            if group[j] < 0 and j != i and score[k] > best_score:
                best, best_score = j, score[k]
        if best >= 0:
            group[i] = group[best] = ng
            ng += 1
    group_mass: list[float] = [0.0] * ng
    for i in range(n):
        if group[i] >= 0:
            group_mass[group[i]] += m[i]
    for i in visit:
        if group[i] >= 0:
            continue
        best, best_mass = -1, float("inf")
        for k in range(indptr[i], indptr[i + 1]):
            gj = group[nbrs[k]]
            if 0 <= gj < len(group_mass) and group_mass[gj] < best_mass:
                best, best_mass = gj, group_mass[gj]
        if best >= 0:
            group[i] = best
            group_mass[best] += m[i]
        else:
            group[i] = ng
            group_mass.append(m[i])
            ng += 1
    return np.asarray(group, dtype=np.int64)


def _layout_component(
    n: int, u: IntArray, v: IntArray, w: FloatArray, rng: np.random.Generator, tick: Ticker
) -> FloatArray:
    levels: list[tuple[int, IntArray, IntArray, FloatArray, FloatArray]] = []
    parents: list[IntArray] = []
    mass: FloatArray = np.ones(n, dtype=np.float64)
    cur = (n, u, v, w, mass)
    levels.append(cur)
    while cur[0] > COARSEST and len(levels) < 40:
        group = _coarsen(*cur, rng)
        cn = int(group.max()) + 1
        if cn > 0.9 * cur[0]:
            break
        cu, cv, cw = _merge_edges(cn, group[cur[1]], group[cur[2]], cur[3])
        cmass = np.bincount(group, weights=cur[4], minlength=cn).astype(np.float64)
        parents.append(group)
        cur = (cn, cu, cv, cw, cmass)
        levels.append(cur)
    tick(0.02)
    # work per level ~ nodes x iterations: give progress accordingly
    cost = [
        lv[0] * (COARSE_ITERATIONS if i == len(levels) - 1 else FINE_ITERATIONS)
        for i, lv in enumerate(levels)
    ]
    total = float(sum(cost))
    spent = 0.0
    top = levels[-1]
    radius = np.sqrt(top[4].sum())
    angle = rng.random(top[0]) * 2 * np.pi
    r = radius * np.sqrt(rng.random(top[0]))
    pos = np.column_stack([r * np.cos(angle), r * np.sin(angle)])
    for depth in range(len(levels) - 1, -1, -1):
        ln, lu, lv, lw, lmass = levels[depth]
        if depth < len(levels) - 1:
            pos = pos[parents[depth]] + rng.normal(scale=0.1, size=(ln, 2))
            iterations, step = FINE_ITERATIONS, 0.5
        else:
            iterations, step = COARSE_ITERATIONS, max(1.0, radius * 0.1)
        sub = tick.sub(0.02 + 0.98 * spent / total, 0.02 + 0.98 * (spent + cost[depth]) / total)
        pos = _refine(pos, lu, lv, lw, lmass, iterations, step, sub)
        spent += cost[depth]
    return pos


# --------------------------------------------------------------------------- forces
def _refine(
    pos: FloatArray,
    u: IntArray,
    v: IntArray,
    w: FloatArray,
    mass: FloatArray,
    iterations: int,
    step: float,
    tick: Ticker,
) -> FloatArray:
    """Hu's adaptive-step spring-electrical iterations; returns the new positions."""
    n = len(pos)
    x = pos[:, 0].copy()
    y = pos[:, 1].copy()
    ends = np.concatenate([u, v])
    energy_prev = np.inf
    progress = 0
    grid: BoundGrid | None = None
    for it in range(iterations):
        if it % 5 == 0:
            tick(it / iterations)
        if n <= EXACT_LIMIT:
            fx, fy = repulsion_exact(x, y, mass, C_REPULSE)
        else:
            if it % REPLAN == 0 or grid is None:
                grid = bind_grid(plan_grid(x, y), mass, C_REPULSE)
            fx, fy = grid(x, y)
        if len(u):
            dx = x.take(v) - x.take(u)
            dy = y.take(v) - y.take(u)
            k = w * np.sqrt(dx * dx + dy * dy)
            ax, ay = k * dx, k * dy
            fx += np.bincount(ends, weights=np.concatenate([ax, -ax]), minlength=n)
            fy += np.bincount(ends, weights=np.concatenate([ay, -ay]), minlength=n)
        norm2 = fx * fx + fy * fy
        energy = float(norm2.sum())
        scale = step / np.maximum(np.sqrt(norm2), 1e-12)
        x += scale * fx
        y += scale * fy
        if energy < energy_prev:
            progress += 1
            if progress >= 5:
                progress = 0
                step /= 0.9
        else:
            progress = 0
            step *= 0.9
        energy_prev = energy
        if step < 0.005:
            break
    return np.column_stack([x, y])
