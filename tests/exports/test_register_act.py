"""The mandate register carries the power's act ("Soort handeling"): a request to a court is
no besluit and is passed on by machtiging (art. 10:12 Awb), so the register says so in a
column of its own and its reader reads it back, also when the name does not say it, and
after LibreOffice has saved the workbook again (that one in tests/test_libreoffice.py)."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
import pytest

from exports.register_read import read_register
from exports.register_write import write_register_docx, write_register_xlsx
from models import Case, EntityKind, PowerAct
from tests.exports.jurist7_maps import map_d

#: a name that says nothing about the act: only the column can carry it
QUIET = "Gesloten plaatsing voorleggen aan de kinderrechter"


def _case() -> Case:
    case = map_d()
    case.update(EntityKind.POWER, "gesl", {"name": QUIET, "act": PowerAct.REQUEST})
    return case


def _acts(case: Case) -> dict[str, PowerAct]:
    return {p.name: p.act for p in case.powers}


def _column(path: Path, header: str) -> list[object]:
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    at = list(rows[0]).index(header)
    return [r[at] for r in rows[1:]]


@pytest.mark.parametrize(
    ("lang", "header", "word"),
    [("nl", "Soort handeling", "Verzoek, geen besluit"), ("en", "Kind of act", None)],
)
def test_the_act_is_a_column_and_comes_back(
    tmp_path: Path, lang: str, header: str, word: str | None
) -> None:
    case = _case()
    out = tmp_path / "register.xlsx"
    write_register_xlsx(case, out, lang)  # type: ignore[arg-type]
    cells = _column(out, header)
    if word is not None:
        assert word in cells
        assert "Besluit" in cells
    back = read_register(out)
    assert _acts(back.case)[QUIET] is PowerAct.REQUEST
    assert _acts(back.case)["Beslissen over een individuele voorziening jeugdhulp"] is (
        PowerAct.BESLUIT
    )


def test_a_register_s_own_words_for_the_act(tmp_path: Path) -> None:
    """A register's "Machtiging (geen besluit)" and "Overig", as a municipality writes them."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Bevoegdheid", "Soort handeling", "Mandaatgever", "Gemandateerde"])
    sheet.append(["Zaak voorleggen", "Machtiging (geen besluit)", "College", "Teamleider"])
    sheet.append(["Zitting bijwonen", "Overig", "College", "Jurist"])
    sheet.append(["Subsidie verlenen", "Besluit", "College", "Manager"])
    book.save(tmp_path / "eigen.xlsx")
    acts = _acts(read_register(tmp_path / "eigen.xlsx").case)
    assert acts == {
        "Zaak voorleggen": PowerAct.REQUEST,
        "Zitting bijwonen": PowerAct.OTHER,
        "Subsidie verlenen": PowerAct.BESLUIT,
    }


def test_the_word_register_names_the_act(tmp_path: Path) -> None:
    out = tmp_path / "bijlage.docx"
    write_register_docx(_case(), out, "nl")
    cells = [c.text for t in docx.Document(str(out)).tables for r in t.rows for c in r.cells]
    assert "Soort handeling" in cells
    assert "Verzoek, geen besluit" in cells
