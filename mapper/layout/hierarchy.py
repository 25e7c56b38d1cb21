"""Hierarchy layout: mandate and hierarchy chains top-down, other actors in rows below.

Leaves that hang under the same parent (three or more professionals under one team lead)
are stacked in a compact block under that parent instead of one very wide row, as yEd's
compact tree placement does. The chains themselves are laid out by Graphviz ``dot`` for
small maps when it is installed, else by our own layered layout.
"""

from __future__ import annotations

import math
import subprocess

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from mapper.layout._common import (
    GAP_X,
    GAP_Y,
    NODE_H,
    NODE_W,
    SPHERE_ORDER,
    FloatArray,
    GraphArrays,
    IntArray,
    Ticker,
    pack_boxes,
)
from mapper.layout.graphviz import graphviz_available, graphviz_dot_text, run_graphviz
from mapper.layout.layered import layered_positions
from models import Sphere

__all__ = ["DOT_LIMIT", "DOT_TIMEOUT", "LEAF_BLOCK", "hierarchy_positions"]

DOT_LIMIT = 300  # nodes (after stacking leaves) up to which Graphviz dot is used
DOT_TIMEOUT = 20.0  # seconds; past this our own layered layout is used
LEAF_BLOCK = 3  # a parent with this many leaves gets them stacked in a block
_SLOT_W = NODE_W + GAP_X
_SLOT_H = NODE_H + GAP_Y / 2


def _block_shape(count: int) -> tuple[int, int]:
    """Columns and rows of a block of leaves: about square on screen (actors are wider
    than tall), so a wide team does not stretch the whole map sideways."""
    cols = min(max(2, math.ceil(math.sqrt(count * 0.6))), count)
    return cols, math.ceil(count / cols)


def _stack_leaves(
    k: int, src: IntArray, dst: IntArray, node_sizes: FloatArray
) -> tuple[int, IntArray, IntArray, FloatArray, IntArray, list[IntArray]]:
    """Replace groups of leaves by block nodes.

    Returns the new node count, edges, sizes, the new index of each old node (-1 for a
    stacked leaf), and for each block (numbered after the kept nodes) its leaves in order.
    """
    indeg = np.bincount(dst, minlength=k)
    outdeg = np.bincount(src, minlength=k)
    leaf_edge = (indeg[dst] == 1) & (outdeg[dst] == 0)
    parents_of_leaves = src[leaf_edge]
    count = np.bincount(parents_of_leaves, minlength=k)
    stacked_edge = leaf_edge & (count[src] >= LEAF_BLOCK)
    stacked = np.zeros(k, dtype=np.bool_)
    stacked[dst[stacked_edge]] = True
    new_index = np.full(k, -1, dtype=np.int64)
    kept = np.nonzero(~stacked)[0]
    new_index[kept] = np.arange(len(kept))
    block_parents = np.unique(src[stacked_edge])
    blocks: list[IntArray] = []
    order = np.argsort(src[stacked_edge], kind="stable")
    grouped_leaves = dst[stacked_edge][order]
    grouped_parents = src[stacked_edge][order]
    starts = np.searchsorted(grouped_parents, block_parents)
    ends = np.searchsorted(grouped_parents, block_parents, side="right")
    for a, b in zip(starts.tolist(), ends.tolist(), strict=True):
        blocks.append(grouped_leaves[a:b])
    total = len(kept) + len(blocks)
    sizes = np.zeros((total, 2))
    sizes[: len(kept)] = node_sizes[kept]
    for b, members in enumerate(blocks):
        cols, rows = _block_shape(len(members))
        slot_w, slot_h = _block_slot(node_sizes, members)
        sizes[len(kept) + b] = (cols * slot_w - GAP_X, rows * slot_h - GAP_Y / 2)
    keep_edge = ~stacked_edge
    new_src = np.concatenate([new_index[src[keep_edge]], new_index[block_parents]])
    new_dst = np.concatenate(
        [new_index[dst[keep_edge]], len(kept) + np.arange(len(blocks), dtype=np.int64)]
    )
    return total, new_src, new_dst, sizes, new_index, blocks


