"""hostile16's own look at the readers (after hostile review 7, F7): a CSV or GraphML position
of NaN, inf or a text was imported as it was (``Position(nan, 0)``), a map no save accepts; or,
for a text, dropped without a word. The actor is now imported without a position (the layout
places it) with a warning naming the row, the column and what the cell holds."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from exports.csv_io import write_csv
from exports.formats import import_file
from exports.graphml import write_graphml
from models import fileformat
from models.example import example_case


def _nodes_with_x(tmp_path: Path, x: str) -> Path:
    paths = write_csv(example_case(), tmp_path / "kaart.csv")
    [nodes] = [p for p in paths if p.name.endswith("nodes.csv")]
    rows = list(csv.reader(io.StringIO(nodes.read_text(encoding="utf-8-sig"))))
    rows[1][rows[0].index("x")] = x
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    nodes.write_text(out.getvalue(), encoding="utf-8")
    return tmp_path / "kaart.csv"


@pytest.mark.parametrize(
    ("x", "what"),
    [("NaN", "x is NaN (not a number)"), ("inf", "x is infinite"), ("ver", 'x is the text "ver"')],
)
def test_a_csv_coordinate_that_is_no_number_is_said_and_the_map_saves(
    tmp_path: Path, x: str, what: str
) -> None:
    result = import_file(_nodes_with_x(tmp_path, x))
    first = result.case.actors.get("college")
    assert first is not None
    assert first.position is None
    said = [w.render("en") for w in result.warnings]
    assert any(s.startswith('file "kaart-nodes.csv", row 2, column "x": ' + what) for s in said)
    assert any("placed by the layout" in s for s in said)
    nl = [w.render("nl") for w in result.warnings]
    assert any("wordt door de indeling geplaatst" in s for s in nl)
    fileformat.save(result.case, tmp_path / "kaart.kvmap")  # refused before: NaN in a position


def test_a_graphml_coordinate_of_nan_is_said(tmp_path: Path) -> None:
    path = tmp_path / "kaart.graphml"
    write_graphml(example_case(), path)
    text = path.read_text(encoding="utf-8")
    start = text.index('<data key="n_x">')
    end = text.index("</data>", start)
    path.write_text(text[:start] + '<data key="n_x">NaN' + text[end:], encoding="utf-8")
    result = import_file(path)
    assert all(a.position is None or a.position.x == a.position.x for a in result.case.actors)
    assert any("x is NaN (not a number)" in w.render("en") for w in result.warnings)
