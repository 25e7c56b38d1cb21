"""The ninth jurist's F3 on the register: a volmacht the map records as a volmacht
(``power_of_attorney``) is written with its volmachtgever, gevolmachtigde, ondervolmacht and
volmachtbesluit, without a 4:84 row, like a mandate over a private-law act; and the eighth
jurist's N6 residue: a machtiging's further level is an ondermachtiging, without a 4:84 row."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from exports.register_write import write_register_docx
from models.fileformat import case_from_dict, case_to_dict
from tests.exports.casebook_maps7 import _delegated
from tests.exports.jurist7_maps import map_d
from tests.exports.jurist9_map_f import map_f
from tests.exports.test_register_jurist8 import _pairs


def test_f3_a_recorded_volmacht_is_written_as_one(tmp_path: Path) -> None:
    out = tmp_path / "r.docx"
    write_register_docx(map_f(), out, "nl", today=date(2026, 10, 1))
    volmachten = [dict(t) for t in _pairs(out) if any(k == "Volmachtgever" for k, _ in t)]
    assert len(volmachten) == 2  # to the manager and, expired, to the teamleider
    assert {rows["Gevolmachtigde"] for rows in volmachten} == {"Manager Wmo", "Teamleider Wmo"}
    for rows in volmachten:
        assert {"Ondervolmacht", "Volmachtbesluit"} <= set(rows)
        assert not {"Mandaatgever", "Gemandateerde", "Ondermandaat", "Mandaatbesluit"} & set(rows)
        assert "Afwijken voorbehouden (4:84)" not in rows
    # the Wmo mandates stay mandates, with their 4:84 row
    mandates = [dict(t) for t in _pairs(out) if dict(t).get("Mandaatgever")]
    assert mandates
    assert all("Afwijken voorbehouden (4:84)" in rows for rows in mandates)


def test_f3_in_english(tmp_path: Path) -> None:
    out = tmp_path / "r.docx"
    write_register_docx(map_f(), out, "en", today=date(2026, 10, 1))
    attorneys = [dict(t) for t in _pairs(out) if any(k == "Attorney" for k, _ in t)]
    assert len(attorneys) == 2
    for rows in attorneys:
        assert "Sub-power of attorney" in rows
        assert "Sub-mandate" not in rows
        assert "Deviation reserved (4:84)" not in rows


def test_n6_a_machtiging_has_an_ondermachtiging_and_no_4_84_row(tmp_path: Path) -> None:
    out = tmp_path / "r.docx"
    case = case_from_dict(_delegated(case_to_dict(map_d()), chair=False))
    write_register_docx(case, out, "nl", today=date(2026, 10, 1))
    [rows] = [dict(t) for t in _pairs(out) if any(k == "Machtigende" for k, _ in t)]
    assert "Ondermachtiging" in rows
    assert "Ondermandaat" not in rows
    assert "Afwijken voorbehouden (4:84)" not in rows