def _block_slot(node_sizes: FloatArray, members: IntArray) -> tuple[float, float]:
    """The slot of one leaf in a stacked block: the block's widest and tallest leaf."""
    return (
        float(node_sizes[members, 0].max()) + GAP_X,
        float(node_sizes[members, 1].max()) + GAP_Y / 2,
    )


def _ranked_layout(
    k: int, src: IntArray, dst: IntArray, tick: Ticker, engine: str, node_sizes: FloatArray
) -> FloatArray:
    total, s2, d2, sizes, new_index, blocks = _stack_leaves(k, src, dst, node_sizes)
    xy: FloatArray | None = None
    use_dot = engine == "dot" or (
        engine == "auto" and total <= DOT_LIMIT and graphviz_available("dot")
    )
    if use_dot:
        tick(0.05)
        try:
            text = graphviz_dot_text(total, s2, d2, sizes=sizes)
            xy = run_graphviz("dot", text, total, timeout=DOT_TIMEOUT)
        except subprocess.TimeoutExpired:
            xy = None
        tick(0.9)
    if xy is None:
        xy = layered_positions(total, s2, d2, tick.sub(0.05, 0.9), sizes=sizes)
    out = np.zeros((k, 2))
    kept = new_index >= 0
    out[kept] = xy[new_index[kept]]
    first_block = total - len(blocks)
    for b, members in enumerate(blocks):
        cols, rows = _block_shape(len(members))
        slot_w, slot_h = _block_slot(node_sizes, members)
        cx, cy = xy[first_block + b]
        for i, leaf in enumerate(members.tolist()):
            row, col = divmod(i, cols)
            out[leaf, 0] = cx + (col - (cols - 1) / 2) * slot_w
            out[leaf, 1] = cy + (row - (rows - 1) / 2) * slot_h
    return out


def _packed_components(
    k: int, src: IntArray, dst: IntArray, tick: Ticker, engine: str, sizes: FloatArray
) -> FloatArray:
    """Lay out each weakly connected part on its own and pack the parts in rows."""
    n_comp, labels = connected_components(
        coo_matrix((np.ones(len(src)), (src, dst)), shape=(k, k)),
        directed=True,
        connection="weak",
    )
    if engine == "auto" and not (k <= DOT_LIMIT and n_comp <= 4):
        engine = "own"  # one Graphviz process per part pays off for a few small parts only
    order = np.argsort(labels, kind="stable")
    starts = np.searchsorted(labels[order], np.arange(n_comp + 1))
    local = np.empty(k, dtype=np.int64)
    local[order] = np.arange(k) - starts[labels[order]]
    e_order = np.argsort(labels[src], kind="stable")
    e_starts = np.searchsorted(labels[src][e_order], np.arange(n_comp + 1))
    pieces: list[FloatArray] = []
    for c in range(n_comp):
        size = int(starts[c + 1] - starts[c])
        edges = e_order[e_starts[c] : e_starts[c + 1]]
        sub = tick.sub(starts[c] / k * 0.95, starts[c + 1] / k * 0.95)
        members = order[starts[c] : starts[c + 1]]
        part_sizes = sizes[members]
        if size == 2:  # one tie (the commonest small part): no need for the machinery
            xy = np.zeros((2, 2))
            xy[int(local[dst[edges[0]]]), 1] = part_sizes[:, 1].max() + GAP_Y * 1.5
            sub(1.0)
        else:
            xy = _ranked_layout(size, local[src[edges]], local[dst[edges]], sub, engine, part_sizes)
        low = (xy - part_sizes / 2).min(axis=0)
        pieces.append(xy - low)  # the part's boxes start at (0, 0)
    boxes = []
    for c, xy in enumerate(pieces):
        part_sizes = sizes[order[starts[c] : starts[c + 1]]]
        high = (xy + part_sizes / 2).max(axis=0)
        boxes.append((float(high[0]), float(high[1])))
    corners = pack_boxes(boxes, gap=GAP_X * 2, aspect=2.0)
    out = np.zeros((k, 2))
    for c, xy in enumerate(pieces):
        members = order[starts[c] : starts[c + 1]]
        out[members] = xy + np.array(corners[c])
    return out


