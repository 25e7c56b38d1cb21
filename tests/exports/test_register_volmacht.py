"""A private-law act (a bruikleenovereenkomst) is no besluit and is passed on by volmacht, to
which art. 10:12 Awb applies the mandate rules (eighth jurist, N12): the power's act
``private_law`` in the file and its schema, in the register's "Soort handeling" and back, and
in the finding that the map calls the volmacht a mandate."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from exports.register_read import read_register
from exports.register_write import write_register_xlsx
from mapper import analyse
from models import PowerAct, fileformat
from models.case import Case
from models.fileformat import case_from_dict, case_to_dict
from tests.exports.jurist8_map_e import map_e_dict

LOAN = "Bruikleenovereenkomst hulpmiddel sluiten"


def _case(act: str = "private_law") -> Case:
    d = map_e_dict()
    d["powers"][1]["act"] = act
    return case_from_dict(d)


def test_the_file_keeps_a_private_law_act(tmp_path: Path) -> None:
    path = tmp_path / "e.kvmap"
    fileformat.save(_case(), path, backup=False)
    back = fileformat.load(path)
    assert back.powers.get("bruik").act is PowerAct.PRIVATE_LAW  # type: ignore[union-attr]
    assert case_to_dict(back)["powers"][1]["act"] == "private_law"


@pytest.mark.parametrize(
    ("lang", "header", "word"),
    [
        ("nl", "Soort handeling", "Privaatrechtelijke rechtshandeling"),
        ("en", "Kind of act", "Private-law act (volmacht), no besluit"),
    ],
)
def test_the_register_writes_and_reads_the_act_back(
    tmp_path: Path, lang: str, header: str, word: str
) -> None:
    out = tmp_path / "register.xlsx"
    write_register_xlsx(_case(), out, lang)  # type: ignore[arg-type]
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    at = list(rows[0]).index(header)
    assert word in [r[at] for r in rows[1:]]
    back = read_register(out)
    assert {p.name: p.act for p in back.case.powers}[LOAN] is PowerAct.PRIVATE_LAW


def test_a_register_may_say_volmacht(tmp_path: Path) -> None:
    from exports.register_values import cell_value

    for word in ("volmacht", "Privaatrechtelijke rechtshandeling", "private-law act"):
        assert cell_value("act", word) is PowerAct.PRIVATE_LAW


def test_the_map_calls_the_volmacht_a_mandate() -> None:
    [f] = [f for f in analyse(_case()).findings if f.code == "MANDATE_RECORDED_FOR_NON_BESLUIT"]
    assert f.title.nl == "De kaart noemt de volmacht aan de manager Wmo een mandaat"
    assert f.detail.nl == (
        "De kaart noemt de volmacht aan de manager Wmo een mandaat; ‘Bruikleenovereenkomst "
        "hulpmiddel sluiten’, een "
        "privaatrechtelijke rechtshandeling, is geen besluit (art. 1:3 Awb), dus leg het vast "
        "als volmacht (art. 10:12 Awb)."
    )
    assert f.detail.en.endswith("so record it as a power of attorney (volmacht, Awb 10:12).")
    assert "het instrument op volmacht in plaats van mandaat" in f.suggestion.nl


def test_an_act_the_map_does_not_name_may_be_either() -> None:
    [f] = [
        f for f in analyse(_case("other")).findings if f.code == "MANDATE_RECORDED_FOR_NON_BESLUIT"
    ]
    assert f.detail.nl.endswith(
        "dus leg het vast als machtiging, of bij een privaatrechtelijke rechtshandeling als "
        "volmacht (art. 10:12 Awb)."
    )


def test_recorded_as_volmacht_the_note_goes_quiet() -> None:
    d = map_e_dict()
    d["powers"][1]["act"] = "private_law"
    d["mandates"][1]["instrument"] = "power_of_attorney"
    codes = {f.code for f in analyse(case_from_dict(d)).findings}
    assert "MANDATE_RECORDED_FOR_NON_BESLUIT" not in codes


def test_the_register_names_the_volmacht_as_what_it_is(tmp_path: Path) -> None:
    import docx

    from exports.register_write import write_register_docx
    from models import Instrument

    out = tmp_path / "register.docx"
    write_register_docx(_case(), out, "nl")
    rows = {
        r.cells[0].text: r.cells[1].text
        for t in docx.Document(str(out)).tables
        for r in t.rows
        if len(r.cells) > 1 and any("Manager Wmo" in c.text for c in t.columns[1].cells)
    }
    assert rows["Volmachtgever"] == "College van B&W"
    assert rows["Gevolmachtigde"] == "Manager Wmo"
    assert "Volmachtbesluit" in rows
    book = tmp_path / "register.xlsx"
    write_register_xlsx(_case(), book, "nl")
    back = read_register(book).case
    [loan] = [p.id for p in back.powers if p.name == LOAN]
    assert [m.instrument for m in back.mandates if m.power == loan] == [
        Instrument.POWER_OF_ATTORNEY
    ]
