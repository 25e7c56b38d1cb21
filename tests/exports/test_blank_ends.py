"""Issue 13 item 7: an edge with a blank or whitespace-only end is skipped with a located warning.

Every reader goes through :class:`exports.builder.CaseBuilder`, which must never assert on user
data; CSV, GEXF, GraphML and Kumu are checked here with empty and whitespace-only ends.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from exports.builder import CaseBuilder, Where
from exports.formats import import_file

BLANKS = ["", " ", "\t", "   "]


def _edges_csv(tmp_path: Path, source: str, target: str) -> Path:
    (tmp_path / "m-nodes.csv").write_text("Id,Label\na,Anna\nb,Bert\n", encoding="utf-8")
    path = tmp_path / "m-edges.csv"
    path.write_text(f"Source,Target,Type\na,b,Directed\n{source},{target},Directed\n", "utf-8")
    return path


@pytest.mark.parametrize("blank", BLANKS)
@pytest.mark.parametrize("side", ["source", "target"])
def test_csv_blank_end_is_skipped_with_a_located_warning(
    tmp_path: Path, blank: str, side: str
) -> None:
    ends = (blank, "b") if side == "source" else ("a", blank)
    result = import_file(_edges_csv(tmp_path, *ends))
    assert len(result.case.relationships) == 1  # the good row
    assert [a.name for a in result.case.actors] == ["Anna", "Bert"]  # no blank actor created
    skipped = [w for w in result.warnings if w.key == "blank_end"]
    assert len(skipped) == 1
    assert skipped[0].row == 3  # as a spreadsheet shows it: the header is row 1
    assert skipped[0].column == side
    assert skipped[0].sheet == "m-edges.csv"
    assert "row 3" in skipped[0].render("en")
    assert "rij 3" in skipped[0].render("nl")


def _gexf(source: str, target: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><gexf xmlns="http://gexf.net/1.3" version="1.3">'
        '<graph defaultedgetype="directed"><nodes><node id="a" label="Anna"/>'
        '<node id="b" label="Bert"/></nodes><edges><edge id="e0" source="a" target="b"/>'
        f'<edge id="e1" source="{source}" target="{target}"/></edges></graph></gexf>'
    )


@pytest.mark.parametrize("blank", BLANKS)
def test_gexf_blank_end_is_skipped(tmp_path: Path, blank: str) -> None:
    path = tmp_path / "m.gexf"
    path.write_text(_gexf(blank, "b"), encoding="utf-8")
    result = import_file(path)
    assert len(result.case.relationships) == 1
    assert {a.name for a in result.case.actors} == {"Anna", "Bert"}
    assert [w.key for w in result.warnings].count("blank_end") == 1


@pytest.mark.parametrize("blank", BLANKS)
def test_graphml_blank_end_is_skipped(tmp_path: Path, blank: str) -> None:
    path = tmp_path / "m.graphml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><graphml xmlns="http://graphml.graphdrawing.org/'
        'xmlns"><graph id="G" edgedefault="directed"><node id="a"/><node id="b"/>'
        f'<edge source="a" target="b"/><edge source="{blank}" target="b"/></graph></graphml>',
        encoding="utf-8",
    )
    result = import_file(path)
    assert len(result.case.relationships) == 1
    assert [w.key for w in result.warnings].count("blank_end") == 1


def test_kumu_blank_end_is_skipped(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Elements"
    ws.append(["Label", "Type"])
    ws.append(["Anna", "Person"])
    connections = wb.create_sheet("Connections")
    connections.append(["From", "To", "Type"])
    connections.append(["Anna", "Bert", "trust"])
    connections.append(["  ", "Anna", "trust"])
    path = tmp_path / "kumu.xlsx"
    wb.save(path)
    result = import_file(path)
    assert len(result.case.relationships) == 1
    assert any(w.row == 3 for w in result.warnings)


def test_builder_never_asserts_on_a_blank_name() -> None:
    builder = CaseBuilder("x.csv")
    assert builder.ensure_actor("   ", Where("s", 4)) is None
    assert [w.key for w in builder.problems.warnings] == ["empty_label"]
    assert builder.problems.warnings[0].row == 4
