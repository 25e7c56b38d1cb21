"""The Excel report's reference date reads as a date in words in the report's language (new
user, seventh round: "As of 2026-10-01"): "Peildatum 1 oktober 2026" / "As of 1 October
2026", and the cell stays a date, so the report still reads back. LibreOffice
prints it in words: tests/test_libreoffice.py."""

from __future__ import annotations

import datetime
from pathlib import Path

import openpyxl
import pytest

from exports.excel_report import write_report
from exports.formats import import_file
from models.example import example_case


def _as_of_cell(path: Path) -> openpyxl.cell.cell.Cell:
    sheet = openpyxl.load_workbook(path).worksheets[0]
    for row in sheet.iter_rows(min_row=1, max_row=20, max_col=2):
        if row[0].value in ("As of", "Peildatum"):
            return row[1]
    raise AssertionError("no reference date on the overview")


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("as_of")
    out = {}
    for lang in ("nl", "en"):
        out[lang] = folder / f"rapport-{lang}.xlsx"
        write_report(example_case(), out[lang], lang=lang)
    return out


@pytest.mark.parametrize(("lang", "code"), [("nl", "[$-413]"), ("en", "[$-809]")])
def test_the_reference_date_is_a_date_shown_in_words(
    reports: dict[str, Path], lang: str, code: str
) -> None:
    cell = _as_of_cell(reports[lang])
    assert cell.value == datetime.datetime(2026, 10, 1)
    assert cell.number_format == f"{code}d mmmm yyyy"


def test_the_report_still_reads_back_its_reference_date(reports: dict[str, Path]) -> None:
    assert import_file(reports["nl"]).case.info.as_of == datetime.date(2026, 10, 1)
