"""An analysis leaves none of its own networkx graphs for the cycle collector (issue 14).

A networkx graph caches views (``nodes``, ``edges``, ``degree``) that refer back to it, so a
graph that was looked at is freed only when the cycle collector comes round: 14 graphs of
the example's analysis (18 at 300 actors) lingered that way, and at 10,000 actors about
24 MB. Counted with the collector off, never timed; the only graphs left are the ones
networkx's Louvain makes inside itself (counted on the same ties, alone).
"""

from __future__ import annotations

import gc
from collections.abc import Callable

import networkx as nx
import pytest

import mapper
from benchmarks.generate import generate_case
from mapper.checks import spheres
from mapper.graph import build_graphs, release_graph
from models import Case, RelationKind
from models.example import example_case


def _graphs(generation: int) -> int:
    return sum(isinstance(o, nx.Graph) for o in gc.get_objects(generation))


def _graphs_left(run: Callable[[], object]) -> int:
    """How many networkx graphs ``run`` leaves unreachable but not yet freed.

    With the collector off, everything ``run`` makes stays in the youngest generation, so only
    that generation is looked at, not the worker's whole heap (a whole-heap count took 0.9-3.7 s
    a test, depending on what the worker ran before: issue 15, ana22)."""
    run()  # imports and caches out of the way
    gc.collect(0)  # the youngest generation emptied (what the warm-up left there freed or aged)
    spheres._louvain.cache_clear()
    gc.disable()
    try:
        before = _graphs(0)
        run()
        return _graphs(0) - before
    finally:
        gc.enable()
        gc.collect(0)  # what ``run`` left unreachable is all young


def _louvain_alone(case: Case) -> int:
    graphs = build_graphs(case)
    ties = nx.Graph()
    ties.add_nodes_from(graphs.actors)
    ties.add_edges_from(
        (r.source, r.target) for r in graphs.relationships if r.kind != RelationKind.TRUST
    )
    release_graph(ties)
    return _graphs_left(lambda: nx.community.louvain_communities(ties, seed=0))


@pytest.mark.parametrize(
    "make", [example_case, lambda: generate_case(300, seed=2)], ids=["example", "300"]
)
def test_an_analysis_frees_its_graphs_without_the_collector(make: Callable[[], Case]) -> None:
    case = make()
    assert _graphs_left(lambda: mapper.analyse(case)) <= _louvain_alone(case)


def test_a_released_graph_is_freed_with_its_last_reference() -> None:
    graph = nx.path_graph(50)
    assert sorted(graph.degree)[0] == (0, 1)  # the views are cached, and refer to the graph
    release_graph(graph)
    gc.disable()
    try:
        before = sum(isinstance(o, nx.Graph) for o in gc.get_objects())
        del graph
        assert sum(isinstance(o, nx.Graph) for o in gc.get_objects()) == before - 1
    finally:
        gc.enable()
