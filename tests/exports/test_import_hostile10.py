"""Hostile review 10, H7: a GraphML self-loop (an edge from a node to itself) was imported
without a word (only ``validate`` said it later, and only for a hierarchy); a CSV with one
name of only invisible characters (U+200B) refused the whole import. Now the self-loop is
kept and said at its edge, and the invisible name skips that row only, the rest imported with
the warning list."""

from __future__ import annotations

from pathlib import Path

from exports.formats import import_file

_GRAPHML = (
    '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
    '<graph edgedefault="directed"><node id="a"/><node id="b"/>'
    '<edge id="e1" source="a" target="b"/>\n<edge id="e7" source="b" target="b"/>'
    "</graph></graphml>"
)


def test_a_graphml_self_loop_is_said_at_its_edge(tmp_path: Path) -> None:
    path = tmp_path / "lus.graphml"
    path.write_text(_GRAPHML, encoding="utf-8")
    result = import_file(path)
    assert len(result.case.relationships) == 2  # kept: nothing of the file is lost
    [said] = [w for w in result.warnings if w.key == "edge_to_itself"]
    assert said.render("en") == (
        'edge 2 (<edge id="e7" source="b" target="b">, line 2): runs from "b" to itself;'
        " imported as it is: check its source and target"
    )
    assert said.render("nl").startswith('verbinding 2 (<edge id="e7" source="b" target="b">,')
    assert 'loopt van "b" naar zichzelf; zo ingelezen' in said.render("nl")


def test_a_graph_without_a_self_loop_says_nothing_of_it(tmp_path: Path) -> None:
    path = tmp_path / "geen.graphml"
    path.write_text(_GRAPHML.replace('id="e7" source="b"', 'id="e7" source="a"'), "utf-8")
    result = import_file(path)
    assert not [w for w in result.warnings if w.key == "edge_to_itself"]


def test_a_csv_name_of_only_invisible_characters_skips_that_row_only(tmp_path: Path) -> None:
    path = tmp_path / "namen.csv"
    rows = [
        "id,name,kind",
        "a,Anna,citizen",
        "b,Bert,professional",
        "d,\u200b,citizen",
        "e,Els,manager",
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = import_file(path)  # refused whole before (rc=2)
    assert sorted(a.name for a in result.case.actors) == ["Anna", "Bert", "Els"]
    [said] = [w for w in result.warnings if w.key == "invisible_label"]
    assert said.render("en") == (
        'file "namen.csv", row 4: the name holds only characters that cannot be seen'
        " (U+200B), so it is empty; row skipped"
    )
    assert "rij 4: de naam bevat alleen tekens die niet te zien zijn" in said.render("nl")
