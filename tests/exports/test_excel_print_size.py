"""The Excel report prints at a size one can read (new user, fourth round, 11: page 1 of the
report printed unreadably small): every sheet fitted to the page is at most a page's readable
width per page across, the overview is landscape, and the print area is the used range. Checked
by eye through ``soffice --convert-to pdf`` as well (docs: the engineer's report)."""

from __future__ import annotations

import math

from openpyxl.utils import get_column_letter

from exports.excel_report import build_report
from exports.excel_style import PAGE_CHARS
from models.example import example_case


def _width(ws: object) -> float:
    columns = max(ws.max_column, 1)  # type: ignore[attr-defined]
    dims = ws.column_dimensions  # type: ignore[attr-defined]
    return sum(dims[get_column_letter(c)].width or 8.43 for c in range(1, columns + 1))


def test_every_sheet_prints_at_a_readable_size() -> None:
    wb = build_report(example_case(), lang="nl")
    checked = 0
    for ws in wb.worksheets:
        props = ws.sheet_properties.pageSetUpPr
        if ws.sheet_state != "visible" or props is None or not props.fitToPage:
            continue
        setup = ws.page_setup
        if setup.fitToHeight == 1:  # the map: one picture on one page
            continue
        room = PAGE_CHARS[setup.orientation]
        across = setup.fitToWidth
        assert _width(ws) / across <= room, ws.title  # no page shrinks below ~ 8 pt
        assert across == max(1, math.ceil(_width(ws) / room)), ws.title  # and no more pages
        if across > 1:
            assert ws.print_title_cols == "$A:$A", ws.title
        assert ws.print_area is not None, ws.title
        checked += 1
    assert checked >= 10
    overview = wb.worksheets[0]
    assert overview.page_setup.orientation == "landscape"  # 140 characters: too wide upright
    mandates = wb["Mandaten"]
    assert mandates.page_setup.fitToWidth >= 2  # 19 columns: over two pages, not at 40 %
