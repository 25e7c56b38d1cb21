"""What exports.xlsx_scan counts in one worksheet part, exactly, and that it converts a column's
letters once, not once per cell (issue 15: the scan runs before every xlsx import)."""

from __future__ import annotations

import io
import zipfile

import pytest

from exports import xlsx_scan
from exports.xlsx_scan import SheetCount, WorkLimits, scan_part

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _scanned(body: str, limits: WorkLimits | None = None) -> SheetCount:
    xml = f'<worksheet xmlns="{NS}"><sheetData>{body}</sheetData></worksheet>'
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("xl/worksheets/sheet1.xml", xml)
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as zf:
        return scan_part(zf, zf.getinfo("xl/worksheets/sheet1.xml"), limits or WorkLimits())


def test_rows_cells_and_the_grid_are_counted_as_openpyxl_fills_them() -> None:
    body = (
        '<row r="2"><c r="B2"/><c r="$d$2"/><c/></row>'  # a cell without a reference: E
        "<row><c/><c/></row>"  # row 3, cells A and B
        '<row r="0000000000009"><c r="ab9"/><c r="C9"/></row>'  # leading zeros; lower case
        '<x:row xmlns:x="y" r="10"><x:c r="AMJ10"/></x:row>'  # a prefix; the last column
    )
    count = _scanned(body)
    assert (count.rows, count.last_row, count.cells, count.last_column) == (4, 10, 8, 1024)
    assert count.grid == 5 + 2 + 28 + 1024  # each row filled to its last (highest) cell


def test_a_column_past_the_limit_is_refused_also_when_its_letters_were_met_before() -> None:
    _scanned('<row r="1"><c r="AMK1"/></row>', WorkLimits(columns=2_000))  # kept: 1,025
    with pytest.raises(xlsx_scan.TooMuchWork) as refused:
        _scanned('<row r="1"><c r="AMK1"/></row>')
    assert refused.value.key == "xlsx_too_many_columns"
    with pytest.raises(xlsx_scan.TooMuchWork):  # ten letters: beyond any limit, not converted
        _scanned('<row r="1"><c r="ABCDEFGHIJ1"/></row>', WorkLimits(columns=10**9))


def test_a_columns_letters_are_converted_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails on the old scan: column_number ran for each of the 3,000 cells."""
    calls: list[str] = []
    real = xlsx_scan.column_number

    def counted(letters: str) -> int:
        calls.append(letters)
        return real(letters)

    monkeypatch.setattr(xlsx_scan, "column_number", counted)
    monkeypatch.setattr(xlsx_scan, "_LETTER_COLUMNS", {}, raising=False)  # none met yet
    rows = "".join(
        f'<row r="{n}"><c r="PQ{n}"/><c r="PR{n}"/><c r="PS{n}"/></row>' for n in range(1, 1001)
    )
    count = _scanned(rows, WorkLimits(columns=16_384))
    assert count.cells == 3_000
    assert count.last_column == real("PS")
    assert sorted(calls) == ["PQ", "PR", "PS"]
