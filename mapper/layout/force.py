"""A multilevel spring-electrical force layout in numpy/scipy.

The graph is coarsened by matching (and by folding leftover nodes into a neighbour's group)
until it is small; the coarsest graph is laid out with exact forces, then each finer level
starts from its parent's position and is refined. Repulsion is exact for small levels; for
large ones it is split into a near field (exact, pairs found with a k-d tree) and a far field
(particle-mesh: node masses summed into a coarse grid, cells interacting with the cells that
are not their neighbours). Steps follow Hu's adaptive step-length scheme, as in Graphviz sfdp.
Connected components are laid out on their own and packed side by side.
"""

from __future__ import annotations

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree

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

__all__ = ["force_positions"]

C_REPULSE = 0.2  # Hu's C: repulsion K^2 C / d against attraction d^2 / K
EXACT_LIMIT = 400  # levels with at most this many nodes use exact repulsion
NEAR_RADIUS = 2.5  # near-field radius in units of K
FAR_CELLS = 16  # far-field grid is FAR_CELLS x FAR_CELLS over the bounding box
EDGE_PX = 170.0  # median edge length in scene pixels after scaling
COARSEST = 50


def force_positions(g: GraphArrays, seed: int, tick: Ticker) -> FloatArray:
    """Centres (n x 2, scene pixels) of a force layout of ``g``."""
    n = g.n
    out = np.zeros((n, 2))
    if n == 0:
        return out
    u, v, w = g.undirected()
    rng = np.random.default_rng(seed)
    n_comp, labels = connected_components(
        coo_matrix((np.ones(len(u)), (u, v)), shape=(n, n)), directed=False
    )
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
    median = float(np.median(lengths)) if len(lengths) else 1.0
    xy = xy - xy.mean(axis=0)
    scale = EDGE_PX / max(median, 1e-9)
    box = np.array([NODE_W + 30.0, NODE_H + 25.0])
    nearest, _ = cKDTree(xy / box).query(xy / box, k=2)
    crowded = float(np.quantile(nearest[:, 1], 0.2))
    scale = max(scale, 1.0 / max(crowded, 1e-9))
    return xy * scale


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
    cost = [lv[0] * (300 if i == len(levels) - 1 else 60) for i, lv in enumerate(levels)]
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
            iterations, step = 60 if ln < 5000 else 40, 0.5
        else:
            iterations, step = 300, max(1.0, radius * 0.1)
        sub = tick.sub(0.02 + 0.98 * spent / total, 0.02 + 0.98 * (spent + cost[depth]) / total)
        pos = _refine(pos, lu, lv, lw, lmass, iterations, step, sub)
        spent += cost[depth]
    return pos


# --------------------------------------------------------------------------- forces
def _accumulate(n: int, idx: IntArray, f: FloatArray, out: FloatArray, sign: float) -> None:
    out[:, 0] += sign * np.bincount(idx, weights=f[:, 0], minlength=n)
    out[:, 1] += sign * np.bincount(idx, weights=f[:, 1], minlength=n)


def _repulsion_exact(pos: FloatArray, mass: FloatArray) -> FloatArray:
    d = pos[:, None, :] - pos[None, :, :]
    d2 = np.einsum("ijk,ijk->ij", d, d)
    np.fill_diagonal(d2, np.inf)
    d2 = np.maximum(d2, 1e-4)
    coef = C_REPULSE * mass[None, :] / d2
    f: FloatArray = mass[:, None] * np.einsum("ij,ijk->ik", coef, d)
    return f


def _repulsion_approx(pos: FloatArray, mass: FloatArray) -> FloatArray:
    n = len(pos)
    f = np.zeros_like(pos)
    pairs = cKDTree(pos).query_pairs(NEAR_RADIUS, output_type="ndarray")
    if len(pairs):
        i, j = pairs[:, 0], pairs[:, 1]
        d = pos[i] - pos[j]
        d2 = np.maximum(np.einsum("ij,ij->i", d, d), 1e-4)
        fr = (C_REPULSE * mass[i] * mass[j] / d2)[:, None] * d
        _accumulate(n, i, fr, f, 1.0)
        _accumulate(n, j, fr, f, -1.0)
    # far field on a coarse grid: cells act on cells that are not their neighbours
    lo = pos.min(axis=0)
    cell = max(float((pos.max(axis=0) - lo).max()) / FAR_CELLS, NEAR_RADIUS)
    gxy = np.minimum(((pos - lo) / cell).astype(np.int64), FAR_CELLS - 1)
    cid = gxy[:, 0] * FAR_CELLS + gxy[:, 1]
    cmass = np.bincount(cid, weights=mass, minlength=FAR_CELLS**2)
    occ = np.nonzero(cmass)[0]
    cm = cmass[occ]
    cpos = (
        np.column_stack(
            [
                np.bincount(cid, weights=mass * pos[:, 0], minlength=FAR_CELLS**2)[occ],
                np.bincount(cid, weights=mass * pos[:, 1], minlength=FAR_CELLS**2)[occ],
            ]
        )
        / cm[:, None]
    )
    cx, cy = occ // FAR_CELLS, occ % FAR_CELLS
    far = (np.abs(cx[:, None] - cx[None, :]) > 1) | (np.abs(cy[:, None] - cy[None, :]) > 1)
    d = cpos[:, None, :] - cpos[None, :, :]
    d2 = np.maximum(np.einsum("ijk,ijk->ij", d, d), 1e-4)
    coef = np.where(far, C_REPULSE * cm[None, :] / d2, 0.0)
    field = np.einsum("ij,ijk->ik", coef, d)
    slot = np.full(FAR_CELLS**2, -1, dtype=np.int64)
    slot[occ] = np.arange(len(occ))
    f += mass[:, None] * field[slot[cid]]
    return f


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
    n = len(pos)
    exact = n <= EXACT_LIMIT
    energy_prev = np.inf
    progress = 0
    for it in range(iterations):
        if it % 5 == 0:
            tick(it / iterations)
        f = _repulsion_exact(pos, mass) if exact else _repulsion_approx(pos, mass)
        if len(u):
            d = pos[v] - pos[u]
            dist = np.sqrt(np.einsum("ij,ij->i", d, d))
            fa = (w * dist)[:, None] * d
            _accumulate(n, u, fa, f, 1.0)
            _accumulate(n, v, fa, f, -1.0)
        norm = np.sqrt(np.einsum("ij,ij->i", f, f))
        energy = float(np.dot(norm, norm))
        pos = pos + (step / np.maximum(norm, 1e-12))[:, None] * f
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
    return pos
