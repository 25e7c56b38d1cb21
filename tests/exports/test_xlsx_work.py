"""Issue 13 item 5: workbooks and CSV files that pass the size checks but ask for endless work.

Each file is built small but structurally like the one the adversarial test used (the same
shape, a lower limit where the real one would be large) and must be refused *before* openpyxl
sees it; that is asserted by counting (openpyxl's loader is replaced by one that fails the test,
tracemalloc measures the memory), not by timing.
"""

from __future__ import annotations

import io
import tracemalloc
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.reader.excel import ExcelReader

from exports import csv_io
from exports.errors import UnsafeFileError
from exports.formats import import_file
from exports.safety import XlsxLimits, check_xlsx
from exports.xlsx_scan import WorkLimits, column_number

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _workbook(title: str = "Elementen") -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title
    ws.append(["Label", "Type"])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _with_sheet(sheet: bytes, strings: bytes | None = None, title: str = "Elementen") -> bytes:
    source = zipfile.ZipFile(io.BytesIO(_workbook(title)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = sheet
            zf.writestr(info.filename, data)
        if strings is not None:
            zf.writestr("xl/sharedStrings.xml", strings)
    return out.getvalue()


def _sheet(rows: Iterator[str], dimension: str = "A1") -> bytes:
    body = "".join(rows)
    return (
        f'<?xml version="1.0"?><worksheet xmlns="{NS}"><dimension ref="{dimension}"/>'
        f"<sheetData>{body}</sheetData></worksheet>"
    ).encode()


def _one_cell_rows(count: int, column: str) -> Iterator[str]:
    for i in range(1, count + 1):
        yield f'<row r="{i}"><c r="{column}{i}" t="n"><v>1</v></c></row>'


@pytest.fixture
def no_openpyxl(monkeypatch: pytest.MonkeyPatch) -> None:
    """openpyxl must never be reached: the refusal comes from counting alone."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        pytest.fail("openpyxl was asked to load a workbook that should have been refused")

    monkeypatch.setattr(ExcelReader, "read", refuse)


def _refused(path: Path) -> str:
    with pytest.raises(UnsafeFileError) as info:
        import_file(path)
    text = info.value.render("en")
    assert str(path) in text
    assert info.value.render("nl") != text
    return text


@pytest.mark.usefixtures("no_openpyxl")
def test_rows_with_one_cell_in_column_xfd(tmp_path: Path) -> None:
    """20,000 rows, one cell each in XFD: 282 KB that openpyxl would fill to 327 M values."""
    path = tmp_path / "xfd.xlsx"
    path.write_bytes(_with_sheet(_sheet(_one_cell_rows(20_000, "XFD"))))
    assert path.stat().st_size < 400_000
    tracemalloc.start()
    try:
        text = _refused(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert 'sheet "Elementen"' in text
    assert "1024" in text
    assert peak < 64 * 1024 * 1024


@pytest.mark.usefixtures("no_openpyxl")
def test_200000_rows_in_column_xfd(tmp_path: Path) -> None:
    path = tmp_path / "xfd200k.xlsx"
    path.write_bytes(_with_sheet(_sheet(_one_cell_rows(200_000, "XFD"))))
    assert "1024" in _refused(path)


@pytest.mark.usefixtures("no_openpyxl")
def test_grid_of_rows_filled_to_their_last_cell(tmp_path: Path) -> None:
    """Within the column limit but rows x last column past the grid limit (5,000 x 1,024)."""
    path = tmp_path / "grid.xlsx"
    path.write_bytes(_with_sheet(_sheet(_one_cell_rows(5_000, "AMJ"))))
    text = _refused(path)
    assert "5000000" in text
    assert 'sheet "Elementen"' in text


@pytest.mark.usefixtures("no_openpyxl")
def test_declared_dimension_is_bounded(tmp_path: Path) -> None:
    path = tmp_path / "dim.xlsx"
    path.write_bytes(_with_sheet(_sheet(_one_cell_rows(2, "A"), dimension="A1:XFD1048576")))
    assert "A1:XFD1048576" in _refused(path)


@pytest.mark.usefixtures("no_openpyxl")
def test_highest_row_number_counts_as_rows(tmp_path: Path) -> None:
    """Two rows numbered 1 and 1,000,000: openpyxl would yield the 999,998 between them."""
    rows = iter(
        [
            '<row r="1"><c r="A1"><v>1</v></c></row>',
            '<row r="1000000"><c r="A1000000"><v>1</v></c></row>',
        ]
    )
    path = tmp_path / "gap.xlsx"
    path.write_bytes(_with_sheet(_sheet(rows)))
    assert "200000" in _refused(path)


def _strings(count: int) -> bytes:
    items = "".join(f"<si><t>{i}</t></si>" for i in range(count))
    return f'<?xml version="1.0"?><sst xmlns="{NS}" count="{count}">{items}</sst>'.encode()


@pytest.mark.usefixtures("no_openpyxl")
def test_shared_strings_are_counted(tmp_path: Path) -> None:
    """9 M shared strings, scaled down: the limit is lowered to 1,000 and 1,001 are offered."""
    path = tmp_path / "sst.xlsx"
    path.write_bytes(_with_sheet(_sheet(_one_cell_rows(2, "A")), strings=_strings(1_001)))
    limits = XlsxLimits(work=WorkLimits(shared_strings=1_000))
    with pytest.raises(UnsafeFileError) as info:
        check_xlsx(path, limits)
    assert info.value.problems[0].key == "xlsx_too_many_strings"
    check_xlsx(path, XlsxLimits(work=WorkLimits(shared_strings=1_001)))  # at the limit: fine


def test_shared_strings_size_is_bounded(tmp_path: Path) -> None:
    path = tmp_path / "sst.xlsx"
    path.write_bytes(_with_sheet(_sheet(_one_cell_rows(2, "A")), strings=_strings(2_000)))
    with pytest.raises(UnsafeFileError) as info:
        check_xlsx(path, XlsxLimits(work=WorkLimits(shared_strings_bytes=10_000)))
    assert info.value.problems[0].key == "xlsx_strings_too_large"


def test_cells_are_counted_over_the_workbook(tmp_path: Path) -> None:
    path = tmp_path / "cells.xlsx"
    path.write_bytes(_with_sheet(_sheet(_one_cell_rows(101, "B"))))
    check_xlsx(path, XlsxLimits(work=WorkLimits(cells=101)))
    with pytest.raises(UnsafeFileError) as info:
        check_xlsx(path, XlsxLimits(work=WorkLimits(cells=100)))
    assert info.value.problems[0].key == "xlsx_too_many_cells"


def test_cells_without_references_are_counted_by_position(tmp_path: Path) -> None:
    """``<c>`` without ``r=``: its column is the one after the previous cell of the row."""
    row = '<row r="1">' + "<c><v>1</v></c>" * 30 + "</row>"
    path = tmp_path / "noref.xlsx"
    path.write_bytes(_with_sheet(_sheet(iter([row]))))
    check_xlsx(path, XlsxLimits(work=WorkLimits(columns=30)))
    with pytest.raises(UnsafeFileError) as info:
        check_xlsx(path, XlsxLimits(work=WorkLimits(columns=29)))
    assert info.value.problems[0].key == "xlsx_too_many_columns"


def test_a_normal_workbook_still_imports(tmp_path: Path) -> None:
    rows = iter(
        [
            '<row r="1"><c r="A1" t="inlineStr"><is><t>Label</t></is></c></row>',
            '<row r="2"><c r="A2" t="inlineStr"><is><t>Anna</t></is></c></row>',
        ]
    )
    path = tmp_path / "ok.xlsx"
    path.write_bytes(_with_sheet(_sheet(rows)))
    assert [a.name for a in import_file(path).case.actors] == ["Anna"]


def test_column_numbers() -> None:
    assert [column_number(c) for c in ("A", "Z", "AA", "AMJ", "XFD")] == [1, 26, 27, 1024, 16384]


def test_csv_of_empty_rows_is_refused_while_streaming(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 60 MB CSV of empty rows needed 3.9 GB: now rows are streamed and counted.

    Scaled down: 2 M empty rows (2 MB) against the real limit of 200,000 rows; the memory peak
    must stay a small multiple of the file, not of the number of rows.
    """
    path = tmp_path / "leeg.csv"
    path.write_bytes(b"Id,Label\n" + b"\n" * 2_000_000)
    tracemalloc.start()
    try:
        text = _refused(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "200000" in text
    assert "leeg.csv" in text
    assert peak < 10 * path.stat().st_size + 40 * 1024 * 1024


class _Lines(set[int]):
    """The lines read as Windows-1252, counting how often a row asks."""

    asked = 0

    def intersection(self, *others: Iterable[Any]) -> set[int]:
        _Lines.asked += 1
        return set(self).intersection(*others)


def test_a_csv_row_asks_for_windows_1252_lines_only_when_there_are_some(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each row made a range and a set to ask whether a line of it was read as Windows-1252,
    also when none was: under tracemalloc that was half of the CPU of
    test_csv_of_empty_rows_is_refused_while_streaming (2.8 s of its 200,000 rows; issue 15).
    Fails on main 90d10d7 (one question a row)."""
    from exports.csv_decode import decode_csv as decode

    def watched(data: bytes, source: str) -> Any:
        decoded = decode(data, source)
        decoded.cp1252_lines = _Lines(decoded.cp1252_lines)
        return decoded

    monkeypatch.setattr(csv_io, "decode_csv", watched)
    monkeypatch.setattr(_Lines, "asked", 0)
    path = tmp_path / "utf8-nodes.csv"
    path.write_bytes("Id,Label\na,Zoë\n\nb,René\n".encode())
    assert [a.name for a in import_file(path).case.actors] == ["Zoë", "René"]
    assert _Lines.asked == 0
    path.write_bytes("Id,Label\na,Zoë\n".encode() + "b,René\n".encode("cp1252"))
    mixed = [w for w in import_file(path).warnings if w.key == "mixed_encoding"]
    assert [w.row for w in mixed] == [3]  # with such a line, each row asks again
    assert _Lines.asked == 2


def test_csv_one_endless_row_is_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(csv_io, "CELL_LIMIT", 1_000)
    path = tmp_path / "breed.csv"
    path.write_bytes(b"Id,Label\n" + b"," * 1_001)
    assert "1000" in _refused(path)


@pytest.mark.usefixtures("no_openpyxl")
def test_a_sheet_moved_elsewhere_is_still_counted(tmp_path: Path) -> None:
    """openpyxl finds sheets through the workbook's relationships, whatever the part's name."""
    original = zipfile.ZipFile(io.BytesIO(_workbook("Verstopt")))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in original.infolist():
            data = original.read(info)
            name = info.filename
            if name == "xl/worksheets/sheet1.xml":
                name, data = "xl/elders/blad", _sheet(_one_cell_rows(20_000, "XFD"))
            elif name == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"worksheets/sheet1.xml", b"elders/blad")
            elif name == "[Content_Types].xml":
                data = data.replace(b"/xl/worksheets/sheet1.xml", b"/xl/elders/blad")
            zf.writestr(name, data)
    path = tmp_path / "verstopt.xlsx"
    path.write_bytes(out.getvalue())
    text = _refused(path)
    assert 'sheet "Verstopt"' in text
    assert "1024" in text


# A row number or column of more digits or letters than the scan read (hostile look 21, H1):
# the scan read at most nine digits and four letters, so ``r="1000000000"`` matched nothing, the
# row counted as the next one, and a 4.9 KB workbook went on to openpyxl, which filled the gap
# row by row (past a 30 s timeout, a MemoryError under a 3 GB cap). Read whole, such a reference
# is beyond every limit and the workbook is refused before openpyxl sees it.


@pytest.mark.usefixtures("no_openpyxl")
@pytest.mark.parametrize("number", ["1000000000", "99999999999999999999", "1" * 5_000])
def test_a_row_number_of_ten_digits_or_more_is_refused(tmp_path: Path, number: str) -> None:
    rows = iter(
        [
            '<row r="1"><c r="A1"><v>1</v></c></row>',
            f'<row r="{number}"><c r="A{number}"><v>1</v></c></row>',
        ]
    )
    path = tmp_path / "far.xlsx"
    path.write_bytes(_with_sheet(_sheet(rows)))
    assert "200000" in _refused(path)


@pytest.mark.usefixtures("no_openpyxl")
def test_a_column_of_five_letters_or_more_is_refused(tmp_path: Path) -> None:
    rows = iter(['<row r="1"><c r="A1"><v>1</v></c><c r="AAAAAAAAAA1"><v>1</v></c></row>'])
    path = tmp_path / "wide.xlsx"
    path.write_bytes(_with_sheet(_sheet(rows)))
    assert "1024" in _refused(path)


@pytest.mark.usefixtures("no_openpyxl")
def test_a_declared_range_of_ten_digits_is_refused(tmp_path: Path) -> None:
    rows = iter(['<row r="1"><c r="A1"><v>1</v></c></row>'])
    path = tmp_path / "dim.xlsx"
    path.write_bytes(_with_sheet(_sheet(rows, dimension="A1:B1000000000")))
    assert "A1:B1000000000" in _refused(path)


def test_a_row_number_with_leading_zeros_is_its_value() -> None:
    from exports.xlsx_scan import SheetCount, WorkLimits, _row

    count = SheetCount()
    _row(count, b' r="0000000000007"', WorkLimits())
    assert count.last_row == 7
