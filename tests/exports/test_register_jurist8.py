"""The eighth jurist's N6 on the register: a delegation is written with its delegans,
delegataris and delegatiebesluit, the delegataris may mandate the power it holds as its own
(art. 10:13 jo. 10:3 Awb) and no 4:84 reservation is asked of it; a machtiging is written
with its machtigende, gemachtigde and machtigingsbesluit, and its defects cite art.
10:12 with the mandate article. Both in the .docx annex and, where a cell carries it, the
.xlsx; the .xlsx still reads back into the same delegation."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest

from exports.register_read import read_register
from exports.register_status import mandate_statuses, sub_mandate_text
from exports.register_write import write_register_docx, write_register_xlsx
from models import Case
from models.enums import Instrument
from models.fileformat import case_from_dict, case_to_dict
from tests.exports.casebook_maps7 import _delegated
from tests.exports.jurist7_maps import map_d


def _case() -> Case:
    return case_from_dict(_delegated(case_to_dict(map_d()), chair=False))


def _pairs(path: Path) -> list[list[tuple[str, str]]]:
    """Each two-column table of the document as its (label, value) rows."""
    doc = docx.Document(str(path))
    return [
        [(r.cells[0].text, r.cells[1].text) for r in t.rows]
        for t in doc.tables
        if len(t.columns) == 2
    ]


def test_a_delegation_is_written_as_one(tmp_path: Path) -> None:
    out = tmp_path / "r.docx"
    write_register_docx(_case(), out, "nl", today=date(2026, 10, 1))
    delegations = [dict(t) for t in _pairs(out) if any(k == "Delegans" for k, _ in t)]
    assert len(delegations) == 2  # the decision on jeugdhulp and the one to deviate
    for rows in delegations:
        assert rows["Delegans"] == "College van B&W"
        assert rows["Delegataris"] == "Dagelijks bestuur Jeugdregio"
        assert rows["Mandaat door de delegataris"] == (
            "Toegestaan, tenzij het delegatiebesluit of de regeling het uitsluit"
        )
        assert rows["Delegatiebesluit"].startswith("Gemeenschappelijke regeling")
        assert not {"Mandaatgever", "Gemandateerde", "Ondermandaat", "Mandaatbesluit"} & set(rows)
        assert "Afwijken voorbehouden (4:84)" not in rows
    # the DB's own mandate to its directeur stays a mandate
    mandates = [dict(t) for t in _pairs(out) if dict(t).get("Mandaatgever")]
    assert any(rows["Gemandateerde"] == "Directeur Jeugdregio" for rows in mandates)


def test_a_machtiging_is_written_as_one_and_cites_10_12(tmp_path: Path) -> None:
    out = tmp_path / "r.docx"
    write_register_docx(_case(), out, "nl", today=date(2026, 10, 1))
    [rows] = [dict(t) for t in _pairs(out) if any(k == "Machtigende" for k, _ in t)]
    assert rows["Machtigende"] == "College van B&W"
    assert rows["Gemachtigde"] == "Gedragswetenschapper Jeugdregio"
    assert "Machtigingsbesluit" in rows
    assert "Mandaatbesluit" not in rows
    status = next(v for k, v in rows.items() if k.startswith("Status op"))
    assert status == "gebrekkig: instemming niet vastgelegd (art. 10:12 jo. 10:4 lid 1 Awb)"


def test_the_english_cells_say_the_same() -> None:
    case = _case()
    subs, statuses = (
        sub_mandate_text(case, date(2026, 10, 1), "en"),
        mandate_statuses(case, date(2026, 10, 1), "en"),
    )
    assert subs["m1"] == (
        "Mandate by the delegate: allowed, unless the delegation decision or the arrangement "
        "excludes it"
    )
    assert statuses["m4"] == "flawed: consent not recorded (Awb 10:12 read with 10:4(1))"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_xlsx_delegation_cell_reads_back(tmp_path: Path, lang: str) -> None:
    case = _case()
    out = tmp_path / "r.xlsx"
    write_register_xlsx(case, out, lang)  # type: ignore[arg-type]
    back = read_register(out).case
    delegations = [m for m in back.mandates if m.instrument is Instrument.DELEGATION]
    assert len(delegations) == 2
    assert all(m.sub_mandate_levels is None for m in delegations)
