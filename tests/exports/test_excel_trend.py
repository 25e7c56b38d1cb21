"""The Trend sheet of the report: the scorecard over the snapshots, stance and trust that
changed; only for a map that keeps snapshots."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from exports.excel_report import write_report
from mapper.timeline import case_timeline
from models.example import example_case
from models.timeline import Timeline


@pytest.fixture(scope="module")
def sheet(tmp_path_factory: pytest.TempPathFactory) -> object:
    out = tmp_path_factory.mktemp("trend") / "voorbeeld.xlsx"
    write_report(example_case(), out, lang="nl")
    return openpyxl.load_workbook(out)["Verloop"]


def _rows(ws: object) -> list[tuple[object, ...]]:
    return list(ws.iter_rows(values_only=True))  # type: ignore[attr-defined]


def test_one_column_per_snapshot_and_now_with_each_blocks_light(sheet: object) -> None:
    line = case_timeline(example_case())
    rows = _rows(sheet)
    header = next(r for r in rows if r[0] == "Bouwsteen")
    assert len(header) == 1 + len(line.moments) == 5
    assert str(header[1]).startswith("1 december 2025\nEerste analyse")
    assert header[4] == "Nu (1 oktober 2026)"
    names = {"red": "Rood", "amber": "Oranje", "green": "Groen", "grey": "Niet te beoordelen"}
    for block in line.blocks:
        row = next(r for r in rows if str(r[0]).startswith(f"{block}. "))
        expected = [f"{names[m.status[block].value]} ({m.causes[block]})" for m in line.moments]
        assert list(row[1:]) == expected


def test_trust_and_stance_that_changed_over_the_story(sheet: object) -> None:
    rows = _rows(sheet)
    stance = next(r for r in rows if r[0] == "Woningcorporatie Thuisplus")
    assert list(stance[1:]) == ["+1", "0", "0", "0"]  # the covenant ended: it turned neutral
    trust = next(r for r in rows if str(r[0]).startswith("Consulent wijkteam"))
    assert list(trust[1:]) == ["+1", "+1", "-1", "-1"]
    ws = sheet
    fill = ws.cell(row=5 + 2, column=2).fill.start_color.rgb  # type: ignore[attr-defined]
    assert fill.endswith(("E74C3C", "F5B041", "58D68D", "BDBDBD"))


def test_no_trend_sheet_without_snapshots(tmp_path: Path) -> None:
    case = example_case()
    case.timeline = Timeline()
    out = tmp_path / "zonder.xlsx"
    write_report(case, out, lang="en")
    assert "Trend" not in openpyxl.load_workbook(out).sheetnames
