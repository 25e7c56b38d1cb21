"""Hostile review, third round (A15): a Kumu round trip trimmed a name padded with spaces
without a word. Spaces around a name or a note are data: they come back as they were."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from exports.formats import import_file
from exports.kumu import write_kumu
from models.example import example_case


def test_padded_names_and_notes_survive_a_kumu_round_trip(tmp_path: Path) -> None:
    case = example_case()
    case.set_actor_field("college", "name", "  padded  ")
    case.set_actor_field("wethouder", "notes", "  spaced notes  ")
    out = tmp_path / "k.xlsx"
    write_kumu(case, out, "nl")
    back = import_file(out).case
    college, wethouder = back.actors.get("college"), back.actors.get("wethouder")
    assert college is not None
    assert wethouder is not None
    assert college.name == "  padded  "
    assert wethouder.notes == "  spaced notes  "
    assert len(back.relationships) == len(case.relationships)


def test_a_connection_naming_a_padded_element_finds_it(tmp_path: Path) -> None:
    path = tmp_path / "k.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Elements"
    ws.append(["Label", "Type"])
    ws.append(["Wethouder ", "wethouder"])
    ws.append(["Raad", "gemeenteraad"])
    connections = wb.create_sheet("Connections")
    connections.append(["From", "To", "Type"])
    connections.append(["Wethouder", "Raad", "legt verantwoording af"])
    wb.save(path)
    result = import_file(path)
    assert sorted(a.name for a in result.case.actors) == ["Raad", "Wethouder "]
    assert len(result.case.relationships) == 1
    assert not [w.key for w in result.warnings]
