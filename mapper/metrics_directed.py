"""The metrics of the directed map: PageRank and reciprocity, computed as networkx computes
them (the same floats), without the graph copies networkx makes (issue 15: the analysis runs
thousands of times in the test suite). Split from :mod:`mapper.metrics` by meaning: these
follow the direction of the relationships.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import networkx as nx
import numpy as np

__all__ = ["pagerank", "reciprocity"]


def pagerank(nodes: Sequence[str], arcs: Iterable[tuple[str, str]]) -> dict[str, float]:
    """``nx.pagerank`` of the directed graph of ``nodes`` and ``arcs`` (each once): the same
    power iteration on the same matrix, step by step (the same floats), without building
    the graph and its scipy copy (issue 15: half the metrics of a small map).

    Each step's ``x @ a`` is scipy's ``csc_matvec`` on ``a``'s transpose: every arc (i, j)
    adds ``a[i, j] * x[i]`` to ``y[j]``, in the order of ``i``, starting from zero. A
    weighted ``np.bincount`` over the arcs sorted by ``i`` adds the same products in the same
    order, without scipy's checks per call (issue 15, map21: two thirds of the PageRank of
    a small map).

    >>> g = nx.DiGraph([(1, 2), (2, 1), (2, 3), (3, 3), (4, 1)])
    >>> pagerank(list(g), g.edges()) == nx.pagerank(g)
    True
    """
    n = len(nodes)
    index = {v: i for i, v in enumerate(nodes)}
    ends = np.array([(index[u], index[v]) for u, v in arcs], dtype=np.intp).reshape(-1, 2)
    ends = ends[np.argsort(ends[:, 0], kind="stable")]
    source, target = ends[:, 0], ends[:, 1]
    s = np.bincount(source, minlength=n).astype(np.float64)  # out-degrees, as a.sum(axis=1)
    s[s != 0] = 1.0 / s[s != 0]
    # a's entry (i, j) is scipy's product s[i] * 1.0 (the rows scaled by 1 / out-degree)
    weight = s[source] * 1.0
    x = np.repeat(1.0 / n, n)
    p = np.repeat(1.0 / n, n)
    dangling = np.where(s == 0)[0]
    alpha, tol = 0.85, 1.0e-6  # networkx's defaults
    for _ in range(100):
        last = x
        x_a = np.bincount(target, weights=weight * x[source], minlength=n)
        x = alpha * (x_a + sum(x[dangling]) * p) + (1 - alpha) * p
        if np.absolute(x - last).sum() < n * tol:
            return dict(zip(nodes, map(float, x), strict=True))
    raise nx.PowerIterationFailedConvergence(100)


def reciprocity(directed: nx.DiGraph) -> float:
    """``nx.overall_reciprocity`` (the share of edges whose reverse is there too), without the
    undirected copy of the graph it builds.

    >>> g = nx.DiGraph([(1, 2), (2, 1), (2, 3)])
    >>> reciprocity(g) == nx.overall_reciprocity(g)
    True
    """
    total = int(directed.number_of_edges())
    if not total:
        return 0.0
    succ = directed.succ
    mutual: int = sum(1 for u, v in directed.edges() if u != v and u in succ[v])
    return mutual / total
