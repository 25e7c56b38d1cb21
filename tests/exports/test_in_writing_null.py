"""A mandate whose writing is not recorded (``in_writing`` null, issue 10) stays not recorded
through every exchange format, beside one in writing and one oral; a foreign file that says
nothing about writing keeps the field's default (true)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import networkx as nx
import pytest
from openpyxl import load_workbook

from exports.builder import ImportResult
from exports.csv_io import read_csv, write_csv
from exports.excel_import import read_report
from exports.excel_report import write_report
from exports.gexf import read_gexf, write_gexf
from exports.graphml import read_graphml, write_graphml
from exports.kumu import read_kumu, write_kumu
from exports.records import NOT_RECORDED
from models import Actor, ActorKind, Case, CaseInfo, Mandate, PowerCategory

Write = Callable[[Case, Path], object]
Read = Callable[[Path], ImportResult]
FORMATS: dict[str, tuple[str, Write, Read]] = {
    "graphml": ("m.graphml", write_graphml, read_graphml),
    "gexf": ("m.gexf", write_gexf, read_gexf),
    "kumu": ("m.xlsx", lambda c, p: write_kumu(c, p, "nl"), read_kumu),
    "csv": ("m.csv", write_csv, read_csv),
    "report": (
        "r.xlsx",
        lambda c, p: write_report(c, p, lang="nl", analyse=False, picture=b""),
        read_report,
    ),
}


def _case() -> Case:
    actors = [
        Actor("a1", "College", ActorKind.ADMINISTRATOR, public_body=True),
        Actor("a2", "Manager", ActorKind.MANAGER),
    ]
    budget = PowerCategory.SPEND_BUDGET.value
    mandates = [
        Mandate("m1", "a1", "a2", budget, in_writing=None),
        Mandate("m2", "a1", "a2", budget, in_writing=True),
        Mandate("m3", "a1", "a2", budget, in_writing=False),
    ]
    return Case.from_parts(CaseInfo("Schriftelijk"), actors, [], mandates, [])


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_not_recorded_written_and_oral_come_back_as_they_were(fmt: str, tmp_path: Path) -> None:
    name, write, read = FORMATS[fmt]
    write(_case(), tmp_path / name)
    back = read(tmp_path / name)
    assert back.warnings == (), [w.render() for w in back.warnings]
    got = {m.id: m.in_writing for m in back.case.mandates}
    assert got == {"m1": None, "m2": True, "m3": False}


def test_graphml_names_the_null_and_networkx_still_reads_it(tmp_path: Path) -> None:
    write_graphml(_case(), tmp_path / "m.graphml")
    graph = nx.read_graphml(tmp_path / "m.graphml")
    edges = {key: d for _, _, key, d in graph.edges(keys=True, data=True)}
    assert edges["m1"][NOT_RECORDED] == '["in_writing"]'
    assert "in_writing" not in edges["m1"]
    assert edges["m2"]["in_writing"] is True
    assert NOT_RECORDED not in edges["m2"]


def test_a_foreign_graph_without_the_marker_keeps_the_default(tmp_path: Path) -> None:
    """networkx writes what it has: no ``in_writing``, no marker; the mandate reads as written."""
    graph = nx.MultiDiGraph()
    graph.add_node("a1", label="College", kind="administrator")
    graph.add_node("a2", label="Manager", kind="manager")
    graph.add_edge("a1", "a2", relation_type="mandate", power="spend_budget")
    graph.add_edge(
        "a1", "a2", relation_type="mandate", power="spend_budget", **{NOT_RECORDED: "in_writing"}
    )
    graph.add_edge(
        "a1",
        "a2",
        relation_type="mandate",
        power="spend_budget",
        in_writing=False,
        **{NOT_RECORDED: '["in_writing"]'},
    )
    nx.write_graphml(graph, tmp_path / "f.graphml")
    back = read_graphml(tmp_path / "f.graphml")
    assert [m.in_writing for m in back.case.mandates] == [True, None, False]
    assert back.warnings == ()


def test_kumu_blank_in_writing_cell_is_not_recorded_and_a_missing_column_is_the_default(
    tmp_path: Path,
) -> None:
    write_kumu(_case(), tmp_path / "k.xlsx", "nl")
    wb = load_workbook(tmp_path / "k.xlsx")
    ws = wb["Connections"]
    headers = [c.value for c in ws[1]]
    column = headers.index("Schriftelijk") + 1
    assert [ws.cell(r, column).value for r in (2, 3, 4)] == [None, True, False]
    ws.delete_cols(column)
    wb.save(tmp_path / "without.xlsx")
    back = read_kumu(tmp_path / "without.xlsx")
    assert [m.in_writing for m in back.case.mandates] == [True, True, True]
