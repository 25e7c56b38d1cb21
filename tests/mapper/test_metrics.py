"""Known-answer tests for the network metrics (Florentine families, Krackhardt kite)."""

from __future__ import annotations

import networkx as nx
import pytest

from mapper import analyse
from mapper import metrics as metrics_module
from mapper.graph import build_graphs
from mapper.metrics import map_metrics, path_centralities
from models import Actor, Case, CaseInfo, RelationKind, Relationship
from tests.mapper.cases import case_from_graph


def test_florentine_medici_is_top_broker_and_cut_points_are_known() -> None:
    result = analyse(case_from_graph(nx.florentine_families_graph()))
    bc = {a: m["betweenness"] for a, m in result.metrics.items()}
    assert round(bc["Medici"], 3) == 0.522
    assert max(bc, key=bc.__getitem__) == "Medici"
    cuts = [f for f in result.structure if f.code == "STRUCTURE_CUT_POINTS"]
    assert not [f for f in result.findings if f.code == "STRUCTURE_CUT_POINTS"]
    assert len(cuts) == 1
    assert set(cuts[0].actors) == {"Albizzi", "Guadagni", "Medici", "Salviati"}


def test_florentine_matches_networkx_everywhere() -> None:
    graph = nx.florentine_families_graph()
    result = analyse(case_from_graph(graph))
    nx_bc = nx.betweenness_centrality(graph)
    nx_cc = nx.closeness_centrality(graph)
    nx_dc = nx.degree_centrality(graph)
    for node in graph:
        mine = result.metrics[node]
        assert mine["betweenness"] == pytest.approx(nx_bc[node], abs=1e-12)
        assert mine["closeness"] == pytest.approx(nx_cc[node], abs=1e-12)
        assert mine["degree_centrality"] == pytest.approx(nx_dc[node], abs=1e-12)


def test_krackhardt_kite_maxima_fall_on_three_different_actors() -> None:
    result = analyse(case_from_graph(nx.krackhardt_kite_graph()))

    def top(key: str) -> set[str]:
        best = max(m[key] for m in result.metrics.values())
        return {a for a, m in result.metrics.items() if m[key] == pytest.approx(best)}

    degree, betweenness, closeness = top("degree"), top("betweenness"), top("closeness")
    assert degree == {"3"}  # Diane
    assert betweenness == {"7"}  # Heather
    assert closeness == {"5", "6"}  # Fernando and Garth
    assert not (degree & betweenness)
    assert not (degree & closeness)
    assert not (betweenness & closeness)


def test_brokerage_is_burts_effective_size() -> None:
    graph = nx.krackhardt_kite_graph()
    result = analyse(case_from_graph(graph))
    expected = nx.effective_size(graph)
    for node in graph:
        assert result.metrics[str(node)]["brokerage"] == pytest.approx(expected[node])


def test_direction_counts_and_pagerank() -> None:
    case = Case.from_parts(
        CaseInfo("t"),
        [Actor("a", "A"), Actor("b", "B"), Actor("c", "C")],
        [
            Relationship("r1", "a", "b", RelationKind.SIGNAL),
            Relationship("r2", "a", "c", RelationKind.HIERARCHY),
            Relationship("r3", "b", "c", RelationKind.COLLABORATION),
        ],
    )
    m = analyse(case).metrics
    assert (m["a"]["out_degree"], m["a"]["in_degree"]) == (2, 0)
    assert (m["c"]["out_degree"], m["c"]["in_degree"]) == (1, 2)
    assert sum(v["pagerank"] for v in m.values()) == pytest.approx(1.0)


def test_map_metrics() -> None:
    graph = nx.florentine_families_graph()
    mm = map_metrics(build_graphs(case_from_graph(graph)))
    assert mm["density"] == pytest.approx(nx.density(graph))
    assert mm["components"] == 1
    two = map_metrics(build_graphs(case_from_graph(nx.Graph([(1, 2), (3, 4)]))))
    assert (two["components"], two["largest_component_share"]) == (2, 0.5)
    lone = nx.Graph([(1, 2)])
    lone.add_node(3)
    assert map_metrics(build_graphs(case_from_graph(lone)))["isolates"] == 1
    case = Case.from_parts(
        CaseInfo("t"),
        [Actor("a", "A"), Actor("b", "B")],
        [
            Relationship("r1", "a", "b", RelationKind.TRUST),
            Relationship("r2", "b", "a", RelationKind.TRUST),
        ],
    )
    assert map_metrics(build_graphs(case))["reciprocity"] == 1.0


def test_sampled_betweenness_is_close_and_states_k(monkeypatch: pytest.MonkeyPatch) -> None:
    graph = nx.connected_watts_strogatz_graph(300, 6, 0.1, seed=3)
    exact = nx.betweenness_centrality(graph)
    bc, _, k = path_centralities(graph, sample=150)
    assert k == 150
    nodes = list(graph)
    top_exact = sorted(nodes, key=exact.__getitem__)[-10:]
    top_sampled = sorted(range(len(nodes)), key=bc.__getitem__)[-10:]
    assert len(set(top_exact) & {nodes[i] for i in top_sampled}) >= 6
    monkeypatch.setattr(metrics_module, "EXACT_LIMIT", 100)
    monkeypatch.setattr(metrics_module, "SAMPLE_SIZE", 50)
    result = analyse(case_from_graph(graph))
    assert result.betweenness_sample == 50
    assert any("k=50" in note("en") for note in result.notes)


def test_sampling_is_deterministic() -> None:
    graph = nx.gnm_random_graph(400, 1200, seed=5)
    assert path_centralities(graph, sample=60, seed=1) == path_centralities(
        graph, sample=60, seed=1
    )
