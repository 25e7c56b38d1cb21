"""An acceptance whose ``until`` lies before its ``on`` (hostile finding 11).

Such an acceptance would have ended before it was made. Clearing ``until`` (as is done for a
reversed validity period) would turn it into an acceptance without end, so every way in
refuses it with the file and the field named: the loader (strict and lenient), the model's
mutators, the Excel report reader.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from exports.errors import ImportFileError
from exports.excel_import import read_report
from exports.excel_report import write_report
from models import FormatError, ModelError
from models.acceptance import Acceptance
from models.enums import EntityKind
from models.example import example_case
from models.fileformat import case_to_dict, read, reads
from models.rules import cross_field_problems

ENTRY = {
    "id": "acc1", "finding": "MANDATE_EXPIRED:m5", "reason": "ok", "by": "",
    "on": "2026-05-01", "until": "2026-01-01", "content": "",
}  # fmt: skip


def _doc() -> dict[str, object]:
    doc = case_to_dict(example_case())
    doc["accepted"] = [dict(ENTRY)]
    return doc


def test_the_rule_names_both_dates() -> None:
    acc = Acceptance("acc1", "F:x", "ok", on=date(2026, 5, 1), until=date(2026, 1, 1))
    assert [p.render() for p in cross_field_problems(acc)] == [
        "until: until 2026-01-01 lies before on 2026-05-01: the acceptance would have ended "
        "before it was made; correct the year or clear until"
    ]
    same_day = Acceptance("acc1", "F:x", "ok", on=date(2026, 5, 1), until=date(2026, 5, 1))
    assert cross_field_problems(same_day) == []


def test_strict_load_refuses_it_naming_file_and_field() -> None:
    with pytest.raises(FormatError) as info:
        reads(json.dumps(_doc()), "acc.kvmap")
    text = info.value.render("en")
    assert "acc.kvmap" in text
    assert "accepted[0].until: until 2026-01-01 lies before on 2026-05-01" in text


def test_lenient_read_refuses_it_too_and_never_clears_until(tmp_path: Path) -> None:
    path = tmp_path / "acc.kvmap"
    path.write_text(json.dumps(_doc()), encoding="utf-8")
    with pytest.raises(FormatError) as info:
        read(path)
    assert "accepted[0].until" in info.value.render("nl")
    assert "ligt vóór on 2026-05-01" in info.value.render("nl")


def test_the_model_refuses_it() -> None:
    case = example_case()
    acc = Acceptance("acc1", "F:x", "ok", on=date(2026, 5, 1), until=date(2026, 1, 1))
    with pytest.raises(ModelError):
        case.add(EntityKind.ACCEPTANCE, acc)
    assert list(case.accepted) == []


def test_the_excel_reader_refuses_it_naming_sheet_row_and_column(tmp_path: Path) -> None:
    case = example_case()
    case.add(
        EntityKind.ACCEPTANCE,
        Acceptance("acc1", "F:x", "ok", on=date(2026, 5, 1), until=date(2026, 6, 1)),
    )
    out = tmp_path / "report.xlsx"
    write_report(case, out, lang="en")
    wb = openpyxl.load_workbook(out)
    ws = wb["Accepted findings"]
    header = [c.value for c in ws[1]]
    found = [
        (row, col)
        for row in range(1, 6)
        for col, cell in enumerate(ws[row], start=1)
        if cell.value in (date(2026, 6, 1), "2026-06-01")
        or getattr(cell.value, "date", lambda: None)() == date(2026, 6, 1)
    ]
    assert len(found) == 1, header
    row, col = found[0]
    ws.cell(row, col).value = ws.cell(row, col).value.replace(year=2025)
    wb.save(out)
    with pytest.raises(ImportFileError) as info:
        read_report(out)
    text = info.value.render("en")
    assert "report.xlsx" in text
    assert "Accepted findings" in text
    assert f"row {row}" in text
    assert "until 2025-06-01 lies before on 2026-05-01" in text
