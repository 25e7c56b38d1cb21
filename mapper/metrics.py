"""Network metrics per actor and per map.

All relationships count as undirected, unweighted ties for degree, betweenness, closeness and
brokerage (normalised as networkx does); in/out degree and PageRank follow the direction of
the relationships (collaboration counts both ways). Betweenness and closeness come from one
breadth-first search per source, run for all sources at once with sparse matrix products;
above :data:`EXACT_LIMIT` actors the sources are a seeded sample of :data:`SAMPLE_SIZE`.

Examples
--------
>>> import networkx as nx
>>> g = nx.path_graph(3)
>>> bc, cc, k = path_centralities(g)
>>> [round(x, 3) for x in bc], k
([0.0, 1.0, 0.0], None)
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import TYPE_CHECKING

import networkx as nx
import numpy as np

from mapper.graph import CaseGraphs, release_graph
from mapper.metrics_directed import pagerank, reciprocity
from mapper.pruning import fold_trees, tree_betweenness, unfold_distance_sums
from models import RelationKind

# scipy (a quarter of a second per process) is imported where a matrix is made, here and in
# mapper.pruning and the checks' searches: a process that imports the analysis but never runs
# one (a window whose analyses run in a child, a command) does not load it (session 23)
if TYPE_CHECKING:
    import scipy.sparse as sp

__all__ = [
    "ACTOR_METRICS",
    "EXACT_LIMIT",
    "SAMPLE_SIZE",
    "actor_metrics",
    "map_metrics",
    "path_centralities",
]

EXACT_LIMIT = 1000  # up to this many actors, betweenness and closeness are exact
SAMPLE_SIZE = 200  # sources sampled above EXACT_LIMIT (stated in the notes)
_BLOCK = 256  # sources per matrix block (bounds memory)
_DENSE_LIMIT = 1000  # up to this many actors, whole dense levels are faster ...
_DENSE_DEPTH = 12  # ... unless the graph is deeper than this (its cost grows with the depth)
_CELLS = 4_000_000  # sources x actors per block of the sparse search (bounds memory)
# A shallow graph's levels are wide: one level of a block of k sources holds about
# k * actors / depth entries, times the degree while it is walked (149 MB traced at 10,000
# actors with 200 sources in one block). Per unit of depth, a block of the sparse search
# holds at most this many sources x actors (and no fewer than _MIN_BLOCK sources).
_LEVEL_CELLS = 50_000
_MIN_BLOCK = 32

ACTOR_METRICS: tuple[str, ...] = (
    "degree",
    "degree_centrality",
    "in_degree",
    "out_degree",
    "betweenness",
    "closeness",
    "pagerank",
    "brokerage",
)


_Block = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]


def _finish(delta: np.ndarray, dist: np.ndarray) -> _Block:
    """Dependencies per node; per source distance sums and reach; per node sums and counts."""
    positive = np.where(dist > 0, dist, 0)
    return (
        delta.sum(axis=0),
        positive.sum(axis=1, dtype=np.int64),
        (dist >= 0).sum(axis=1),
        positive.sum(axis=0, dtype=np.int64),
        (dist > 0).sum(axis=0),
    )


def _bfs_block(
    adj: sp.csr_matrix, sources: np.ndarray, weight: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Dependencies (Brandes, each target counting ``weight`` times) and distances for a
    block of sources, whole levels at a time (small graphs of small diameter)."""
    n = adj.shape[0]
    k = len(sources)
    rows = np.arange(k)
    sigma = np.zeros((k, n))
    sigma[rows, sources] = 1.0
    dist = np.full((k, n), -1, dtype=np.int64)
    dist[rows, sources] = 0
    frontier = sigma.copy()
    levels: list[np.ndarray] = [dist == 0]
    depth = 0
    while True:
        depth += 1
        reached = np.asarray(adj @ frontier.T).T
        reached[dist >= 0] = 0.0
        mask = reached > 0
        if not mask.any():
            break
        dist[mask] = depth
        sigma[mask] = reached[mask]
        frontier = np.where(mask, reached, 0.0)
        levels.append(mask)
    delta = np.zeros((k, n))
    safe_sigma = np.where(sigma > 0, sigma, 1.0)
    for d in range(len(levels) - 1, 1, -1):
        coef = np.where(levels[d], (weight + delta) / safe_sigma, 0.0)
        contrib = np.asarray(adj @ coef.T).T
        delta += np.where(levels[d - 1], sigma * contrib, 0.0)
    return delta, dist


