"""Our own layered (Sugiyama-style) layout for mandate and hierarchy chains.

Cycles are broken by reversing the back edges of a depth-first search, layers come from the
longest path, long edges get dummy nodes, crossings are reduced by barycentre sweeps and x is
assigned by isotonic regression (nodes as close to their neighbours' mean as the minimum
spacing allows). Everything is linear or n log n per sweep, so 10,000 actors take seconds.
"""

from __future__ import annotations

import numpy as np
from scipy.optimize import isotonic_regression

from mapper.layout._common import GAP_X, NODE_H, NODE_W, FloatArray, IntArray, Ticker

__all__ = ["LAYER_HEIGHT", "break_cycles", "layered_positions", "longest_path_layers"]

LAYER_HEIGHT = 130.0
LAYER_GAP = 60.0  # free space between the boxes of two layers (edge labels sit there)
DUMMY_W = 20.0
_SWEEPS = 8
_X_PASSES = 6


def break_cycles(n: int, src: IntArray, dst: IntArray) -> tuple[IntArray, IntArray]:
    """The edges with every back edge of a DFS reversed (the result is acyclic)."""
    adj: list[list[int]] = [[] for _ in range(n)]
    for k, s in enumerate(src.tolist()):
        adj[s].append(k)
    dst_l = dst.tolist()
    state = [0] * n  # 0 new, 1 on stack, 2 done
    reverse = np.zeros(len(src), dtype=np.bool_)
    for root in range(n):
        if state[root]:
            continue
        state[root] = 1
        stack: list[tuple[int, int]] = [(root, 0)]
        while stack:
            node, i = stack[-1]
            edges = adj[node]
            if i < len(edges):
                stack[-1] = (node, i + 1)
                k = edges[i]
                t = dst_l[k]
                if state[t] == 0:
                    state[t] = 1
                    stack.append((t, 0))
                elif state[t] == 1:
                    reverse[k] = True
            else:
                state[node] = 2
                stack.pop()
    s = np.where(reverse, dst, src)
    d = np.where(reverse, src, dst)
    return s, d


def longest_path_layers(n: int, src: IntArray, dst: IntArray) -> IntArray:
    """Layer of each node on a DAG: sources at 0, every edge goes down at least one layer.

    Sources are then pulled down to just above their highest child, which shortens edges.

    Examples
    --------
    >>> import numpy as np
    >>> longest_path_layers(4, np.array([0, 1, 0]), np.array([1, 2, 3])).tolist()
    [0, 1, 2, 1]
    """
    indeg = np.bincount(dst, minlength=n)
    order = np.argsort(src, kind="stable")
    s_sorted, d_sorted = src[order], dst[order]
    starts = np.searchsorted(s_sorted, np.arange(n + 1)).tolist()
    children = d_sorted.tolist()
    layer = [0] * n
    remaining = indeg.tolist()
    queue = [i for i in range(n) if remaining[i] == 0]
    head = 0
    while head < len(queue):
        node = queue[head]
        head += 1
        nl = layer[node] + 1
        for k in range(starts[node], starts[node + 1]):
            c = children[k]
            if layer[c] < nl:
                layer[c] = nl
            remaining[c] -= 1
            if remaining[c] == 0:
                queue.append(c)
    result = np.asarray(layer, dtype=np.int64)
    if len(src):
        lowest_child = np.full(n, np.iinfo(np.int64).max)
        np.minimum.at(lowest_child, src, result[dst])
        sources = (indeg == 0) & (lowest_child < np.iinfo(np.int64).max)
        result[sources] = lowest_child[sources] - 1
    return result


def _with_dummies(
    n: int, src: IntArray, dst: IntArray, layer: IntArray
) -> tuple[int, IntArray, IntArray, IntArray]:
    """Split edges longer than one layer with dummy nodes (unless there would be too many)."""
    span = layer[dst] - layer[src]
    long = span > 1
    extra = int((span[long] - 1).sum())
    if extra == 0 or extra > 3 * n + 1000:
        return n, src, dst, layer
    s_list = [src[~long]]
    d_list = [dst[~long]]
    layers = [layer]
    next_id = n
    for s, d, sp in zip(src[long].tolist(), dst[long].tolist(), span[long].tolist(), strict=True):
        chain = [s, *range(next_id, next_id + sp - 1), d]
        layers.append(layer[s] + np.arange(1, sp))
        next_id += sp - 1
        s_list.append(np.asarray(chain[:-1], dtype=np.int64))
        d_list.append(np.asarray(chain[1:], dtype=np.int64))
    return (
        next_id,
        np.concatenate(s_list),
        np.concatenate(d_list),
        np.concatenate(layers).astype(np.int64),
    )


