"""The import's workbook loader (exports.xlsx_load) makes what openpyxl's read-only loader
makes, and fails where it fails, without parsing each sheet into elements at load to look
for a ``<dimension>`` (issue 15: our own report's sheets have none, so openpyxl parsed each
one whole before returning the workbook)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.worksheet._reader import WorkSheetParser

from exports.excel_import import rows_of
from exports.excel_report import write_report
from exports.safety import open_workbook
from exports.xlsx_load import load_sized
from models.example import example_case


def _sizes(wb: Any) -> list[tuple[object, ...]]:
    return [
        (ws.title, ws.sheet_state, ws.min_row, ws.min_column, ws.max_row, ws.max_column)
        for ws in wb.worksheets
    ]


def _rows(wb: Any) -> list[object]:
    """Each sheet's rows, or what reading it raised (a damaged sheet fails when it is read)."""
    read: list[object] = []
    for ws in wb.worksheets:
        try:
            read.append(list(rows_of(ws)))
        except Exception as exc:  # compared between the two loaders
            read.append((type(exc), str(exc)))
    return read


def _theirs(data: bytes) -> Any:
    return openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)


def _rewritten(data: bytes, part: str, change: Callable[[bytes], bytes]) -> bytes:
    """``data`` (an xlsx) with its zip part ``part`` replaced by ``change(its bytes)``."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        parts = {i.filename: zf.read(i) for i in zf.infolist()}
    parts[part] = change(parts[part])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in parts.items():
            zf.writestr(name, content)
    return out.getvalue()


def _same_as_openpyxl(data: bytes) -> Any:
    """Load ``data`` both ways: the same sheets, sizes and rows, or the same exception."""
    raised: Exception | None = None
    try:
        theirs = _theirs(data)
    except Exception as exc:  # what openpyxl raised, compared below
        raised = exc
    if raised is not None:
        with pytest.raises(type(raised)) as ours:
            load_sized(io.BytesIO(data))
        assert str(ours.value) == str(raised)
        return None
    ours = load_sized(io.BytesIO(data))
    try:
        sizes = _sizes(ours)
        assert sizes == _sizes(theirs)
        assert _rows(ours) == _rows(theirs)
        return sizes
    finally:
        ours.close()
        theirs.close()


SHEET = "xl/worksheets/sheet1.xml"


@pytest.fixture(scope="module")
def our_report(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("xlsx_load") / "report.xlsx"
    write_report(example_case(), path, lang="en")
    return path.read_bytes()


@pytest.fixture(scope="module")
def declared() -> bytes:
    """A workbook openpyxl saves in full: each sheet declares its dimension; one is hidden."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for i in range(1, 8):
        ws.append([f"r{i}", i, None, "x" if i % 2 else None])
    hidden = wb.create_sheet("Hidden")
    hidden.sheet_state = "hidden"
    hidden.append(["only"])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_our_report_loads_as_openpyxl_loads_it(our_report: bytes) -> None:
    sizes = _same_as_openpyxl(our_report)
    assert sizes is not None
    assert len(sizes) == 18