_Entries = tuple[np.ndarray, np.ndarray, np.ndarray]  # rows, columns, values of a sparse block
_SMALL_STEP = 5_000  # up to this many edges walked, one level is done with plain numpy


def _step(adj: sp.csr_matrix, entries: _Entries) -> _Entries:
    """``entries`` (a block of sources × nodes) times the 0/1 matrix ``adj``: every entry
    passes its value to the neighbours of its node, summed per (row, neighbour).

    A deep graph has thousands of levels with a few nodes each; building scipy matrices
    per level cost milliseconds, so small levels are walked with numpy directly."""
    r, c, v = entries
    k = int(r.max()) + 1 if len(r) else 0
    n = adj.shape[0]
    starts = adj.indptr[c]
    deg = adj.indptr[c + 1] - starts
    total = int(deg.sum())
    if total > _SMALL_STEP:
        import scipy.sparse as sp

        out = (sp.csr_matrix((v, (r, c)), shape=(k, n)) @ adj).tocoo()
        return out.row.astype(np.int64), out.col.astype(np.int64), out.data
    which = np.repeat(np.arange(len(c)), deg)
    offset = np.arange(total) - np.repeat(np.cumsum(deg) - deg, deg)
    cols = adj.indices[starts[which] + offset].astype(np.int64)
    keys = r[which].astype(np.int64) * n + cols
    unique, inverse = np.unique(keys, return_inverse=True)
    return unique // n, unique % n, np.bincount(inverse, weights=v[which], minlength=len(unique))


