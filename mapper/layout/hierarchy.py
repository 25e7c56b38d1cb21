"""Hierarchy layout: mandate and hierarchy chains top-down, other actors in rows below."""

from __future__ import annotations

import math
import subprocess

import numpy as np

from mapper.layout._common import (
    GAP_X,
    GAP_Y,
    NODE_H,
    NODE_W,
    SPHERE_ORDER,
    FloatArray,
    GraphArrays,
    Ticker,
)
from mapper.layout.graphviz import graphviz_available, graphviz_dot_text, run_graphviz
from mapper.layout.layered import LAYER_HEIGHT, layered_positions

__all__ = ["DOT_LIMIT", "DOT_TIMEOUT", "hierarchy_positions"]

DOT_LIMIT = 300  # ranked actors up to which Graphviz dot is used when installed
DOT_TIMEOUT = 20.0  # seconds; past this our own layered layout is used


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
    ls, ld = local[src], local[dst]
    xy: FloatArray | None = None
    use_dot = engine == "dot" or (
        engine == "auto" and 0 < k <= DOT_LIMIT and graphviz_available("dot")
    )
    if use_dot and k:
        tick(0.05)
        try:
            xy = run_graphviz("dot", graphviz_dot_text(k, ls, ld), k, timeout=DOT_TIMEOUT)
        except subprocess.TimeoutExpired:
            xy = None
        tick(0.9)
    if xy is None and k:
        xy = layered_positions(k, ls, ld, tick.sub(0.05, 0.9))
    bottom = 0.0
    centre = 0.0
    if xy is not None and k:
        xy = xy - np.array([(xy[:, 0].min() + xy[:, 0].max()) / 2, xy[:, 1].min()])
        out[ranked] = xy
        bottom = float(xy[:, 1].max()) + LAYER_HEIGHT * 1.2
    free = np.setdiff1d(np.arange(n), ranked)
    if len(free):
        rank = {s: i for i, s in enumerate(SPHERE_ORDER)}
        order = sorted(free.tolist(), key=lambda i: (rank[g.spheres[i]], i))
        capacity = max(10, math.ceil(math.sqrt(n) * 1.5))
        for start in range(0, len(order), capacity):
            row = order[start : start + capacity]
            xs = (np.arange(len(row)) - (len(row) - 1) / 2) * (NODE_W + GAP_X) + centre
            out[row, 0] = xs
            out[row, 1] = bottom
            bottom += NODE_H + GAP_Y
    tick(1.0)
    return out