def test_a_sheet_without_dimension_is_not_parsed_into_elements_at_load(
    our_report: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fails on the old loader (openpyxl.load_workbook): it called parse_dimensions once per
    sheet, each parsing the whole sheet, none of which declares its dimension."""
    calls: list[object] = []
    real = WorkSheetParser.parse_dimensions

    def counted(self: WorkSheetParser) -> object:
        calls.append(self)
        return real(self)

    monkeypatch.setattr(WorkSheetParser, "parse_dimensions", counted)
    path = tmp_path / "kaart.xlsx"
    path.write_bytes(our_report)
    open_workbook(path).close()
    assert calls == []


def test_declared_sizes_right_or_wrong_are_openpyxl_s(declared: bytes) -> None:
    assert _same_as_openpyxl(declared) == [
        ("Sheet", "visible", 1, 1, 7, 4),
        ("Hidden", "hidden", 1, 1, 1, 1),
    ]
    wrong = _rewritten(declared, SHEET, lambda b: b.replace(b"A1:D7", b"B2:C3"))
    assert _same_as_openpyxl(wrong) == [
        ("Sheet", "visible", 2, 2, 3, 3),
        ("Hidden", "hidden", 1, 1, 1, 1),
    ]


INSIDE = b'<dimension ref="A1:B2"/>'
DAMAGES: list[tuple[str, Callable[[bytes], bytes]]] = [
    ("cut inside the rows", lambda b: b[: len(b) // 2]),
    ("a row never closed", lambda b: b.replace(b"</sheetData>", b"<row></sheetData>")),
    ("after the data", lambda b: b.replace(b"</worksheet>", b"<oops")),
    ("an unbound prefix", lambda b: b.replace(b"<row ", b"<x:row ", 1)),
    ("a dimension inside the data", lambda b: b.replace(b"</row>", b"</row>" + INSIDE, 1)),
    ("not XML at all", lambda _b: b"\x00\x01 nothing"),
    ("empty", lambda _b: b""),
]


@pytest.mark.parametrize(("what", "damage"), DAMAGES, ids=[d[0] for d in DAMAGES])
def test_a_damaged_sheet_fails_where_openpyxl_fails(
    our_report: bytes, declared: bytes, what: str, damage: Callable[[bytes], bytes]
) -> None:
    for data in (our_report, declared):  # no dimension, then a declared one
        _same_as_openpyxl(_rewritten(data, SHEET, damage))


_CELLS = (
    b'<c r="A1" t="inlineStr"><is><t>plain</t></is></c>'
    b'<c r="B1" t="inlineStr" s="0"><is><t xml:space="preserve"> spaced </t></is></c>'
    b'<c r="C1" t="inlineStr"><is><t/></is></c>'
    b'<c t="inlineStr"><is><t>no reference</t></is></c>'
    b'<c r="E1" t="inlineStr"><is><r><t>rich</t></r><r><t> runs</t></r></is></c>'
    b'<c r="F1" t="inlineStr"><is><t>one</t><t>two</t></is></c>'
    b'<c r="G1" t="inlineStr"><is><t>text<b/>tail</t></is></c>'
    b'<c r="H1" t="inlineStr"><is/></c>'
    b'<c r="I1" t="inlineStr"><v>7</v></c>'
    b'<c r="J1" t="inlineStr"><f>1+1</f><is><t>with a formula</t></is></c>'
    b'<c r="K1" t="s"><v>0</v></c><c r="L1"><v>2.5</v></c><c r="M1" t="b"><v>1</v></c>'
)
INLINE: list[tuple[str, bytes]] = [
    ("every kind of inline string", _CELLS),
    ("an attribute on the string", b'<c r="A1" t="inlineStr"><is x="1"><t>a</t></is></c>'),
    ("a bad style", b'<c r="A1" t="inlineStr" s="x"><is><t>a</t></is></c>'),
    ("a bad reference", b'<c r="1A" t="inlineStr"><is><t>a</t></is></c>'),
]


@pytest.mark.parametrize(("what", "cells"), INLINE, ids=[i[0] for i in INLINE])
def test_inline_strings_read_as_openpyxl_reads_them(
    declared: bytes, what: str, cells: bytes
) -> None:
    """Our rows parser reads a plain inline string itself: what openpyxl reads, or fails on."""

    def one_row(sheet: bytes) -> bytes:
        head, _, rest = sheet.partition(b"<sheetData>")
        _, end, tail = rest.partition(b"</sheetData>")
        return head + b'<sheetData><row r="1">' + cells + b"</row>" + end + tail

    _same_as_openpyxl(_rewritten(declared, SHEET, one_row))


def test_a_sheet_declaring_a_dtd_is_refused_when_loaded(our_report: bytes) -> None:
    """The rows are parsed without defusedxml: a DTD (entities, external references) in a sheet
    that got past :func:`exports.safety.check_xlsx` is refused before a row is read."""
    bomb = b'<!DOCTYPE x [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
    data = _rewritten(
        our_report, SHEET, lambda b: b.replace(b"<worksheet", bomb + b"<worksheet", 1)
    )
    with pytest.raises(Exception) as info:  # openpyxl wraps it
        load_sized(io.BytesIO(data))
    causes = [info.value.__cause__, info.value.__context__]
    assert any(type(c).__name__ == "DTDForbidden" for c in causes), causes
