"""Hostile review, third round N3–N7: the report importer names what it cannot read."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from exports.errors import ImportFileError
from exports.excel_report import write_report
from exports.formats import import_file
from exports.register_read import read_register
from models.case import Case


@pytest.fixture
def report(case: Case, tmp_path: Path) -> Path:
    path = tmp_path / "rep.xlsx"
    write_report(case, path, lang="en")
    return path


def _edited(path: Path, edit: object) -> Path:
    wb = openpyxl.load_workbook(path)
    edit(wb)  # type: ignore[operator]
    out = path.with_name("edited.xlsx")
    wb.save(out)
    return out


def _errors(path: Path) -> str:
    with pytest.raises(ImportFileError) as info:
        import_file(path)
    return str(info.value)


def test_a_report_read_as_a_register_is_refused(report: Path) -> None:
    with pytest.raises(ImportFileError) as info:
        read_register(report)
    assert "Krachtenveld report, not a mandate register" in str(info.value)


def test_empty_relationship_kind_is_located_not_file_damage(report: Path) -> None:
    def edit(wb: openpyxl.Workbook) -> None:
        ws = wb["Relationships"]
        kind = next(c.column for c in ws[1] if c.value == "Kind")
        ws.cell(3, kind).value = None

    text = _errors(_edited(report, edit))
    assert 'sheet "Relationships", row 3, column "Kind": empty; expected one of' in text
    assert "not an Excel workbook" not in text


def test_empty_actor_kind_warns(report: Path) -> None:
    def edit(wb: openpyxl.Workbook) -> None:
        ws = wb["Actors"]
        kind = next(c.column for c in ws[1] if c.value == "Kind")
        ws.cell(2, kind).value = None

    result = import_file(_edited(report, edit))
    assert any(w.key == "kind_empty_other" and w.row == 2 for w in result.warnings)


def test_a_missing_reference_column_is_named(report: Path) -> None:
    def edit(wb: openpyxl.Workbook) -> None:
        ws = wb["Relationships"]
        for col in ("From (id)", "From"):
            index = next(c.column for c in ws[1] if c.value == col)
            ws.delete_cols(index)

    text = _errors(_edited(report, edit))
    assert 'sheet "Relationships": the sheet has rows but no column Van (id) / From (id)' in text


def test_a_missing_actors_sheet_is_named(report: Path) -> None:
    text = _errors(_edited(report, lambda wb: wb.remove(wb["Actors"])))
    assert "sheet Actoren / Actors is missing" in text
    assert "no actor" not in text


def test_a_refused_actor_row_adds_no_cascade(report: Path) -> None:
    def edit(wb: openpyxl.Workbook) -> None:
        wb["Actors"]["B2"] = "x" * 5000

    text = _errors(_edited(report, edit))
    assert 'sheet "Actors", row 2, column "Name"' in text
    assert "no actor" not in text


def test_a_header_twice_is_an_error(report: Path) -> None:
    def edit(wb: openpyxl.Workbook) -> None:
        ws = wb["Actors"]
        ws.cell(1, ws.max_column + 1).value = "Name"

    text = _errors(_edited(report, edit))
    assert "both mean Naam / Name" in text


def test_a_formula_without_value_is_named_without_a_cascade(report: Path) -> None:
    def edit(wb: openpyxl.Workbook) -> None:
        wb["Actors"]["B3"] = "=B2"

    text = _errors(_edited(report, edit))
    assert 'sheet "Actors", row 3, column "Name": formula without a stored value' in text
    assert "no actor" not in text  # the rows that refer to the refused actor say nothing more


def test_a_duplicate_actor_id_is_named(report: Path) -> None:
    def edit(wb: openpyxl.Workbook) -> None:
        ws = wb["Actors"]
        ws["A4"] = ws["A2"].value

    text = _errors(_edited(report, edit))
    assert 'sheet "Actors", row 4, column "ID": id' in text
    assert "also on row 2; row skipped" in text


def test_a_reader_bug_is_not_shown_as_file_damage(
    report: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import exports.excel_import as excel_import

    def broken(*_args: object, **_kwargs: object) -> None:
        raise TypeError("a bug of ours")

    monkeypatch.setattr(excel_import, "read_report_workbook", broken)
    with pytest.raises(TypeError, match="a bug of ours"):
        import_file(report)