def _barycentres(g: GraphArrays, out: FloatArray, ranked: IntArray) -> FloatArray:
    """Mean x of each actor's placed neighbours (ties of any kind); 0 without any."""
    placed = np.zeros(g.n, dtype=np.bool_)
    placed[ranked] = True
    a = np.concatenate([g.src, g.dst])
    b = np.concatenate([g.dst, g.src])
    keep = placed[b]
    total = np.bincount(a[keep], weights=out[b[keep], 0], minlength=g.n)
    count = np.bincount(a[keep], minlength=g.n)
    centre = float(out[ranked, 0].mean()) if len(ranked) else 0.0
    result: FloatArray = np.where(count > 0, total / np.maximum(count, 1), centre)
    return result


def _row(out: FloatArray, sizes: FloatArray, members: list[int], centre: float, y: float) -> float:
    """Put ``members`` side by side, centred on ``centre``, their tops at ``y``; returns the
    row's height."""
    widths = sizes[members, 0]
    lefts = np.concatenate([[0.0], np.cumsum(widths + GAP_X)])
    total = lefts[-1] - GAP_X
    out[members, 0] = lefts[:-1] + widths / 2 - total / 2 + centre
    tallest = float(sizes[members, 1].max())
    out[members, 1] = y + tallest / 2
    return tallest


def hierarchy_positions(g: GraphArrays, tick: Ticker, engine: str = "auto") -> FloatArray:
    """Centres (n x 2). ``engine``: ``auto`` (dot for small maps if installed), ``dot``, ``own``.

    ``dot`` raises :class:`~mapper.layout.LayoutError` when Graphviz is missing.
    """
    n = g.n
    out = np.zeros((n, 2))
    if n == 0:
        return out
    src, dst = g.src[g.ranking], g.dst[g.ranking]
    keep = src != dst
    src, dst = src[keep], dst[keep]
    ranked = np.unique(np.concatenate([src, dst]))
    local = np.full(n, -1, dtype=np.int64)
    local[ranked] = np.arange(len(ranked))
    k = len(ranked)
    sizes = g.sizes if len(g.sizes) == n else np.tile([NODE_W, NODE_H], (n, 1))
    bottom = 0.0
    width = 0.0
    top = 0.0
    if k:
        ls, ld = local[src], local[dst]
        key = np.unique(ls * k + ld)
        xy = _packed_components(k, key // k, key % k, tick, engine, sizes[ranked])
        out[ranked] = xy
        width = float(xy[:, 0].max())
        bottom = float((xy[:, 1] + sizes[ranked, 1] / 2).max()) + GAP_Y * 2
        top = float((xy[:, 1] - sizes[ranked, 1] / 2).min()) - GAP_Y * 2
    free = np.setdiff1d(np.arange(n), ranked)
    if len(free):
        # actors in no chain: the political sphere in rows above the chains (it steers
        # them), everyone else in rows below, grouped by sphere
        rank = {s: i for i, s in enumerate(SPHERE_ORDER)}
        bary = _barycentres(g, out, ranked)
        # by sphere, then organisation (kept together), then under their contacts
        groups = g.groups if len(g.groups) == n else [""] * n
        order = sorted(
            free.tolist(), key=lambda i: (rank[g.spheres[i]], groups[i].casefold(), bary[i], i)
        )
        above = [i for i in order if g.spheres[i] is Sphere.POLITICAL] if k else []
        below = [i for i in order if i not in set(above)]
        capacity = max(10, math.ceil(math.sqrt(n) * 1.5))
        rows_above = [above[i : i + capacity] for i in range(0, len(above), capacity)]
        y = top - sum(float(sizes[r, 1].max()) + GAP_Y for r in rows_above)
        for members in rows_above:
            y += _row(out, sizes, members, width / 2, y) + GAP_Y
        for start in range(0, len(below), capacity):
            bottom += _row(out, sizes, below[start : start + capacity], width / 2, bottom)
            bottom += GAP_Y
    tick(1.0)
    return out
