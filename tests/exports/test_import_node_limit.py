"""An import with more nodes than a map holds is refused at once, before the slow work
(rev-hostile8 N3: 200,000 GraphML nodes ran for more than 300 s). The limit is lowered here so
a small file proves it."""

from __future__ import annotations

from pathlib import Path

import pytest

import exports.records_read as records
from exports.errors import ImportFileError
from exports.formats import import_file
from models import fileformat

GRAPHML = """<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<graph edgedefault="directed">
<node id="a"/><node id="b"/><node id="c"/>
<edge source="a" target="b"/><edge source="b" target="c"/><edge source="c" target="a"/>
</graph></graphml>
"""

GEXF = """<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">
<nodes><node id="a" label="A"/><node id="b" label="B"/><node id="c" label="C"/></nodes>
<edges><edge id="0" source="a" target="b"/><edge id="1" source="b" target="c"/>
<edge id="2" source="c" target="a"/></edges>
</graph></gexf>
"""


@pytest.fixture
def small_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(fileformat.LIMITS, "actors", 2)


def _refusal(path: Path) -> str:
    with pytest.raises(ImportFileError) as info:
        import_file(path)
    return info.value.problems[0].render("en")


@pytest.mark.usefixtures("small_limits")
@pytest.mark.parametrize(("name", "text"), [("big.graphml", GRAPHML), ("big.gexf", GEXF)])
def test_too_many_nodes_are_refused_before_any_record_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    def slow_work(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the records were built before the count was checked")

    monkeypatch.setattr(records, "_read_node", slow_work)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert _refusal(path) == "3 nodes; a map holds at most 2 actors; nothing is imported"


@pytest.mark.usefixtures("small_limits")
def test_a_csv_with_too_many_actors_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "nodes.csv"
    path.write_text("id,label,kind\na,A,person\nb,B,person\nc,C,person\n", encoding="utf-8")
    assert "3 nodes; a map holds at most 2 actors" in _refusal(path)


def test_too_many_edges_name_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(fileformat.LIMITS, "relationships", 1)
    monkeypatch.setitem(fileformat.LIMITS, "mandates", 1)
    path = tmp_path / "edges.graphml"
    path.write_text(GRAPHML, encoding="utf-8")
    assert _refusal(path) == (
        "3 edges; a map holds at most 2 relationships and mandates; nothing is imported"
    )


def test_a_file_within_the_limits_imports(tmp_path: Path) -> None:
    path = tmp_path / "ok.graphml"
    path.write_text(GRAPHML, encoding="utf-8")
    assert len(import_file(path).case.actors) == 3
