"""Exact betweenness and closeness with folded trees agree with networkx on every shape.

Known answers from networkx on graphs that are all tree, part tree, no tree, disconnected,
with isolates and two-actor parts; plus the structure checks that keep deep maps cheap (the
core left after folding, the search chosen by depth), counted, never timed.
"""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest
import scipy.sparse as sp

from mapper import metrics
from mapper.metrics import path_centralities
from mapper.pruning import fold_trees


def _with_trees(core: nx.Graph, seed: int, extra: int) -> nx.Graph:
    """``core`` with ``extra`` vertices hung on as random trees."""
    graph = nx.convert_node_labels_to_integers(core)
    rng = np.random.default_rng(seed)
    for v in range(len(graph), len(graph) + extra):
        graph.add_edge(v, int(rng.integers(v)))
    return graph


GRAPHS = {
    "path": nx.path_graph(30),
    "star": nx.star_graph(12),
    "tree": nx.random_labeled_tree(60, seed=2),
    "florentine": nx.florentine_families_graph(),
    "kite": nx.krackhardt_kite_graph(),
    "cycle with trees": _with_trees(nx.cycle_graph(7), 1, 40),
    "random with trees": _with_trees(nx.gnm_random_graph(40, 90, seed=4), 3, 60),
    "disconnected": nx.disjoint_union_all(
        [
            nx.path_graph(5),
            nx.complete_graph(4),
            nx.Graph([(0, 1)]),
            nx.empty_graph(3),
            _with_trees(nx.cycle_graph(4), 5, 9),
        ]
    ),
    "one": nx.empty_graph(1),
    "two": nx.path_graph(2),
}


@pytest.mark.parametrize("name", list(GRAPHS))
def test_exact_values_match_networkx(name: str) -> None:
    graph = GRAPHS[name]
    bc, cc, k = path_centralities(graph)
    assert k is None
    nx_bc = nx.betweenness_centrality(graph)
    nx_cc = nx.closeness_centrality(graph)
    for i, node in enumerate(graph.nodes()):
        assert bc[i] == pytest.approx(nx_bc[node], abs=1e-12), node
        assert cc[i] == pytest.approx(nx_cc[node], abs=1e-12), node


def test_sparse_and_dense_searches_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    graph = GRAPHS["random with trees"]
    dense = path_centralities(graph)
    monkeypatch.setattr(metrics, "_DENSE_DEPTH", -1)  # force the sparse search
    sparse = path_centralities(graph)
    assert sparse[0] == pytest.approx(dense[0], abs=1e-12)
    assert sparse[1] == pytest.approx(dense[1], abs=1e-12)


def _adj(graph: nx.Graph) -> sp.csr_matrix:
    return sp.csr_matrix(nx.to_scipy_sparse_array(graph, format="csr"), dtype=float)


def test_a_map_of_deep_chains_folds_to_a_tiny_core() -> None:
    # a board above nine lines of 100, plus a few cross ties near the top
    chains = nx.Graph()
    for c in range(9):
        nx.add_path(chains, ["board", *(f"{c}.{i}" for i in range(100))])
    chains.add_edges_from([("0.0", "1.0"), ("1.0", "2.0")])
    folded = fold_trees(_adj(chains))
    assert int(folded.core.sum()) == 4  # two triangles: board, 0.0, 1.0, 2.0; the rest folded
    assert folded.weight[folded.core].sum() == len(chains)
    _, _, k = path_centralities(chains)
    assert k is None


def test_the_search_is_chosen_by_depth() -> None:
    shallow = _adj(nx.gnm_random_graph(300, 1200, seed=1))
    deep = _adj(nx.cycle_graph(300))
    assert metrics._strategy(shallow, 300)[0] is metrics._bfs_block
    search, block = metrics._strategy(deep, 300)
    assert search is metrics._bfs_block_sparse
    assert block == 300  # one block: a deep graph's cost is per level, so few passes


def test_a_shallow_map_is_searched_in_small_blocks() -> None:
    """A wide, shallow map (one manager over thousands, a hub map) keeps the sampled search's
    peak memory small: its levels are wide, so fewer sources go in one block. Measured in
    allocated bytes (tracemalloc), never in time: 200 sources in one block of a 5,000-actor
    star peaked at 85 MB; in blocks of 32 at 14 MB. The values do not change."""
    import tracemalloc

    star = nx.star_graph(4999)
    nx.add_path(star, range(1, 5000, 7))  # a few ties among the staff, as in a real team
    adj = _adj(star)
    search, block = metrics._strategy(adj, metrics.SAMPLE_SIZE)
    assert search is metrics._bfs_block_sparse
    assert block == 32  # depth 2 (was 256: every sample in one block)
    tracemalloc.start()
    try:
        bc, _, k = path_centralities(star, seed=3)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert k == metrics.SAMPLE_SIZE
    assert peak < 30 * 2**20
    assert bc[0] == max(bc)  # the manager is the broker
