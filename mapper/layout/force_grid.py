"""Neighbour searches on a numpy grid, so the layouts need no scipy.

``scipy.spatial`` (a k-d tree) and ``scipy.sparse.csgraph`` cost about 0.3 s to import, most
of a ``krachtenveld layout --method force`` at 2,000 actors. The layouts only ask three
things, each answered here with a grid of square cells and sorted cell keys:

- :func:`close_pairs`: every pair of points at most ``radius`` apart in both coordinates
  (``cKDTree.query_pairs(radius, p=inf)``);
- :func:`nearest_other`: each point's distance to its nearest other point
  (``cKDTree.query(points, k=2)[0][:, 1]``);
- :func:`components`: the connected parts of an undirected graph, numbered in the order of
  their smallest node (``scipy.sparse.csgraph.connected_components``).

>>> import numpy as np
>>> close_pairs(np.array([[0.0, 0.0], [0.5, 0.9], [3.0, 0.0]]), 1.0).tolist()
[[0, 1]]
>>> nearest_other(np.array([[0.0, 0.0], [3.0, 4.0], [3.0, 5.0]])).tolist()
[5.0, 1.0, 1.0]
>>> components(5, np.array([3, 1]), np.array([4, 0]))[1].tolist()
[0, 0, 1, 2, 2]
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from mapper.layout._common import FloatArray, IntArray

__all__ = ["CloseTracker", "close_pairs", "components", "nearest_other"]

# up to this many points, close pairs are sought among all pairs: the grid's dozen numpy calls
# cost more than the comparisons (the reading pass asks tens of thousands of times at n = 60)
SMALL = 100

# the cells around a cell, each pair of cells once (and the cell itself) ...
_HALF = ((0, 0), (1, -1), (1, 0), (1, 1), (0, 1))
# ... and all nine, for a search from one point
_ALL = tuple((dx, dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1))


class _Grid:
    """Points filed in square cells of side ``size``, sorted by cell."""

    def __init__(self, points: FloatArray, size: float) -> None:
        lo = points.min(axis=0)
        cell = np.floor((points - lo) / size).astype(np.int64)
        self.rows = int(cell[:, 1].max()) + 3  # a margin, so a neighbour never wraps
        self.key = (cell[:, 0] + 1) * self.rows + (cell[:, 1] + 1)
        self.order = np.argsort(self.key, kind="stable")
        self.sorted = self.key[self.order]

    def neighbours(self, keys: IntArray, dx: int, dy: int) -> tuple[IntArray, IntArray]:
        """For each key (index ``a``), the points of the cell ``(dx, dy)`` away from it:
        pairs ``(a, point)``."""
        target = keys + dx * self.rows + dy
        start = np.searchsorted(self.sorted, target, "left")
        stop = np.searchsorted(self.sorted, target, "right")
        count = np.maximum(stop - start, 0)
        a = np.repeat(np.arange(len(keys)), count)
        first = np.repeat(start - (np.cumsum(count) - count), count)
        return a, self.order[first + np.arange(len(a))]


def close_pairs(points: FloatArray, radius: float) -> IntArray:
    """Pairs ``(i, j)``, ``i < j``, with ``max(|x_i - x_j|, |y_i - y_j|) <= radius``."""
    n = len(points)
    if n < 2 or not radius > 0:
        return np.empty((0, 2), dtype=np.int64)
    if n <= SMALL:
        x, y = points[:, 0], points[:, 1]
        close = np.abs(np.subtract.outer(x, x)) <= radius
        close &= np.abs(np.subtract.outer(y, y)) <= radius
        first, second = np.nonzero(np.triu(close, 1))
        return np.column_stack([first, second]).astype(np.int64, copy=False)
    grid = _Grid(points, radius * (1.0 + 1e-9))
    # the five neighbouring cells of every point's cell, searched in one go
    offsets = np.array([dx * grid.rows + dy for dx, dy in _HALF], dtype=np.int64)
    targets = (grid.sorted[None, :] + offsets[:, None]).ravel()
    start = np.searchsorted(grid.sorted, targets, "left")
    stop = np.searchsorted(grid.sorted, targets, "right")
    start[:n] = np.maximum(start[:n], np.arange(1, n + 1))  # its own cell: later points only
    count = np.maximum(stop - start, 0)
    a = np.repeat(np.tile(grid.order, len(offsets)), count)
    first = np.repeat(start - (np.cumsum(count) - count), count)
    b = grid.order[first + np.arange(len(a))]
    d = points[a] - points[b]
    close = (np.abs(d[:, 0]) <= radius) & (np.abs(d[:, 1]) <= radius)
    i, j = a[close], b[close]
    return np.column_stack([np.minimum(i, j), np.maximum(i, j)])


class CloseTracker:
    """The close pairs of points that move a little at a time (:func:`close_pairs` of each
    step's points), found among candidates that are kept until a point has moved far.

    Up to :data:`SMALL` points, the pairs within ``radius + skin`` are searched once and then
    again only when a point has moved more than ``skin / 2`` along an axis since: a pair
    within ``radius`` now was within ``radius + skin`` then. Each step filters the candidates,
    kept in :func:`close_pairs`' order, by the same comparison, so the pairs and their order
    are :func:`close_pairs`' own (the reading pass asked some 80,000 times per layout on sixty
    plates, issue 14). Larger sets are searched afresh every step.

    >>> track = CloseTracker(1.0)
    >>> track(np.array([[0.0, 0.0], [0.5, 0.9], [3.0, 0.0]])).tolist()
    [[0, 1]]
    >>> track(np.array([[0.0, 0.0], [0.5, 1.1], [2.2, 0.0]])).tolist()
    []
    """

    def __init__(self, radius: float, skin: float = 0.5) -> None:
        self.radius = radius
        self.skin = skin
        self.searches = 0  # how often the candidates were sought (tests count them)
        self._at: FloatArray | None = None
        self._candidates = np.empty((0, 2), dtype=np.int64)

    def candidates(self, points: FloatArray) -> tuple[IntArray, bool]:
        """Pairs among which every close pair of ``points`` is, in :func:`close_pairs`' order,
        and whether they were sought afresh (above :data:`SMALL`: always, and exactly the
        close pairs)."""
        n = len(points)
        if n > SMALL or n < 2 or not self.radius > 0:
            return close_pairs(points, self.radius), True
        at = self._at
        # sought again a little early, so that rounding never lets a pair slip past the skin
        if (
            at is not None
            and at.shape == points.shape
            and np.abs(points - at).max() <= self.skin * (0.5 - 1e-6)
        ):
            return self._candidates, False
        self.searches += 1
        self._at = points.copy()
        self._candidates = close_pairs(points, self.radius + self.skin)
        return self._candidates, True

    def __call__(self, points: FloatArray) -> IntArray:
        c = self.candidates(points)[0]
        return c[self.close(points, c)]

    def close(self, points: FloatArray, pairs: IntArray) -> npt.NDArray[np.bool_]:
        """Which of ``pairs`` are at most the radius apart along both axes (as
        :func:`close_pairs` compares them)."""
        d = points[pairs[:, 1]] - points[pairs[:, 0]]
        return (np.abs(d[:, 0]) <= self.radius) & (np.abs(d[:, 1]) <= self.radius)


def nearest_other(points: FloatArray) -> FloatArray:
    """Each point's (Euclidean) distance to the nearest other point (0 for a twin)."""
    n = len(points)
    best = np.full(n, np.inf)
    if n < 2:
        return best
    span = float((points.max(axis=0) - points.min(axis=0)).max())
    if span == 0.0:
        return np.zeros(n)
    size = max(span / np.sqrt(n), span * 1e-6)  # about one point a cell
    todo = np.arange(n)
    while len(todo):
        grid = _Grid(points, size)
        keys = grid.key[todo]
        for dx, dy in _ALL:
            a, b = grid.neighbours(keys, dx, dy)
            q = todo[a]
            other = q != b
            q, b = q[other], b[other]
            d = points[q] - points[b]
            np.minimum.at(best, q, np.sqrt(d[:, 0] * d[:, 0] + d[:, 1] * d[:, 1]))
        # a point nearer than a cell's side lies in one of the nine cells searched
        todo = todo[best[todo] > size]
        size *= 2.0
    return best


def components(n: int, u: IntArray, v: IntArray) -> tuple[int, IntArray]:
    """The connected parts of the undirected graph ``(u, v)`` on ``n`` nodes: their number
    and each node's part, numbered in the order of each part's smallest node."""
    parent = np.arange(n)
    while True:
        pu, pv = parent[u], parent[v]
        lo, hi = np.minimum(pu, pv), np.maximum(pu, pv)
        differ = lo != hi
        if not differ.any():
            break
        np.minimum.at(parent, hi[differ], lo[differ])  # hi is a root: hang it lower
        while True:  # point every node at its root
            up = parent[parent]
            if np.array_equal(up, parent):
                break
            parent = up
    roots, labels = np.unique(parent, return_inverse=True)
    return len(roots), labels.astype(np.int64)