def _bfs_block_sparse(
    adj: sp.csr_matrix, sources: np.ndarray, weight: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """As :func:`_bfs_block`, touching only the nodes of each level (large or deep graphs)."""
    n = adj.shape[0]
    k = len(sources)
    rows = np.arange(k)
    dist = np.full((k, n), -1, dtype=np.int32)
    dist[rows, sources] = 0
    sigma = np.zeros((k, n))
    sigma[rows, sources] = 1.0
    level_rows, level_cols = [rows], [sources.astype(np.int64)]
    frontier = (rows, sources.astype(np.int64), np.ones(k))
    depth = 0
    while len(frontier[0]):
        depth += 1
        row, col, data = _step(adj, frontier)
        fresh = dist[row, col] < 0
        r, c, v = row[fresh], col[fresh], data[fresh]
        if not len(r):
            break
        dist[r, c] = depth
        sigma[r, c] = v
        level_rows.append(r)
        level_cols.append(c)
        frontier = (r, c, v)
    delta = np.zeros((k, n))
    for d in range(len(level_rows) - 1, 1, -1):
        r, c = level_rows[d], level_cols[d]
        row, col, data = _step(adj, (r, c, (weight[c] + delta[r, c]) / sigma[r, c]))
        keep = dist[row, col] == d - 1
        pr, pc = row[keep], col[keep]
        delta[pr, pc] += sigma[pr, pc] * data[keep]
    return delta, dist


def path_centralities(
    graph: nx.Graph, *, seed: int = 0, sample: int | None = None
) -> tuple[list[float], list[float], int | None]:
    """Normalised betweenness and closeness of every node of an undirected graph.

    Returns ``(betweenness, closeness, k)`` in node order; ``k`` is the number of sampled
    sources, or None when exact. Matches ``nx.betweenness_centrality`` and
    ``nx.closeness_centrality`` (Wasserman-Faust) when exact.
    """
    nodes: Sequence[Hashable] = list(graph.nodes())
    n = len(nodes)
    if n == 0:
        return [], [], None
    adj = _adjacency(graph, nodes)
    limit = EXACT_LIMIT if sample is None else 0
    if n <= limit:
        bc, closeness = _exact(adj, n)
        return [float(x) for x in bc], [float(x) for x in closeness], None
    k_used: int | None = min(sample or SAMPLE_SIZE, n)
    sources = np.arange(n)
    if k_used is not None and k_used >= n:
        k_used = None
    else:
        sources = np.sort(np.random.default_rng(seed).choice(n, size=k_used, replace=False))
    bc = np.zeros(n)
    dist_sum = np.zeros(n)
    reach_from_sources = np.zeros(n, dtype=np.int64)
    to_sum = np.zeros(n)
    to_count = np.zeros(n)
    ones = np.ones(n)
    bfs, block_size = _strategy(adj, len(sources))
    for start in range(0, len(sources), block_size):
        block = sources[start : start + block_size]
        part, sums, reach, col_sums, col_counts = _finish(*bfs(adj, block, ones))
        bc += part
        dist_sum[block] = sums
        reach_from_sources[block] = reach
        to_sum += col_sums
        to_count += col_counts
    if n > 2:
        scale = 1.0 / ((n - 1) * (n - 2))
        if k_used is not None:
            scale *= n / k_used
        bc *= scale
    else:
        bc[:] = 0.0
    if k_used is None:
        closeness = _closeness(dist_sum, reach_from_sources, n)
    else:
        closeness = _closeness_sampled(adj, to_sum, to_count, n)
    return [float(x) for x in bc], [float(x) for x in closeness], k_used


def _adjacency(graph: nx.Graph, nodes: Sequence[Hashable]) -> sp.csr_matrix:
    """The 0/1 adjacency of an undirected ``graph`` in ``nodes`` order, without self-loops:
    the very matrix ``to_scipy_sparse_array``, ``> 0``, ``setdiag(0)`` and ``eliminate_zeros``
    made (canonical: sorted indices, no duplicates), at a third of their cost on a small map
    (issue 15: the analysis runs thousands of times in the test suite)."""
    n = len(nodes)
    index = {v: i for i, v in enumerate(nodes)}
    pairs = [(index[u], index[v]) for u, v in graph.edges() if u != v]
    ends = np.array(pairs, dtype=np.int32).reshape(-1, 2)
    rows = np.concatenate([ends[:, 0], ends[:, 1]]).astype(np.int64)
    cols = np.concatenate([ends[:, 1], ends[:, 0]]).astype(np.int64)
    # canonical at once: the entries sorted by row and column, each once (issue 15, map21:
    # scipy's coo-to-csr conversion was half of this on a small map)
    keys = np.unique(rows * n + cols)
    indptr = np.zeros(n + 1, dtype=np.int32)
    np.cumsum(np.bincount(keys // n, minlength=n), out=indptr[1:])
    indices = (keys % n).astype(np.int32)
    import scipy.sparse as sp  # loaded by the first analysis, not on import (session 23)

    return sp.csr_matrix((np.ones(len(keys)), indices, indptr), shape=(n, n))


_Bfs = Callable[["sp.csr_matrix", np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]


def _strategy(adj: sp.csr_matrix, sources: int) -> tuple[_Bfs, int]:
    """Whole dense levels for small graphs of small diameter; otherwise the sparse search,
    with as many sources per block as :data:`_CELLS` allows (fewer, longer passes for deep
    graphs, whose cost is per level). The diameter is estimated by one search from the
    vertex of highest degree."""
    n = adj.shape[0]
    if n == 0:
        return _bfs_block, _BLOCK
    eccentricity = _eccentricity(adj, int(np.argmax(np.diff(adj.indptr))))
    if n <= _DENSE_LIMIT and eccentricity <= _DENSE_DEPTH:
        return _bfs_block, _BLOCK
    return _bfs_block_sparse, sparse_block(n, sources, eccentricity)


def _eccentricity(adj: sp.csr_matrix, start: int) -> int:
    """The greatest distance from ``start`` to a node it reaches in the symmetric ``adj``: a
    plain breadth-first search up to :data:`_DENSE_LIMIT` actors (``csgraph.shortest_path``
    found the same distance at ten times the cost on a small map, for which its checks and
    conversions were most of the work: issue 15, map21), scipy's above (three times faster
    on 10,000 actors).

    >>> _eccentricity(_adjacency(nx.path_graph(5), range(5)), 1)
    3
    """
    if adj.shape[0] > _DENSE_LIMIT:
        import scipy.sparse.csgraph as csgraph

        dist = csgraph.shortest_path(adj, directed=False, unweighted=True, indices=[start])
        finite = dist[np.isfinite(dist)]
        return int(finite.max()) if finite.size else 0
    indptr: list[int] = adj.indptr.tolist()
    indices: list[int] = adj.indices.tolist()
    seen = {start}
    frontier = [start]
    depth = -1
    while frontier:
        depth += 1
        reached: list[int] = []
        for u in frontier:
            for v in indices[indptr[u] : indptr[u + 1]]:
                if v not in seen:
                    seen.add(v)
                    reached.append(v)
        frontier = reached
    return depth


def sparse_block(n: int, sources: int, eccentricity: int) -> int:
    """Sources per block of the sparse search on ``n`` actors: as many as :data:`_CELLS`
    allows, and on a shallow graph (wide levels) no more than :data:`_LEVEL_CELLS` per unit of
    depth, which bounds the peak memory of one level.

    >>> sparse_block(10_000, 200, 11), sparse_block(10_000, 200, 500), sparse_block(500, 500, 40)
    (55, 256, 500)
    """
    most = max(_BLOCK, min(sources, _CELLS // max(1, n)))
    shallow = _LEVEL_CELLS * max(1, eccentricity) // max(1, n)
    return max(_MIN_BLOCK, min(most, shallow))


def _exact(adj: sp.csr_matrix, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Exact betweenness (normalised) and closeness: trees folded away, weighted Brandes on
    the core (see :mod:`mapper.pruning`)."""
    folded = fold_trees(adj)
    idx = np.flatnonzero(folded.core)
    core = _submatrix(adj, idx)
    weight = folded.weight[idx]
    depth = folded.depth_sum[idx]
    bc = tree_betweenness(folded)
    core_sums = np.zeros(n)
    if len(idx):
        bfs, block_size = _strategy(core, len(idx))
        for start in range(0, len(idx), block_size):
            block = np.arange(start, min(start + block_size, len(idx)))
            delta, dist = bfs(core, block, weight)
            bc[idx] += (delta * weight[block][:, None]).sum(axis=0)
            reached = dist >= 0
            core_sums[idx[block]] = (np.where(reached, dist, 0) * weight).sum(axis=1) + (
                reached * depth
            ).sum(axis=1)
    sums = unfold_distance_sums(folded, core_sums)
    size = folded.component_size
    closeness = np.zeros(n)
    if n > 1:
        with np.errstate(divide="ignore", invalid="ignore"):
            value = ((size - 1) / sums) * ((size - 1) / (n - 1))
        closeness = np.where(sums > 0, value, 0.0)
    bc = bc / ((n - 1) * (n - 2)) if n > 2 else np.zeros(n)
    return bc, closeness


def _submatrix(adj: sp.csr_matrix, idx: np.ndarray) -> sp.csr_matrix:
    """``adj[idx][:, idx]`` for sorted ``idx`` (the same entries in the same order), without
    scipy's two fancy-indexing passes; ``adj`` itself when ``idx`` is every row (most maps'
    cores are whole: issue 15, map21).

    >>> adj = _adjacency(nx.path_graph(4), range(4))
    >>> _submatrix(adj, np.array([1, 2, 3])).toarray().tolist()
    [[0.0, 1.0, 0.0], [1.0, 0.0, 1.0], [0.0, 1.0, 0.0]]
    """
    n = adj.shape[0]
    if len(idx) == n:
        return adj
    where = np.full(n, -1, dtype=np.int64)
    where[idx] = np.arange(len(idx))
    starts = adj.indptr[idx].astype(np.int64)
    counts = adj.indptr[idx + 1] - starts
    before = np.cumsum(counts) - counts  # where each row's entries begin among those taken
    take = np.repeat(starts - before, counts) + np.arange(int(counts.sum()))
    cols = where[adj.indices[take]]
    keep = cols >= 0
    rows = np.repeat(np.arange(len(idx)), counts)[keep]
    indptr = np.zeros(len(idx) + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=len(idx)), out=indptr[1:])
    import scipy.sparse as sp

    return sp.csr_matrix((adj.data[take][keep], cols[keep], indptr), shape=(len(idx), len(idx)))


def _closeness(dist_sum: np.ndarray, reach: np.ndarray, n: int) -> np.ndarray:
    """Wasserman-Faust closeness from every node's own distance sum and reach."""
    if n <= 1:
        return np.zeros(n)
    r = reach.astype(np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        value = ((r - 1) / dist_sum) * ((r - 1) / (n - 1))
    return np.where(dist_sum > 0, value, 0.0)


def _closeness_sampled(
    adj: sp.csr_matrix, to_sum: np.ndarray, to_count: np.ndarray, n: int
) -> np.ndarray:
    """Closeness estimated from the distances to the sampled sources.

    In an undirected graph the mean distance of a node to the sampled sources in its
    component estimates its mean distance to everyone in that component.
    """
    import scipy.sparse.csgraph as csgraph

    _, labels = csgraph.connected_components(adj, directed=False)
    comp_size = np.bincount(labels)[labels].astype(np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        mean = to_sum / to_count
        value = (1.0 / mean) * ((comp_size - 1) / (n - 1))
    return np.where((to_count > 0) & (comp_size > 1), value, 0.0)


def _brokerage(graph: nx.Graph) -> dict[Hashable, float]:
    """Burt's effective size: ties to others minus the redundancy among them."""
    triangles = nx.triangles(graph)
    result: dict[Hashable, float] = {}
    for node, degree in graph.degree():
        result[node] = float(degree - 2.0 * triangles[node] / degree) if degree else 0.0
    return result


def actor_metrics(
    graphs: CaseGraphs, *, seed: int = 0
) -> tuple[dict[str, dict[str, float]], int | None]:
    """Metrics per actor id (see :data:`ACTOR_METRICS`) and the betweenness sample size."""
    ties = graphs.ties
    n = ties.number_of_nodes()
    nodes = list(ties.nodes())
    bc, cc, k = path_centralities(ties, seed=seed)
    in_deg = dict.fromkeys(nodes, 0)
    out_deg = dict.fromkeys(nodes, 0)
    arcs: dict[tuple[str, str], None] = {}
    for r in graphs.relationships:
        out_deg[r.source] += 1
        in_deg[r.target] += 1
        arcs[(r.source, r.target)] = None
        if r.kind == RelationKind.COLLABORATION:
            out_deg[r.target] += 1
            in_deg[r.source] += 1
            arcs[(r.target, r.source)] = None
    ranks = pagerank(nodes, arcs) if n else {}
    brokerage = _brokerage(ties)
    scale = 1.0 / (n - 1) if n > 1 else 1.0
    metrics: dict[str, dict[str, float]] = {}
    for i, node in enumerate(nodes):
        degree = float(ties.degree(node))
        metrics[str(node)] = {
            "degree": degree,
            "degree_centrality": degree * scale if n > 1 else 0.0,
            "in_degree": float(in_deg[node]),
            "out_degree": float(out_deg[node]),
            "betweenness": bc[i],
            "closeness": cc[i],
            "pagerank": float(ranks.get(node, 0.0)),
            "brokerage": brokerage[node],
        }
    return metrics, k


def map_metrics(graphs: CaseGraphs) -> dict[str, float]:
    """Density, reciprocity, components and counts of the map."""
    ties = graphs.ties
    n = ties.number_of_nodes()
    directed = nx.DiGraph()
    directed.add_nodes_from(ties.nodes())
    directed.add_edges_from(
        (r.source, r.target) for r in graphs.relationships if r.kind != RelationKind.COLLABORATION
    )
    components = list(nx.connected_components(ties)) if n else []
    largest = max((len(c) for c in components), default=0)
    result = {
        "actors": float(n),
        "relationships": float(len(graphs.relationships)),
        "mandates": float(len(graphs.mandates)),
        "needs": float(len(graphs.needs)),
        "density": float(nx.density(ties)) if n > 1 else 0.0,
        "reciprocity": reciprocity(directed),
        "components": float(len(components)),
        "largest_component_share": largest / n if n else 0.0,
        "isolates": float(nx.number_of_isolates(ties)),
    }
    release_graph(directed)
    return result
