"""Issue 13 item 13: the Excel report's layout, line breaks in every format, LibreOffice.

* Every cell sits at the top of its row (Excel puts unaligned cells at the bottom, so in a row
  made tall by a long note the id and name looked like part of the row above).
* The Map sheet prints on one page.
* CR, LF and CR LF in names and notes survive Excel, Kumu, CSV, GraphML and GEXF.
* LibreOffice converts the report to PDF without error: tests/test_libreoffice.py.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from exports.excel_columns import ACTORS, sheet_title
from exports.excel_report import write_report
from exports.formats import export_case, import_file
from models.case import Case
from models.example import example_case

BREAKS = "een\r\ntwee\rdrie\nvier"


def _case_with_breaks() -> Case:
    case = example_case()
    first = case.actors[0].id
    case.update_actor(first, {"name": "Naam\r\nmet regel", "notes": BREAKS + " " + "lang " * 60})
    case.set_case_field("description", "Eerste\r\ntweede\rderde")
    return case


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("r.xlsx", None), ("k.xlsx", "kumu"), ("m.csv", None), ("m.graphml", None), ("m.gexf", None)],
)
def test_line_breaks_survive_round_trips(tmp_path: Path, name: str, fmt: str | None) -> None:
    case = _case_with_breaks()
    first = next(iter(case.actors))
    paths = export_case(case, tmp_path / name, fmt=fmt)
    back = import_file(paths[0]).case
    same = back.actors.get(first.id)
    assert same is not None
    assert same.name == "Naam\r\nmet regel"
    assert same.notes.startswith(BREAKS)
    if name in ("r.xlsx", "m.graphml"):  # the formats that carry the case header
        assert back.info.description == "Eerste\r\ntweede\rderde"


@pytest.fixture(scope="module")
def layout_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "rapport.xlsx"
    case = _case_with_breaks()
    # a text longer than a cell: LibreOffice opens the hidden Dutch sheet of its rest too
    case.set_case_field("intent", "Lange bedoeling. " * 2_000)
    write_report(case, path, lang="nl")
    return path


def test_the_report_continues_a_long_text_on_a_dutch_hidden_sheet(layout_report: Path) -> None:
    wb = openpyxl.load_workbook(layout_report)
    assert wb["Vervolg lange teksten (negeren)"].sheet_state == "hidden"
    assert "Krachtenveld long text (ignore)" not in wb.sheetnames


def test_every_cell_is_aligned_to_the_top(layout_report: Path) -> None:
    wb = openpyxl.load_workbook(layout_report)
    checked = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if cell.value is None or type(cell).__name__ == "MergedCell":
                    continue
                assert cell.alignment.vertical in ("top", "center"), (ws.title, cell.coordinate)
                checked += 1
    assert checked > 100
    actors = wb[ACTORS.title("nl")]
    tall = [r for r, d in actors.row_dimensions.items() if d.height and d.height > 15]
    assert tall  # the long note makes a tall row ...
    for cell in actors[tall[0]]:
        if cell.value is not None:
            assert cell.alignment.vertical == "top"  # ... and its id and name sit at the top


def test_map_sheet_prints_on_one_page(layout_report: Path) -> None:
    wb = openpyxl.load_workbook(layout_report)
    ws = wb[sheet_title("map", "nl")]
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert ws.page_setup.fitToWidth == 1
    assert ws.page_setup.fitToHeight == 1
