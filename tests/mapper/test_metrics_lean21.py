"""The metrics of a small map without scipy's per-call machinery (issue 15, map21: the
analysis runs thousands of times in the test suite; on the example PageRank's sparse matrices
and the diameter estimate's ``csgraph.shortest_path`` were a third of the metrics).

Counted, not timed: the old code made scipy sparse arrays for PageRank and called
``csgraph.shortest_path`` for every analysis; it fails the first test. The results stay the
same to the last bit (PageRank against ``nx.pagerank`` in ``test_metrics_lean20``; the
eccentricity against ``csgraph.shortest_path`` below).
"""

from __future__ import annotations

import random

import networkx as nx
import numpy as np
import pytest
import scipy.sparse as sp
import scipy.sparse.csgraph  # noqa: F401  (registers sp.csgraph)

import mapper.metrics as metrics
from mapper.context import Context
from mapper.pruning import fold_trees
from models.example import example_case
from tests.mapper.refusals import Refused


def test_a_small_map_s_metrics_make_no_scipy_array_and_no_shortest_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    graphs = Context.of(example_case()).graphs
    expected = metrics.actor_metrics(graphs)
    refused = Refused()
    for name in ("coo_array", "dia_array"):
        monkeypatch.setattr(sp, name, refused(name))
    monkeypatch.setattr(sp.csgraph, "shortest_path", refused("shortest_path"))
    assert metrics.actor_metrics(graphs) == expected
    assert refused.called == []


def _scipy_eccentricity(adj: sp.csr_matrix, start: int) -> int:
    """What ``_strategy`` computed before: the farthest finite distance from ``start``."""
    dist = sp.csgraph.shortest_path(adj, directed=False, unweighted=True, indices=[start])
    finite = dist[np.isfinite(dist)]
    return int(finite.max()) if finite.size else 0


@pytest.mark.parametrize("limit", [None, 0])  # the plain search, and scipy's above the limit
def test_the_eccentricity_is_scipy_s(limit: int | None, monkeypatch: pytest.MonkeyPatch) -> None:
    if limit is not None:
        monkeypatch.setattr(metrics, "_DENSE_LIMIT", limit)
    rng = random.Random(21)
    graphs = [nx.empty_graph(1), nx.path_graph(7), nx.star_graph(5), nx.cycle_graph(9)]
    graphs += [nx.gnm_random_graph(n, rng.randint(0, 3 * n), seed=n) for n in range(2, 80, 3)]
    for g in graphs:
        adj = metrics._adjacency(g, list(g))
        for start in {0, len(g) - 1, int(np.argmax(np.diff(adj.indptr)))}:
            assert metrics._eccentricity(adj, start) == _scipy_eccentricity(adj, start)


def test_the_core_is_scipy_s_slice() -> None:
    """The core's matrix has the entries, in the order, that ``adj[idx][:, idx]`` had."""
    rng = random.Random(22)
    for n in range(1, 90, 4):
        g = nx.gnm_random_graph(n, rng.randint(0, 2 * n), seed=n)
        for j in range(rng.randint(0, 12)):  # trees hung on it: a core smaller than the map
            g.add_edge(n + j, rng.randrange(n + j))
        adj = metrics._adjacency(g, list(g))
        idx = np.flatnonzero(fold_trees(adj).core)
        for rows in (idx, np.arange(adj.shape[0]), idx[::2]):
            old = sp.csr_matrix(adj[rows][:, rows])
            new = metrics._submatrix(adj, rows)
            assert new.shape == old.shape
            for part in ("indptr", "indices", "data"):
                assert np.array_equal(getattr(new, part), getattr(old, part)), part
