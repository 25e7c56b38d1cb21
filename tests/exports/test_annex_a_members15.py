"""Annex A gives every member of a grouped finding its remark (issue 14, rev-jurist15 J4): only
the first member of a group carried the finding's title, so a grant that chapter 5 calls expired
or not allowed said "geen" in annex A, and a reader takes "geen" to mean it is in order."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from exports.nota import write_nota
from mapper.analysis import Analysis
from models.case import Case


def _annex_a(path: Path) -> dict[str, str]:
    """Annex A's rows: 'grantor → holder' (with the power) -> remark."""
    for table in Document(str(path)).tables:
        head = [c.text for c in table.rows[0].cells]
        if head and head[-1] in ("Opmerkingen", "Remarks", "Opmerking", "Remark"):
            return {
                f"{r.cells[0].text}|{r.cells[1].text}": r.cells[-1].text for r in table.rows[1:]
            }
    raise AssertionError("no annex A")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_member_of_a_grouped_mandate_finding_has_a_remark(
    mapped: tuple[Case, Analysis], tmp_path: Path, lang: str
) -> None:
    case, analysis = mapped
    names = {a.id: a.name for a in case.actors}
    by_id = {m.id: m for m in case.mandates}
    path = write_nota(
        case, tmp_path / "n.docx", lang="nl" if lang == "nl" else "en", analysis=analysis
    )
    rows = _annex_a(path)
    none = "geen" if lang == "nl" else "none"
    checked = 0
    for f in analysis.findings:
        if not (f.code == "MANDATE_EXPIRED" and f.members):
            continue
        for member in f.members:
            m = by_id[member.partition(":")[2].partition("#")[0]]
            power = case.power_name(m.power, "nl" if lang == "nl" else "en")
            key = f"{names[m.grantor]} → {names[m.holder]}|{power}"
            assert key in rows, key
            assert rows[key].lower() != none, (key, rows[key])
            checked += 1
    assert checked >= 3
