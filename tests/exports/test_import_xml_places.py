"""Hostile review 8, N5: a GraphML import spoke in spreadsheet words (``sheet "nodes", row 2:
id "a" also on row 1``). A problem in a GraphML or GEXF file is now named at its element, as
written in the file: ``node 2 (<node id="a">)``, ``edge 2 (<edge source="a" target="zz">)``,
and (session 10) on its line in a GraphML file; an edge whose end is no node says which end and
how to mend it ("no element "zz"; created it" read as if the file were a sheet)."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from exports.errors import ImportFileError
from exports.gexf import read_gexf
from exports.graphml import read_graphml

_NS = '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
CYCLE = (
    f'{_NS}<graph edgedefault="directed">\n<node id="a"/>\n<node id="a"/>\n'
    '<edge source="a" target="a"/>\n<edge source="a" target="zz"/></graph></graphml>'
)
BAD_VALUE = (
    f'{_NS}<key id="i" for="node" attr.name="influence" attr.type="string"/>\n'
    '<graph edgedefault="directed">\n<node id="b"/>\n\n<node id="a"><data key="i">veel</data>'
    "</node></graph></graphml>"
)


def _file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_graphml_warnings_name_the_node_and_the_edge(tmp_path: Path) -> None:
    result = read_graphml(_file(tmp_path, "cyc.graphml", CYCLE))
    assert [w.render("en") for w in result.warnings] == [
        'node 2 (<node id="a">, line 3): id "a" also on node 1; node skipped',
        'edge 1 (<edge source="a" target="a">, line 4): runs from "a" to itself; imported as it'
        " is: check its source and target",  # said since hostile review 10, H7
        'edge 2 (<edge source="a" target="zz">, line 5): its target "zz" is no <node> of the'
        ' file; an actor "zz" was made so that the edge is kept: check its name and kind, or'
        ' add <node id="zz"> to the file',
    ]
    assert [w.render("nl") for w in result.warnings] == [
        'knoop 2 (<node id="a">, regel 3): id "a" staat ook op knoop 1; knoop overgeslagen',
        'verbinding 1 (<edge source="a" target="a">, regel 4): loopt van "a" naar zichzelf; zo'
        " ingelezen: controleer bron en doel",
        'verbinding 2 (<edge source="a" target="zz">, regel 5): het doel "zz" is geen <node> in'
        ' het bestand; er is een actor "zz" voor gemaakt zodat de verbinding blijft: controleer'
        ' naam en soort, of voeg <node id="zz"> toe aan het bestand',
    ]
    assert all("sheet" not in w.location and "row" not in w.location for w in result.warnings)


def test_a_graphml_error_names_the_file_the_node_and_its_attribute(tmp_path: Path) -> None:
    path = _file(tmp_path, "kaart.graphml", BAD_VALUE)
    with pytest.raises(ImportFileError) as caught:
        read_graphml(path)
    assert caught.value.render("en") == (
        f'{path}: node 2 (<node id="a">, line 5), attribute "influence": expected a whole'
        ' number 0–5, got "veel"'
    )
    assert 'knoop 2 (<node id="a">, regel 5), attribuut "influence": verwacht een heel' in (
        caught.value.render("nl")
    )


def test_a_gexf_problem_names_the_element_and_its_ids(tmp_path: Path) -> None:
    graph = nx.DiGraph()
    graph.add_node("a", influence="veel")
    graph.add_edge("a", "b")
    path = tmp_path / "kaart.gexf"
    nx.write_gexf(graph, path)
    with pytest.raises(ImportFileError) as caught:
        read_gexf(path)
    [problem] = caught.value.problems
    text = path.read_text(encoding="utf-8")
    line = text[: text.index('<node id="a"')].count("\n") + 1  # the line it is written on
    assert problem.render("en").startswith(
        f'node 1 (<node id="a">, line {line}), attribute "influence": '
    )
    assert problem.location == f'node 1 (<node id="a">, line {line}), attribute "influence"'


def test_without_the_file_order_the_element_is_named_by_its_ids() -> None:
    from exports.errors import problem
    from exports.xml_places import placed

    [p] = placed(
        [problem("required", sheet="edges", row=1, column="source")], [], [{}], numbered=False
    )
    assert p.render("nl") == '<edge>, attribuut "source": verplicht veld ontbreekt'


def test_a_dangling_source_is_named_as_the_source_and_the_edge_by_its_id(tmp_path: Path) -> None:
    text = (
        f'{_NS}<graph edgedefault="directed">\n<node id="a"/>\n'
        '<edge id="e7" source="weg" target="a"/>\n</graph></graphml>'
    )
    result = read_graphml(_file(tmp_path, "los.graphml", text))
    [warning] = result.warnings
    assert warning.render("en").startswith(
        'edge 1 (<edge id="e7" source="weg" target="a">, line 3): its source "weg" is no <node>'
    )
    assert 'de bron "weg" is geen <node> in het bestand' in warning.render("nl")
    assert {a.name for a in result.case.actors} == {"a", "weg"}  # the edge is not lost
    assert len(result.case.relationships) == 1


def test_a_gexf_edge_to_no_node_names_its_line(tmp_path: Path) -> None:
    path = _file(
        tmp_path,
        "los.gexf",
        '<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n'
        '<graph defaultedgetype="directed">\n<nodes>\n<node id="a" label="Wethouder"/>\n'
        '</nodes>\n<edges>\n<edge id="e1" source="a" target="a"/>\n'
        '<edge id="e2" source="a" target="zz"/>\n</edges>\n</graph>\n</gexf>\n',
    )
    loop, warning = read_gexf(path).warnings  # the self-loop e1 is said too (H7)
    assert loop.render("en").startswith('edge 1 (<edge id="e1" source="a" target="a">, line 8)')
    assert warning.render("en").startswith(
        'edge 2 (<edge id="e2" source="a" target="zz">, line 9): its target "zz" is no <node>'
    )
