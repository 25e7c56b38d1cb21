"""The report is written row by row into a write-only workbook (issue 14, new user 16, U1: the
Excel export of a 10,000-actor map peaked at 793 MB, ~800,000 openpyxl cells held until the
save). What the user gets stays the same:

* the saved file reads as the same workbook as one built in memory by the same writers and
  saved by openpyxl's ordinary writer (sheets and order, states, frozen panes, filters, print
  settings, merged cells, drop-downs, conditional formats, widths, heights, every cell's value
  and style, the picture), for the example in both languages; and it holds the same bytes, part
  for part, but for the numbering of the cell formats, the sheets' ``<dimension>`` and the
  times (:func:`tests.exports.workbook_view.parts`), for the example and a 2,000-actor map;
* the per-row top alignment is what :func:`exports.excel_style.align_top` did after the fact;
* at the save, the workbook holds no cells: they went to its temporary files row by row (the
  old writer held 164,340 for a 2,000-actor map, about 82 per actor).

On the day it landed, the files were also compared with those of the old, positional writer
(main f75f5ce) with the same reading: the example (nl, en) and maps of 2,000 and 10,000 actors
were the same sheet for sheet (docs/performance.md, "The Excel report, written row by row").
"""

from __future__ import annotations

import gc
import io
from pathlib import Path
from typing import Any

import pytest
from openpyxl.cell import Cell

import exports.output as output
from benchmarks.generate import generate_case
from exports.excel_analysis import run_analysis
from exports.excel_report import build_report, write_report
from exports.excel_style import align_top
from exports.picture import map_png
from models.example import example_case
from models.i18n import Lang
from tests.exports.workbook_view import described, parts


def _both(case: Any, lang: Lang, tmp_path: Path, **kwargs: Any) -> tuple[bytes, bytes]:
    """The report as written (write-only) and as built in memory, each saved."""
    path = tmp_path / f"written-{lang}.xlsx"
    write_report(case, path, lang=lang, **kwargs)
    buffer = io.BytesIO()
    build_report(case, lang=lang, **kwargs).save(buffer)
    return path.read_bytes(), buffer.getvalue()


def _assert_same(written: dict[str, Any], built: dict[str, Any]) -> None:
    assert written[""] == built[""]
    for name in built:
        assert written[name] == built[name], name  # the sheet that differs


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_written_example_is_the_built_one_sheet_for_sheet(lang: Lang, tmp_path: Path) -> None:
    case = example_case()
    case.set_case_field("description", "=SOM(A1)\n" + "lange tekst " * 3_000)  # over 32,767
    written, built = _both(case, lang, tmp_path)
    read = described(written)
    sheets = read[""][0]
    assert isinstance(sheets, tuple)
    assert any(name.startswith(("Vervolg", "Krachtenveld")) for name in sheets)
    _assert_same(read, described(built))
    assert parts(written) == parts(built)  # the comparison the 2,000-actor map gets


@pytest.mark.slow  # 39 s at load 9: reads two 2,000-actor workbooks whole
def test_the_written_2000_actor_report_is_the_built_one_and_holds_no_cells_at_the_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cells are counted at the save: the old writer held every one of them then (164,340
    for this map), the new one none. The map's picture (Graphviz, 1.5 s of CPU for this map)
    is drawn once and given to both reports, which place it as they would their own (issue
    15; that a 2,000-actor map gets a capped Graphviz picture of its own is
    test_excel_large.test_big_report_reopens_with_a_capped_picture's)."""
    case = generate_case(2_000, seed=7)
    analysis = run_analysis(case)
    picture = map_png(case, "nl")
    assert picture, "the map has a picture"
    held: list[int] = []
    save = output.save_workbook

    def counting(wb: Any, path: Any) -> None:
        gc.collect()
        held.append(sum(isinstance(o, Cell) for o in gc.get_objects()))
        save(wb, path)

    monkeypatch.setattr(output, "save_workbook", counting)
    written, built = _both(case, "nl", tmp_path, analysis=analysis, picture=picture)
    assert len(held) == 1
    assert held[0] < 100, held  # main before it: 164,340
    # compared part for part, not read with openpyxl: reading both took 5.6 of this test's
    # 12 s of CPU (issue 15, the suite's time); the example's test reads them too
    got, expected = parts(written), parts(built)
    assert sorted(got) == sorted(expected)
    for name in expected:
        assert got[name] == expected[name], name  # the part that differs
    actors = got["xl/worksheets/sheet2.xml"]  # the sheet Actoren: every actor's row is there
    assert b'name="Actoren" sheetId="2"' in got["xl/workbook.xml"]
    assert actors.count(b"<row ") == 1 + 2_000
    assert b"<t>a2000</t>" in actors


def test_every_row_is_top_aligned_as_align_top_left_it() -> None:
    wb = build_report(example_case(), lang="nl", picture=b"")
    before = {
        (ws.title, c.coordinate): tuple(c._style)
        for ws in wb.worksheets
        for row in ws.iter_rows()
        for c in row
        if isinstance(c, Cell)
    }
    align_top(wb)  # the old writer's pass after the fact: nothing left to do
    after = {
        (ws.title, c.coordinate): tuple(c._style)
        for ws in wb.worksheets
        for row in ws.iter_rows()
        for c in row
        if isinstance(c, Cell)
    }
    assert after == before


def test_a_report_that_fails_leaves_no_temporary_sheet_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write-only sheet keeps its rows in a temporary file until the save; an export that
    fails half-way removes them (and leaves no half-written row stream for the collector)."""
    import tempfile

    import exports.excel_report as excel_report

    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))

    def broken(*args: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(excel_report, "write_map", broken)
    with pytest.raises(OSError, match="disk full"):
        write_report(example_case(), tmp_path / "r.xlsx", lang="nl", picture=b"")
    gc.collect()
    assert list(temp.iterdir()) == []
    assert not (tmp_path / "r.xlsx").exists()


def test_the_part_comparison_sees_one_cell_changed(tmp_path: Path) -> None:
    """:func:`parts` makes equal only the numbering of the formats, the dimension and the
    times: one cell of another style or value among the rows would still be seen."""
    from openpyxl.styles import Font

    case = example_case()
    path = tmp_path / "written.xlsx"
    write_report(case, path, lang="nl", picture=b"")
    expected = parts(path.read_bytes())
    for change in ("style", "value"):
        wb = build_report(case, lang="nl", picture=b"")
        cell = wb["Actoren"]["B3"]
        if change == "style":
            cell.font = Font(bold=not cell.font.b)
        else:
            cell.value = f"{cell.value}."
        buffer = io.BytesIO()
        wb.save(buffer)
        got = parts(buffer.getvalue())
        assert [name for name in expected if got[name] != expected[name]] == [
            "xl/worksheets/sheet2.xml"
        ], change
