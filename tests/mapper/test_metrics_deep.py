"""Betweenness on deep maps: the sparse search walks a level of a few nodes with numpy, not
with a scipy matrix per level (thousands of levels cost milliseconds each), and gives the same
values as networkx."""

from __future__ import annotations

from typing import Any

import networkx as nx
import pytest
import scipy.sparse as sp

from mapper import metrics


def _deep(n: int) -> nx.Graph:
    """A path of ``n`` nodes with a triangle every 50 (not a tree: nothing folds away)."""
    g = nx.path_graph(n)
    g.add_edges_from((i, i + 2) for i in range(0, n - 2, 50))
    return g


def test_deep_levels_build_no_scipy_matrix_per_level(monkeypatch: pytest.MonkeyPatch) -> None:
    built = 0
    real = sp.csr_matrix

    def counting(*args: Any, **kwargs: Any) -> Any:
        nonlocal built
        built += 1
        return real(*args, **kwargs)

    g = _deep(1200)
    monkeypatch.setattr(sp, "csr_matrix", counting)  # the module mapper.metrics uses
    bc, _, k = metrics.path_centralities(g, sample=40)
    assert k == 40
    # a handful for the adjacency matrix; one per level (about 1,200 forward and back) before
    assert built <= 10, built
    assert max(bc) > 0


def test_deep_exact_values_equal_networkx(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(metrics, "_DENSE_LIMIT", 0)  # force the sparse search on a small graph
    g = _deep(300)
    bc, closeness, k = metrics.path_centralities(g)
    assert k is None
    expected_bc = nx.betweenness_centrality(g)
    expected_cc = nx.closeness_centrality(g)
    for i, node in enumerate(g.nodes()):
        assert bc[i] == pytest.approx(expected_bc[node], abs=1e-12)
        assert closeness[i] == pytest.approx(expected_cc[node], abs=1e-12)
