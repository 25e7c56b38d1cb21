"""GraphML, GEXF, CSV and DOT: round trips, and the files read by the target programs."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import networkx as nx
import pytest

from exports.csv_io import read_csv, write_csv
from exports.dot import to_dot_string
from exports.gexf import read_gexf, write_gexf
from exports.graphml import read_graphml, write_graphml
from exports.records import MANDATE_TYPE
from models import Case
from models.example import example_case
from tests.exports.conftest import as_dict

GRAPH = ("actors", "relationships", "mandates")


def test_graphml_round_trip_whole_case(case: Case, tmp_path: Path) -> None:
    path = tmp_path / "map.graphml"
    write_graphml(case, path)
    result = read_graphml(path)
    assert as_dict(result.case) == as_dict(case)
    assert result.warnings == ()


def test_graphml_read_by_networkx_with_all_attributes(case: Case, tmp_path: Path) -> None:
    path = tmp_path / "map.graphml"
    write_graphml(case, path)
    graph = nx.read_graphml(path)
    assert isinstance(graph, nx.MultiDiGraph)  # parallel edges a1->a2 stay distinct
    assert graph.number_of_nodes() == len(case.actors)
    assert graph.number_of_edges() == len(case.relationships) + len(case.mandates)
    node = graph.nodes["a2"]
    assert node["kind"] == "professional"
    assert node["influence"] == 2
    assert node["roles"] == '["case_handler", "triage"]'
    kinds = sorted(d["relation_type"] for _, _, d in graph.edges(data=True))
    assert kinds.count(MANDATE_TYPE) == 2
    mandate = next(d for _, _, d in graph.edges(data=True) if d.get("budget") == 5000.5)
    assert mandate["sub_mandate_levels"] == 1
    assert mandate["holder_works_under_grantor"] is True
    assert mandate["valid_from"] == "2026-01-01"
    assert graph.graph["title"] == "Casus =1+1"


def test_graphml_has_yed_graphics(case: Case, tmp_path: Path) -> None:
    path = tmp_path / "map.graphml"
    write_graphml(case, path)
    text = path.read_text(encoding="utf-8")
    assert 'yfiles.type="nodegraphics"' in text
    assert '<y:Shape type="hexagon"' in text  # administrator
    assert 'y:Fill color="#C0392B"' in text
    assert 'y:LineStyle color="#B03A2E" type="line"' in text  # trust -2
    assert "<y:NodeLabel" in text


def test_yed_only_file(tmp_path: Path) -> None:
    """A file as yEd writes it: labels and geometry only in the graphics, no attributes."""
    path = tmp_path / "yed.graphml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:y="http://www.yworks.com/xml/graphml">'
        '<key for="node" id="d0" yfiles.type="nodegraphics"/>'
        '<key for="edge" id="d1" yfiles.type="edgegraphics"/>'
        '<graph edgedefault="directed" id="G">'
        '<node id="n0"><data key="d0"><y:ShapeNode><y:Geometry x="10" y="20" width="40" '
        'height="20"/><y:NodeLabel>Burgemeester</y:NodeLabel></y:ShapeNode></data></node>'
        '<node id="n1"><data key="d0"><y:ShapeNode><y:NodeLabel>Raad</y:NodeLabel>'
        "</y:ShapeNode></data></node>"
        '<edge id="e0" source="n0" target="n1"><data key="d1"><y:PolyLineEdge>'
        "<y:EdgeLabel>legt verantwoording af</y:EdgeLabel></y:PolyLineEdge></data></edge>"
        "</graph></graphml>",
        encoding="utf-8",
    )
    case = read_graphml(path).case
    assert [(a.name, a.kind.value) for a in case.actors] == [
        ("Burgemeester", "other"),
        ("Raad", "other"),
    ]
    assert case.actors[0].position is not None
    assert (case.actors[0].position.x, case.actors[0].position.y) == (30.0, 30.0)
    assert case.relationships[0].kind.value == "accountability"


def test_gexf_round_trip_and_networkx(case: Case, tmp_path: Path) -> None:
    path = tmp_path / "map.gexf"
    write_gexf(case, path)
    graph = nx.read_gexf(path)
    assert graph.number_of_edges() == len(case.relationships) + len(case.mandates)
    assert all("relation_type" in d for _, _, d in graph.edges(data=True))
    assert 'type="trust"' not in path.read_text(encoding="utf-8")
    back = read_gexf(path).case
    for section in GRAPH:
        assert as_dict(back)[section] == as_dict(case)[section]


def test_gexf_example(tmp_path: Path) -> None:
    case = example_case()
    path = tmp_path / "map.gexf"
    write_gexf(case, path)
    back = read_gexf(path).case
    for section in GRAPH:
        assert as_dict(back)[section] == as_dict(case)[section]


def test_csv_round_trip_and_safety(case: Case, tmp_path: Path) -> None:
    nodes, edges, *side = write_csv(case, tmp_path / "map.csv")
    assert (nodes.name, edges.name) == ("map-nodes.csv", "map-edges.csv")
    assert [p.name for p in side] == ["map-case.csv", "map-needs.csv", "map-organisations.csv"]
    with nodes.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:2] == ["Id", "Label"]
    assert rows[1][1] == "'=cmd|' /C calc'!A0"  # a spreadsheet shows it as text
    assert rows[1][5] == "5"  # numbers stay numbers
    with edges.open(encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle))
    assert header[:3] == ["Source", "Target", "Type"]
    for path in (nodes, edges):
        back = read_csv(path).case
        for section in GRAPH:
            assert as_dict(back)[section] == as_dict(case)[section]


def test_csv_semicolon_edges_only(tmp_path: Path) -> None:
    path = tmp_path / "links.csv"
    path.write_text(
        "Source;Target;Type;Kind\nWethouder;Consulent;Directed;vertrouwt\n"
        "Consulent;Raad;Directed;signaleert\n\n",
        encoding="cp1252",
    )
    result = read_csv(path)
    assert [a.name for a in result.case.actors] == ["Wethouder", "Consulent", "Raad"]
    assert [r.kind.value for r in result.case.relationships] == ["trust", "signal"]
    assert result.warnings == ()


@pytest.mark.graphviz
@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz not installed")
def test_dot_parsed_by_graphviz(case: Case) -> None:
    text = to_dot_string(case, "nl")
    done = subprocess.run(["dot", "-Tsvg"], input=text.encode(), capture_output=True, check=True)
    svg = done.stdout.decode()
    assert "=cmd|&#39; /C calc&#39;!A0" in svg or "=cmd|' /C calc'!A0" in svg
    assert (
        "Woningcorporatie &#39;Thuis&#39; &lt;b&gt;&amp;amp;&lt;/b&gt;" in svg or "&lt;b&gt;" in svg
    )
    assert svg.count('class="node"') == len(case.actors)
    assert svg.count('class="edge"') == len(case.relationships) + len(case.mandates)


def test_dot_node_ids_are_opaque(case: Case) -> None:
    import re

    text = to_dot_string(case)
    declared = re.findall(r"^(\S+) \[", text, flags=re.MULTILINE)
    nodes = [d for d in declared if d not in ("node", "edge", "graph")]
    assert nodes == ["n0", "n1", "n2", "n3"]
    assert "label=\"=cmd|' /C calc'!A0\"" in text
    assert 'label="Notes' not in text


@pytest.mark.graphviz
@pytest.mark.skipif(shutil.which("sfdp") is None, reason="Graphviz not installed")
@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_graphviz_render(case: Case, tmp_path: Path, suffix: str) -> None:
    from exports import graphviz

    out = tmp_path / f"map{suffix}"
    graphviz.render(to_dot_string(case), out, engine="sfdp")
    data = out.read_bytes()
    assert data[:4] in (b"\x89PNG", b"<?xm", b"<svg", b"%PDF")


def test_graphviz_missing_is_explained(
    case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from exports import graphviz
    from exports.errors import ExportFileError

    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert not graphviz.available("dot")
    with pytest.raises(ExportFileError) as info:
        graphviz.render(to_dot_string(case), tmp_path / "map.png")
    assert "map.png: Graphviz (dot) is not installed" in info.value.render("en")
    assert "Graphviz (dot) is niet geïnstalleerd" in info.value.render("nl")


def test_graphml_positions_are_numbers_for_networkx(case: Case, tmp_path: Path) -> None:
    """Issue 13 item 11: networkx reads x/y as floats in scene coordinates (the centre)."""
    path = tmp_path / "map.graphml"
    write_graphml(case, path)
    graph = nx.read_graphml(path)
    for actor in case.actors:
        node = graph.nodes[actor.id]
        if actor.position is None:
            assert node.get("x") is None
            assert node.get("y") is None
            continue
        assert isinstance(node["x"], float)
        assert isinstance(node["y"], float)
        assert (node["x"], node["y"]) == (actor.position.x, actor.position.y)
    text = path.read_text(encoding="utf-8")
    assert "<y:Geometry" in text  # yEd still gets its geometry
    back = {a.id: a.position for a in read_graphml(path).case.actors}
    assert back == {a.id: a.position for a in case.actors}


def test_graphml_reader_prefers_numeric_positions(tmp_path: Path) -> None:
    """A foreign file with both x/y data and a yEd Geometry: the data wins."""
    path = tmp_path / "yed.graphml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><graphml xmlns="http://graphml.graphdrawing.org/'
        'xmlns" xmlns:y="http://www.yworks.com/xml/graphml"><key id="d0" for="node" '
        'attr.name="x" attr.type="double"/><key id="d1" for="node" attr.name="y" '
        'attr.type="double"/><key id="g" for="node" yfiles.type="nodegraphics"/>'
        '<graph id="G" edgedefault="directed"><node id="n"><data key="g"><y:ShapeNode>'
        '<y:Geometry x="0" y="0" width="100" height="40"/><y:NodeLabel>Anna</y:NodeLabel>'
        '</y:ShapeNode></data><data key="d0">310.5</data><data key="d1">-42</data></node>'
        "</graph></graphml>",
        encoding="utf-8",
    )
    actor = next(iter(read_graphml(path).case.actors))
    assert actor.name == "Anna"
    assert actor.position is not None
    assert (actor.position.x, actor.position.y) == (310.5, -42.0)
