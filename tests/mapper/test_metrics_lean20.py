"""The metrics of a map without networkx's graph copies (issue 15: the analysis runs thousands of
times in the test suite; on the example the metrics were a fifth of it).

PageRank is the same power iteration on the same matrix (the same floats, compared exactly,
not approximately), and the adjacency of the path centralities the same matrix, made without
``to_scipy_sparse_array``. Counted, not timed: the old code built a DiGraph and called
``nx.pagerank`` and ``nx.to_scipy_sparse_array`` for every analysis; it fails the first test.
"""

from __future__ import annotations

import random

import networkx as nx
import numpy as np
import pytest
import scipy.sparse as sp

import mapper.metrics as metrics
from benchmarks.generate import generate_case
from mapper.context import Context
from mapper.metrics_directed import pagerank
from models import RelationKind
from models.example import example_case
from tests.mapper.refusals import Refused


def test_the_metrics_make_no_networkx_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    graphs = Context.of(example_case()).graphs
    expected = metrics.actor_metrics(graphs)
    refused = Refused()
    for name in ("pagerank", "to_scipy_sparse_array", "DiGraph"):
        monkeypatch.setattr(nx, name, refused(name))
    assert metrics.actor_metrics(graphs) == expected
    assert refused.called == []


def _graphs() -> list[nx.DiGraph]:
    rng = random.Random(20)
    out = [nx.DiGraph([(1, 2), (2, 1), (2, 3), (3, 3), (4, 1)]), nx.DiGraph([(0, 0)])]
    for _ in range(60):
        n = rng.randint(1, 30)
        g = nx.DiGraph()
        g.add_nodes_from(rng.sample(range(100), n))  # not in order: the node order counts
        nodes = list(g)
        g.add_edges_from(
            (rng.choice(nodes), rng.choice(nodes)) for _ in range(rng.randint(0, 3 * n))
        )
        out.append(g)
    return out


def test_pagerank_is_networkx_s_to_the_last_bit() -> None:
    for g in _graphs():
        assert pagerank(list(g), g.edges()) == nx.pagerank(g)


def test_the_adjacency_is_the_matrix_networkx_gave() -> None:
    for d in _graphs():
        g = d.to_undirected()
        nodes = list(g)
        old = nx.to_scipy_sparse_array(g, nodelist=nodes, weight=None, format="csr")
        old = sp.csr_matrix((old > 0).astype(np.float64))
        old.setdiag(0)
        old.eliminate_zeros()
        new = metrics._adjacency(g, nodes)
        assert new.shape == old.shape
        assert new.has_sorted_indices
        for part in ("indptr", "indices", "data"):
            assert np.array_equal(getattr(new, part), getattr(old, part)), part


@pytest.mark.parametrize("size", [25, 300])
def test_the_metrics_of_a_generated_map_are_networkx_s_pagerank(size: int) -> None:
    graphs = Context.of(generate_case(size, seed=4)).graphs
    found, _ = metrics.actor_metrics(graphs)
    directed = nx.DiGraph()
    directed.add_nodes_from(graphs.ties.nodes())
    for r in graphs.relationships:
        directed.add_edge(r.source, r.target)
        if r.kind == RelationKind.COLLABORATION:
            directed.add_edge(r.target, r.source)
    expected = nx.pagerank(directed)
    assert {a: m["pagerank"] for a, m in found.items()} == expected
