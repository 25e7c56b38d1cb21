"""Hostile-input findings on the mandate register (review of 2026-12-03): each test failed
before its fix."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from exports.register_read import read_register
from exports.register_write import write_register_docx, write_register_xlsx
from models.enums import EntityKind
from models.example import example_case


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_reserves_deviation_survives_the_register_round_trip(tmp_path: Path, lang: str) -> None:
    case = example_case()
    case.update(EntityKind.MANDATE, case.mandates[0].id, {"reserves_deviation": True})
    out = tmp_path / "register.xlsx"
    write_register_xlsx(case, out, lang)  # type: ignore[arg-type]
    back = read_register(out)
    got = {(m.description, m.budget): m.reserves_deviation for m in back.case.mandates}
    want = {(m.description, m.budget): m.reserves_deviation for m in case.mandates}
    assert got == want
    assert any(want.values())
    annex = tmp_path / "register.docx"
    write_register_docx(case, annex, lang)  # type: ignore[arg-type]
    text = "\n".join(
        c.text for t in docx.Document(str(annex)).tables for r in t.rows for c in r.cells
    )
    assert "4:84" in text
