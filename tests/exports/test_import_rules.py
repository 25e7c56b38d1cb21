"""Importers apply the model's rules: repair with a located warning, never build a bad case.

Issue 13, items 1 and 9: a reversed validity period came in through Excel import and made a map
that saved but would not open again; control characters came in through CSV.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from exports.csv_io import csv_paths, read_csv, write_csv
from exports.excel_import import read_report
from exports.excel_report import write_report
from models.fileformat import load, save
from tests.ui.conftest import small_case


def test_excel_import_repairs_a_reversed_period_with_a_located_warning(tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    write_report(small_case(), out, lang="en")
    wb = openpyxl.load_workbook(out)
    sheet = wb["Mandates"]
    headers = [c.value for c in sheet[1]]
    column = headers.index("Valid until") + 1
    sheet.cell(row=2, column=column, value="2025-06-30")  # m1 is valid from 2026-01-01
    wb.save(out)
    result = read_report(out)
    texts = [w.render("en") for w in result.warnings]
    assert any(
        'sheet "Mandates", row 2' in t and "valid_until 2025-06-30 lies before valid_from" in t
        for t in texts
    ), texts
    assert result.case.mandates.get("m1").valid_until is None  # type: ignore[union-attr]
    save(result.case, tmp_path / "k.kvmap")  # what the import made saves and opens again
    load(tmp_path / "k.kvmap")


def test_csv_import_removes_control_characters_with_a_located_warning(tmp_path: Path) -> None:
    nodes = write_csv(small_case(), tmp_path / "map.csv")[0]
    text = nodes.read_text("utf-8-sig").replace("Wethouder", "Weth\x07ouder\x0c")
    nodes.write_text(text, "utf-8-sig")
    result = read_csv(csv_paths(tmp_path / "map.csv")[0])
    texts = [w.render("en") for w in result.warnings]
    assert any("control character U+0007 at character 5 removed" in t for t in texts), texts
    assert "Wethouder" in [a.name for a in result.case.actors]
    save(result.case, tmp_path / "k.kvmap")
    load(tmp_path / "k.kvmap")
