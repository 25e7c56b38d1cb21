"""Texts longer than an Excel cell holds survive the report and the Kumu workbook (item 2)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from exports.excel_import import read_report
from exports.excel_report import write_report
from exports.kumu import read_kumu, write_kumu
from exports.safety import CELL_LIMIT, CONTINUED_SHEET
from models.fields import MAX_LONG_TEXT
from tests.ui.conftest import small_case


def long_text(n: int) -> str:
    """``n`` characters whose every position is recognisable (a cut anywhere shows)."""
    words = (f"{i:06d}|" for i in range(n // 7 + 1))
    return "".join(words)[:n]


@pytest.mark.parametrize("fmt", ["report", "kumu"])
@pytest.mark.parametrize("size", [CELL_LIMIT, CELL_LIMIT + 1, 70_000, MAX_LONG_TEXT])
def test_long_notes_come_back_whole(fmt: str, size: int, tmp_path: Path) -> None:
    case = small_case()
    notes = long_text(size)
    case.set_actor_field("a2", "notes", notes)
    case.set_relationship_field("r3", "notes", long_text(size // 2 + 40_000)[::-1])
    if fmt == "report":
        case.set_case_field("intent", notes)
    path = tmp_path / f"{fmt}.xlsx"
    if fmt == "report":
        write_report(case, path, lang="en", analyse=False, picture=b"")
        back = read_report(path)
    else:
        write_kumu(case, path, "en")
        back = read_kumu(path)
    assert back.case.actors.get("a2").notes == notes  # type: ignore[union-attr]
    assert (
        back.case.relationships.get("r3").notes  # type: ignore[union-attr]
        == case.relationships.get("r3").notes  # type: ignore[union-attr]
    )
    if fmt == "report":
        assert back.case.info.intent == notes
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:  # no cell beyond what Excel keeps
        for row in ws.iter_rows(values_only=True):
            assert all(not isinstance(v, str) or len(v) <= CELL_LIMIT for v in row)
    assert wb[CONTINUED_SHEET].sheet_state == "hidden"  # r3's notes are always longer


@pytest.mark.parametrize(
    ("lang", "sheet"),
    [("nl", "Vervolg lange teksten (negeren)"), ("en", "Krachtenveld long text (ignore)")],
)
def test_the_continuation_sheet_speaks_the_workbooks_language(
    lang: str, sheet: str, tmp_path: Path
) -> None:
    """A Dutch report had the hidden sheet "Krachtenveld long text (ignore)" (new user at
    scale, session 14, F10); the import reads either name."""
    case = small_case()
    notes = long_text(CELL_LIMIT + 500)
    case.set_actor_field("a2", "notes", notes)
    path = tmp_path / f"{lang}.xlsx"
    write_report(case, path, lang=lang, analyse=False, picture=b"")  # type: ignore[arg-type]
    wb = openpyxl.load_workbook(path)
    assert [n for n in wb.sheetnames if n.startswith(("Vervolg", "Krachtenveld"))] == [sheet]
    assert wb[sheet].sheet_state == "hidden"
    assert len(sheet) <= 31  # Excel's limit for a sheet name
    assert read_report(path).case.actors.get("a2").notes == notes  # type: ignore[union-attr]


def test_short_texts_make_no_continuation_sheet(tmp_path: Path) -> None:
    path = tmp_path / "r.xlsx"
    case = small_case()
    case.set_actor_field("a2", "notes", long_text(CELL_LIMIT))
    write_report(case, path, lang="en", analyse=False, picture=b"")
    assert CONTINUED_SHEET not in openpyxl.load_workbook(path).sheetnames
    assert read_report(path).case.actors.get("a2").notes == long_text(CELL_LIMIT)  # type: ignore[union-attr]


def test_export_with_a_full_temp_folder_says_so_clearly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 13 item 6: a raw OSError escaped the Excel export (CLI exit 2 with a message)."""
    import errno

    from models.fileformat import save
    from ui.cli import main

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", "/tmp/openpyxl-tmp")

    monkeypatch.setattr("openpyxl.Workbook.save", full)
    source = tmp_path / "kaart.kvmap"
    save(small_case(), source)
    out = tmp_path / "rapport.xlsx"
    assert main(["export", str(source), "--to", str(out), "--lang", "nl"]) == 2
    err = capsys.readouterr().err
    assert str(out) in err
    assert "schrijven mislukt: de schijf is vol (/tmp/openpyxl-tmp); maak ruimte vrij" in err
    assert "Traceback" not in err
    assert not out.exists()