def _sweeps(
    total: int, src: IntArray, dst: IntArray, layer: IntArray, tick: Ticker
) -> tuple[list[IntArray], FloatArray]:
    """Order within layers by barycentre sweeps; returns members per layer and ranks."""
    depth = int(layer.max()) + 1 if total else 0
    by_layer = [np.nonzero(layer == k)[0] for k in range(depth)]
    rank = np.zeros(total)
    for members in by_layer:
        rank[members] = np.arange(len(members), dtype=np.float64)
    for sweep in range(_SWEEPS):
        tick(sweep / _SWEEPS)
        down = sweep % 2 == 0
        # edges point down (src layer < dst layer); a down sweep orders dst by src ranks
        fixed, moving = (src, dst) if down else (dst, src)
        for k in range(1, depth) if down else range(depth - 2, -1, -1):
            members = by_layer[k]
            if len(members) < 2:
                continue
            sel = layer[moving] == k
            total_rank = np.bincount(moving[sel], weights=rank[fixed[sel]], minlength=total)
            count = np.bincount(moving[sel], minlength=total)
            c = count[members]
            key = np.where(c > 0, total_rank[members] / np.maximum(c, 1), rank[members])
            members = members[np.argsort(key, kind="stable")]
            by_layer[k] = members
            rank[members] = np.arange(len(members), dtype=np.float64)
    return by_layer, rank


def _assign_x(
    total: int,
    real_width: FloatArray,
    src: IntArray,
    dst: IntArray,
    by_layer: list[IntArray],
    tick: Ticker,
) -> FloatArray:
    n_real = len(real_width)
    width = np.concatenate([real_width, np.full(total - n_real, DUMMY_W)])
    x = np.zeros(total)
    offsets: list[FloatArray] = []
    for members in by_layer:
        wm = width[members]
        dummy = wm == DUMMY_W
        gaps = (wm[:-1] + wm[1:]) / 2 + np.where(dummy[:-1] & dummy[1:], GAP_X / 2, GAP_X)
        off = np.concatenate([[0.0], np.cumsum(gaps)])
        offsets.append(off)
        x[members] = off - off[-1] / 2 if len(off) else off
    a = np.concatenate([src, dst])
    b = np.concatenate([dst, src])
    count = np.bincount(a, minlength=total).astype(np.float64)
    for p in range(_X_PASSES):
        tick(p / _X_PASSES)
        total_x = np.bincount(a, weights=x[b], minlength=total)
        desired = np.where(count > 0, total_x / np.maximum(count, 1), x)
        for members, off in zip(by_layer, offsets, strict=True):
            if len(members) == 0:
                continue
            fitted = isotonic_regression(desired[members] - off).x
            x[members] = fitted + off
    return x


def layered_positions(
    n: int,
    src: IntArray,
    dst: IntArray,
    tick: Ticker,
    sizes: FloatArray | None = None,
) -> FloatArray:
    """Centres (n x 2) of a top-down layered drawing of the directed edges ``src -> dst``.

    ``sizes`` (n x 2, width and height in pixels) defaults to actor shapes; layers are as
    tall as their tallest node.
    """
    out = np.zeros((n, 2))
    if n == 0:
        return out
    if sizes is None:
        sizes = np.tile([NODE_W, NODE_H], (n, 1)).astype(np.float64)
    keep = src != dst
    src, dst = src[keep], dst[keep]
    if len(src):
        key = np.unique(src * n + dst)
        src, dst = key // n, key % n
    src, dst = break_cycles(n, src, dst)
    layer = longest_path_layers(n, src, dst)
    tick(0.1)
    total, s2, d2, layer2 = _with_dummies(n, src, dst, layer)
    by_layer, _ = _sweeps(total, s2, d2, layer2, tick.sub(0.1, 0.7))
    x = _assign_x(total, sizes[:, 0], s2, d2, by_layer, tick.sub(0.7, 1.0))
    depth = int(layer.max()) + 1
    tallest = np.zeros(depth)
    np.maximum.at(tallest, layer, sizes[:, 1])
    gaps = (tallest[:-1] + tallest[1:]) / 2 + LAYER_GAP
    layer_y = np.concatenate([[0.0], np.cumsum(gaps)])
    out[:, 0] = x[:n]
    out[:, 1] = layer_y[layer]
    return out
